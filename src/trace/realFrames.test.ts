/** The trace model on frames shaped exactly as Grafana's Tempo, Jaeger (gRPC, HTTP) and Zipkin back ends send them. */
import { createDataFrame, FieldType, type DataFrame } from '@grafana/data';

import {
  jaegerGrpcComplexFrame,
  jaegerHttpSimpleFrame,
  jaegerUiSkewedFrame,
  tempoLokiFrame,
  tempoLokiSpans,
  zipkinGrafanaFrame,
} from './__fixtures__/grafanaTraceFrames';
import {
  OTLP_EXAMPLE_SPAN_ID,
  OTLP_EXAMPLE_TRACE_ID_AS_WRITTEN,
  otlpExampleFrame,
} from './__fixtures__/otlpExampleTrace';
import { traceFrameFromSpans } from './__fixtures__/traceFrames';
import { buildTraceModel } from './model';
import { normalizeTraceId } from './queries';
import { getSpanDetails } from './spanDetails';
import type { TraceModel } from './types';

function modelOf(frame: DataFrame): TraceModel {
  const result = buildTraceModel(frame);
  if (!result.ok) {
    throw new Error(result.error);
  }
  return result.model;
}

const position = (model: TraceModel, spanId: string) => model.spanIds.indexOf(spanId);

function eventsWithinSpans(model: TraceModel) {
  const outside: string[] = [];
  for (let p = 0; p < model.spanCount; p++) {
    const details = getSpanDetails(model, p)!;
    for (const log of details.logs) {
      if (log.timestamp < details.startMs - 1e-6 || log.timestamp > details.startMs + details.durationMs + 1e-6) {
        outside.push(`${details.spanId}: ${log.timestamp}`);
      }
    }
  }
  return outside;
}

describe('Jaeger gRPC frame (complex_trace_grpc.golden.jsonc)', () => {
  const model = modelOf(jaegerGrpcComplexFrame());

  it('takes the hierarchy from references when every parentSpanID is empty', () => {
    expect(model.root.operationName).toBe('HTTP GET - api_traces_traceid');
    expect(Array.from(model.depth)).toEqual([0, 1, 2]);
    expect(model.spanIds).toEqual(['3fa414edcef6ad90', '0f5c1808567e4403', '1a2b3c4d5e6f7g8h']);
    expect(model.warnings.map((w) => w.kind)).not.toContain('multiple-roots');
  });

  it('reads microsecond event times as times within their spans', () => {
    expect(eventsWithinSpans(model)).toEqual([]);
    const log = getSpanDetails(model, position(model, '0f5c1808567e4403'))!.logs[0];
    expect(log.timestamp).toBe(1605873894680.7);
  });

  it('takes the kind from the span.kind tag when the column says "unspecified"', () => {
    expect(getSpanDetails(model, position(model, '0f5c1808567e4403'))!.kind).toBe('client');
    expect(getSpanDetails(model, position(model, '3fa414edcef6ad90'))!.kind).toBe('unspecified');
  });
});

describe('Jaeger HTTP frame (simple_trace.golden.jsonc)', () => {
  it('nests by parentSpanID (null for the root) and takes the kind from the span.kind tag', () => {
    const model = modelOf(jaegerHttpSimpleFrame());
    expect(Array.from(model.depth)).toEqual([0, 1]);
    expect(getSpanDetails(model, position(model, '0f5c1808567e4403'))!.kind).toBe('client');
    expect(getSpanDetails(model, position(model, '0f5c1808567e4403'))!.durationMs).toBe(1.847);
  });
});

describe('Jaeger UI fixture: a child that starts after its parent ended', () => {
  it('draws the child clamped into its parent but shows its own start and 300 µs, marked as clamped', () => {
    const model = modelOf(jaegerUiSkewedFrame());
    const p = position(model, '2dc4b796e2127e32');
    expect(model.parentPosition[p]).toBe(position(model, '006c3cf93508f205'));
    expect(model.spanDurationMs[p]).toBe(0);
    expect(getSpanDetails(model, p)).toMatchObject({ startMs: 0.2, durationMs: 0.3, isClamped: true, kind: 'client' });
    expect(model.warnings.map((w) => w.kind)).toContain('clock-skew');
  });
});

describe("Zipkin frame (Grafana's transformResponse test data)", () => {
  it('reads microsecond annotation times as times within their spans', () => {
    const model = modelOf(zipkinGrafanaFrame());
    expect(eventsWithinSpans(model)).toEqual([]);
    expect(getSpanDetails(model, position(model, 'span 1 id'))!.logs.map((l) => l.timestamp)).toEqual([0.002, 0.006]);
  });
});

