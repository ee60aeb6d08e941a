/**
 * Trace frames built from Grafana's own test data, converted exactly as each Grafana back end converts them.
 *
 * - `tempoLokiFrame`: `grafana/grafana` `pkg/tsdb/tempo/testData/trace.json` at commit
 *   3b764a1c4fee52ec02e51ba8a596d2481f1b6a7a (a Loki query traced by Jaeger-Go into Tempo). Trimmed to the
 *   10 spans under `SeriesStore.GetChunkRefs` (its parent `0877e5aa2198bf31` is not in the subset, so it is the
 *   root here, with `''` as Tempo writes for roots); attributes left out except `organization` on QUERY. Converted
 *   as `pkg/tsdb/tempo/trace_transform.go` does: base64 IDs → hex (the trace ID without its leading zeros, as
 *   Tempo's `TraceIDToHexString` writes it), `startTime` = ns / 1e6, `duration` = (end − start) / 1e6 ms,
 *   event timestamps ns / 1e6 ms, kind 3 → `client`.
 * - `jaegerGrpcComplexFrame`: the frame of `pkg/tsdb/jaeger/testdata/complex_trace_grpc.golden.jsonc` at commit
 *   3a2a1884c00da632c022bf231ccfdd5114783fd2, verbatim in wire form (DataFrameJSON): every `parentSpanID` empty,
 *   parents only in `references` with `refType` "", event timestamps in microseconds, kind "unspecified" with
 *   `span.kind` in the tags.
 * - `jaegerHttpSimpleFrame`: the frame of `pkg/tsdb/jaeger/testdata/simple_trace.golden.jsonc` at commit
 *   760076b19528fed75eea65f6d4c6b11b8131a026, verbatim: no kind column, `span.kind` in the tags, `null` parent.
 * - `jaegerUiSkewedFrame`: Jaeger UI's `packages/jaeger-ui/src/components/TracePage/TraceStatistics/
 *   tableValuesTestTrace/traceWithSingleChildLongerThanParentAndStartsAfterParent.json` (jaegertracing/jaeger-ui
 *   at commit 46023704b07b4fe815062048e8601bbeff9a32f0), a child that starts after its parent ended: both spans,
 *   times µs / 1000 → ms, service names from `processes`, the parent from the CHILD_OF reference (kept as well),
 *   in the Jaeger frame layout of `traceFrameFromSpans` (querydata.go's field order; not re-checked line by line
 *   against querydata.go here).
 * - `zipkinGrafanaFrame`: `public/app/plugins/datasource/zipkin/utils/testData.ts` (`traceFrameFields`, the
 *   output of Grafana's Zipkin `transformResponse` for its `zipkinResponse`) at commit
 *   12e86fb3609791b8cc917502d56e8f313c5bf13d: span times µs / 1000 → ms, annotation timestamps left in µs.
 */
import {
  createDataFrame,
  dataFrameFromJSON,
  type DataFrame,
  type DataFrameJSON,
  FieldType,
  type TraceSpanReference,
} from '@grafana/data';

import { traceFrameFromSpans, type FixtureSpan } from './traceFrames';

const TEMPO_LOKI_TRACE_ID = '620f03a2253c5e37';

const debug = (key: string, value: unknown) => [
  { key: 'level', value: 'debug' },
  { key, value },
];

