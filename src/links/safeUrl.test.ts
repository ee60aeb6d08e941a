import { textUtil } from '@grafana/data';
import { interpolateUrlTemplate, toSafeUrl } from './safeUrl';

describe('toSafeUrl', () => {
  it.each(['https://trace.example.com/t/abc', 'http://localhost:16686/trace/1', '/explore?left=1', '?x=1'])(
    'accepts %s',
    (url) => expect(toSafeUrl(url)).toEqual({ ok: true, url })
  );

  it.each([
    'javascript:alert(1)',
    '  JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '&#106;avascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    '%6Aavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('refuses %j', (url) => {
    const result = toSafeUrl(url);
    expect(result.ok).toBe(false);
  });
});

describe('interpolateUrlTemplate', () => {
  it('puts the trace ID in ${__value.raw}', () => {
    expect(interpolateUrlTemplate('https://oneuptime.com/traces/${__value.raw}', 'abc123', {})).toEqual({
      ok: true,
      url: 'https://oneuptime.com/traces/abc123',
    });
  });

  it('URL-encodes values so labels cannot change the URL structure', () => {
    const result = interpolateUrlTemplate('https://x/t/${__value.raw}?svc=${__data.fields.service}', 'a/../b?c#d', {
      service: 'a&admin=1',
    });
    expect(result).toEqual({ ok: true, url: 'https://x/t/a%2F..%2Fb%3Fc%23d?svc=a%26admin%3D1' });
  });

  it('refuses a template whose value turns it into a script URL', () => {
    expect(interpolateUrlTemplate('${__value.raw}', 'javascript:alert(1)', {}).ok).toBe(false);
  });
});

/** Found by links.fuzz.test.ts. */
describe('trace link edge cases', () => {
  it('refuses an http(s) URL a browser cannot parse', () => {
    for (const url of ['HTTPS://', 'http://', 'https://[', 'http://a b']) {
      expect(toSafeUrl(url).ok).toBe(false);
    }
    expect(toSafeUrl('HTTPS://tool.example/x')).toEqual({ ok: true, url: 'HTTPS://tool.example/x' });
  });

  it('fills labels named like Object properties only when the exemplar has them', () => {
    const template = 'https://t/${__data.fields.constructor}/${__data.fields.toString}/${__data.fields.__proto__}';
    expect(interpolateUrlTemplate(template, 'id', {})).toEqual({ ok: true, url: 'https://t///' });
    const labels = Object.fromEntries([
      ['constructor', 'c'],
      ['__proto__', 'p'],
    ]);
    expect(interpolateUrlTemplate(template, 'id', labels)).toEqual({ ok: true, url: 'https://t/c//p' });
  });

  it('refuses a value of "." or ".." that a browser would resolve as a path step', () => {
    const template = 'https://tool.example/trace/${__value.raw}?route=${__data.fields.route}';
    for (const [traceId, route] of [
      ['..', 'checkout'],
      ['.', 'checkout'],
      ['abc', '..'],
    ]) {
      const result = interpolateUrlTemplate(template, traceId, { route });
      expect(result).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/^Refused a link: the label value "\.\.?"/),
      });
    }
    expect(interpolateUrlTemplate(template, '...', { route: '.a' })).toEqual({
      ok: true,
      url: 'https://tool.example/trace/...?route=.a',
    });
  });
});

/** Grafana 13 ships @braintree/sanitize-url 7.1, which decodes the whole URL and re-serializes http(s) URLs. */
describe('with a sanitizer that rewrites URLs (Grafana 13)', () => {
  const decodingSanitizer = (url: string) => {
    const decoded = decodeURIComponent(url);
    return /^javascript:/i.test(decoded)
      ? 'about:blank'
      : /^https?:/i.test(decoded)
        ? new URL(decoded).toString()
        : decoded;
  };
  beforeEach(() => jest.spyOn(textUtil, 'sanitizeUrl').mockImplementation(decodingSanitizer));
  afterEach(() => jest.restoreAllMocks());

  it('keeps encoded label values encoded: a value cannot add a query parameter, a fragment or a path', () => {
    const result = interpolateUrlTemplate('https://x/t/${__value.raw}?svc=${__data.fields.service}', 'a/../b?c#d', {
      service: 'a&admin=1',
    });
    expect(result).toEqual({ ok: true, url: 'https://x/t/a%2F..%2Fb%3Fc%23d?svc=a%26admin%3D1' });
    const url = new URL((result as { url: string }).url);
    expect([...url.searchParams.entries()]).toEqual([['svc', 'a&admin=1']]);
    expect(url.hash).toBe('');
  });

  it('still refuses what the sanitizer blocks, encoded or not', () => {
    expect(toSafeUrl('javascript%3Aalert(1)').ok).toBe(false);
    expect(toSafeUrl('javascript:alert(1)').ok).toBe(false);
    expect(textUtil.sanitizeUrl).toHaveBeenCalled();
  });
});
