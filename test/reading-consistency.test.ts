// One reading for three commands: on the seeds, a sentence that /quote, /sources and /toll all credit to someone is
// credited to the same one by each (the quotation's speaker, the attribution /sources shows for its words, the
// estimator of a figure in it).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load';
import type { Article } from '../src/corpus/schema';
import { comparisons, disagreements, sameSource, sentenceSources } from '../src/extract/reporting/agreement';

let articles: Article[] = [];
beforeAll(async () => {
  articles = (await loadCorpus('data')).articles;
});

describe('the same sentence, the same source, in /quote, /sources and /toll', () => {
  it('agrees on every seed sentence two commands credit', () => {
    let compared = 0;
    const bad: string[] = [];
    for (const a of articles) {
      for (const r of sentenceSources(a)) {
        compared += comparisons(r);
        for (const d of disagreements(r)) bad.push(`${a.id} #${r.sentence}: ${d}`);
      }
    }
    expect(bad).toEqual([]);
    // The seeds hold quotations attributed in their sentence and figures with estimators: many comparisons, not none.
    expect(compared).toBeGreaterThanOrEqual(30);
  });
  it("the U.N. figure in a sentence Antonov opens is the U.N.'s in /toll and /sources, Antonov's words are his", () => {
    const rows = articles
      .flatMap((a) => sentenceSources(a))
      .filter((r) => /during which the U\.N\. says over 7,500/.test(r.text));
    expect(rows.length).toBe(1);
    expect(rows[0].toll).toBe('U.N.');
    expect(sameSource(rows[0].sourcesForFigure ?? '', 'U.N.')).toBe(true);
  });
  it('names the same source under different spellings', () => {
    expect(sameSource('The U.N.', 'U.N.')).toBe(true);
    expect(sameSource('UN', 'United Nations')).toBe(true);
    expect(
      sameSource("The UN High Commissioner for Refugees' coordinator for Syria", 'UN High Commissioner for Refugees'),
    ).toBe(true);
    expect(sameSource('Deputy Defense Minister Anatoly Antonov', 'Antonov')).toBe(true);
    expect(sameSource('Antonov', 'Lavrov')).toBe(false);
  });
});
