import { exemplarAnnouncement } from './exemplarAnnouncement';

describe('exemplarAnnouncement', () => {
  it('reads the latency as the tooltip shows it (formatLatency), not the raw value in seconds', () => {
    expect(exemplarAnnouncement({ count: 3, maxValue: 0.258421463 }, 's')).toBe(
      '3 exemplars, slowest 258.42 ms. Press Enter to preview.'
    );
  });

  it('says "Exemplar" for one', () => {
    expect(exemplarAnnouncement({ count: 1, maxValue: 0.001162 }, 's')).toBe(
      'Exemplar, slowest 1.16 ms. Press Enter to preview.'
    );
  });

  it('is silent without a focused marker', () => {
    expect(exemplarAnnouncement(undefined, 's')).toBe('');
  });
});
