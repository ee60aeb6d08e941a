/**
 * What Grafana's frontend Prometheus data source does with backend frames before returning them from
 * `query()` (packages/grafana-prometheus/src/result_transformer.ts transformV2): exemplar frames get
 * `meta.dataTopic = 'annotations'` and data links from `exemplarTraceIdDestinations`; other frames get
 * `preferredVisualisationType: 'graph'`; exemplar frames come last.
 */
import { type DataFrame, type DataLink, DataTopic } from '@grafana/data';
import { getDataSourceSrv } from '@grafana/runtime';

export interface ExemplarTraceIdDestination {
  name: string;
  datasourceUid?: string;
  url?: string;
  urlDisplayLabel?: string;
}

function dataLinks(destination: ExemplarTraceIdDestination): DataLink[] {
  const links: DataLink[] = [];
  if (destination.datasourceUid) {
    const settings = getDataSourceSrv().getInstanceSettings(destination.datasourceUid);
    if (settings) {
      links.push({
        title: destination.urlDisplayLabel || `Query with ${settings.name}`,
        url: '',
        internal: {
          query: { query: '${__value.raw}', queryType: 'traceql', refId: 'A' },
          panelsState: { trace: { spanId: '${__data.fields["span_id"]}' } },
          datasourceUid: destination.datasourceUid,
          datasourceName: settings.name,
        },
      });
    }
  }
  if (destination.url) {
    links.push({
      title: destination.urlDisplayLabel || `Go to ${destination.url}`,
      url: destination.url,
      targetBlank: true,
    });
  }
  return links;
}

export function transformPrometheusFrames(
  frames: DataFrame[],
  destinations: ExemplarTraceIdDestination[] = []
): DataFrame[] {
  const exemplars: DataFrame[] = [];
  const others: DataFrame[] = [];
  for (const frame of frames) {
    if (frame.meta?.custom?.resultType === 'exemplar') {
      for (const destination of destinations) {
        const field = frame.fields.find((candidate) => candidate.name === destination.name);
        if (field) {
          const links = dataLinks(destination);
          field.config.links = field.config.links?.length ? [...field.config.links, ...links] : links;
        }
      }
      exemplars.push({ ...frame, meta: { ...frame.meta, dataTopic: DataTopic.Annotations } });
    } else {
      others.push({ ...frame, meta: { ...frame.meta, preferredVisualisationType: 'graph' } });
    }
  }
  return [...others, ...exemplars];
}
