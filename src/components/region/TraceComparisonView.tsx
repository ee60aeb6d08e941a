import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Button, useStyles2 } from '@grafana/ui';
import type { ExemplarSet } from '../../data/model';
import type { EffectiveRule } from '../../links/types';
import type { RegionSides } from '../../region/box';
import type { SampleFetchDeps } from '../../region/sampleFetch';
import type { TraceFetcher } from '../../trace/fetchTrace';
import { testIds } from '../testIds';
import { SampleOutcome } from './SampleOutcome';
import { ShareRowList } from './ShareRowList';
import { TimeTable } from './TimeTable';
import { useTraceComparison } from './useTraceComparison';

interface Props {
  fetcher: TraceFetcher;
  cache: NonNullable<SampleFetchDeps['cache']>;
  set: ExemplarSet;
  rules: EffectiveRule[];
  sides: RegionSides;
}

/** What the selected traces have that the baseline's lack, and where their time goes, from a sample of each. */
export function TraceComparisonView({ fetcher, cache, set, rules, sides }: Props) {
  const styles = useStyles2(getStyles);
  const { state, cancel, again } = useTraceComparison(fetcher, cache, set, rules, sides);
  const { progress, fetched, comparison } = state;
  return (
    <div>
      <div className={styles.controls} data-testid={testIds.region.progress} data-running={state.running}>
        {state.running ? (
          <>
            <span>
              Fetching traces {progress.done} / {progress.total}
            </span>
            <progress max={Math.max(1, progress.total)} value={progress.done} />
            <Button size="sm" variant="secondary" onClick={cancel}>
              Cancel
            </Button>
          </>
        ) : (
          <Button size="sm" variant="secondary" icon="sync" onClick={again}>
            Fetch again
          </Button>
        )}
      </div>
      {fetched && <SampleOutcome fetched={fetched} sample={state.sample} />}
      {comparison && (
        <>
          <ShareRowList rows={comparison.rows} testId={testIds.region.traceRow} />
          {comparison.identifiers.length > 0 && (
            <div className={styles.muted}>
              Not compared (a value per trace): {comparison.identifiers.map((i) => i.key).join(', ')}
            </div>
          )}
          <TimeTable title="Self time by service" rows={comparison.timeByService} />
          <TimeTable title="Self time by operation" rows={comparison.timeByOperation} />
        </>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  controls: css({ display: 'flex', alignItems: 'center', gap: theme.spacing(1), marginBottom: theme.spacing(1) }),
  muted: css({
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
    margin: theme.spacing(1, 0),
  }),
});
