import { act, renderHook } from '@testing-library/react';
import { dateTime, LoadingState, PanelData } from '@grafana/data';
import { PanelServices } from '../../services/panelServices';
import { useQueryTimeRange } from './useQueryTimeRange';

// Scenes' empty data for a panel without queries: a range fixed when Grafana loaded, and no request.
const frozen = { from: dateTime(0), to: dateTime(1000), raw: { from: 'now-6h', to: 'now' } };
const noQueries: PanelData = { state: LoadingState.Done, series: [], timeRange: frozen };

function setup(data: PanelData, builder = true) {
  let dashboard = { from: 5_000, to: 9_000 };
  let locationChanged = () => undefined as void;
  const services = {
    onLocationChange: (callback: () => void) => ((locationChanged = callback), () => undefined),
  } as unknown as PanelServices;
  const replaceVariables = (value: string) =>
    value === '${__from}' ? String(dashboard.from) : value === '${__to}' ? String(dashboard.to) : value;
  const hook = renderHook(() =>
    useQueryTimeRange({ data, timeRange: data.timeRange, replaceVariables }, services, builder)
  );
  return { hook, move: (from: number, to: number) => act(() => ((dashboard = { from, to }), locationChanged())) };
}

describe('useQueryTimeRange', () => {
  it("follows the dashboard's range, not Scenes' frozen empty data, when the panel has no queries", () => {
    const { hook, move } = setup(noQueries);
    expect(hook.result.current.from.valueOf()).toBe(5_000);
    const first = hook.result.current;
    hook.rerender();
    expect(hook.result.current).toBe(first);
    move(20_000, 30_000);
    expect([hook.result.current.from.valueOf(), hook.result.current.to.valueOf()]).toEqual([20_000, 30_000]);
  });

  it('uses the range the panel queries answered for, when they ran', () => {
    const answered = { ...noQueries, request: { targets: [] } as never };
    expect(setup(answered).hook.result.current).toBe(frozen);
    expect(setup(noQueries, false).hook.result.current).toBe(frozen);
  });
});
