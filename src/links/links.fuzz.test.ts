import fc from 'fast-check';

import { exemplarSetFromFrames } from '../data/exemplarFrames';
import { exemplarFrame } from '../data/__fixtures__/prometheusFrames';
import { LabelMappingRule } from '../types';
import { buildExploreUrl } from './explore';
import { effectiveRules, traceTargetFor } from './mapping';
import { interpolateUrlTemplate, toSafeUrl } from './safeUrl';

/**
 * Trace links are built from dashboard JSON (URL templates, data source settings) and from exemplar labels
 * (written by whatever application emitted them). Whatever those hold, a link the panel renders must open an
 * http(s) page — checked the way a browser resolves an href (WHATWG URL against the dashboard's address) —
 * and label values must land URL-encoded where the template puts them. Anything else is refused with a reason
 * and shown as plain text.
 */

const DASHBOARD = 'https://grafana.example.com/d/abc/shop?orgId=1';

/** The protocol a browser would follow for `href`, on the dashboard page. */
function protocolOf(href: string): string {
  return new URL(href, DASHBOARD).protocol;
}

/** Scheme tricks: case, whitespace and control characters, entities, percent-encoding, unicode spaces. */
const schemePrefix = fc.constantFrom(
  'javascript:',
  'JaVaScRiPt:',
  ' javascript:',
  '\tjavascript:',
  '\njavascript:',
  '\u0000javascript:',
  '\u0001javascript:',
  'java\tscript:',
  'java\nscript:',
  'java\u0000script:',
  'java%73cript:',
  '%6Aavascript:',
  '&#106;avascript:',
  '&#x6A;avascript:',
  'jav&#x09;ascript:',
  'javascript&colon;',
  '\u200bjavascript:',
  '\ufeffjavascript:',
  '\u00a0javascript:',
  '\u2028javascript:',
  'data:',
  'DATA:text/html;base64,',
  ' data:',
  'vbscript:',
  'VBScript:',
  'file:',
  'blob:',
  'about:',
  'mailto:',
  'ftp:',
  'jar:',
  'view-source:',
  'https:',
  'http:',
  'https://',
  'HTTPS://',
  '//',
  '/',
  './',
  '../',
  '?',
  '#',
  '/\\',
  '\\\\',
  ''
);
const urlBody = fc.oneof(
  fc.constantFrom(
    'alert(1)',
    '//evil.example/%0Aalert(1)',
    'text/html,<script>window.__pwned=1</script>',
    'trace.example/t/${__value.raw}',
    'x?a=${__data.fields.route}',
    '${__value.raw}'
  ),
  fc.string({ maxLength: 20 }),
  fc.string({
    maxLength: 12,
    unit: fc.constantFrom('a', ':', '/', '\\', '%', '&', '#', ';', ' ', '\t', '\n', '\u0000', '$', '{', '}'),
  })
);
const anyUrl = fc.tuple(schemePrefix, urlBody).map(([a, b]) => a + b);

/** Label values from an application: markup, scripts, URL syntax, control characters, anything. */
const labelText = fc.oneof(
  fc.constantFrom(
    '4bf92f3577b34da6a3ce929d0e0e4736',
    'javascript:alert(1)',
    ' \tjavascript:alert(1)',
    'java%73cript:x',
    'data:text/html,x',
    '<img src=x onerror="window.__pwned=1">',
    '../../admin',
    '?x=1#y',
    '&#106;',
    ''
  ),
  fc.string({ maxLength: 16 })
);

