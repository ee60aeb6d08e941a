import { regionSyncStep } from './regionSync';
import type { UrlRegion } from './urlState';

const BOX = { fromMs: 1_000, toMs: 2_000, minValue: 0.5, maxValue: 2 };
const MOVED = { ...BOX, maxValue: 3 };
const drawn: UrlRegion = { box: BOX, open: false };
const opened: UrlRegion = { box: BOX, open: true };

describe('keeping the region and the URL in step', () => {
  it('adopts a shared box and its open drawer at load', () => {
    expect(regionSyncStep(opened, undefined, 'unknown')).toEqual({ kind: 'adopt', region: opened });
    expect(regionSyncStep(undefined, undefined, 'unknown')).toEqual({ kind: 'none' });
  });

  it('replaces the URL for a box drawn, moved or cleared, and adds a history entry to open or close', () => {
    expect(regionSyncStep(undefined, drawn, undefined)).toEqual({ kind: 'write', region: drawn, replace: true });
    const moved = { box: MOVED, open: false };
    expect(regionSyncStep(drawn, moved, drawn)).toEqual({ kind: 'write', region: moved, replace: true });
    expect(regionSyncStep(drawn, undefined, drawn)).toEqual({ kind: 'write', region: undefined, replace: true });
    expect(regionSyncStep(drawn, opened, drawn)).toEqual({ kind: 'write', region: opened, replace: false });
    expect(regionSyncStep(opened, drawn, opened)).toEqual({ kind: 'write', region: drawn, replace: false });
    // Drawn and opened in one go: the box alone first, so that Back from the drawer leaves the box drawn.
    expect(regionSyncStep(undefined, opened, undefined)).toEqual({ kind: 'write', region: drawn, replace: true });
    // Clearing closes the drawer too: a closing, so Back brings the box and drawer back.
    expect(regionSyncStep(opened, undefined, opened)).toEqual({ kind: 'write', region: undefined, replace: false });
  });

  it('lets a URL that changed under the panel win (Back closes the drawer, a link moves the box)', () => {
    expect(regionSyncStep(drawn, opened, opened)).toEqual({ kind: 'adopt', region: drawn });
    // Only the panel clears its box: a URL that lost it gets it back.
    expect(regionSyncStep(undefined, drawn, drawn)).toEqual({ kind: 'write', region: drawn, replace: true });
    expect(regionSyncStep(drawn, drawn, opened)).toEqual({ kind: 'none' });
  });

  it('writes the box back after a trace drawer left it out of the URL, and takes a region Back brought', () => {
    expect(regionSyncStep(undefined, drawn, 'unknown')).toEqual({ kind: 'write', region: drawn, replace: true });
    expect(regionSyncStep(opened, drawn, 'unknown')).toEqual({ kind: 'adopt', region: opened });
  });
});
