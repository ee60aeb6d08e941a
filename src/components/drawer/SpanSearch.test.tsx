import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { checkoutTraceSpans, traceFrameFromSpans } from '../../trace/__fixtures__/traceFrames';
import { buildTraceModel } from '../../trace/model';
import type { TraceModel } from '../../trace/types';
import { testIds } from '../testIds';
import { SpanSearch } from './SpanSearch';

function model(): TraceModel {
  const built = buildTraceModel(traceFrameFromSpans(checkoutTraceSpans()));
  if (!built.ok) {
    throw new Error(built.error);
  }
  return built.model;
}

describe('SpanSearch', () => {
  it('goes to the first match as one types, then steps with Enter, Shift+Enter and the arrows, wrapping', () => {
    const m = model();
    const onFound = jest.fn();
    render(<SpanSearch model={m} onFound={onFound} />);
    const input = screen.getByTestId(testIds.drawer.spanSearch);
    const count = screen.getByTestId(testIds.drawer.spanSearchCount);
    const found = () => m.operationNames[onFound.mock.lastCall[0]];

    fireEvent.change(input, { target: { value: 'payment' } });
    expect(count).toHaveTextContent('1 of 2');
    expect(found()).toBe('charge');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(count).toHaveTextContent('2 of 2');
    expect(found()).toBe('fraudCheck');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(found()).toBe('charge');
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(found()).toBe('fraudCheck');
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(count).toHaveTextContent('1 of 2');
  });

  it('reports every match, so the waterfall can mark them all, and none once the search is cleared', () => {
    const m = model();
    const onMatches = jest.fn();
    render(<SpanSearch model={m} onFound={jest.fn()} onMatches={onMatches} />);
    const input = screen.getByTestId(testIds.drawer.spanSearch);
    fireEvent.change(input, { target: { value: 'payment' } });
    expect(onMatches.mock.lastCall[0].map((p: number) => m.operationNames[p])).toEqual(['charge', 'fraudCheck']);
    fireEvent.change(input, { target: { value: '' } });
    expect(onMatches.mock.lastCall[0]).toEqual([]);
  });

  it('says when nothing matches', () => {
    render(<SpanSearch model={model()} onFound={jest.fn()} />);
    fireEvent.change(screen.getByTestId(testIds.drawer.spanSearch), { target: { value: 'nowhere' } });
    expect(screen.getByTestId(testIds.drawer.spanSearchCount)).toHaveTextContent('No match');
  });
});
