import { DataFrame } from '@grafana/data';
import { COMMON_TRACE_ID_LABELS, countLinkedExemplars, effectiveRules } from '../links/mapping';
import { DataSourceInfo, EffectiveRule, ExemplarTraceIdDestination } from '../links/types';
import { PanelOptions } from '../types';
import { diagnose, Diagnostic } from '../data/diagnostics';
import { errorFlags } from '../data/errorFlags';
import { exemplarFilterMask, parseExemplarFilter } from '../data/exemplarFilter';
import { ExemplarParseReport, exemplarSetFromFrames } from '../data/exemplarFrames';
import { ExemplarSet, LatencySeries } from '../data/model';
import { RawExemplarReport } from '../data/rawExemplars';
import { latencySeriesFromFrames } from '../data/seriesFrames';
import { groupSeries, matchExemplarsToGroups, SeriesGroup } from '../data/seriesMatch';

export interface PanelViewInputs {
  mode: 'builder' | 'panel';
  seriesFrames: DataFrame[];
  exemplarFrames: DataFrame[];
  errors: string[];
  options: PanelOptions;
  quantileByRefId?: Record<string, number>;
  exemplarsRequested: boolean;
  datasourceDestinations: ExemplarTraceIdDestination[];
  tracingDatasources: DataSourceInfo[];
  rangeToMs: number;
  nowMs: number;
  /** The Prometheus data source's `jsonData.prometheusType`, for store-specific advice. */
  storeType?: string;
  /**
   * The exemplar frames did not pass Grafana's std-dev sampler: its `disablePrometheusExemplarSampling` feature
   * toggle is on, or the data source is not one of Grafana's Prometheus library.
   */
  unsampled?: boolean;
  /** "All" mode: every exemplar from the raw exemplar API, used instead of the sampled frames. */
  allExemplars?: { set: ExemplarSet; report: RawExemplarReport };
}

/** Everything the view draws, derived once per data change. */
export interface PanelView {
  series: LatencySeries[];
  groups: SeriesGroup[];
  exemplars: ExemplarSet;
  /** Per exemplar: index into `groups`, or -1. */
  groupOfExemplar: Int32Array;
  /** Per exemplar: 1 when it records a failed request. */
  isError: Uint8Array;
  parseReport: ExemplarParseReport;
  rules: EffectiveRule[];
  linkedExemplars: number;
  /** Per exemplar: 1 when it passes the panel's exemplar filter. */
  filterMask: Uint8Array;
  diagnostics: Diagnostic[];
}

/**
 * Several queries of the same histogram (p50, p90, p99 with the exemplar toggle on) each bring the
 * same exemplars; keep one of each (same time, value and labels).
 */
function dedupeFrames(frames: DataFrame[]): DataFrame[] {
  if (frames.length < 2) {
    return frames;
  }
  const seen = new Set<string>();
  return frames.map((frame) => {
    // Rows as the parser counts them, from the fields: `frame.length` may disagree with them (a broken
    // frame), and going by it would invent empty rows or drop real ones without a count.
    const rows = frame.fields.reduce((max, f) => Math.max(max, f.values.length), 0);
    const keep: number[] = [];
    for (let row = 0; row < rows; row++) {
      const key = frame.fields.map((f) => (f.name === 'refId' ? '' : String(f.values[row]))).join('\u0000');
      if (!seen.has(key)) {
        seen.add(key);
        keep.push(row);
      }
    }
    if (keep.length === rows) {
      return frame;
    }
    return {
      ...frame,
      length: keep.length,
      fields: frame.fields.map((f) => ({ ...f, values: keep.map((row) => f.values[row]) })),
    };
  });
}

export function buildPanelView(inputs: PanelViewInputs): PanelView {
  const { options } = inputs;
  const series = latencySeriesFromFrames(inputs.seriesFrames, {
    quantileByRefId: inputs.quantileByRefId,
    metric: options.query.metric,
  });
  const errors = [...inputs.errors];
  let exemplars: ExemplarSet;
  let parseReport: ExemplarParseReport;
  if (inputs.allExemplars) {
    const { set, report } = inputs.allExemplars;
    exemplars = set;
    parseReport = {
      frames: report.series,
      rejectedRows: report.rejectedRows,
      unusableFrames: 0,
      truncatedRows: report.truncatedRows,
    };
    if (report.error) {
      errors.push(`Raw exemplars: ${report.error}`);
    }
  } else {
    ({ set: exemplars, report: parseReport } = exemplarSetFromFrames(dedupeFrames(inputs.exemplarFrames), {
      cap: options.exemplars.maxExemplars,
      source: inputs.unsampled ? 'unsampled' : 'sampled',
    }));
  }
  const filter = parseExemplarFilter(options.exemplars.filter ?? '');
  const filterMask = filter.ok
    ? exemplarFilterMask(exemplars, filter.matchers)
    : new Uint8Array(exemplars.size).fill(1);
  const rules = effectiveRules(
    {
      options: options.labelMapping,
      datasourceDestinations: inputs.datasourceDestinations,
      tracingDatasources: inputs.tracingDatasources,
    },
    exemplars
  );
  const groups = groupSeries(series);
  const linkedExemplars = countLinkedExemplars(exemplars, rules);
  return {
    series,
    groups,
    exemplars,
    groupOfExemplar: matchExemplarsToGroups(exemplars, groups),
    isError: errorFlags(exemplars),
    parseReport,
    rules,
    linkedExemplars,
    filterMask,
    diagnostics: diagnose({
      mode: inputs.mode,
      metric: options.query.metric,
      errors,
      filterError: filter.ok ? undefined : filter.error,
      series,
      exemplars,
      parseReport,
      exemplarsRequested: inputs.exemplarsRequested,
      rules,
      traceIdLabels: COMMON_TRACE_ID_LABELS,
      linkedExemplars,
      rangeToMs: inputs.rangeToMs,
      nowMs: inputs.nowMs,
      storeType: inputs.storeType,
    }),
  };
}
