import React from 'react';
import { Button, IconButton, Input, Select, Stack } from '@grafana/ui';
import { LabelFilter, LabelMatchOp } from '../../types';

const OPS: Array<{ label: string; value: LabelMatchOp }> = ['=', '!=', '=~', '!~'].map((op) => ({
  label: op,
  value: op as LabelMatchOp,
}));

interface Props {
  filters: LabelFilter[];
  onChange: (filters: LabelFilter[]) => void;
}

/** Label matchers of the histogram selector, e.g. route=~"/api/.*". */
export function LabelFiltersEditor({ filters, onChange }: Props) {
  const update = (index: number, change: Partial<LabelFilter>) =>
    onChange(filters.map((f, i) => (i === index ? { ...f, ...change } : f)));
  return (
    <Stack direction="column" gap={0.5}>
      {filters.map((filter, i) => (
        <Stack key={i} gap={0.5} alignItems="center">
          <Input
            aria-label="Filter label"
            placeholder="label"
            value={filter.label}
            onChange={(e) => update(i, { label: e.currentTarget.value.trim() })}
            width={14}
          />
          <Select
            aria-label="Filter operator"
            options={OPS}
            value={filter.op}
            onChange={(v) => update(i, { op: v.value! })}
            width={8}
          />
          <Input
            aria-label="Filter value"
            placeholder="value"
            value={filter.value}
            onChange={(e) => update(i, { value: e.currentTarget.value })}
            width={16}
          />
          <IconButton
            name="trash-alt"
            tooltip="Remove filter"
            onClick={() => onChange(filters.filter((_, j) => j !== i))}
          />
        </Stack>
      ))}
      <div>
        <Button
          size="sm"
          variant="secondary"
          icon="plus"
          onClick={() => onChange([...filters, { label: '', op: '=', value: '' }])}
        >
          Add filter
        </Button>
      </div>
    </Stack>
  );
}
