import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Tooltip, useStyles2 } from '@grafana/ui';
import { PanelView } from '../view/panelView';
import { testIds } from './testIds';

/** How many exemplars are drawn, and whether Grafana's sampling thinned them. */
export function ExemplarCount({
  model,
  include,
  loading,
}: {
  model: PanelView;
  include: Uint8Array;
  loading?: boolean;
}) {
  const styles = useStyles2(getStyles);
  if (model.exemplars.size === 0) {
    return loading ? <div className={styles.count}>Loading exemplars…</div> : null;
  }
  let shown = 0;
  for (let i = 0; i < include.length; i++) {
    shown += include[i];
  }
  const { source } = model.exemplars;
  const total = model.exemplars.size;
  // The noun agrees with the number it follows: "1 exemplar", "1 of 3 exemplars".
  const noun = (shown !== total ? total : shown) === 1 ? 'exemplar' : 'exemplars';
  const text = `${shown.toLocaleString()}${shown !== total ? ` of ${total.toLocaleString()}` : ''} ${noun}`;
  return (
    <Tooltip content={SOURCE_HELP[source]}>
      <div className={styles.count} data-testid={testIds.panel.exemplarCount}>
        {text}
        {SOURCE_SUFFIX[source]}
        {loading ? ' · refreshing…' : ''}
      </div>
    </Tooltip>
  );
}

// Said only where it is true: "sampled" needs Grafana's sampler to have run on these frames.
const SOURCE_SUFFIX: Record<PanelView['exemplars']['source'], string> = {
  sampled: ' · sampled',
  unsampled: '',
  all: ' · all',
};

const SOURCE_HELP: Record<PanelView['exemplars']['source'], string> = {
  sampled:
    'Sampled by Grafana: its Prometheus data source keeps the slowest exemplar per step and few others. Choose Exemplars → All in the panel options to see every exemplar.',
  unsampled: "Every exemplar the panel's queries returned: Grafana's exemplar sampling did not thin them.",
  all: 'All exemplars Prometheus holds for this range (raw exemplar API).',
};

const getStyles = (theme: GrafanaTheme2) => ({
  count: css({
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    whiteSpace: 'nowrap',
  }),
});
