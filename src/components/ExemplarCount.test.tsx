import React from 'react';
import { render, screen } from '@testing-library/react';

import type { PanelView } from '../view/panelView';
import { ExemplarCount } from './ExemplarCount';
import { testIds } from './testIds';

// Only the exemplar set's size and source are read by the count.
const modelWith = (size: number): PanelView => ({ exemplars: { size, source: 'sampled' } }) as unknown as PanelView;

describe('ExemplarCount', () => {
  it.each([
    [1, [1], '1 exemplar · sampled'],
    [2, [1, 1], '2 exemplars · sampled'],
    [3, [1, 0, 0], '1 of 3 exemplars · sampled'],
  ])('with %i exemplars reads its noun in agreement', (size, include, text) => {
    render(<ExemplarCount model={modelWith(size)} include={Uint8Array.from(include)} />);
    expect(screen.getByTestId(testIds.panel.exemplarCount)).toHaveTextContent(text);
  });
});
