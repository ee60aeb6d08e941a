import React from 'react';
import { act, renderHook } from '@testing-library/react';
import { ClusterLayout } from './useClusterLayout';
import { useMarkerKeyboard } from './useMarkerKeyboard';

// Three markers, not in x order: cluster 1 is the earliest, cluster 2 the latest.
const layout = {
  clusters: { count: 3, x: Float64Array.of(50, 10, 90) },
  index: { nearestInDirection: (c: number, direction: string) => (direction === 'right' ? [2, 0, -1][c] : -1) },
} as unknown as ClusterLayout;

const key = (name: string) =>
  ({ key: name, preventDefault: jest.fn(), stopPropagation: jest.fn() }) as unknown as React.KeyboardEvent;

function setup() {
  const open = jest.fn();
  const hook = renderHook(() => useMarkerKeyboard(layout, open));
  const press = (name: string) => act(() => hook.result.current.onKeyDown(key(name)));
  return { hook, open, press };
}

describe('useMarkerKeyboard', () => {
  it('starts at the earliest marker, and Home and End jump to the first and last', () => {
    const { hook, press } = setup();
    press('ArrowRight');
    expect(hook.result.current.focused).toBe(1);
    press('End');
    expect(hook.result.current.focused).toBe(2);
    press('Home');
    expect(hook.result.current.focused).toBe(1);
  });

  it('opens the focused marker on Enter and lets it go on Escape', () => {
    const { hook, open, press } = setup();
    press('End');
    press('Enter');
    expect(open).toHaveBeenCalledWith(2);
    press('Escape');
    expect(hook.result.current.focused).toBe(-1);
  });

  it('knows whether the chart holds the keyboard focus, and keeps the marker while it is away', () => {
    const { hook, press } = setup();
    act(() => hook.result.current.onFocus());
    press('End');
    expect(hook.result.current.within).toBe(true);
    act(() => hook.result.current.onBlur());
    expect(hook.result.current).toMatchObject({ within: false, focused: 2 });
  });
});
