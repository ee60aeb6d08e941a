import React from 'react';
import { render, screen, within } from '@testing-library/react';

import { jaegerGrpcComplexFrame } from '../../trace/__fixtures__/grafanaTraceFrames';
import { buildTraceModel } from '../../trace/model';
import type { TraceModel } from '../../trace/types';
import { TracePreview } from './TracePreview';
import { testIds } from '../testIds';

function model(): TraceModel {
  const built = buildTraceModel(jaegerGrpcComplexFrame());
  if (!built.ok) {
    throw new Error(built.error);
  }
  return built.model;
}

const preview = (exemplarSpanId?: string) =>
  render(
    <TracePreview
      state={{ status: 'ok', model: model(), frame: jaegerGrpcComplexFrame() }}
      datasourceName="Jaeger"
      datasourceType="jaeger"
      exemplarTimeMs={0}
      onRetry={() => {}}
      timeZone="utc"
      exemplarSpanId={exemplarSpanId}
    />
  );

describe('TracePreview on a Jaeger gRPC trace', () => {
  // jsdom lays nothing out, so the virtualized waterfall renders no rows here: the row mark is not checked.
  it("opens on the exemplar's own span", () => {
    preview('1a2b3c4d5e6f7g8h');
    expect(within(screen.getByTestId(testIds.drawer.spanDetails)).getByText('db.query')).toBeInTheDocument();
  });

  it("falls back to the first error span when the exemplar's span is not in the trace", () => {
    preview('deadbeefdeadbeef');
    expect(
      within(screen.getByTestId(testIds.drawer.spanDetails)).getByText('HTTP GET - api_traces_traceid')
    ).toBeInTheDocument();
  });

  it('says a non-hex trace ID is not one, without blaming the data source or offering a retry', () => {
    render(
      <TracePreview
        state={{ status: 'invalid-trace-id', message: '"xyz" is not a trace ID' }}
        datasourceName="Tempo"
        datasourceType="tempo"
        exemplarTimeMs={0}
        onRetry={() => {}}
        timeZone="utc"
      />
    );
    expect(screen.getByText('Not a trace ID')).toBeInTheDocument();
    expect(screen.queryByText(/returned an error/)).toBeNull();
    expect(screen.queryByTestId(testIds.drawer.retry)).toBeNull();
  });

  it.each([
    [Date.now() - 60_000, 'Trace not found yet', /try again in a moment/],
    [Date.now() - 300 * 86_400_000, 'Trace probably expired', /Tempo keeps traces 14 days by default/],
  ])('says once, by the exemplar age, why the trace is missing', (exemplarTimeMs, title, reason) => {
    render(
      <TracePreview
        state={{ status: 'not-found', message: 'Trace abc was not found.' }}
        datasourceName="Tempo"
        datasourceType="tempo"
        exemplarTimeMs={exemplarTimeMs}
        onRetry={() => {}}
        timeZone="utc"
      />
    );
    const state = screen.getByTestId(testIds.drawer.state);
    expect(state).toHaveTextContent(title);
    expect(state.textContent!.match(new RegExp(reason, 'g'))).toHaveLength(1);
    // The fetcher's own sentence is not said again beside the advice.
    expect(state).not.toHaveTextContent('Trace abc was not found');
  });
});
