import { buildPanelView } from './panelView';
import { visibleExemplars } from './visibility';
import { shopPanelViewInputs } from './__fixtures__/panelViewInputs';

const model = buildPanelView(shopPanelViewInputs({ datasourceDestinations: [], tracingDatasources: [] }));

describe('visibleExemplars', () => {
  it('shows all exemplars of visible series', () => {
    expect(Array.from(visibleExemplars(model, new Set(), true))).toEqual([1, 1, 1]);
  });

  it('hides exemplars of a series group whose lines are all hidden', () => {
    // Series 2 is the only line of /api/checkout, whose exemplar is row 1.
    expect(Array.from(visibleExemplars(model, new Set([2]), true))).toEqual([1, 0, 1]);
    // Hiding one of the two /api/cart lines keeps its exemplars.
    expect(Array.from(visibleExemplars(model, new Set([0]), true))).toEqual([1, 1, 1]);
  });

  it('hides everything when exemplars are switched off, and applies a filter', () => {
    expect(Array.from(visibleExemplars(model, new Set(), false))).toEqual([0, 0, 0]);
    expect(Array.from(visibleExemplars(model, new Set(), true, Uint8Array.from([0, 1, 1])))).toEqual([0, 1, 1]);
  });
});