describe('Tempo frame (pkg/tsdb/tempo/testData/trace.json)', () => {
  const model = modelOf(tempoLokiFrame());

  it("keeps every span's duration exactly as the frame gives it", () => {
    const durations = Object.fromEntries(tempoLokiSpans().map((s) => [s.spanID, s.duration]));
    for (let p = 0; p < model.spanCount; p++) {
      expect(getSpanDetails(model, p)!.durationMs).toBe(durations[model.spanIds[p]]);
    }
    // (start + duration) − start at this epoch gave 0.00390625 ms ("3.91 µs").
    expect(getSpanDetails(model, position(model, '24fd2c12eb963190'))!.durationMs).toBe(0.004);
  });

  it("gives the trace its root's duration exactly (667 µs, not 666.99)", () => {
    expect(model.durationMs).toBe(0.667);
  });

  it('a 94 µs span at a Tempo epoch reads 94 µs', () => {
    const frame = traceFrameFromSpans([{ spanID: 'a', startTime: 1616072924071.8389, duration: 0.094 }]);
    expect(modelOf(frame).spanDurationMs[0]).toBe(0.094);
    expect(getSpanDetails(modelOf(frame), 0)!.durationMs).toBe(0.094);
  });

  it('has its events in ms and within their spans, in time order', () => {
    expect(eventsWithinSpans(model)).toEqual([]);
  });

  it('ignores columns it does not know, such as serviceNamespace', () => {
    const frame = tempoLokiFrame();
    const withNamespace = createDataFrame({
      ...frame,
      fields: [
        ...frame.fields,
        {
          name: 'serviceNamespace',
          type: FieldType.string,
          config: {},
          values: frame.fields[0].values.map(() => 'loki'),
        },
      ],
    });
    const again = modelOf(withNamespace);
    expect(again.spanIds).toEqual(model.spanIds);
    expect(Array.from(again.depth)).toEqual(Array.from(model.depth));
  });
});

describe('span events and figures', () => {
  it('lists events in time order, not frame order (Jaeger sorts its logs by field)', () => {
    const spans = tempoLokiSpans();
    const multi = spans.find((s) => s.spanID === '15894cf02c5ce7c5')!;
    multi.logs = [...multi.logs!].reverse();
    const model = modelOf(traceFrameFromSpans(spans, { format: 'jaeger' }));
    const times = getSpanDetails(model, position(model, '15894cf02c5ce7c5'))!.logs.map((l) => l.timestamp);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBe(1616072924072.093);
  });

  it('shows a clamped span with its own start and duration, marked as clamped', () => {
    const model = modelOf(
      traceFrameFromSpans([
        { spanID: 'root', startTime: 1_700_000_000_000, duration: 100 },
        // Starts 3.353 s before its parent (clock skew) and lasts 1,164 ms.
        { spanID: 'skewed', parentSpanID: 'root', startTime: 1_700_000_000_000 - 3_353, duration: 1_164 },
      ])
    );
    const p = position(model, 'skewed');
    expect(model.spanDurationMs[p]).toBe(0);
    const details = getSpanDetails(model, p)!;
    expect(details).toMatchObject({ startMs: 1_700_000_000_000 - 3_353, durationMs: 1_164, isClamped: true });
    expect(getSpanDetails(model, position(model, 'root'))!.isClamped).toBe(false);
  });

  it("takes a Jaeger HTTP span's kind from its span.kind tag (no kind column)", () => {
    const model = modelOf(
      traceFrameFromSpans([{ spanID: 'a', tags: [{ key: 'span.kind', value: 'server' }] }], { format: 'jaeger' })
    );
    expect(getSpanDetails(model, 0)!.kind).toBe('server');
  });
});

describe("OpenTelemetry's example trace (opentelemetry-proto examples/trace.json) through Grafana's Tempo conversion", () => {
  const model = modelOf(otlpExampleFrame());

  it('shows the span whose parent is not in the trace as its top-level span, marked as orphaned', () => {
    expect(model.spanCount).toBe(1);
    expect(model.spanIds).toEqual([OTLP_EXAMPLE_SPAN_ID]);
    expect(model.parentPosition[0]).toBe(-1);
    expect(model.isOrphan[0]).toBe(1);
    expect(model.durationMs).toBe(1000);
  });

  it('reads its service, kind and attributes; the columns it has no use for (library, trace state) do not disturb it', () => {
    const details = getSpanDetails(model, 0)!;
    expect(details).toMatchObject({ serviceName: 'my.service', kind: 'server', durationMs: 1000 });
    expect(details.startMs).toBe(1544712660000);
    expect(details.tags).toEqual([{ key: 'my.span.attr', value: 'some value' }]);
    expect(details.serviceTags).toEqual([{ key: 'service.name', value: 'my.service' }]);
    expect(details.logs).toEqual([]);
  });

  it('an exemplar carrying the ID in upper case, as the OTLP file writes it, queries the trace Tempo holds', () => {
    expect(normalizeTraceId(OTLP_EXAMPLE_TRACE_ID_AS_WRITTEN)).toEqual({ traceId: model.traceId });
  });
});
