/**
 * The PanelContext a Grafana dashboard gives its panels, on top of VizPanel's own (which already writes the
 * `hideSeriesFrom` override on `onToggleSeriesVisibility`). Follows dashboard-scene `setDashboardPanelContext`
 * (public/app/features/dashboard-scene/scene/setDashboardPanelContext.ts): the app is a dashboard, and annotation
 * editing is off because the sandbox dashboard has no built-in annotation layer to write to.
 */
import { CoreApp } from '@grafana/data';
import type { VizPanel } from '@grafana/scenes';
import type { PanelContext } from '@grafana/ui';

export function setDashboardPanelContext(_vizPanel: VizPanel, context: PanelContext): void {
  context.app = CoreApp.Dashboard;
  context.canAddAnnotations = () => false;
  context.canEditAnnotations = () => false;
  context.canDeleteAnnotations = () => false;
}