export function tempoLokiSpans(): FixtureSpan[] {
  const span = (
    spanID: string,
    parentSpanID: string,
    operationName: string,
    startTime: number,
    duration: number,
    logs: Array<[number, string, unknown]> = []
  ): FixtureSpan => ({
    traceID: TEMPO_LOKI_TRACE_ID,
    spanID,
    parentSpanID,
    operationName,
    serviceName: 'loki-all',
    serviceTags: [
      { key: 'service.name', value: 'loki-all' },
      { key: 'opencensus.exporterversion', value: 'Jaeger-Go-2.25.0' },
    ],
    startTime,
    duration,
    kind: 'unspecified',
    statusCode: 0,
    logs: logs.map(([timestamp, key, value]) => ({ timestamp, fields: debug(key, value) })),
  });
  return [
    span('74eb818b5b4bbb53', '', 'SeriesStore.GetChunkRefs', 1616072924071.827, 0.667, [
      [1616072924071.8699, 'metric', 'logs'],
      [1616072924072.285, 'series-ids', 1],
      [1616072924072.4832, 'chunk-ids', 2],
      [1616072924072.4932, 'chunks-post-filtering', 2],
    ]),
    span('4993abf7a3ec9dd7', '74eb818b5b4bbb53', 'store.validateQuery', 1616072924071.835, 0.015),
    span('24fd2c12eb963190', '4993abf7a3ec9dd7', 'store.validateQueryTimeRange', 1616072924071.8389, 0.004),
    span(
      '392d3f12be4b07f4',
      '74eb818b5b4bbb53',
      'SeriesStore.lookupSeriesByMetricNameMatchers',
      1616072924071.872,
      0.409,
      [
        [1616072924071.879, 'matchers', 1],
        [1616072924072.28, 'ids', 1],
      ]
    ),
    span('53ff5744775d5f81', '392d3f12be4b07f4', 'Store.lookupIdsByMetricNameMatcher', 1616072924071.897, 0.376),
    span('70e9e53fd3425001', '53ff5744775d5f81', 'store.lookupEntriesByQueries', 1616072924071.956, 0.299),
    {
      ...span('2fbe736643925147', '70e9e53fd3425001', 'QUERY', 1616072924072.0032, 0.191, [
        [1616072924072.065, 'queried', 'uploads-manager'],
        [1616072924072.192, 'queried', 'downloads-manager'],
      ]),
      kind: 'client',
      tags: [{ key: 'organization', value: 'fake' }],
    },
    span('3eaa911ea49cf6cb', '2fbe736643925147', 'Shipper.Downloads.Query', 1616072924072.069, 0.118, [
      [1616072924072.076, 'table-name', 'index_18704'],
    ]),
    span('15894cf02c5ce7c5', '3eaa911ea49cf6cb', 'Shipper.Downloads.Table.MultiQueries', 1616072924072.0872, 0.096, [
      [1616072924072.093, 'table-name', 'index_18704'],
      [1616072924072.122, 'queried-db', 'compactor-1616069884.gz'],
      [1616072924072.141, 'queried-db', '4d019a031941-1615912317231558275-1616069700.gz'],
      [1616072924072.162, 'queried-db', '4d019a031941-1615912317231558275-1616070600.gz'],
      [1616072924072.183, 'queried-db', '4d019a031941-1615912317231558275-1616071500.gz'],
    ]),
    span('5b5cf47627824f9d', '74eb818b5b4bbb53', 'SeriesStore.lookupChunksBySeries', 1616072924072.286, 0.192, [
      [1616072924072.2932, 'seriesIDs', 1],
      [1616072924072.302, 'queries', 1],
      [1616072924072.4768, 'entries', 3],
    ]),
  ];
}

export function tempoLokiFrame(): DataFrame {
  return traceFrameFromSpans(tempoLokiSpans(), { format: 'tempo' });
}

const kv = (key: string, type: string, value: unknown) => ({ key, type, value });
const resource = (service: string) => [
  kv('service.name', 'string', service),
  kv('cluster', 'string', 'ops-tools1'),
  kv('container', 'string', 'tempo-storage'),
  kv('version', 'string', '2.0.1'),
];
const errorLog = (timestamp: number, message: string) => [
  { timestamp, fields: [kv('event', 'string', 'error'), kv('message', 'string', message)], name: '' },
];
const otherField = (name: string) => ({ name, type: FieldType.other, typeInfo: { frame: 'json.RawMessage' } });
const stringField = (name: string) => ({ name, type: FieldType.string, typeInfo: { frame: 'string' } });
const float64Field = (name: string) => ({ name, type: FieldType.number, typeInfo: { frame: 'float64' } });
/** The run of fields both Jaeger backends write in the same order (`querydata.go`, `grpc_utils.go`). */
const jaegerSpanFields = () => [
  stringField('operationName'),
  stringField('serviceName'),
  otherField('serviceTags'),
  float64Field('startTime'),
  float64Field('duration'),
  otherField('logs'),
  otherField('references'),
  otherField('tags'),
];
const nullableStringField = (name: string) => ({
  name,
  type: FieldType.string,
  typeInfo: { frame: 'string', nullable: true },
});

