import type uPlot from 'uplot';
import { selectRegion } from '../../region/box';
import { exemplarSetOf } from '../../region/__fixtures__/regionFixtures';
import { boxOfRect, rectBetween, rectOfBox } from './regionPixels';

const W = 1000;
const H = 400;
const T0 = 1_700_000_000_000;

/** A uPlot stand-in: x from T0 over 100 s, latency linear 0…10 s or log10 from 0.001 to 10 s. */
function plotOf(log: boolean): uPlot {
  const y = log
    ? { distr: 3, min: 0.001, max: 10, toPos: (v: number) => H * (1 - (Math.log10(v) + 3) / 4) }
    : { distr: 1, min: 0, max: 10, toPos: (v: number) => H * (1 - v / 10) };
  const fromPos = log ? (p: number) => 10 ** ((1 - p / H) * 4 - 3) : (p: number) => (1 - p / H) * 10;
  return {
    over: { clientWidth: W, clientHeight: H },
    scales: { x: { distr: 1, min: T0, max: T0 + 100_000 }, latency: y },
    valToPos: (v: number, key: string) => (key === 'x' ? ((v - T0) / 100_000) * W : y.toPos(v)),
    posToVal: (p: number, key: string) => (key === 'x' ? T0 + (p / W) * 100_000 : fromPos(p)),
  } as unknown as uPlot;
}

describe('region pixels', () => {
  it.each([false, true])('draws a box back where it was drawn (log axis: %s)', (log) => {
    const plot = plotOf(log);
    const rect = { left: 100, top: 50, width: 300, height: 120 };
    const box = boxOfRect(plot, rect);
    const back = rectOfBox(plot, box)!;
    for (const key of ['left', 'top', 'width', 'height'] as const) {
      expect(back[key]).toBeCloseTo(rect[key], 6);
    }
  });

  it('selects on a log axis exactly the exemplars drawn inside the rectangle', () => {
    const plot = plotOf(true);
    // Exemplars at 1 ms … 10 s, one decade apart: y = 400, 300, 200, 100, 0.
    const set = exemplarSetOf([0.001, 0.01, 0.1, 1, 10].map((value, i) => ({ timeMs: T0 + 10_000 * (i + 1), value })));
    const box = boxOfRect(plot, { left: 0, top: 150, width: W, height: 200 });
    expect(Array.from(selectRegion(set, box).selection)).toEqual([1, 2]);
  });

  it('leaves a box reaching the top or bottom edge open on that side, and draws it to the edge', () => {
    const plot = plotOf(true);
    const box = boxOfRect(plot, { left: 10, top: 0, width: 50, height: H });
    expect(box.maxValue).toBe(Infinity);
    expect(box.minValue).toBe(-Infinity);
    expect(rectOfBox(plot, box)).toEqual({ left: 10, top: 0, width: 50, height: H });
  });

  it('draws nothing for a box zoomed out of view', () => {
    const plot = plotOf(false);
    expect(rectOfBox(plot, { fromMs: T0 - 5000, toMs: T0 - 1000, minValue: 1, maxValue: 2 })).toBeUndefined();
    expect(rectOfBox(plot, { fromMs: T0, toMs: T0 + 1000, minValue: 20, maxValue: 30 })).toBeUndefined();
  });

  it('clips a dragged rectangle to the plot, whichever way it was dragged', () => {
    expect(rectBetween([300, 500], [-20, 100], W, H)).toEqual({ left: 0, top: 100, width: 300, height: 300 });
  });
});
