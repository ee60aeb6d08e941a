import React from 'react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanup, render } from '@testing-library/react';
import { dateTime, LoadingState, type DataFrame, type PanelData } from '@grafana/data';
import fc from 'fast-check';

import { Diagnostics } from './components/Diagnostics';
import { ExemplarDetails } from './components/drawer/ExemplarDetails';
import { SpanDetailsView } from './components/drawer/SpanDetailsView';
import { LatencyPanel } from './components/LatencyPanel';
import { exemplarFrame, quantileFrame } from './data/__fixtures__/prometheusFrames';
import { exemplarSetFromFrames } from './data/exemplarFrames';
import { PanelServices, PanelServicesContext } from './services/panelServices';
import { traceFrameFromSpans } from './trace/__fixtures__/traceFrames';
import { buildTraceModel } from './trace/model';
import { getSpanDetails } from './trace/spanDetails';
import { defaultOptions } from './types';

/**
 * Everything the panel shows from data — series labels, legends, exemplar labels, span names, attributes,
 * events, error messages — is rendered as text. Two guards: no source file uses an HTML-injecting API, and
 * hostile text rendered by the real components stays text (no element is created from it).
 */

/** JSX needs a .tsx file; this suite stays a .ts file and builds its elements directly. */
const h = React.createElement;

const SRC = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      return sourceFiles(path);
    }
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
];
const hostile = fc.oneof(
  { arbitrary: fc.constantFrom(...PAYLOADS), weight: 3 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 12 }), weight: 1 }
);

/** Elements hostile text must never turn into. */
const DANGEROUS =
  'img, script, iframe, object, embed, svg[onload], [onerror], [onload], [onclick], a[href^="javascript:" i], a[href^="data:" i]';

function dangerous(container: HTMLElement): string[] {
  return Array.from(container.querySelectorAll(DANGEROUS)).map((el) => el.outerHTML.slice(0, 80));
}

describe('no HTML injection APIs in the source', () => {
  it.each([
    'dangerouslySetInnerHTML',
    '.innerHTML',
    '.outerHTML',
    'insertAdjacentHTML',
    'document.write',
    'eval(',
    'new Function(',
    'srcdoc',
  ])('%s appears in no file under src/', (api) => {
    const users = sourceFiles(SRC).filter((file) => readFileSync(file, 'utf8').includes(api));
    expect(users.map((file) => relative(SRC, file))).toEqual([]);
  });

  it('the check sees the source files', () => {
    expect(sourceFiles(SRC).map((f) => relative(SRC, f))).toEqual(
      expect.arrayContaining(['module.ts', 'components/LatencyPanel.tsx', 'components/drawer/SpanDetailsView.tsx'])
    );
  });
});

describe('hostile text renders as text', () => {
  afterEach(() => {
    cleanup();
    delete (window as { __pwned?: unknown }).__pwned;
  });

  it('in diagnostics', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, detail, fix) => {
        const { container, unmount } = render(
          h(Diagnostics, {
            diagnostics: [
              {
                id: 'x',
                severity: 'error',
                title,
                detail,
                fixes: [fix],
                action: { kind: 'map-label', labelName: title, label: fix },
              },
            ],
            full: true,
            onAction: () => {},
          })
        );
        expect(dangerous(container)).toEqual([]);
        expect(container.textContent).toContain(detail);
        unmount();
      }),
      { numRuns: 60 }
    );
  });

  it('in exemplar labels and span details (the drawer)', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, (name, value, operation, attribute) => {
        const { set } = exemplarSetFromFrames([
          exemplarFrame('A', [{ timeMs: 1, value: 0.2, labels: { [name]: value, trace_id: value } }]),
        ]);
        const model = buildTraceModel(
          traceFrameFromSpans([
            {
              spanID: 'a1',
              operationName: operation,
              serviceName: attribute,
              statusMessage: attribute,
              tags: [{ key: attribute, value: operation }],
              logs: [{ timestamp: 1, name: operation, fields: [{ key: 'event', value: attribute }] }],
              warnings: [attribute],
              stackTraces: [operation],
              references: [{ traceID: attribute, spanID: operation }],
            },
          ])
        );
        expect(model.ok).toBe(true);
        const details = model.ok ? getSpanDetails(model.model, 0)! : undefined;
        const { container, unmount } = render(
          h(
            React.Fragment,
            null,
            h(ExemplarDetails, { set, row: 0, unit: 's', timeZone: 'utc', isError: false }),
            details && h(SpanDetailsView, { details, timeZone: 'utc' })
          )
        );
        expect(dangerous(container)).toEqual([]);
        for (const text of [value, operation, attribute]) {
          expect(container.textContent).toContain(text);
        }
        expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
        unmount();
      }),
      { numRuns: 60 }
    );
  });

  it('in the whole panel: legend, series and exemplar labels, errors', () => {
    const t0 = 1_700_000_000_000;
    const times = [t0, t0 + 15_000, t0 + 30_000];
    const timeRange = { from: dateTime(times[0]), to: dateTime(times[2]), raw: { from: 'now-1h', to: 'now' } };
    const services: PanelServices = {
      getDataSource: async () => ({ query: jest.fn(), interval: undefined }) as never,
      getInstanceSettings: () => undefined,
      listDataSources: () => [],
      fetch: jest.fn(),
      navigate: jest.fn(),
      appSubUrl: () => '',
      orgId: () => 1,
      featureEnabled: () => false,
      onLocationChange: () => () => undefined,
      search: () => new URLSearchParams(),
      pathname: () => '/d/test',
      updateQuery: jest.fn(),
    };
    fc.assert(
      fc.property(hostile, hostile, hostile, fc.boolean(), (legend, label, error, withLines) => {
        const series: DataFrame[] = withLines
          ? [
              quantileFrame({
                refId: 'A',
                labels: { route: label },
                displayName: legend,
                timeMs: times,
                values: [0.1, 0.2, 0.3],
              }),
            ]
          : [];
        const exemplars = [
          exemplarFrame('A', [
            { timeMs: times[1], value: 0.25, labels: { route: label, trace_id: label, note: legend } },
          ]),
        ];
        const data: PanelData = {
          series,
          annotations: exemplars,
          state: LoadingState.Done,
          timeRange,
          errors: [{ message: error }],
          request: { targets: [{ refId: 'A', exemplar: true }] } as never,
        };
        const panel = h(LatencyPanel, {
          id: 1,
          data,
          timeRange,
          timeZone: 'utc',
          options: {
            ...defaultOptions,
            labelMapping: {
              ...defaultOptions.labelMapping,
              rules: [{ labelName: 'trace_id', kind: 'url', url: label }],
            },
          },
          fieldConfig: { defaults: {}, overrides: [] },
          transparent: false,
          width: 600,
          height: 300,
          renderCounter: 0,
          title: 'Latency',
          eventBus: {} as never,
          onOptionsChange: jest.fn(),
          onFieldConfigChange: jest.fn(),
          onChangeTimeRange: jest.fn(),
          replaceVariables: (text: string) => text,
        });
        const { container, unmount } = render(h(PanelServicesContext.Provider, { value: services }, panel));
        expect(dangerous(container)).toEqual([]);
        if (withLines) {
          expect(container.textContent).toContain(legend);
        } else {
          expect(container.textContent).toContain(error);
        }
        unmount();
      }),
      { numRuns: 40 }
    );
  });
});
