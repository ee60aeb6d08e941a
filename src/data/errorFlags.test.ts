import { exemplarFrame } from './__fixtures__/prometheusFrames';
import { errorFlags } from './errorFlags';
import { exemplarSetFromFrames } from './exemplarFrames';

describe('errorFlags', () => {
  it('flags 5xx statuses and error markers, nothing else', () => {
    const labels: Array<Record<string, string>> = [
      { status: '200' },
      { status: '500' },
      { status_code: '503' },
      { code: 'Unavailable' },
      { error: 'true' },
      { otel_status_code: 'ERROR' },
      { status: '404' },
      { route: '/api/500' },
      {},
    ];
    const { set } = exemplarSetFromFrames([
      exemplarFrame(
        'A',
        labels.map((l, i) => ({ timeMs: i, value: 1, labels: l }))
      ),
    ]);
    expect(Array.from(errorFlags(set))).toEqual([0, 1, 1, 1, 1, 1, 0, 0, 0]);
  });
});