/** Name and meta of the frames in Grafana's Jaeger golden files. */
const JAEGER_GOLDEN_FRAME = {
  name: 'test',
  meta: {
    typeVersion: [0, 0] as [number, number],
    custom: { traceFormat: 'jaeger' },
    preferredVisualisationType: 'trace' as const,
  },
};
const idFields = (parent: ReturnType<typeof stringField>) => [stringField('traceID'), stringField('spanID'), parent];

const JAEGER_GRPC_COMPLEX_JSON: DataFrameJSON = {
  schema: {
    ...JAEGER_GOLDEN_FRAME,
    fields: [
      ...idFields(stringField('parentSpanID')),
      { name: 'statusCode', type: FieldType.number, typeInfo: { frame: 'int64' } },
      stringField('statusMessage'),
      stringField('kind'),
      ...jaegerSpanFields(),
    ],
  },
  data: {
    values: [
      ['3fa414edcef6ad90', '3fa414edcef6ad90', '3fa414edcef6ad90'],
      ['3fa414edcef6ad90', '0f5c1808567e4403', '1a2b3c4d5e6f7g8h'],
      ['', '', ''],
      [0, 0, 0],
      ['', '', ''],
      ['unspecified', 'unspecified', 'unspecified'],
      ['HTTP GET - api_traces_traceid', '/tempopb.Querier/FindTraceByID', 'db.query'],
      ['tempo-querier', 'tempo-querier', 'tempo-storage'],
      [resource('tempo-querier'), resource('tempo-querier'), resource('tempo-storage')],
      [1605873894680.4092, 1605873894680.587, 1605873894680.8],
      [1049.140992, 1.84704, 0.499968],
      [
        errorLog(1605873894681000, 'Internal server error'),
        errorLog(1605873894680700, 'gRPC error: INTERNAL'),
        errorLog(1605873894681000, 'Database connection timeout'),
      ],
      [
        [],
        [{ refType: '', spanID: '3fa414edcef6ad90', traceID: '3fa414edcef6ad90' }],
        [{ refType: '', spanID: '0f5c1808567e4403', traceID: '3fa414edcef6ad90' }],
      ],
      [
        [
          kv('sampler.type', 'string', 'probabilistic'),
          kv('sampler.param', 'float64', 1),
          kv('error', 'boolean', true),
          kv('http.status_code', 'int64', 500),
        ],
        [
          kv('component', 'string', 'gRPC'),
          kv('span.kind', 'string', 'client'),
          kv('error', 'boolean', true),
          kv('grpc.status_code', 'int64', 13),
        ],
        [
          kv('db.type', 'string', 'postgresql'),
          kv('db.statement', 'string', 'SELECT * FROM traces WHERE id = $1'),
          kv('error', 'boolean', true),
        ],
      ],
    ],
  },
};

export function jaegerGrpcComplexFrame(): DataFrame {
  return dataFrameFromJSON(JAEGER_GRPC_COMPLEX_JSON);
}

const jaegerHttpResource = [kv('cluster', 'string', 'ops-tools1'), kv('container', 'string', 'tempo-query')];

