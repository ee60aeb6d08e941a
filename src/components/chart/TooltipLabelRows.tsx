import React from 'react';
import { useStyles2 } from '@grafana/ui';
import { TooltipLabels } from '../../view/tooltipLabels';
import { testIds } from '../testIds';
import { getTooltipStyles } from './tooltipStyles';

/** The exemplar tooltip's labels, readable ones first; the folded noise labels as one line of names. */
export function TooltipLabelRows({ labels, single }: { labels: TooltipLabels; single: boolean }) {
  const styles = useStyles2(getTooltipStyles);
  return (
    <>
      {labels.shown.map((label) => (
        <div key={label.name} className={styles.row} data-testid={testIds.chart.tooltipLabel}>
          <span className={styles.name}>{label.name}</span>
          <span className={styles.value}>
            {label.values.map((v) => (single ? v.value : `${v.value} (${v.count})`)).join(', ')}
          </span>
        </div>
      ))}
      {labels.folded.length > 0 && (
        <div className={styles.folded} data-testid={testIds.chart.tooltipFolded}>
          +{labels.folded.length} more: {labels.folded.join(', ')}
        </div>
      )}
    </>
  );
}
