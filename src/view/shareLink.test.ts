import { buildShareUrl, shareRange } from './shareLink';

const T = 1_700_000_000_000;

describe('share links', () => {
  it('keeps the dashboard range when it holds the exemplar, as absolute ms', () => {
    expect(shareRange({ from: T - 3_600_000, to: T + 0.5 }, T)).toEqual({ from: T - 3_600_000, to: T + 1 });
  });

  it('centres a window on an exemplar outside the range', () => {
    expect(shareRange({ from: T, to: T + 60_000 }, T - 10 * 3_600_000)).toEqual({
      from: T - 10 * 3_600_000 - 15 * 60_000,
      to: T - 10 * 3_600_000 + 15 * 60_000,
    });
    expect(shareRange({ from: NaN, to: NaN }, T)).toEqual({ from: T - 15 * 60_000, to: T + 15 * 60_000 });
  });

  it('replaces a relative from/to and keeps variables and other panels', () => {
    const search = new URLSearchParams('from=now-1h&to=now&var-route=a&var-route=b&etp-7-trace=ab&etp-4-span=old');
    const url = buildShareUrl(
      'https://grafana.example/sub/d/abc/shop',
      search,
      { 'etp-4-trace': 'abcd', 'etp-4-span': undefined },
      { from: T, to: T + 1000 }
    );
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://grafana.example/sub/d/abc/shop');
    expect(parsed.searchParams.get('from')).toBe(String(T));
    expect(parsed.searchParams.get('to')).toBe(String(T + 1000));
    expect(parsed.searchParams.getAll('var-route')).toEqual(['a', 'b']);
    expect(parsed.searchParams.get('etp-7-trace')).toBe('ab');
    expect(parsed.searchParams.get('etp-4-trace')).toBe('abcd');
    expect(parsed.searchParams.has('etp-4-span')).toBe(false);
  });

  it('copies nothing rather than a link the sanitizer refuses', () => {
    expect(buildShareUrl('javascript:alert(1)//', new URLSearchParams(), {}, { from: 1, to: 2 })).toBe('');
  });
});
