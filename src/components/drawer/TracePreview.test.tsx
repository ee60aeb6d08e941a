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
        onRetry={() => {}}
        timeZone="utc"
      />
    );
    expect(screen.getByText('Not a trace ID')).toBeInTheDocument();
    expect(screen.queryByText(/returned an error/)).toBeNull();
    expect(screen.queryByTestId(testIds.drawer.retry)).toBeNull();
  });
});