const JAEGER_HTTP_SIMPLE_JSON: DataFrameJSON = {
  schema: {
    ...JAEGER_GOLDEN_FRAME,
    fields: [
      ...idFields(nullableStringField('parentSpanID')),
      ...jaegerSpanFields(),
      otherField('warnings'),
      otherField('stackTraces'),
    ],
  },
  data: {
    values: [
      ['3fa414edcef6ad90', '3fa414edcef6ad90'],
      ['3fa414edcef6ad90', '0f5c1808567e4403'],
      [null, '3fa414edcef6ad90'],
      ['HTTP GET - api_traces_traceid', '/tempopb.Querier/FindTraceByID'],
      ['tempo-querier', 'tempo-querier'],
      [jaegerHttpResource, jaegerHttpResource],
      [1605873894680.409, 1605873894680.587],
      [1049.141, 1.847],
      [[], []],
      [[], []],
      [
        [kv('sampler.type', 'string', 'probabilistic'), kv('sampler.param', 'float64', 1)],
        [kv('component', 'string', 'gRPC'), kv('span.kind', 'string', 'client')],
      ],
      [null, null],
      [null, null],
    ],
  },
};

export function jaegerHttpSimpleFrame(): DataFrame {
  return dataFrameFromJSON(JAEGER_HTTP_SIMPLE_JSON);
}

export function jaegerUiSkewedFrame(): DataFrame {
  const traceID = '006c3cf93508f205';
  const kind = (value: string) => ({ key: 'span.kind', type: 'string', value });
  return traceFrameFromSpans(
    [
      {
        traceID,
        spanID: '006c3cf93508f205',
        operationName: 'send',
        serviceName: 'service-one',
        serviceTags: [],
        startTime: 0.1,
        duration: 0.04,
        tags: [kind('producer')],
      },
      {
        traceID,
        spanID: '2dc4b796e2127e32',
        parentSpanID: '006c3cf93508f205',
        operationName: 'async task 1',
        serviceName: 'service-two',
        serviceTags: [],
        startTime: 0.2,
        duration: 0.3,
        // Jaeger's refType is not in @grafana/data's TraceSpanReference type, but Jaeger frames carry it.
        references: [{ refType: 'CHILD_OF', traceID, spanID: '006c3cf93508f205' } as TraceSpanReference],
        tags: [kind('client'), { key: 'http.method', type: 'string', value: 'POST' }],
      },
    ],
    { format: 'jaeger' }
  );
}

export function zipkinGrafanaFrame(): DataFrame {
  const field = (name: string, type: FieldType, values: unknown[]) => ({ name, type, config: {}, values });
  return createDataFrame({
    fields: [
      field('traceID', FieldType.string, ['trace_id', 'trace_id', 'trace_id']),
      field('spanID', FieldType.string, ['span 1 id', 'span 2 id', 'span 3 id']),
      field('parentSpanID', FieldType.string, [undefined, 'span 1 id', 'span 1 id']),
      field('operationName', FieldType.string, ['span 1', 'span 2', 'span 3']),
      field('serviceName', FieldType.string, ['service 1', 'service 2', 'spanstore-jdbc']),
      field('serviceTags', FieldType.other, [
        [
          { key: 'ipv4', value: '1.0.0.1' },
          { key: 'port', value: 42 },
        ],
        [{ key: 'ipv4', value: '1.0.0.1' }],
        [{ key: 'ipv6', value: '127.0.0.1' }],
      ]),
      field('startTime', FieldType.number, [0.001, 0.004, 0.006]),
      field('duration', FieldType.number, [0.01, 0.005, 0.007]),
      field('logs', FieldType.other, [
        [
          { timestamp: 2, fields: [{ key: 'annotation', value: 'annotation text' }] },
          { timestamp: 6, fields: [{ key: 'annotation', value: 'annotation text 3' }] },
        ],
        [],
        [],
      ]),
      field('tags', FieldType.other, [
        [
          { key: 'kind', value: 'CLIENT' },
          { key: 'tag1', value: 'val1' },
          { key: 'tag2', value: 'val2' },
        ],
        [
          { key: 'error', value: true },
          { key: 'errorValue', value: '404' },
        ],
        [],
      ]),
    ],
    meta: { preferredVisualisationType: 'trace', custom: { traceFormat: 'zipkin' } },
  });
}
