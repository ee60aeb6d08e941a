import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, StandardEditorProps } from '@grafana/data';
import { DataSourcePicker } from '@grafana/runtime';
import { Button, Combobox, Field, IconButton, Input, RadioButtonGroup, Stack, useStyles2 } from '@grafana/ui';
import { COMMON_TRACE_ID_LABELS, suggestedRule, TRACING_DATASOURCE_TYPES } from '../../links/mapping';
import { toSafeUrl } from '../../links/safeUrl';
import { exemplarDestinations, resolvePrometheus } from '../../services/datasources';
import { usePanelServices } from '../../services/panelServices';
import { LabelMappingRule, PanelOptions, TraceTargetKind } from '../../types';
import { testIds } from '../testIds';

type Props = StandardEditorProps<LabelMappingRule[], unknown, PanelOptions>;

const KINDS: Array<{ label: string; value: TraceTargetKind }> = [
  { label: 'Tracing data source', value: 'datasource' },
  { label: 'External URL', value: 'url' },
];

function urlProblem(url: string | undefined): string | undefined {
  if (!url?.trim()) {
    return 'Inactive until complete: enter a URL template, e.g. https://tool.example.com/traces/${__value.raw}';
  }
  if (!url.includes('${__value.raw}') && !url.includes('${__value.text}')) {
    return 'The template should contain ${__value.raw}, where the trace ID goes.';
  }
  const probe = toSafeUrl(url.replace(/\$\{[^}]*\}/g, 'x'));
  return probe.ok ? undefined : probe.reason;
}

/** Label mapping rules: which exemplar label holds the trace ID, and where that trace lives. */
export function LabelMappingEditor({ value, onChange, context }: Props) {
  const styles = useStyles2(getStyles);
  const services = usePanelServices();
  const rules = value ?? [];
  const update = (index: number, change: Partial<LabelMappingRule>) =>
    onChange(rules.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const labelOptions = COMMON_TRACE_ID_LABELS.map((name) => ({ label: name, value: name }));

  const prometheus = resolvePrometheus(services, context.options?.query.datasourceUid ?? '');
  const defaults = exemplarDestinations(prometheus);

  return (
    <div data-testid={testIds.editor.mapping}>
      {rules.map((rule, i) => {
        const problem =
          rule.kind === 'url'
            ? urlProblem(rule.url)
            : rule.datasourceUid
              ? undefined
              : 'Inactive until complete: choose a tracing data source.';
        return (
          <div key={i} className={styles.rule} data-testid={testIds.editor.mappingRule}>
            <Stack gap={0.5} alignItems="center">
              <Combobox
                aria-label="Exemplar label"
                options={labelOptions}
                value={rule.labelName || null}
                createCustomValue
                placeholder="trace_id"
                onChange={(option) => update(i, { labelName: option?.value ?? '' })}
              />
              <IconButton
                name="trash-alt"
                tooltip="Remove rule"
                onClick={() => onChange(rules.filter((_, j) => j !== i))}
              />
            </Stack>
            <RadioButtonGroup size="sm" options={KINDS} value={rule.kind} onChange={(kind) => update(i, { kind })} />
            {rule.kind === 'datasource' ? (
              <DataSourcePicker
                current={rule.datasourceUid ?? null}
                filter={(ds) => TRACING_DATASOURCE_TYPES.includes(ds.type)}
                tracing
                noDefault
                onChange={(ds) => update(i, { datasourceUid: ds.uid })}
              />
            ) : (
              <>
                <Input
                  aria-label="URL template"
                  placeholder="https://tool.example.com/traces/${__value.raw}"
                  value={rule.url ?? ''}
                  onChange={(e) => update(i, { url: e.currentTarget.value })}
                />
                <Input
                  aria-label="Link text"
                  placeholder="Open in my tool"
                  value={rule.displayLabel ?? ''}
                  onChange={(e) => update(i, { displayLabel: e.currentTarget.value })}
                />
              </>
            )}
            {problem && <div className={styles.problem}>{problem}</div>}
          </div>
        );
      })}
      <Button
        size="sm"
        variant="secondary"
        icon="plus"
        onClick={() =>
          onChange([
            ...rules,
            suggestedRule(
              defaults,
              services.listDataSources({ tracing: true }).filter((ds) => TRACING_DATASOURCE_TYPES.includes(ds.type))
            ),
          ])
        }
        data-testid={testIds.editor.addRule}
      >
        Add rule
      </Button>
      <Field label="From the Prometheus data source" className={styles.defaults}>
        <div data-testid={testIds.editor.mappingPreview}>
          {defaults.length === 0
            ? `${prometheus?.name ?? 'The Prometheus data source'} has no exemplar trace links.`
            : defaults
                .map(
                  (d) =>
                    `${d.name} → ${d.datasourceUid ? (services.getInstanceSettings(d.datasourceUid)?.name ?? `missing data source "${d.datasourceUid}"`) : d.url}`
                )
                .join('; ')}
        </div>
      </Field>
    </div>
  );
}

const getStyles = (theme: GrafanaTheme2) => ({
  rule: css({
    display: 'flex',
    flexDirection: 'column',
    gap: theme.spacing(0.5),
    padding: theme.spacing(1),
    marginBottom: theme.spacing(1),
    border: `1px solid ${theme.colors.border.weak}`,
    borderRadius: theme.shape.radius.default,
  }),
  problem: css({ color: theme.colors.warning.text, fontSize: theme.typography.bodySmall.fontSize }),
  defaults: css({ marginTop: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize }),
});
