import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { useStyles2 } from '@grafana/ui';
import type { SampleFetchResult } from '../../region/sampleFetch';
import { testIds } from '../testIds';
import type { SampleRefs } from './traceSampleRefs';

/** Every sampled trace accounted for on each side: fetched, missing, failed, cancelled, or with no trace link. */
export function SampleOutcome({ fetched, sample }: { fetched: SampleFetchResult; sample: SampleRefs }) {
  const styles = useStyles2(getStyles);
  const sides = [
    ['Selection', fetched.selection, sample.unlinked.selection],
    ['Baseline', fetched.baseline, sample.unlinked.baseline],
  ] as const;
  const failures = [...fetched.selection.failures, ...fetched.baseline.failures];
  return (
    <div className={styles.outcome} data-testid={testIds.region.outcome}>
      {sides.map(([name, side, unlinked]) => {
        const counts = [
          side.missing && `${side.missing} missing`,
          side.failed && `${side.failed} failed`,
          side.cancelled && `${side.cancelled} cancelled`,
          unlinked && `${unlinked} without a trace link`,
          side.fromCache && `${side.fromCache} from cache`,
        ].filter(Boolean);
        return (
          <div key={name}>
            <strong>{name}:</strong> {side.traces.length} of {side.sampled + unlinked} sampled traces
            {counts.length > 0 && ` (${counts.join(', ')})`}
          </div>
        );
      })}
      {failures.length > 0 && (
        <div className={styles.error} title={failures.map((f) => `${f.traceId}: ${f.message}`).join('\n')}>
          First failure: {failures[0].traceId}: {failures[0].message}
        </div>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  outcome: css({ fontSize: theme.typography.bodySmall.fontSize, marginBottom: theme.spacing(1) }),
  error: css({ color: theme.colors.error.text, overflowWrap: 'anywhere' }),
});
