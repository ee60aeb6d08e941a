import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import { countNotOnLogScale } from '../../cluster';
import { PanelView } from '../../view/panelView';
import { testIds } from '../testIds';

/** A log axis has no place for a latency of 0 or less: such exemplars are counted here, not silently dropped. */
export function OffLogAxisNote({ model, include, log }: { model: PanelView; include: Uint8Array; log: boolean }) {
  const styles = useStyles2(getStyles);
  const count = useMemo(
    () => (log ? countNotOnLogScale(model.exemplars.value, model.exemplars.size, include) : 0),
    [log, model.exemplars, include]
  );
  if (count === 0) {
    return null;
  }
  return (
    <div className={styles.note} data-testid={testIds.chart.offLogAxis} role="status">
      {`${count.toLocaleString()} ${count === 1 ? 'exemplar' : 'exemplars'} at 0 or below not drawn on the log axis`}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  note: css({
    position: 'absolute',
    top: 0,
    right: theme.spacing(1),
    padding: theme.spacing(0, 0.5),
    fontSize: theme.typography.bodySmall.fontSize,
    color: theme.colors.text.secondary,
    background: theme.colors.background.primary,
    pointerEvents: 'none',
  }),
});