describe('trace link URLs under fuzzing', () => {
  it('an accepted URL always opens http(s), whatever scheme trick it starts with; a refused one keeps its text', () => {
    fc.assert(
      fc.property(anyUrl, (raw) => {
        const result = toSafeUrl(raw);
        if (result.ok) {
          expect(['http:', 'https:']).toContain(protocolOf(result.url));
          // Nothing a browser would strip or reinterpret before reading the scheme.
          expect(result.url).not.toMatch(/[\u0000-\u001f\u007f]/);
          expect(result.url).not.toBe('about:blank');
        } else {
          expect(result.raw).toBe(raw);
          expect(result.reason).toMatch(/^Refused a link/);
        }
      }),
      { numRuns: 4_000 }
    );
  });

  it('interpolated label values are URL-encoded where the template puts them, and never change the URL scheme', () => {
    const template = fc.oneof(
      {
        arbitrary: fc.constant(
          'https://tool.example/trace/${__value.raw}?route=${__data.fields.route}&odd=${__data.fields["odd name"]}'
        ),
        weight: 3,
      },
      { arbitrary: fc.tuple(schemePrefix, urlBody).map(([a, b]) => a + b), weight: 2 },
      {
        arbitrary: fc.constantFrom(
          '${__value.raw}',
          '${__data.fields.route}',
          '${__data.fields.route}://x',
          '/t/${__value.raw}',
          'https://t/${__data.fields.constructor}${__data.fields.toString}${__data.fields.__proto__}'
        ),
        weight: 1,
      }
    );
    fc.assert(
      fc.property(template, labelText, labelText, labelText, (tpl, traceId, route, odd) => {
        const labels: Record<string, string> = { route, 'odd name': odd };
        const result = interpolateUrlTemplate(tpl, traceId, labels);
        if (!result.ok) {
          expect(result.reason).toMatch(/^Refused a link/);
          return;
        }
        expect(['http:', 'https:']).toContain(protocolOf(result.url));
        if (tpl.startsWith('https://tool.example/trace/')) {
          const url = new URL(result.url);
          expect(url.host).toBe('tool.example');
          expect(decodeURIComponent(url.pathname.slice('/trace/'.length))).toBe(traceId);
          expect(url.searchParams.get('route')).toBe(route);
          expect(url.searchParams.get('odd')).toBe(odd);
          expect([...url.searchParams.keys()]).toEqual(['route', 'odd']);
        }
        if (tpl.includes('${__data.fields.constructor}')) {
          // Labels the exemplar does not carry are empty, even when named like Object's own properties.
          expect(result.url).toBe('https://t/');
        }
      }),
      { numRuns: 4_000 }
    );
  });

  it('exemplar → trace target: a link is either safe or broken with a reason, for any rules and labels', () => {
    const rule: fc.Arbitrary<LabelMappingRule> = fc.record(
      {
        labelName: fc.constantFrom('trace_id', 'traceID', 'request_id', '', ' '),
        kind: fc.constantFrom('url' as const, 'datasource' as const),
        url: fc.oneof(anyUrl, fc.constant('https://tool.example/t/${__value.raw}?r=${__data.fields.route}')),
        datasourceUid: fc.constantFrom('tempo', 'gone', ''),
        displayLabel: labelText,
      },
      { requiredKeys: ['labelName', 'kind'] }
    );
    fc.assert(
      fc.property(
        fc.array(rule, { maxLength: 3 }),
        fc.array(fc.record({ trace_id: labelText, traceID: labelText, route: labelText }, { requiredKeys: [] }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.boolean(),
        (rules, rows, autoDetect) => {
          const { set } = exemplarSetFromFrames([
            exemplarFrame(
              'A',
              rows.map((labels, i) => ({ timeMs: i, value: 1, labels }))
            ),
          ]);
          const effective = effectiveRules(
            {
              options: { rules, useDatasourceDefaults: true, autoDetect },
              datasourceDestinations: [{ name: 'traceID', url: 'javascript:alert(1)//${__value.raw}' }],
              tracingDatasources: [{ uid: 'tempo', name: 'Tempo', type: 'tempo' }],
            },
            set
          );
          for (let row = 0; row < set.size; row++) {
            const target = traceTargetFor(set, row, effective);
            if (!target) {
              continue;
            }
            expect(target.traceId).toBe(target.traceId.trim());
            expect(target.traceId).not.toBe('');
            if (target.kind === 'url') {
              expect(['http:', 'https:']).toContain(protocolOf(target.url));
            } else if (target.kind === 'broken') {
              expect(target.reason.length).toBeGreaterThan(10);
            } else {
              expect(target.datasource.uid).toBe('tempo');
            }
          }
        }
      ),
      { numRuns: 2_000 }
    );
  });

  it('Explore links keep hostile trace IDs and queries inside their query parameter', () => {
    fc.assert(
      fc.property(labelText, labelText, fc.integer(), fc.integer(), (traceId, expr, from, to) => {
        const panes = [
          { datasource: { uid: 'prom', type: 'prometheus' }, queries: [{ refId: 'A', expr } as never] },
          {
            datasource: { uid: 'tempo', type: 'tempo' },
            queries: [{ refId: 'A', queryType: 'traceql', query: traceId } as never],
          },
        ];
        const url = buildExploreUrl('/grafana', { from, to }, panes, 1);
        expect(url.startsWith('/grafana/explore?')).toBe(true);
        expect(protocolOf(url)).toBe('https:');
        const params = new URL(url, DASHBOARD).searchParams;
        expect([...params.keys()].sort()).toEqual(['orgId', 'panes', 'schemaVersion']);
        const state = JSON.parse(params.get('panes')!);
        expect(state.pane1.queries[0].expr).toBe(expr);
        expect(state.pane2.queries[0].query).toBe(traceId);
      }),
      { numRuns: 1_000 }
    );
  });
});
