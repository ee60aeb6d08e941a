/** The plugin's panel inside Grafana's PanelChrome, with the PanelProps a dashboard passes. */
import {
  type AbsoluteTimeRange,
  type EventBus,
  type FieldConfigSource,
  type InterpolateFunction,
  type PanelData,
  type PanelPlugin,
  type TimeRange,
} from '@grafana/data';
import { PanelChrome } from '@grafana/ui';
import React from 'react';

interface Props {
  plugin: PanelPlugin;
  title: string;
  width: number;
  height: number;
  data: PanelData;
  timeRange: TimeRange;
  options: Record<string, unknown>;
  fieldConfig: FieldConfigSource;
  renderCounter: number;
  eventBus: EventBus;
  replaceVariables: InterpolateFunction;
  onOptionsChange: (options: Record<string, unknown>) => void;
  onFieldConfigChange: (config: FieldConfigSource) => void;
  onChangeTimeRange: (range: AbsoluteTimeRange) => void;
}

export function PanelView(props: Props) {
  const PanelComponent = props.plugin.panel;
  if (!PanelComponent) {
    return <div>The plugin has no panel component</div>;
  }
  return (
    <PanelChrome width={props.width} height={props.height} title={props.title} loadingState={props.data.state}>
      {(innerWidth, innerHeight) => (
        <PanelComponent
          id={1}
          data={props.data}
          timeRange={props.timeRange}
          timeZone="browser"
          options={props.options}
          fieldConfig={props.fieldConfig}
          transparent={false}
          width={innerWidth}
          height={innerHeight}
          renderCounter={props.renderCounter}
          title={props.title}
          eventBus={props.eventBus}
          onOptionsChange={props.onOptionsChange}
          onFieldConfigChange={props.onFieldConfigChange}
          replaceVariables={props.replaceVariables}
          onChangeTimeRange={props.onChangeTimeRange}
        />
      )}
    </PanelChrome>
  );
}
