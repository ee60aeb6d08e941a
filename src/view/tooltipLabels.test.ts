import { tooltipLabels } from './tooltipLabels';

const label = (name: string) => ({ name, values: [{ value: `${name}-value`, count: 1 }] });
// As Prometheus hands them over: series labels first, in the frame's order, then the exemplar's own.
const scraped = ['__name__', 'instance', 'job', 'le', 'method', 'route', 'status', 'trace_id', 'span_id'].map(label);

describe('tooltipLabels', () => {
  it('puts route, method and status first, leaves the trace ID to its own row and folds the noise', () => {
    const { shown, folded } = tooltipLabels(scraped, 'trace_id', false);
    expect(shown.map((l) => l.name)).toEqual(['route', 'method', 'status']);
    expect(folded).toEqual(['__name__', 'instance', 'job', 'le', 'span_id']);
  });

  it('shows every label but the trace ID when asked, the noise last', () => {
    const { shown, folded } = tooltipLabels(scraped, 'trace_id', true);
    expect(shown.map((l) => l.name)).toEqual([
      'route',
      'method',
      'status',
      '__name__',
      'instance',
      'job',
      'le',
      'span_id',
    ]);
    expect(folded).toEqual([]);
  });

  it("leaves out the mapped trace-ID label whatever its name, and keeps other labels in the data's order", () => {
    const labels = ['region', 'request', 'customer', 'zone'].map(label);
    expect(tooltipLabels(labels, 'request', false).shown.map((l) => l.name)).toEqual(['region', 'customer', 'zone']);
  });
});
