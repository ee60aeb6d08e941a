import { COMMON_TRACE_ID_LABELS, effectiveRules } from '../links/mapping';
import { defaultOptions } from '../types';
import { emptyExemplarSet } from './columnar';
import { diagnose, DiagnosticInputs } from './diagnostics';
import { exemplarSetFromFrames } from './exemplarFrames';
import { exemplarFrame, shopResponse } from './__fixtures__/prometheusFrames';
import { latencySeriesFromFrames } from './seriesFrames';

const now = 1_700_000_100_000;
const { series: frames, exemplars: exemplarFrames } = shopResponse();
const series = latencySeriesFromFrames(frames);

function inputs(change: Partial<DiagnosticInputs>): DiagnosticInputs {
  return {
    mode: 'builder',
    metric: 'http_server_request_duration_seconds',
    errors: [],
    series,
    exemplars: exemplarSetFromFrames(exemplarFrames).set,
    exemplarsRequested: true,
    rules: [],
    traceIdLabels: COMMON_TRACE_ID_LABELS,
    linkedExemplars: 2,
    rangeToMs: now,
    nowMs: now,
    ...change,
  };
}

describe('diagnose', () => {
  it('is silent when lines and linked exemplars are there', () => {
    expect(diagnose(inputs({}))).toEqual([]);
  });

  it('passes data source errors through', () => {
    const found = diagnose(inputs({ errors: ['bad_data: parse error at char 5'], series: [] }));
    expect(found).toEqual([expect.objectContaining({ severity: 'error', detail: 'bad_data: parse error at char 5' })]);
  });

  it('explains an empty histogram query', () => {
    const [found] = diagnose(inputs({ series: [] }));
    expect(found.id).toBe('no-series');
    expect(found.fixes.join(' ')).toContain('_bucket series with an le label');
  });

  it('suggests the raw histogram for recording rules', () => {
    const [found] = diagnose(inputs({ series: [], metric: 'job:latency_seconds:rate5m' }));
    expect(found.fixes.join(' ')).toContain('Recording rules');
  });

  it('names the exemplar-storage flag, OpenMetrics and, in the same fix, the remote-write receiver when a Prometheus holds no exemplars', () => {
    for (const storeType of [undefined, 'Prometheus']) {
      const [found] = diagnose(inputs({ exemplars: emptyExemplarSet(), storeType }));
      expect(found.id).toBe('no-exemplars');
      const fixes = found.fixes.join(' ');
      expect(fixes).toMatch(/^Run Prometheus 2\.26\+ with --enable-feature=exemplar-storage[\s\S]*OpenMetrics/);
      // The same data source may be a remote-write receiver: its own flag and the writer's setting.
      expect(found.fixes).toContainEqual(
        expect.stringMatching(
          /^Run Prometheus 2\.26\+ with --enable-feature=exemplar-storage.*--web\.enable-remote-write-receiver\) needs the flag itself, and its writer needs send_exemplars: true/
        )
      );
      expect(fixes).toContain('Set "Prometheus type" in the data source settings');
    }
  });

  it('points at the in-memory buffer for old time ranges', () => {
    const [found] = diagnose(inputs({ exemplars: emptyExemplarSet(), rangeToMs: now - 2 * 86400_000 }));
    expect(found.fixes[0]).toContain('recent time range');
  });

  it('says when exemplars were not asked for', () => {
    const [found] = diagnose(inputs({ exemplars: emptyExemplarSet(), exemplarsRequested: false, mode: 'panel' }));
    expect(found.id).toBe('exemplars-off');
    expect(found.fixes[0]).toContain('Exemplars toggle');
  });

  it('lists labels seen and offers to map the likely trace label', () => {
    const set = exemplarSetFromFrames([
      exemplarFrame('A', [
        { timeMs: 1, value: 0.1, labels: { le: '0.5', route: '/a', request: '4bf92f3577b34da6a3ce929d0e0e4736' } },
      ]),
    ]).set;
    const rules = effectiveRules(
      {
        options: defaultOptions.labelMapping,
        datasourceDestinations: [{ name: 'trace_id', datasourceUid: 'tempo' }],
        tracingDatasources: [],
      },
      set
    );
    const [found] = diagnose(inputs({ exemplars: set, rules, linkedExemplars: 0 }));
    expect(found.id).toBe('no-trace-label');
    expect(found.detail).toBe(
      '1 exemplars, none with a label the mapping knows (mapped: trace_id). Labels seen: request, route.'
    );
    expect(found.action).toEqual({ kind: 'map-label', labelName: 'request', label: 'Map "request"' });
  });

  it('reports rules whose target is broken', () => {
    const set = exemplarSetFromFrames(exemplarFrames).set;
    const rules = effectiveRules(
      {
        options: {
          ...defaultOptions.labelMapping,
          rules: [{ labelName: 'trace_id', kind: 'datasource', datasourceUid: 'old-tempo' }],
        },
        datasourceDestinations: [],
        tracingDatasources: [],
      },
      set
    );
    const found = diagnose(inputs({ rules }));
    expect(found).toEqual([
      expect.objectContaining({ id: 'rule-trace_id', detail: expect.stringContaining('"old-tempo" was not found') }),
    ]);
  });

  it('reports rejected and truncated exemplars', () => {
    const found = diagnose(
      inputs({ parseReport: { frames: 1, rejectedRows: 3, unusableFrames: 0, truncatedRows: 10 } })
    );
    expect(found.map((d) => d.id)).toEqual(['rejected-exemplars', 'truncated-exemplars']);
  });

  it('names both labels when the data source maps trace_id but exemplars carry traceID, with a one-click map', () => {
    const set = exemplarSetFromFrames([
      exemplarFrame('A', [
        { timeMs: 1, value: 0.1, labels: { le: '0.5', traceID: '4bf92f3577b34da6a3ce929d0e0e4736' } },
      ]),
    ]).set;
    const tempo = { uid: 'tempo', name: 'Tempo', type: 'tempo' };
    const destinations = [{ name: 'trace_id', datasourceUid: 'tempo' }];
    const withAuto = effectiveRules(
      { options: defaultOptions.labelMapping, datasourceDestinations: destinations, tracingDatasources: [tempo] },
      set
    );
    const [linked] = diagnose(inputs({ exemplars: set, rules: withAuto, linkedExemplars: 1 }));
    expect(linked).toMatchObject({
      id: 'label-name-mismatch',
      severity: 'info',
      title: 'Exemplars carry "traceID", not "trace_id"',
      detail:
        'The Prometheus data source maps the label "trace_id", but the exemplars in this range carry "traceID". Auto-detection links them for now.',
      action: { kind: 'map-label', labelName: 'traceID', label: 'Map "traceID"' },
    });

    const noAuto = { ...defaultOptions.labelMapping, autoDetect: false };
    const rules = effectiveRules(
      { options: noAuto, datasourceDestinations: destinations, tracingDatasources: [tempo] },
      set
    );
    const found = diagnose(inputs({ exemplars: set, rules, linkedExemplars: 0 }));
    expect(found.map((d) => [d.id, d.severity])).toEqual([['label-name-mismatch', 'warning']]);
  });

  it('the reverse: the panel maps traceID, exemplars carry trace_id', () => {
    const set = exemplarSetFromFrames(exemplarFrames).set;
    const options = {
      ...defaultOptions.labelMapping,
      autoDetect: false,
      rules: [{ labelName: 'traceID', kind: 'datasource' as const, datasourceUid: 'tempo' }],
    };
    const rules = effectiveRules(
      { options, datasourceDestinations: [], tracingDatasources: [{ uid: 'tempo', name: 'Tempo', type: 'tempo' }] },
      set
    );
    const [found] = diagnose(inputs({ exemplars: set, rules, linkedExemplars: 0 }));
    expect(found.title).toBe('Exemplars carry "trace_id", not "traceID"');
    expect(found.detail).toMatch(/^The panel maps/);
  });

  it('names only the remote-write defaults for Mimir: the tenant limit, then send_exemplars', () => {
    const [found] = diagnose(inputs({ exemplars: emptyExemplarSet(), storeType: 'Mimir' }));
    expect(found.detail).toContain('Mimir returned no exemplars');
    expect(found.fixes).toHaveLength(2);
    expect(found.fixes[0]).toMatch(
      /^Mimir keeps no exemplars unless told to: max_global_exemplars_per_user defaults to 0/
    );
    expect(found.fixes[1]).toContain('send_exemplars: true in its remote_write section');
    // The scrape side is fine when the series arrived: no scrape format, no feature flag.
    expect(found.fixes.join(' ')).not.toMatch(/OpenMetrics|openmetrics|--enable-feature|exemplar-storage/);
  });

  it.each([
    ['cortex', /^Cortex keeps no exemplars .*max_exemplars limit \(-ingester\.max-exemplars\) defaults to 0/],
    ['Thanos', /^Thanos Receive keeps no exemplars .*--tsdb\.max-exemplars defaults to 0/],
  ])('names the store limit of %s (any case), then send_exemplars', (storeType, limit) => {
    const [found] = diagnose(inputs({ exemplars: emptyExemplarSet(), storeType }));
    expect(found.fixes[0]).toMatch(limit);
    expect(found.fixes[1]).toContain('send_exemplars: true');
    expect(found.fixes.join(' ')).not.toContain('OpenMetrics');
  });

  it('keeps the range-age hint first for a remote-write store', () => {
    const [found] = diagnose(
      inputs({ exemplars: emptyExemplarSet(), storeType: 'Mimir', rangeToMs: now - 2 * 86400_000 })
    );
    expect(found.fixes[0]).toContain('recent time range');
    expect(found.fixes[1]).toMatch(/^Mimir keeps no exemplars/);
  });

  it('puts the recording-rule hint first when the metric has a colon and no exemplars', () => {
    const [found] = diagnose(inputs({ exemplars: emptyExemplarSet(), metric: 'job:http_latency_seconds:rate5m' }));
    expect(found.fixes[0]).toContain('looks like a recording rule');
  });

  it('offers a label whose value differs on every exemplar when none looks like a trace ID', () => {
    const rows = ['a1', 'b2', 'c3'].map((id, i) => ({
      timeMs: i,
      value: 0.1,
      labels: { le: '0.5', route: '/a', request_id: `req-${id}` },
    }));
    const set = exemplarSetFromFrames([exemplarFrame('A', rows)]).set;
    const [found] = diagnose(inputs({ exemplars: set, rules: [], linkedExemplars: 0 }));
    expect(found.id).toBe('no-trace-label');
    expect(found.action).toEqual({ kind: 'map-label', labelName: 'request_id', label: 'Map "request_id"' });
    expect(found.fixes[0]).toBe(
      '"request_id" has a different value on every exemplar, as a trace ID would: map it if it holds the trace ID.'
    );
  });

  it('offers nothing when every label repeats', () => {
    const rows = [0, 1, 2].map((i) => ({ timeMs: i, value: 0.1, labels: { le: '0.5', route: '/a', status: '200' } }));
    const [found] = diagnose(
      inputs({ exemplars: exemplarSetFromFrames([exemplarFrame('A', rows)]).set, rules: [], linkedExemplars: 0 })
    );
    expect(found.action).toBeUndefined();
  });
});

/** Found by diagnostics.fuzz.test.ts. */
describe('diagnose with several rules for one label', () => {
  it('reports the rule links use (the first) once: ids stay unique (they are React keys)', () => {
    const broken = {
      labelName: 'trace_id',
      kind: 'datasource' as const,
      origin: 'panel' as const,
      problem: 'Tracing data source "a" was not found.',
    };
    const twice = diagnose(
      inputs({ rules: [broken, { ...broken, problem: 'Tracing data source "b" was not found.' }] })
    );
    expect(twice.filter((d) => d.id === 'rule-trace_id')).toEqual([
      expect.objectContaining({ detail: 'Tracing data source "a" was not found.' }),
    ]);
    // A working first rule hides a broken duplicate: links use the first.
    const working = { labelName: 'trace_id', kind: 'datasource' as const, origin: 'panel' as const };
    expect(diagnose(inputs({ rules: [working, broken] })).map((d) => d.id)).not.toContain('rule-trace_id');
  });
});
