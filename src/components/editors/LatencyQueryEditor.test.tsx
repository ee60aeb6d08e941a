import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { PanelServicesContext } from '../../services/panelServices';
import { fakeServices, measurableCanvas } from '../../testing/fakeServices';
import { defaultOptions, LatencyQueryOptions } from '../../types';
import { LatencyQueryEditor } from './LatencyQueryEditor';
import { testIds } from '../testIds';

jest.mock('@grafana/runtime', () => ({
  ...jest.requireActual('@grafana/runtime'),
  // The picker needs Grafana's data source service; what it shows is not under test here.
  DataSourcePicker: () => <div>data source picker</div>,
}));

function renderEditor(
  value: Partial<LatencyQueryOptions>,
  metricFindQuery = jest.fn(async (): Promise<Array<{ text: string }>> => [])
) {
  const onChange = jest.fn();
  render(
    <PanelServicesContext.Provider value={fakeServices({ metricFindQuery })}>
      <LatencyQueryEditor
        value={{ ...defaultOptions.query, ...value }}
        onChange={onChange}
        item={{} as never}
        context={{ data: [] }}
      />
    </PanelServicesContext.Provider>
  );
  return { onChange, metricFindQuery };
}

beforeAll(measurableCanvas);

describe('LatencyQueryEditor', () => {
  it('shows the PromQL it runs, one query per quantile', () => {
    renderEditor({ metric: 'http_server_request_duration_seconds', quantiles: [0.5, 0.99], groupBy: ['route'] });
    expect(screen.getByTestId(testIds.editor.promql).textContent).toBe(
      'histogram_quantile(0.5, sum by (le, route) (rate(http_server_request_duration_seconds_bucket[$__rate_interval])))\n' +
        'histogram_quantile(0.99, sum by (le, route) (rate(http_server_request_duration_seconds_bucket[$__rate_interval])))'
    );
  });

  it('says why a query cannot be built instead of showing PromQL', () => {
    renderEditor({ metric: 'not a metric' });
    expect(screen.getByText('"not a metric" is not a valid Prometheus metric name.')).toBeInTheDocument();
    expect(screen.getByTestId(testIds.editor.promql).textContent).toBe('');
  });

  it('takes quantiles as p99 or 0.99 on blur, and explains text it cannot read', () => {
    const { onChange } = renderEditor({ metric: 'm_seconds' });
    const input = screen.getByTestId(testIds.editor.quantiles);
    fireEvent.change(input, { target: { value: 'p50, 0.95' } });
    fireEvent.blur(input);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ quantiles: [0.5, 0.95] }));
    onChange.mockClear();
    fireEvent.change(input, { target: { value: 'p50, lots' } });
    fireEvent.blur(input);
    expect(onChange).not.toHaveBeenCalled();
    expect(input).toHaveValue('p50, lots');
    expect(screen.getByText('"lots" is not a quantile: use 0.99 or p99.')).toBeInTheDocument();
  });

  it("asks the data source's metric finder for histogram names", async () => {
    const { metricFindQuery } = renderEditor(
      {},
      jest.fn(async () => [{ text: 'a_seconds_bucket' }, { text: 'b_bucket' }])
    );
    await screen.findByTestId(testIds.editor.query);
    expect(metricFindQuery).toHaveBeenCalledWith('metrics(.*_bucket)');
  });
});
