import React from 'react';
import { of } from 'rxjs';
import { render, screen } from '@testing-library/react';
import { DataFrame, dateTime, LoadingState, PanelData } from '@grafana/data';
import { shopResponse } from '../data/__fixtures__/prometheusFrames';
import { PanelServices, PanelServicesContext } from '../services/panelServices';
import { fakeServices as testServices } from '../testing/fakeServices';
import { defaultOptions, PanelOptions } from '../types';
import { LatencyPanel } from './LatencyPanel';
import { testIds } from './testIds';

const fakeServices = (query = jest.fn()) => testServices({ query, interval: undefined });

function renderPanel(opts: {
  series?: DataFrame[];
  annotations?: DataFrame[];
  options?: PanelOptions;
  services?: PanelServices;
}) {
  const times = shopResponse().times;
  const timeRange = { from: dateTime(times[0]), to: dateTime(times[4]), raw: { from: 'now-1h', to: 'now' } };
  const data: PanelData = {
    series: opts.series ?? [],
    annotations: opts.annotations ?? [],
    state: LoadingState.Done,
    timeRange,
    request: { targets: [{ refId: 'A', datasource: { uid: 'prom', type: 'prometheus' }, exemplar: true }] } as never,
  };
  return render(
    <PanelServicesContext.Provider value={opts.services ?? fakeServices()}>
      <LatencyPanel
        id={1}
        data={data}
        timeRange={timeRange}
        timeZone="utc"
        options={opts.options ?? defaultOptions}
        fieldConfig={{ defaults: {}, overrides: [] }}
        transparent={false}
        width={600}
        height={300}
        renderCounter={0}
        title="Latency"
        eventBus={{} as never}
        onOptionsChange={jest.fn()}
        onFieldConfigChange={jest.fn()}
        onChangeTimeRange={jest.fn()}
        replaceVariables={(s) => s}
      />
    </PanelServicesContext.Provider>
  );
}

describe('LatencyPanel', () => {
  it('explains an empty result instead of showing a blank panel', () => {
    renderPanel({});
    expect(screen.getByTestId(testIds.panel.diagnostics)).toHaveTextContent('No latency data');
    expect(screen.getByTestId(testIds.panel.diagnostics)).toHaveTextContent('_bucket series with an le label');
  });

  it('draws the chart, the legend and the exemplar count from panel queries', () => {
    const { series, exemplars } = shopResponse();
    renderPanel({ series, annotations: exemplars });
    expect(screen.getByTestId(testIds.chart.plot)).toBeInTheDocument();
    expect(screen.getByText('p99 /api/checkout')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.panel.exemplarCount)).toHaveTextContent('3 exemplars · sampled');
  });

  it('runs its own histogram_quantile queries through the Prometheus data source', async () => {
    const { series, exemplars } = shopResponse();
    const query = jest.fn(() => of({ data: [...series, ...exemplars], state: LoadingState.Done }));
    renderPanel({
      options: {
        ...defaultOptions,
        query: { ...defaultOptions.query, mode: 'builder', metric: 'http_server_request_duration_seconds' },
      },
      services: fakeServices(query),
    });
    expect(await screen.findByText('p50 /api/cart')).toBeInTheDocument();
    const request = (query.mock.calls[0] as unknown[])[0] as {
      targets: Array<{ expr: string; exemplar: boolean; datasource: { uid: string } }>;
    };
    expect(request.targets.map((t) => t.expr)).toEqual([
      'histogram_quantile(0.5, sum by (le) (rate(http_server_request_duration_seconds_bucket[$__rate_interval])))',
      'histogram_quantile(0.9, sum by (le) (rate(http_server_request_duration_seconds_bucket[$__rate_interval])))',
      'histogram_quantile(0.99, sum by (le) (rate(http_server_request_duration_seconds_bucket[$__rate_interval])))',
    ]);
    // On the first query: Grafana's Prometheus data source drops the flag from later queries of the same histogram.
    expect(request.targets.map((t) => t.exemplar)).toEqual([true, false, false]);
    expect(request.targets[0].datasource.uid).toBe('prom');
  });

  it('shows the data source error when the builder query fails', async () => {
    const query = jest.fn(() =>
      of({ data: [], errors: [{ message: 'bad_data: invalid parameter "query"' }], state: LoadingState.Error })
    );
    renderPanel({
      options: { ...defaultOptions, query: { ...defaultOptions.query, mode: 'builder', metric: 'm_seconds' } },
      services: fakeServices(query),
    });
    expect(await screen.findByText('bad_data: invalid parameter "query"')).toBeInTheDocument();
  });
});
