import React from 'react';
import { RadioButtonGroup } from '@grafana/ui';
import type { BaselineMode } from '../../region/box';
import { testIds } from '../testIds';

const OPTIONS: Array<{ label: string; value: BaselineMode; description: string }> = [
  {
    label: 'Outside the box',
    value: 'outside',
    description: 'The visible exemplars of the same time range that are not in the box',
  },
  { label: 'Below the box', value: 'below', description: 'The same time range, faster than the box' },
];

/** Where the baseline the selection is compared with comes from. */
export function BaselinePicker({ value, onChange }: { value: BaselineMode; onChange: (mode: BaselineMode) => void }) {
  return (
    <div data-testid={testIds.region.baseline}>
      <RadioButtonGroup size="sm" options={OPTIONS} value={value} onChange={onChange} />
    </div>
  );
}
