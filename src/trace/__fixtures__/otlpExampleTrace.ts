/**
 * The OpenTelemetry project's own example trace, `examples/trace.json` of open-telemetry/opentelemetry-proto at
 * commit ca6170ef02a5c2561ab0f5c9da274f6b713dd3ea (OTLP/JSON: one resource `my.service`, one scope `my.library`
 * 1.0.0, one server span whose parent is not in the trace), converted exactly as Grafana's Tempo back end converts
 * OTLP: `pkg/tsdb/tempo/trace_transform.go` (grafana/grafana at commit 00ec9fceb9810927ae23be58d88edd63a0704721):
 * the 17 columns in its order, IDs as lower-case hex (`HexString`), `startTime` = ns / 1e6, `duration` =
 * (end − start) / 1e6 ms, kind 2 → `server`, the resource attributes as `serviceTags`, no events or links (JSON null).
 */
import { createDataFrame, type DataFrame, FieldType } from '@grafana/data';

/** As the OTLP file writes it: upper-case hex, which an exemplar label may carry too. */
export const OTLP_EXAMPLE_TRACE_ID_AS_WRITTEN = '5B8EFFF798038103D269B633813FC60C';
export const OTLP_EXAMPLE_SPAN_ID = 'eee19b7ec3c1b174';
/** The span's parent: not in the trace. */
const OTLP_EXAMPLE_MISSING_PARENT = 'eee19b7ec3c1b173';

export function otlpExampleFrame(): DataFrame {
  const column = (name: string, type: FieldType, value: unknown) => ({ name, type, config: {}, values: [value] });
  return createDataFrame({
    name: 'Trace',
    meta: { preferredVisualisationType: 'trace' },
    fields: [
      column('traceID', FieldType.string, OTLP_EXAMPLE_TRACE_ID_AS_WRITTEN.toLowerCase()),
      column('spanID', FieldType.string, OTLP_EXAMPLE_SPAN_ID),
      column('parentSpanID', FieldType.string, OTLP_EXAMPLE_MISSING_PARENT),
      column('operationName', FieldType.string, "I'm a server span"),
      column('serviceName', FieldType.string, 'my.service'),
      column('kind', FieldType.string, 'server'),
      column('statusCode', FieldType.number, 0),
      column('statusMessage', FieldType.string, ''),
      column('instrumentationLibraryName', FieldType.string, 'my.library'),
      column('instrumentationLibraryVersion', FieldType.string, '1.0.0'),
      column('traceState', FieldType.string, ''),
      column('serviceTags', FieldType.other, [{ key: 'service.name', value: 'my.service' }]),
      column('startTime', FieldType.number, 1544712660000000000 / 1_000_000),
      column('duration', FieldType.number, (1544712661000000000 - 1544712660000000000) / 1_000_000),
      column('logs', FieldType.other, null),
      column('references', FieldType.other, null),
      column('tags', FieldType.other, [{ key: 'my.span.attr', value: 'some value' }]),
    ],
  });
}
