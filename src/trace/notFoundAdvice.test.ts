import { notFoundAdvice, roughAge } from './notFoundAdvice';

const NOW = Date.UTC(2026, 11, 3);
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const tempo = { name: 'Tempo EU', type: 'tempo' };
const jaeger = { name: 'Jaeger', type: 'jaeger' };

describe('notFoundAdvice', () => {
  it('asks to try again only for a recent exemplar', () => {
    const advice = notFoundAdvice(tempo, NOW - 2 * MINUTE, NOW);
    expect(advice).toMatchObject({ kind: 'recent', title: 'Trace not found yet' });
    expect(advice.body).toContain('try again in a moment');
  });

  it("gives Tempo's default retention as the reason for an exemplar older than 14 days", () => {
    const advice = notFoundAdvice(tempo, NOW - 300 * DAY, NOW);
    expect(advice.kind).toBe('expired');
    expect(advice.body).toMatch(/^This exemplar is 10 months old\. Tempo keeps traces 14 days by default/);
    expect(advice.body).toContain('compactor.compaction.block_retention');
    expect(advice.body).not.toContain('try again');
    expect(notFoundAdvice(tempo, NOW - 13 * DAY, NOW).kind).toBe('missing');
  });

  it("names Jaeger's bounded memory store for an exemplar older than an hour", () => {
    expect(notFoundAdvice(jaeger, NOW - 2 * 60 * MINUTE, NOW).body).toContain('--memory.max-traces');
  });

  it('says neither for a data source of unknown retention', () => {
    expect(notFoundAdvice({ name: 'X', type: 'other' }, NOW - 300 * DAY, NOW).kind).toBe('missing');
  });
});

describe('roughAge', () => {
  it.each([
    [30_000, 'less than a minute'],
    [MINUTE, '1 minute'],
    [3 * DAY + 5 * MINUTE, '3 days'],
    [400 * DAY, '1 year'],
  ])('%d ms → %s', (ms, text) => expect(roughAge(ms)).toBe(text));
});
