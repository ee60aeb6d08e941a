/**
 * The standard option editors Grafana registers at startup (public/app/core/components/OptionsUI/registry.tsx
 * getAllOptionEditors / getAllStandardFieldConfigs). They live in Grafana core, not in the npm packages, so
 * the host provides equivalents built from @grafana/ui with the same ids, value shapes and settings.
 */
import {
  dataLinksOverrideProcessor,
  displayNameOverrideProcessor,
  type FieldConfigPropertyItem,
  FieldType,
  identityOverrideProcessor,
  numberOverrideProcessor,
  type SelectableValue,
  standardEditorsRegistry,
  type StandardEditorProps,
  type StandardEditorsRegistryItem,
  standardFieldConfigEditorRegistry,
  stringOverrideProcessor,
  thresholdsOverrideProcessor,
  ThresholdsMode,
  valueMappingsOverrideProcessor,
} from '@grafana/data';
import {
  ColorPickerInput,
  Input,
  MultiSelect,
  RadioButtonGroup,
  Select,
  Slider,
  StatsPicker,
  Switch,
  TextArea,
  TimeZonePicker,
  UnitPicker,
} from '@grafana/ui';
import React, { type ComponentType } from 'react';

type AnyEditor = ComponentType<StandardEditorProps<any, any, any>>;

interface TextSettings {
  placeholder?: string;
  useTextarea?: boolean;
  rows?: number;
}

function TextEditor({ value, onChange, item }: StandardEditorProps<string, TextSettings>) {
  const settings = item.settings ?? {};
  const commit = (text: string) => onChange(text === '' ? undefined : text);
  return settings.useTextarea ? (
    <TextArea
      defaultValue={value ?? ''}
      placeholder={settings.placeholder}
      rows={settings.rows ?? 5}
      onBlur={(event) => commit(event.currentTarget.value)}
    />
  ) : (
    <Input
      defaultValue={value ?? ''}
      placeholder={settings.placeholder}
      onBlur={(event) => commit(event.currentTarget.value)}
      onKeyDown={(event) => event.key === 'Enter' && commit(event.currentTarget.value)}
    />
  );
}

interface NumberSettings {
  placeholder?: string;
  min?: number;
  max?: number;
  step?: number;
  integer?: boolean;
}

function NumberEditor({ value, onChange, item }: StandardEditorProps<number, NumberSettings>) {
  const settings = item.settings ?? {};
  const commit = (text: string) => {
    if (text.trim() === '') {
      onChange(undefined);
      return;
    }
    const parsed = settings.integer ? parseInt(text, 10) : parseFloat(text);
    onChange(Number.isNaN(parsed) ? undefined : parsed);
  };
  return (
    <Input
      type="number"
      defaultValue={value ?? ''}
      placeholder={settings.placeholder}
      min={settings.min}
      max={settings.max}
      step={settings.step}
      onBlur={(event) => commit(event.currentTarget.value)}
      onKeyDown={(event) => event.key === 'Enter' && commit(event.currentTarget.value)}
    />
  );
}

function SliderEditor({ value, onChange, item, id }: StandardEditorProps<number, NumberSettings>) {
  const settings = item.settings ?? {};
  return (
    <Slider
      inputId={id ?? item.id}
      value={value}
      min={settings.min ?? 0}
      max={settings.max ?? 100}
      step={settings.step ?? 1}
      onChange={onChange}
    />
  );
}

function BooleanEditor({ value, onChange }: StandardEditorProps<boolean>) {
  return <Switch value={Boolean(value)} onChange={(event) => onChange(event.currentTarget.checked)} />;
}

interface OptionsSettings {
  options?: Array<SelectableValue<unknown>>;
  allowCustomValue?: boolean;
  isClearable?: boolean;
}

function RadioEditor({ value, onChange, item }: StandardEditorProps<unknown, OptionsSettings>) {
  return <RadioButtonGroup value={value} options={item.settings?.options ?? []} onChange={onChange} />;
}

