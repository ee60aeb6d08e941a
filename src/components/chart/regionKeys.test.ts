import { regionKeyAction, startRect } from './regionKeys';

const W = 1000;
const H = 400;
const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });
const rect = { left: 100, top: 100, width: 200, height: 100 };

describe('regionKeyAction', () => {
  it('starts with b, and leaves every other key to the markers until then', () => {
    expect(regionKeyAction(key('b'), false, undefined, W, H)).toEqual({ kind: 'start' });
    expect(regionKeyAction(key('ArrowLeft'), false, rect, W, H)).toEqual({ kind: 'none' });
    expect(regionKeyAction({ ...key('b'), ctrlKey: true }, false, undefined, W, H)).toEqual({ kind: 'none' });
    const start = startRect(W, H);
    expect(start.left + start.width).toBeLessThanOrEqual(W);
  });

  it('moves the box with arrows and keeps it on the plot', () => {
    expect(regionKeyAction(key('ArrowRight'), true, rect, W, H)).toEqual({
      kind: 'rect',
      rect: { ...rect, left: 150 },
    });
    expect(regionKeyAction(key('ArrowUp'), true, { ...rect, top: 5 }, W, H)).toEqual({
      kind: 'rect',
      rect: { ...rect, top: 0 },
    });
  });

  it('resizes with Shift + arrows from the right and top edges', () => {
    expect(regionKeyAction(key('ArrowRight', true), true, rect, W, H)).toEqual({
      kind: 'rect',
      rect: { ...rect, width: 250 },
    });
    expect(regionKeyAction(key('ArrowUp', true), true, rect, W, H)).toEqual({
      kind: 'rect',
      rect: { ...rect, top: 80, height: 120 },
    });
    const shrunk = regionKeyAction(key('ArrowDown', true), true, { ...rect, height: 10 }, W, H);
    expect(shrunk.kind === 'rect' && shrunk.rect.height).toBe(4);
  });

  it('opens with Enter, stops with Escape, clears with Delete', () => {
    expect(regionKeyAction(key('Enter'), true, rect, W, H).kind).toBe('open');
    expect(regionKeyAction(key('Escape'), true, rect, W, H).kind).toBe('stop');
    expect(regionKeyAction(key('Delete'), false, rect, W, H).kind).toBe('clear');
    expect(regionKeyAction(key('Delete'), false, undefined, W, H).kind).toBe('none');
  });
});
