import { ReactNode } from 'react';

/** A region's drawer (see `RegionDrawer`): its title, tabs and header, and the tab's view in place of the preview. */
export interface RegionDrawerParts {
  title: string;
  tabs: ReactNode;
  header: ReactNode;
  /** Undefined on the Selection tab, whose body is this drawer's own list and preview. */
  view?: ReactNode;
}
