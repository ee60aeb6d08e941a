import React, { useState } from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, StandardEditorProps } from '@grafana/data';
import { DataSourcePicker } from '@grafana/runtime';
import { Combobox, Field, Input, Switch, TagsInput, useStyles2 } from '@grafana/ui';
import { planLatencyQueries } from '../../data/promql';
import { resolvePrometheus } from '../../services/datasources';
import { usePanelServices } from '../../services/panelServices';
import { LatencyQueryOptions } from '../../types';
import { LabelFiltersEditor } from './LabelFiltersEditor';
import { formatQuantiles, parseQuantiles } from './quantilesText';
import { useHistogramMetrics } from './useHistogramMetrics';
import { testIds } from '../testIds';

type Props = StandardEditorProps<LatencyQueryOptions>;

/** The panel's own latency query: a histogram, quantiles, filters, grouping; shows the PromQL it runs. */
export function LatencyQueryEditor({ value, onChange }: Props) {
  const styles = useStyles2(getStyles);
  const services = usePanelServices();
  const prometheus = resolvePrometheus(services, value.datasourceUid);
  const metrics = useHistogramMetrics(services, prometheus?.uid);
  const [quantileText, setQuantileText] = useState<{ text: string; error?: string }>();
  const plan = planLatencyQueries(value);
  const update = (change: Partial<LatencyQueryOptions>) => onChange({ ...value, ...change });

  const metricOptions = metrics.map((m) => ({ label: m, value: m }));
  if (value.metric && !metrics.includes(value.metric)) {
    metricOptions.unshift({ label: value.metric, value: value.metric });
  }

  return (
    <div data-testid={testIds.editor.query}>
      <Field label="Prometheus data source" description="Defaults to the dashboard's default Prometheus.">
        <DataSourcePicker
          type="prometheus"
          current={value.datasourceUid || prometheus?.uid || null}
          onChange={(ds) => update({ datasourceUid: ds.uid })}
          noDefault
        />
      </Field>
      <Field
        label="Histogram"
        description="A Prometheus histogram (its _bucket series). Empty: the panel uses its own queries."
      >
        <Combobox
          options={metricOptions}
          value={value.metric || null}
          createCustomValue
          isClearable
          placeholder="http_server_request_duration_seconds"
          onChange={(option) => update({ metric: option?.value ?? '' })}
          data-testid={testIds.editor.metric}
        />
      </Field>
      <Field
        label="Quantiles"
        description="e.g. 0.5, 0.9, 0.99 or p50 p99"
        invalid={!!quantileText?.error}
        error={quantileText?.error}
      >
        <Input
          value={quantileText?.text ?? formatQuantiles(value.quantiles)}
          onChange={(e) => setQuantileText({ text: e.currentTarget.value })}
          onBlur={(e) => {
            const parsed = parseQuantiles(e.currentTarget.value);
            if (parsed.ok) {
              setQuantileText(undefined);
              update({ quantiles: parsed.quantiles });
            } else {
              setQuantileText({ text: e.currentTarget.value, error: parsed.error });
            }
          }}
          data-testid={testIds.editor.quantiles}
        />
      </Field>
      <Field label="Label filters">
        <LabelFiltersEditor filters={value.filters} onChange={(filters) => update({ filters })} />
      </Field>
      <Field label="Group by" description="One line per quantile and label value, e.g. route.">
        <TagsInput tags={value.groupBy} onChange={(groupBy) => update({ groupBy })} placeholder="route (Enter)" />
      </Field>
      <Field label="Legend" description="Grafana legend format; {{quantile}} is p50, p99 …">
        <Input
          value={value.legendFormat}
          placeholder="p99 {{route}}"
          onChange={(e) => update({ legendFormat: e.currentTarget.value })}
        />
      </Field>
      <Field label="Fetch exemplars">
        <Switch value={value.exemplars} onChange={(e) => update({ exemplars: e.currentTarget.checked })} />
      </Field>
      {value.metric && (
        <Field
          label="PromQL"
          description={plan.ok ? 'What the panel runs, one query per quantile.' : undefined}
          invalid={!plan.ok}
          error={plan.ok ? undefined : plan.error}
        >
          <pre className={styles.promql} data-testid={testIds.editor.promql}>
            {plan.ok ? plan.queries.map((q) => q.expr).join('\n') : ''}
          </pre>
        </Field>
      )}
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  promql: css({
    whiteSpace: 'pre-wrap',
    wordBreak: 'break-all',
    fontSize: theme.typography.bodySmall.fontSize,
    margin: 0,
  }),
});
