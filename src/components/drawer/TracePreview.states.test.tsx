import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';

import { TracePreview } from './TracePreview';
import { TracePreviewState } from './useTracePreview';
import { testIds } from '../testIds';

const preview = (state: TracePreviewState, onRetry = jest.fn()) => {
  // A recent exemplar: a missing trace is "not found yet".
  render(
    <TracePreview
      state={state}
      datasourceName="Tempo"
      datasourceType="tempo"
      exemplarTimeMs={Date.now() - 60_000}
      onRetry={onRetry}
      timeZone="utc"
    />
  );
  return onRetry;
};

/** Every way the drawer can fail to show a trace: what it says, and whether another attempt is offered. */
const problems: Array<{ state: TracePreviewState; dataState: string; title: RegExp; text: RegExp; retry: boolean }> = [
  {
    state: { status: 'not-found', message: 'trace 4bf9 not found' },
    dataState: 'not-found',
    title: /Trace not found/,
    text: /Tempo has no trace with this ID/,
    retry: true,
  },
  {
    state: { status: 'timeout', ms: 15000 },
    dataState: 'timeout',
    title: /did not answer in time/,
    text: /No answer from Tempo after 15 s/,
    retry: true,
  },
  {
    state: { status: 'error', message: 'upstream 502: bad gateway' },
    dataState: 'error',
    title: /Tempo returned an error/,
    text: /upstream 502: bad gateway/,
    retry: true,
  },
  {
    state: { status: 'datasource-missing', uid: 'gone', message: 'No data source with uid "gone"' },
    dataState: 'datasource-missing',
    title: /Tracing data source not found/,
    text: /Pick an existing Tempo, Jaeger or Zipkin data source/,
    retry: false,
  },
  {
    state: { status: 'unsupported-datasource', type: 'loki', message: 'Loki cannot return traces' },
    dataState: 'unsupported',
    title: /cannot show traces here/,
    text: /Loki cannot return traces/,
    retry: false,
  },
];

describe('the trace drawer states', () => {
  it.each(problems)(
    '$dataState: says what happened, retry offered: $retry',
    ({ state, dataState, title, text, retry }) => {
      const onRetry = preview(state);
      expect(screen.getByTestId(testIds.drawer.state)).toHaveAttribute('data-state', dataState);
      expect(screen.getByText(title)).toBeInTheDocument();
      expect(screen.getByText(text)).toBeInTheDocument();
      const button = screen.queryByTestId(testIds.drawer.retry);
      expect(button !== null).toBe(retry);
      if (button) {
        fireEvent.click(button);
        expect(onRetry).toHaveBeenCalledTimes(1);
      }
    }
  );

  it('shows a loading skeleton that names the data source while the trace is fetched', () => {
    preview({ status: 'loading' });
    expect(screen.getByTestId(testIds.drawer.state)).toHaveAttribute('data-state', 'loading');
    expect(screen.getByText('Loading trace from Tempo…')).toBeInTheDocument();
  });

  it('shows nothing for a cancelled fetch (the drawer was closed or moved on)', () => {
    preview({ status: 'cancelled' });
    expect(screen.queryByTestId(testIds.drawer.state)).toBeNull();
  });

  it('shows data source text as text, never as HTML', () => {
    preview({ status: 'error', message: '<img src=x onerror=alert(1)>' });
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });
});
