import {
  applyFieldOverrides,
  createFieldConfigRegistry,
  createTheme,
  DataFrame,
  Field,
  FieldType,
  ScopedVars,
} from '@grafana/data';
import { shopResponse } from './__fixtures__/prometheusFrames';
import { latencySeriesFromFrames, splitFrames, unitFromMetricName } from './seriesFrames';

describe('latencySeriesFromFrames', () => {
  it('reads Grafana matrix frames into series with names, labels and quantiles', () => {
    const { series: frames, times } = shopResponse();
    const series = latencySeriesFromFrames(frames, { quantileByRefId: { p50: 0.5, p99: 0.99 } });
    expect(series.map((s) => [s.name, s.quantile, s.labels.route])).toEqual([
      ['p50 /api/cart', 0.5, '/api/cart'],
      ['p99 /api/cart', 0.99, '/api/cart'],
      ['p99 /api/checkout', 0.99, '/api/checkout'],
    ]);
    expect(Array.from(series[0].timeMs)).toEqual(times);
    // Prometheus gaps arrive as null and become NaN so lines break there.
    expect(Number.isNaN(series[0].value[3])).toBe(true);
    expect(series[0].unit).toBe('s');
  });

  it("reads Grafana's hideFrom field config (legend clicks and overrides), ignoring what is not a boolean", () => {
    const field = (custom: unknown) => ({ name: 'Value', type: FieldType.number, config: { custom }, values: [1] });
    const frame: DataFrame = {
      length: 1,
      fields: [
        { name: 'Time', type: FieldType.time, config: {}, values: [1] },
        field({ hideFrom: { viz: true, legend: false, tooltip: true } }),
        field({ hideFrom: { viz: 'yes', legend: 1 } }),
        field('not an object'),
      ],
    };
    expect(latencySeriesFromFrames([frame]).map((s) => s.hideFrom)).toEqual([
      { viz: true, legend: false, tooltip: true },
      { viz: false, legend: false, tooltip: false },
      { viz: false, legend: false, tooltip: false },
    ]);
  });

  it('reads the quantile from the executed expression of panel queries', () => {
    const frame: DataFrame = {
      refId: 'A',
      length: 1,
      meta: { executedQueryString: 'Expr: histogram_quantile(0.95, sum by (le) (rate(x_bucket[1m])))\nStep: 15s' },
      fields: [
        { name: 'Time', type: FieldType.time, config: {}, values: [1] },
        { name: 'Value', type: FieldType.number, config: { unit: 'ms' }, values: [12] },
      ],
    };
    const [series] = latencySeriesFromFrames([frame]);
    expect(series.quantile).toBe(0.95);
    expect(series.unit).toBe('ms');
  });

  it('turns every number field of a wide frame into a series and skips exemplar frames', () => {
    const { exemplars } = shopResponse();
    const wide: DataFrame = {
      refId: 'A',
      length: 2,
      fields: [
        { name: 'time', type: FieldType.time, config: {}, values: [1, 2] },
        { name: 'p50', type: FieldType.number, config: {}, values: [0.1, 0.2] },
        { name: 'p99', type: FieldType.number, config: {}, values: ['0.5', null] },
        { name: 'host', type: FieldType.string, config: {}, values: ['a', 'b'] },
      ],
    };
    const series = latencySeriesFromFrames([wide, ...exemplars]);
    expect(series.map((s) => s.name)).toEqual(['p50', 'p99']);
    expect(series[1].value[0]).toBe(0.5);
  });
});

describe('splitFrames', () => {
  it('separates exemplar frames from quantile frames', () => {
    const { series, exemplars } = shopResponse();
    const split = splitFrames([...series, ...exemplars]);
    expect(split.series).toHaveLength(3);
    expect(split.exemplars).toHaveLength(1);
  });
});

describe('unitFromMetricName', () => {
  it.each([
    ['http_server_request_duration_seconds', 's'],
    ['rpc_latency_milliseconds_bucket', 'ms'],
    ['queue_size', undefined],
  ])('%s → %s', (name, unit) => expect(unitFromMetricName(name)).toBe(unit));
});

