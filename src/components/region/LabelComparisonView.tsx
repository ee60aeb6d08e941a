import React, { useMemo } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { IconButton, useStyles2 } from '@grafana/ui';
import type { ExemplarSet } from '../../data/model';
import type { RegionSides } from '../../region/box';
import { compareLabels } from '../../region/labelCompare';
import { testIds } from '../testIds';
import { ShareRowList } from './ShareRowList';

interface Props {
  set: ExemplarSet;
  sides: RegionSides;
  onNarrow: (label: string, value: string) => void;
  onAddToFilter: (label: string, value: string) => void;
}

/**
 * Every exemplar label value, its share in the selection against the baseline, ranked by the difference: no trace
 * is fetched, so this is instant on a million exemplars. A value can narrow the selection or join the filter.
 */
export function LabelComparisonView({ set, sides, onNarrow, onAddToFilter }: Props) {
  const styles = useStyles2(getStyles);
  const comparison = useMemo(() => compareLabels(set, sides.selection, sides.baseline), [set, sides]);
  return (
    <div>
      {sides.baseline.length === 0 && (
        <div className={styles.muted}>The baseline is empty: every share is compared with 0.</div>
      )}
      <ShareRowList
        rows={comparison.rows}
        testId={testIds.region.labelRow}
        actions={(row) => (
          <>
            <IconButton
              name="filter"
              size="sm"
              tooltip={`Narrow the selection to ${row.key}="${row.value}"`}
              onClick={() => onNarrow(row.key, row.value)}
            />
            <IconButton
              name="plus-circle"
              size="sm"
              tooltip={`Add ${row.key}="${row.value}" to the exemplar filter`}
              onClick={() => onAddToFilter(row.key, row.value)}
            />
          </>
        )}
      />
      {comparison.skipped.length > 0 && (
        <div className={styles.muted}>
          Not compared: {comparison.skipped.map((s) => `${s.label} (${s.reason})`).join('; ')}
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  muted: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    margin: theme.spacing(0.5, 0),
  }),
});
