import React from 'react';
import { css } from '@emotion/css';
import { GrafanaTheme2 } from '@grafana/data';
import { DataSourcePicker } from '@grafana/runtime';
import { Combobox, IconButton, Input, RadioButtonGroup, Stack, useStyles2 } from '@grafana/ui';
import { COMMON_TRACE_ID_LABELS, TRACING_DATASOURCE_TYPES } from '../../links/mapping';
import { LabelMappingRule, TraceTargetKind } from '../../types';
import { testIds } from '../testIds';
import { mappingRuleProblem } from './mappingRuleProblem';

const KINDS: Array<{ label: string; value: TraceTargetKind }> = [
  { label: 'Tracing data source', value: 'datasource' },
  { label: 'External URL', value: 'url' },
];

const LABEL_OPTIONS = COMMON_TRACE_ID_LABELS.map((name) => ({ label: name, value: name }));

interface Props {
  rule: LabelMappingRule;
  onChange: (change: Partial<LabelMappingRule>) => void;
  onRemove: () => void;
}

/** One mapping rule: the exemplar label, and a tracing data source or an external URL template for it. */
export function MappingRuleRow({ rule, onChange, onRemove }: Props) {
  const styles = useStyles2(getStyles);
  const problem = mappingRuleProblem(rule);
  return (
    <div className={styles.rule} data-testid={testIds.editor.mappingRule}>
      <Stack gap={0.5} alignItems="center">
        <Combobox
          aria-label="Exemplar label"
          options={LABEL_OPTIONS}
          value={rule.labelName || null}
          createCustomValue
          placeholder="trace_id"
          onChange={(option) => onChange({ labelName: option?.value ?? '' })}
        />
        <IconButton name="trash-alt" tooltip="Remove rule" onClick={onRemove} />
      </Stack>
      <RadioButtonGroup size="sm" options={KINDS} value={rule.kind} onChange={(kind) => onChange({ kind })} />
      {rule.kind === 'datasource' ? (
        <DataSourcePicker
          current={rule.datasourceUid ?? null}
          filter={(ds) => TRACING_DATASOURCE_TYPES.includes(ds.type)}
          tracing
          noDefault
          onChange={(ds) => onChange({ datasourceUid: ds.uid })}
        />
      ) : (
        <>
          <Input
            aria-label="URL template"
            placeholder="https://tool.example.com/traces/${__value.raw}"
            value={rule.url ?? ''}
            onChange={(e) => onChange({ url: e.currentTarget.value })}
          />
          <Input
            aria-label="Link text"
            placeholder="Open in my tool"
            value={rule.displayLabel ?? ''}
            onChange={(e) => onChange({ displayLabel: e.currentTarget.value })}
          />
        </>
      )}
      {problem && <div className={styles.problem}>{problem}</div>}
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
});