function SelectEditor({ value, onChange, item }: StandardEditorProps<unknown, OptionsSettings>) {
  const settings = item.settings ?? {};
  return (
    <Select
      value={value}
      options={settings.options ?? []}
      allowCustomValue={settings.allowCustomValue}
      isClearable={settings.isClearable}
      onChange={(selected) => onChange(selected?.value)}
    />
  );
}

function MultiSelectEditor({ value, onChange, item }: StandardEditorProps<unknown[], OptionsSettings>) {
  return (
    <MultiSelect
      value={value ?? []}
      options={item.settings?.options ?? []}
      onChange={(selected) => onChange(selected.map((option) => option.value))}
    />
  );
}

function UnitEditor({ value, onChange }: StandardEditorProps<string>) {
  return <UnitPicker value={value} onChange={(unit) => onChange(unit)} />;
}

function ColorEditor({ value, onChange }: StandardEditorProps<string>) {
  return <ColorPickerInput value={value} onChange={onChange} />;
}

function StringsEditor({ value, onChange }: StandardEditorProps<string[]>) {
  return (
    <Input
      defaultValue={(value ?? []).join(', ')}
      placeholder="comma separated"
      onBlur={(event) =>
        onChange(
          event.currentTarget.value
            .split(',')
            .map((part) => part.trim())
            .filter(Boolean)
        )
      }
    />
  );
}

function TimeZoneEditor({ value, onChange }: StandardEditorProps<string>) {
  return <TimeZonePicker value={value} onChange={(zone) => onChange(zone)} />;
}

function FieldNameEditor({ value, onChange, context }: StandardEditorProps<string>) {
  const names = [...new Set(context.data.flatMap((frame) => frame.fields.map((field) => field.name)))];
  return (
    <Select
      value={value}
      options={names.map((name) => ({ label: name, value: name }))}
      isClearable
      onChange={(selected) => onChange(selected?.value)}
    />
  );
}

function StatsEditor({ value, onChange }: StandardEditorProps<string[]>) {
  return <StatsPicker stats={value ?? []} onChange={onChange} />;
}

/** Editors for structured values the sandbox only shows as JSON (links, mappings, thresholds, field colour). */
function JsonEditor({ value, onChange }: StandardEditorProps<unknown>) {
  return (
    <TextArea
      defaultValue={value === undefined ? '' : JSON.stringify(value, null, 2)}
      rows={4}
      onBlur={(event) => {
        try {
          onChange(event.currentTarget.value.trim() === '' ? undefined : JSON.parse(event.currentTarget.value));
        } catch {
          // keep the previous value until the JSON parses
        }
      }}
    />
  );
}

function editor(id: string, name: string, component: AnyEditor): StandardEditorsRegistryItem {
  return { id, name, description: name, editor: component };
}

function standardOptionEditors(): StandardEditorsRegistryItem[] {
  return [
    editor('text', 'Text', TextEditor as AnyEditor),
    editor('number', 'Number', NumberEditor as AnyEditor),
    editor('slider', 'Slider', SliderEditor as AnyEditor),
    editor('boolean', 'Boolean', BooleanEditor as AnyEditor),
    editor('radio', 'Radio', RadioEditor as AnyEditor),
    editor('select', 'Select', SelectEditor as AnyEditor),
    editor('unit', 'Unit', UnitEditor as AnyEditor),
    editor('links', 'Links', JsonEditor as AnyEditor),
    editor('stats-picker', 'Stats Picker', StatsEditor as AnyEditor),
    editor('strings', 'String array', StringsEditor as AnyEditor),
    editor('timezone', 'Time zone', TimeZoneEditor as AnyEditor),
    editor('fieldColor', 'Field Color', JsonEditor as AnyEditor),
    editor('color', 'Color', ColorEditor as AnyEditor),
    editor('multi-select', 'Multi select', MultiSelectEditor as AnyEditor),
    editor('field-name', 'Field name', FieldNameEditor as AnyEditor),
    editor('dashboard-uid', 'Dashboard', TextEditor as AnyEditor),
    editor('mappings', 'Mappings', JsonEditor as AnyEditor),
    editor('thresholds', 'Thresholds', JsonEditor as AnyEditor),
  ];
}

