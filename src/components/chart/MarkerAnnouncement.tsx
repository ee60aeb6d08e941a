import React from 'react';
import { css } from '@emotion/css';
import { useStyles2 } from '@grafana/ui';
import { ClusterSummary } from '../../cluster';
import { testIds } from '../testIds';

/** The screen-reader live region: what the keyboard focus ring is on. */
export function MarkerAnnouncement({ summary, unit }: { summary?: ClusterSummary; unit: string }) {
  const styles = useStyles2(getStyles);
  return (
    <div className={styles.srOnly} aria-live="polite" data-testid={testIds.chart.liveRegion}>
      {summary ? `${summary.count === 1 ? 'Exemplar' : `${summary.count} exemplars`}, slowest ${summary.maxValue} ${unit}. Press Enter to preview.` : ''}
    </div>
  );
}

const getStyles = () => ({
  srOnly: css({ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }),
});
