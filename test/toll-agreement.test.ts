// Two people labelling /toll figures by hand are compared with the matching eval-toll.ts scores the bot with
// (bench/toll-match.ts); bench/toll-agreement.ts names the kind of each disagreement so the ceiling the issue's
// targets are measured against can be read by its causes.
import { describe, expect, it } from 'vitest';
import { asFound, disagreementKinds } from '../bench/toll-agreement';
import { goldHash, type GoldFigure } from '../bench/toll-gold-articles';
import { fieldsRight, match, score } from '../bench/toll-match';

const SENTENCE = 'Police said 14 people were killed and 30 wounded when a bomb went off in the market on Tuesday.';
const figure = (over: Partial<GoldFigure>): GoldFigure => ({
  sentence: 3,
  hash: goldHash(SENTENCE),
  metric: 'killed',
  low: 14,
  high: 14,
  qualifier: 'exact',
  estimator: 'Police',
  asOf: '2026-03-03',
  history: false,
  ...over,
});

describe('one labeller scored against another', () => {
  it('pairs the same figure of the same sentence and finds every field the same', () => {
    const gold = [figure({}), figure({ metric: 'injured', low: 30, high: 30 })];
    const { pairs, missed, extra } = match(
      gold,
      gold.map((g) => asFound(g, SENTENCE)),
    );
    expect([pairs.length, missed.length, extra.length]).toEqual([2, 0, 0]);
    expect(score([{ pairs, gold: 2, bot: 2 }]).recall.all).toBe(1);
  });

  it('calls a month where the other side gave the day a coarser date, and agrees the other way round', () => {
    const day = figure({});
    const month = figure({ asOf: '2026-03' });
    expect(fieldsRight(day, asFound(month, SENTENCE))['as-of']).toBe(false);
    expect(disagreementKinds(day, asFound(month, SENTENCE))).toEqual([
      'as-of: the same date, the side scored coarser (a year for a month, a month for a day)',
    ]);
    expect(fieldsRight(month, asFound(day, SENTENCE))['as-of']).toBe(true);
  });

  it('tells an estimator one side credited and the other not, and a history mark set on one side only', () => {
    const kinds = disagreementKinds(
      figure({}),
      asFound(figure({ estimator: null, asOf: '2024', history: true }), SENTENCE),
    );
    expect(kinds).toEqual(['estimator: credited by one side only', 'as-of: history on one side, dated on the other']);
  });

  it('leaves a figure one side listed unpaired when the other gave another number', () => {
    const { missed, extra } = match([figure({})], [asFound(figure({ low: 15, high: 15 }), SENTENCE)]);
    expect([missed.length, extra.length]).toEqual([1, 1]);
  });
});
