import React from 'react';
import { act, renderHook } from '@testing-library/react';
import { EventBusSrv } from '@grafana/data';
import { PanelContextProvider } from '@grafana/ui';
import { LatencySeries } from '../../data/model';
import { useSeriesVisibility } from './useSeriesVisibility';

function line(name: string, hideFrom?: LatencySeries['hideFrom']): LatencySeries {
  return { refId: 'A', name, labels: {}, timeMs: new Float64Array(0), value: new Float64Array(0), unit: 's', hideFrom };
}

const series = [
  line('p50'),
  line('p90', { viz: true, legend: false, tooltip: true }),
  line('p99', { viz: false, legend: true, tooltip: false }),
];

describe('useSeriesVisibility', () => {
  it('reads custom.hideFrom for lines, legend and tooltip', () => {
    const { result } = renderHook(() => useSeriesVisibility(series));
    expect([...result.current.hidden]).toEqual([1]);
    expect([...result.current.hiddenInLegend]).toEqual([2]);
    expect([...result.current.hiddenInTooltip]).toEqual([1]);
  });

  it('handles legend clicks itself where no dashboard does: isolate, then show all again', () => {
    const { result } = renderHook(() => useSeriesVisibility([line('a'), line('b'), line('c')]));
    act(() => result.current.onLegendClick!(0, false));
    expect([...result.current.hidden].sort()).toEqual([1, 2]);
    act(() => result.current.onLegendClick!(0, false));
    expect(result.current.hidden.size).toBe(0);
    act(() => result.current.onLegendClick!(2, true));
    expect([...result.current.hidden]).toEqual([2]);
  });

  it("leaves legend clicks to Grafana's PanelContext in a dashboard, so a click toggles once", () => {
    const onToggleSeriesVisibility = jest.fn();
    const wrapper = ({ children }: { children: React.ReactNode }) => (
      <PanelContextProvider value={{ eventsScope: 'test', eventBus: new EventBusSrv(), onToggleSeriesVisibility }}>
        {children}
      </PanelContextProvider>
    );
    const { result } = renderHook(() => useSeriesVisibility(series), { wrapper });
    // VizLegend calls onToggleSeriesVisibility itself; the panel must not add a click handler of its own.
    expect(result.current.onLegendClick).toBeUndefined();
    expect([...result.current.hidden]).toEqual([1]);
  });
});
