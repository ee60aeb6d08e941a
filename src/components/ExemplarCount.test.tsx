import React from 'react';
import { render, screen } from '@testing-library/react';

import type { PanelView } from '../view/panelView';
import { ExemplarCount } from './ExemplarCount';
import { testIds } from './testIds';

// Only the exemplar set's size and source are read by the count.
const modelWith = (size: number, source: PanelView['exemplars']['source'] = 'sampled'): PanelView =>
  ({ exemplars: { size, source } }) as unknown as PanelView;

describe('ExemplarCount', () => {
  it.each([
    [1, [1], '1 exemplar · sampled'],
    [2, [1, 1], '2 exemplars · sampled'],
    [3, [1, 0, 0], '1 of 3 exemplars · sampled'],
  ])('with %i exemplars reads its noun in agreement', (size, include, text) => {
    render(<ExemplarCount model={modelWith(size)} include={Uint8Array.from(include)} />);
    expect(screen.getByTestId(testIds.panel.exemplarCount)).toHaveTextContent(text);
  });

  it.each([
    ['sampled', '2 exemplars · sampled'],
    ['unsampled', '2 exemplars'],
    ['all', '2 exemplars · all'],
  ] as const)('says how %s exemplars were gathered only when it is so', (source, text) => {
    render(<ExemplarCount model={modelWith(2, source)} include={Uint8Array.from([1, 1])} />);
    expect(screen.getByTestId(testIds.panel.exemplarCount).textContent).toBe(text);
  });
});