function standardFieldConfigs(): Array<FieldConfigPropertyItem<any, any, any>> {
  const category = ['Standard options'];
  const get = (id: string) => standardEditorsRegistry.get(id).editor;
  const numeric = (field: { type: FieldType }) => field.type === FieldType.number;
  return [
    {
      id: 'unit',
      path: 'unit',
      name: 'Unit',
      editor: get('unit'),
      override: get('unit'),
      process: stringOverrideProcessor,
      settings: { placeholder: 'none' },
      shouldApply: () => true,
      category,
    },
    {
      id: 'min',
      path: 'min',
      name: 'Min',
      editor: get('number'),
      override: get('number'),
      process: numberOverrideProcessor,
      settings: { placeholder: 'auto' },
      shouldApply: numeric,
      category,
    },
    {
      id: 'max',
      path: 'max',
      name: 'Max',
      editor: get('number'),
      override: get('number'),
      process: numberOverrideProcessor,
      settings: { placeholder: 'auto' },
      shouldApply: numeric,
      category,
    },
    {
      id: 'decimals',
      path: 'decimals',
      name: 'Decimals',
      editor: get('number'),
      override: get('number'),
      process: numberOverrideProcessor,
      settings: { placeholder: 'auto', min: 0, max: 15, integer: true },
      shouldApply: numeric,
      category,
    },
    {
      id: 'displayName',
      path: 'displayName',
      name: 'Display name',
      editor: get('text'),
      override: get('text'),
      process: displayNameOverrideProcessor,
      settings: { placeholder: 'none', expandTemplateVars: true },
      shouldApply: () => true,
      category,
    },
    {
      id: 'color',
      path: 'color',
      name: 'Color scheme',
      editor: get('fieldColor'),
      override: get('fieldColor'),
      process: identityOverrideProcessor,
      settings: { byValueSupport: true, preferThresholdsMode: true },
      shouldApply: () => true,
      category,
    },
    {
      id: 'noValue',
      path: 'noValue',
      name: 'No value',
      editor: get('text'),
      override: get('text'),
      process: stringOverrideProcessor,
      settings: { placeholder: '-' },
      shouldApply: () => true,
      category,
    },
    {
      id: 'links',
      path: 'links',
      name: 'Data links',
      editor: get('links'),
      override: get('links'),
      process: dataLinksOverrideProcessor,
      settings: { placeholder: '-' },
      shouldApply: () => true,
      category: ['Data links'],
    },
    {
      id: 'mappings',
      path: 'mappings',
      name: 'Value mappings',
      editor: get('mappings'),
      override: get('mappings'),
      process: valueMappingsOverrideProcessor,
      settings: {},
      defaultValue: [],
      shouldApply: (field: { type: FieldType }) => field.type !== FieldType.time,
      category: ['Value mappings'],
    },
    {
      id: 'thresholds',
      path: 'thresholds',
      name: 'Thresholds',
      editor: get('thresholds'),
      override: get('thresholds'),
      process: thresholdsOverrideProcessor,
      settings: {},
      defaultValue: {
        mode: ThresholdsMode.Absolute,
        steps: [
          { value: -Infinity, color: 'green' },
          { value: 80, color: 'red' },
        ],
      },
      shouldApply: () => true,
      category: ['Thresholds'],
    },
  ];
}

/** Grafana does this in app.ts before any plugin loads. */
export function registerStandardEditors(): void {
  standardEditorsRegistry.setInit(standardOptionEditors);
  standardFieldConfigEditorRegistry.setInit(standardFieldConfigs);
}