/** Frames the fuzz suite (seriesFrames.fuzz.test.ts) broke the reader with. */
describe('latencySeriesFromFrames on malformed frames', () => {
  const frame = (fields: DataFrame['fields'], meta?: unknown): DataFrame => ({
    refId: 'A',
    length: 3,
    meta: meta as DataFrame['meta'],
    fields,
  });
  const time = { name: 'Time', type: FieldType.time, config: {}, values: [1, 2, 3] };

  it('gives one value per time when the value field is shorter or longer than the time field', () => {
    const [short] = latencySeriesFromFrames([
      frame([time, { name: 'Value', type: FieldType.number, config: {}, values: [5] }]),
    ]);
    expect(Array.from(short.value)).toEqual([5, NaN, NaN]);
    const [long] = latencySeriesFromFrames([
      frame([time, { name: 'Value', type: FieldType.number, config: {}, values: [5, 6, 7, 8] }]),
    ]);
    expect(Array.from(long.value)).toEqual([5, 6, 7]);
  });

  it('ignores an executed query string that is not text instead of throwing', () => {
    const [series] = latencySeriesFromFrames([
      frame([time, { name: 'Value', type: FieldType.number, config: {}, values: [1, 2, 3] }], {
        executedQueryString: 42,
      }),
    ]);
    expect(series.quantile).toBeUndefined();
  });

  it('keeps series labels as text: numbers and booleans as text, other values and non-object labels left out', () => {
    const labels = JSON.parse('{"route":"/a","status":500,"ok":true,"gone":null,"obj":{"a":1},"__proto__":"x"}');
    const [series] = latencySeriesFromFrames([
      frame([time, { name: 'Value', type: FieldType.number, config: {}, labels, values: [1, 2, 3] }]),
    ]);
    expect(Object.entries(series.labels)).toEqual([
      ['route', '/a'],
      ['status', '500'],
      ['ok', 'true'],
      ['__proto__', 'x'],
    ]);
    const [fromText] = latencySeriesFromFrames([
      frame([time, { name: 'Value', type: FieldType.number, config: {}, labels: 'route' as never, values: [1, 2, 3] }]),
    ]);
    expect(fromText.labels).toEqual({});
  });

  it('names a line by its field when a hand-edited displayName is not text, and ignores a unit that is not text', () => {
    const [series] = latencySeriesFromFrames(
      [
        frame([
          time,
          {
            name: 'latency',
            type: FieldType.number,
            config: { displayName: { a: 1 } as never, unit: 7 as never },
            values: [1, 2, 3],
          },
        ]),
      ],
      {
        metric: 'x_milliseconds',
      }
    );
    expect(series.name).toBe('latency');
    expect(series.unit).toBe('ms');
  });
});

describe('data links of a latency line', () => {
  // Grafana's own field-override pass (as VizPanel runs it) sets each field's getLinks from the field config.
  // Grafana hands it templateSrv.replace, whose data macros read the row from `__dataContext`; this stands in for
  // the two macros the test uses.
  const interpolate = (text: string, scoped: ScopedVars = {}) => {
    const context = scoped.__dataContext?.value as { frame: DataFrame; field: Field; rowIndex?: number } | undefined;
    const time = context?.frame.fields.find((f) => f.type === FieldType.time);
    return text
      .replace(/\$\{__field\.labels\.(\w+)\}/g, (_, label: string) => context?.field.labels?.[label] ?? '')
      .replace(/\$\{__value\.time\}/g, () => String(time?.values[context?.rowIndex ?? -1]));
  };
  const withLinks = (links: Array<{ title: string; url: string }>) => {
    const { series: frames } = shopResponse();
    return applyFieldOverrides({
      data: frames,
      fieldConfig: { defaults: { links }, overrides: [] },
      fieldConfigRegistry: createFieldConfigRegistry({}, 'test'),
      replaceVariables: interpolate,
      theme: createTheme(),
      timeZone: 'utc',
    });
  };

  it("interpolates the field's data links for one row, with its labels and time", () => {
    const { times } = shopResponse();
    const series = latencySeriesFromFrames(
      withLinks([
        { title: 'Runbook for ${__field.labels.route}', url: 'https://runbooks.example.com/?t=${__value.time}' },
      ])
    );
    const links = series[2].links!(1);
    expect(links.map((l) => [l.title, l.href])).toEqual([
      ['Runbook for /api/checkout', `https://runbooks.example.com/?t=${times[1]}`],
    ]);
  });

  it('has none when the field config has no data links', () => {
    expect(latencySeriesFromFrames(withLinks([])).map((s) => s.links)).toEqual([undefined, undefined, undefined]);
  });
});
