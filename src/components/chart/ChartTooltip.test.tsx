import React from 'react';
import { render, screen } from '@testing-library/react';
import type { ClusterSummary } from '../../cluster';
import type { EffectiveRule, TraceTarget } from '../../links/types';
import { testIds } from '../testIds';
import { ExemplarTooltip } from './ChartTooltip';

const one = (value: string) => [{ value, count: 1 }];
const summary = (count: number): ClusterSummary => ({
  count,
  minValue: 0.0012,
  medianValue: 0.0034,
  maxValue: 0.0101,
  fromMs: 0,
  toMs: 0,
  representative: 0,
  errorCount: 0,
  topLabels: [
    { name: '__name__', values: one('http_server_duration_seconds_bucket') },
    { name: 'le', values: one('0.01') },
    { name: 'instance', values: one('shop:9464') },
    { name: 'status', values: one('200') },
    { name: 'route', values: one('/api/cart') },
    { name: 'trace_id', values: one('4bf92f3577b34da6a3ce929d0e0e4736') },
  ],
});
const target: TraceTarget = {
  kind: 'datasource',
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  labelName: 'trace_id',
  datasource: { uid: 'tempo', name: 'Tempo', type: 'tempo' },
  rule: { labelName: 'trace_id', kind: 'datasource', origin: 'datasource' } as EffectiveRule,
};

function show(count: number, allLabels = false, to: TraceTarget | null = target) {
  render(
    <ExemplarTooltip
      summary={summary(count)}
      target={to ?? undefined}
      unit="s"
      timeZone="utc"
      color="red"
      allLabels={allLabels}
    />
  );
  return screen.getByTestId(testIds.chart.exemplarTooltip);
}

describe('ExemplarTooltip', () => {
  it('names the trace once, route and status first, and folds the scrape labels into one line', () => {
    const tooltip = show(1);
    expect(tooltip.textContent?.split('4bf92f3577b34da6a3ce929d0e0e4736')).toHaveLength(2);
    expect(screen.getAllByTestId(testIds.chart.tooltipLabel).map((row) => row.textContent)).toEqual([
      'route/api/cart',
      'status200',
    ]);
    expect(screen.getByTestId(testIds.chart.tooltipFolded)).toHaveTextContent('+3 more: __name__, le, instance');
  });

  it('lists every label when the panel asks for them', () => {
    show(1, true);
    expect(screen.getAllByTestId(testIds.chart.tooltipLabel)).toHaveLength(5);
    expect(screen.queryByTestId(testIds.chart.tooltipFolded)).toBeNull();
  });

  it("labels a cluster's latencies min, median and max", () => {
    expect(show(3)).toHaveTextContent('min 1.20 ms · median 3.40 ms · max 10.10 ms');
  });

  it('says what a click does', () => {
    show(3);
    expect(screen.getByTestId(testIds.chart.tooltipAction)).toHaveTextContent(
      'Click to list the 3 exemplars and preview the slowest trace in Tempo'
    );
  });

  it('lists the series of a mixed cluster', () => {
    render(
      <ExemplarTooltip
        summary={summary(4)}
        target={target}
        unit="s"
        timeZone="utc"
        color="red"
        series={[
          { name: '/api/checkout', count: 3 },
          { name: '/api/search', count: 1 },
        ]}
        seriesLabelNames={new Set(['route'])}
      />
    );
    expect(screen.getByTestId(testIds.chart.tooltipSeries)).toHaveTextContent(
      'Series/api/checkout (3), /api/search (1)'
    );
    // The route is the series' own label: not listed a second time.
    expect(screen.getAllByTestId(testIds.chart.tooltipLabel).map((row) => row.textContent)).toEqual(['status200 (1)']);
  });

  it('says a click opens no trace when no label is mapped', () => {
    show(1, false, null);
    expect(screen.getByTestId(testIds.chart.tooltipAction)).toHaveTextContent(/^No trace to open/);
  });
});
