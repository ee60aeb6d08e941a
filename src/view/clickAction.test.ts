import type { EffectiveRule, TraceTarget } from '../links/types';
import { clickAction } from './clickAction';

const rule = { labelName: 'trace_id', kind: 'datasource', origin: 'panel' } as EffectiveRule;
const tempo: TraceTarget = {
  kind: 'datasource',
  traceId: 'abc',
  labelName: 'trace_id',
  datasource: { uid: 'tempo', name: 'Tempo EU', type: 'tempo' },
  rule,
};
const external = (url: string, displayLabel: string): TraceTarget => ({
  kind: 'url',
  traceId: 'abc',
  labelName: 'trace_id',
  url,
  displayLabel,
  rule,
});

describe('clickAction', () => {
  it('names the data source a click previews the trace in', () => {
    expect(clickAction(tempo, 1)).toBe('Click to preview the trace in Tempo EU');
    expect(clickAction(tempo, 12)).toBe('Click to list the 12 exemplars and preview the slowest trace in Tempo EU');
  });

  it('names the external tool of a URL rule, by its link text or else its host', () => {
    expect(clickAction(external('https://ui.example.com/trace/abc', 'Open in OneUptime'), 1)).toContain(
      'get the link to “Open in OneUptime”'
    );
    expect(clickAction(external('https://ui.example.com/trace/abc', 'Open trace'), 1)).toContain(
      'get the link to ui.example.com; its traces open outside Grafana'
    );
  });

  it('says why a click opens no trace', () => {
    const broken: TraceTarget = {
      kind: 'broken',
      traceId: 'abc',
      labelName: 'trace_id',
      reason: 'Data source "x" was not found.',
      rule,
    };
    expect(clickAction(broken, 1)).toBe('No trace to open: Data source "x" was not found.');
    expect(clickAction(undefined, 1)).toMatch(/^No trace to open: none of its labels is mapped to a trace ID/);
  });
});
