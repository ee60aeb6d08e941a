import type { UrlRegion } from './urlState';

/** What the URL and the panel agreed on last; `unknown` at load and while a trace drawer holds the URL. */
export type RegionSynced = UrlRegion | undefined | 'unknown';

export type RegionSyncStep =
  | { kind: 'none' }
  | { kind: 'adopt'; region: UrlRegion | undefined }
  | { kind: 'write'; region: UrlRegion | undefined; replace: boolean };

function regionKey(region: UrlRegion | undefined): string {
  const box = region?.box;
  return box ? `${region.open}:${box.fromMs},${box.toMs},${box.minValue},${box.maxValue}` : '';
}

/**
 * One step of keeping the panel's region and the URL's in step. A URL that changed under the panel (Back, Forward,
 * a link) wins; otherwise the panel's change is written: opening or closing the drawer as a history entry (so Back
 * closes it), a box drawn, moved or cleared with the drawer as it was by replacing. A URL with no region (a trace
 * drawer's parameters leave the box out; a host's URL sync may drop it) gets the panel's box back: only the panel
 * clears its box.
 */
export function regionSyncStep(
  url: UrlRegion | undefined,
  local: UrlRegion | undefined,
  synced: RegionSynced
): RegionSyncStep {
  const [u, l] = [regionKey(url), regionKey(local)];
  if (synced === 'unknown' || (url === undefined && local !== undefined)) {
    if (url !== undefined || local === undefined) {
      return u === l ? { kind: 'none' } : { kind: 'adopt', region: url };
    }
    // A URL without the box (after a trace drawer, or rewritten by the host's own URL sync) gets it back.
    return { kind: 'write', region: local.open ? { box: local.box, open: false } : local, replace: true };
  }
  const s = regionKey(synced);
  if (u !== s) {
    return u === l ? { kind: 'none' } : { kind: 'adopt', region: url };
  }
  if (l !== s) {
    const wasOpen = synced?.open ?? false;
    if (local && local.open && !wasOpen && regionKey({ ...local, open: false }) !== regionKey(synced)) {
      // Drawn and opened at once: the box first, replacing, so that Back from the drawer keeps the box.
      return { kind: 'write', region: { box: local.box, open: false }, replace: true };
    }
    return { kind: 'write', region: local, replace: wasOpen === (local?.open ?? false) };
  }
  return { kind: 'none' };
}
