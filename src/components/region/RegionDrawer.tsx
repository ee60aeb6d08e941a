import React, { useMemo, useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { Tab, TabsBar, useStyles2 } from '@grafana/ui';
import { TraceDrawer, TraceDrawerProps } from '../drawer/TraceDrawer';
import { testIds } from '../testIds';
import { BaselinePicker } from './BaselinePicker';
import { LabelComparisonView } from './LabelComparisonView';
import { SelectionSummary } from './SelectionSummary';
import { TraceComparisonView } from './TraceComparisonView';
import type { PanelRegion } from './useRegion';

type RegionTab = 'selection' | 'labels' | 'traces';

const TABS: Array<{ value: RegionTab; label: string }> = [
  { value: 'selection', label: 'Selection' },
  { value: 'labels', label: 'Compare labels' },
  { value: 'traces', label: 'Compare traces' },
];

interface Props extends Omit<TraceDrawerProps, 'selection' | 'region'> {
  region: PanelRegion;
  onAddToFilter: (label: string, value: string) => void;
}

/**
 * The drawer of a box: the Selection tab is the trace drawer over every selected exemplar (list and preview as for a
 * cluster), the two comparison tabs put the selection against its baseline.
 */
export function RegionDrawer({ region, onAddToFilter, ...drawer }: Props) {
  const styles = useStyles2(getStyles);
  const [tab, setTab] = useState<RegionTab>('selection');
  const { view, choice } = region;
  const set = drawer.model.exemplars;
  const sides = view?.sides;
  // The list and preview start at the slowest exemplar, as the list's default order does.
  const selection = useMemo(() => {
    const members = sides?.selection ?? new Uint32Array(0);
    let first = members.length > 0 ? members[0] : -1;
    members.forEach((i) => (first = set.value[i] > set.value[first] ? i : first));
    return { members, first };
  }, [sides, set]);
  if (!view || !choice || !sides) {
    return null;
  }
  const unit = drawer.model.series[0]?.unit ?? 's';
  const empty = sides.selection.length === 0;
  const header = (
    <>
      <SelectionSummary
        summary={view.summary}
        baselineCount={sides.baseline.length}
        narrow={choice.narrow}
        onWiden={region.widen}
        unit={unit}
        timeZone={drawer.timeZone}
      />
      {tab !== 'selection' && (
        <div className={styles.baseline}>
          <span>Baseline</span>
          <BaselinePicker value={choice.baseline} onChange={region.setBaseline} />
        </div>
      )}
    </>
  );
  const tabView =
    tab === 'labels' ? (
      <LabelComparisonView set={set} sides={sides} onNarrow={region.narrow} onAddToFilter={onAddToFilter} />
    ) : tab === 'traces' ? (
      <TraceComparisonView
        fetcher={drawer.fetcher}
        cache={region.cache}
        set={set}
        rules={drawer.model.rules}
        sides={sides}
      />
    ) : empty ? (
      <span />
    ) : undefined;
  const tabs = (
    <div data-testid={testIds.region.tabs}>
      <TabsBar>
        {TABS.map((t) => (
          <Tab key={t.value} label={t.label} active={tab === t.value} onChangeTab={() => setTab(t.value)} />
        ))}
      </TabsBar>
    </div>
  );
  return (
    <TraceDrawer
      {...drawer}
      selection={selection}
      region={{
        title: 'Selected region',
        tabs,
        header,
        view: tabView && (
          <>
            {header}
            {tabView}
          </>
        ),
      }}
    />
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  baseline: css({
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(1),
    color: theme.colors.text.secondary,
    fontSize: theme.typography.bodySmall.fontSize,
  }),
});
