import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2, StandardEditorProps } from '@grafana/data';
import { Button, Field, useStyles2 } from '@grafana/ui';
import { suggestedRule, TRACING_DATASOURCE_TYPES } from '../../links/mapping';
import { exemplarDestinations, resolvePrometheus } from '../../services/datasources';
import { usePanelServices } from '../../services/panelServices';
import { LabelMappingRule, PanelOptions } from '../../types';
import { testIds } from '../testIds';
import { MappingRuleRow } from './MappingRuleRow';

type Props = StandardEditorProps<LabelMappingRule[], unknown, PanelOptions>;

/** Label mapping rules: which exemplar label holds the trace ID, and where that trace lives. */
export function LabelMappingEditor({ value, onChange, context }: Props) {
  const styles = useStyles2(getStyles);
  const services = usePanelServices();
  const rules = value ?? [];
  const update = (index: number, change: Partial<LabelMappingRule>) =>
    onChange(rules.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const prometheus = resolvePrometheus(services, context.options?.query.datasourceUid ?? '');
  const defaults = exemplarDestinations(prometheus);

  return (
    <div data-testid={testIds.editor.mapping}>
      {rules.map((rule, i) => (
        <MappingRuleRow
          key={i}
          rule={rule}
          onChange={(change) => update(i, change)}
          onRemove={() => onChange(rules.filter((_, j) => j !== i))}
        />
      ))}
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
  defaults: css({ marginTop: theme.spacing(1), fontSize: theme.typography.bodySmall.fontSize }),
});
