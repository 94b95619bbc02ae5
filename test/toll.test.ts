// /toll on the seed corpus, asserted as a user reads the answer: which figures, with which qualifier, estimator,
// day and articles; what is left out; and what the text rendering shows.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load';
import type { Corpus } from '../src/corpus/schema';
import { answerToll, buildTollBook, exportEstimates, type TollBook } from '../src/answers/toll';
import { TollAnswerSchema, type Estimate } from '../src/answers/types';
import { renderTollText } from '../src/render/text-toll';
import { estimatesCsv } from '../src/render/csv';

let corpus: Corpus;
let book: TollBook;
beforeAll(async () => {
  corpus = await loadCorpus('data');
  book = buildTollBook(corpus);
});

const ids = (e: Estimate) => e.articles.map((a) => a.id.split('-')[0]).sort();
const find = (es: Estimate[], metric: string, display: RegExp) =>
  es.filter((e) => e.metric === metric && display.test(e.display));

describe('killed on the seeds', () => {
  it('the U.N.\'s "more than 5,400" as of 2012-02-02, one row carried by two articles', () => {
    const rows = find(answerToll(book).estimates, 'killed', /5,400/);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      display: 'more than 5,400',
      low: 5400,
      high: null,
      estimator: 'United Nations',
      asOf: '2012-02-02',
      history: false,
    });
    expect(ids(rows[0])).toEqual(['haaretz', 'msnbc']);
  });

  it("7,500 by 2012-03-13 in three articles: the U.N.'s lower bound (two wordings, one row) beside an unattributed estimate", () => {
    const rows = find(answerToll(book).estimates, 'killed', /7,500/);
    expect(rows.map((r) => [r.display, r.estimator, r.asOf, ids(r)])).toEqual([
      ['more than 7,500', 'United Nations', '2012-03-13', ['afgazad', 'csmonitor']],
      ['an estimated 7,500', null, '2012-03-13', ['moscow']],
    ]);
    const un = rows[0];
    expect(un).toMatchObject({ low: 7500, high: null, qualifier: 'over' });
    // each article keeps its own wording: the reprint said "over 7,500"
    expect(un.articles.find((a) => a.id.startsWith('afgazad'))?.wording).toBe('over 7,500');
    expect(rows[1]).toMatchObject({ low: 7500, high: 7500, qualifier: 'approx' });
    expect(new Set(rows.flatMap(ids))).toEqual(new Set(['afgazad', 'csmonitor', 'moscow']));
  });

  it('groups "the U.N.", "The UN" and "The United Nations" under one estimator', () => {
    const un = answerToll(book, { estimator: 'U.N.' }).estimates;
    expect(un.map((e) => e.display)).toEqual(['more than 7,500', 'more than 5,400']);
    expect(answerToll(book, { estimator: 'the UN' }).estimates).toEqual(un);
    expect(answerToll(book, { estimator: 'United Nations' }).estimates).toEqual(un);
  });
});

describe('displacement in the Moscow Times piece', () => {
  it('230,000 who fled their homes are displaced; 30,000 who fled to neighbouring countries are refugees', () => {
    const { estimates } = answerToll(book);
    expect(find(estimates, 'displaced', /230,000/)[0]).toMatchObject({
      display: 'some 230,000',
      low: 230_000,
      high: 230_000,
      estimator: 'UN High Commissioner for Refugees',
      asOf: '2012-03-13',
    });
    expect(find(estimates, 'refugees', /^30,000$/)[0]).toMatchObject({
      low: 30_000,
      estimator: 'UN High Commissioner for Refugees',
      population: null,
    });
  });
  it('at least 200,000 displaced within the country, according to the Syrian Arab Red Crescent', () => {
    expect(find(answerToll(book).estimates, 'displaced', /200,000/)[0]).toMatchObject({
      display: 'at least 200,000',
      low: 200_000,
      high: null,
      estimator: 'Syrian Arab Red Crescent',
    });
  });
  it('the daily flow ("hundreds ... on a daily basis") is a rate, not a count at a date: left out', () => {
    expect(answerToll(book).estimates.some((e) => /hundreds/i.test(e.display))).toBe(false);
  });
  it('110,000 mostly Iraqi refugees living in Syria are a hosted population, their own series, not the outflow', () => {
    const row = find(answerToll(book).estimates, 'refugees', /110,000/)[0];
    expect(row).toMatchObject({ display: 'some 110,000', population: 'mostly Iraqi refugees living in Syria' });
    expect(answerToll(book).changes.join('\n')).not.toMatch(/30,000[^\n]*→[^\n]*110,000|110,000[^\n]*→[^\n]*30,000/);
  });
});

describe('not a toll of the current conflict', () => {
  it('the 1982 Hama massacre is history, dated 1982, out of the timeline and shown apart', () => {
    const answer = answerToll(book);
    expect(answer.estimates.some((e) => e.asOf < '2000-01-01' || /thousands/.test(e.display))).toBe(false);
    expect(answer.history).toHaveLength(1);
    expect(answer.history![0]).toMatchObject({
      metric: 'killed',
      display: 'thousands',
      low: 1000,
      high: null,
      history: true,
      asOf: '1982-01-01',
      asOfPrecision: 'year',
    });
    expect(ids(answer.history![0])).toEqual(['haaretz', 'msnbc']);
    expect(exportEstimates(book).some((e) => e.history)).toBe(false);
  });
  it('no money, distances, ages, durations, anniversaries or troop numbers', () => {
    const shown = [...answerToll(book).estimates, ...(answerToll(book).history ?? [])].map((e) => e.display);
    for (const not of [/550/, /100/, /10-month/, /three/i, /30-year/, /^hundreds$/i])
      expect(shown.filter((d) => not.test(d))).toEqual([]);
  });
  it('exactly the expected rows on the seeds', () => {
    expect(answerToll(book).estimates.map((e) => `${e.asOf} ${e.metric} ${e.display} / ${e.estimator ?? '-'}`)).toEqual(
      [
        '2012-03-13 killed more than 7,500 / United Nations',
        '2012-03-13 killed an estimated 7,500 / -',
        '2012-03-13 displaced some 230,000 / UN High Commissioner for Refugees',
        '2012-03-13 displaced at least 200,000 / Syrian Arab Red Crescent',
        '2012-03-13 refugees 30,000 / UN High Commissioner for Refugees',
        '2012-03-13 refugees some 110,000 / Panos Moumtzis',
        '2012-02-02 killed more than 5,400 / United Nations',
      ],
    );
  });
});

describe('answering', () => {
  it('newest first, and valid against the answer schema', () => {
    const answer = answerToll(book);
    expect(() => TollAnswerSchema.parse(answer)).not.toThrow();
    const days = answer.estimates.map((e) => e.asOf);
    expect([...days].sort().reverse()).toEqual(days);
  });
  it('filters by metric, date range and estimator', () => {
    expect(answerToll(book, { metric: 'refugees' }).estimates.every((e) => e.metric === 'refugees')).toBe(true);
    expect(answerToll(book, { to: '2012-02-28' }).estimates.map((e) => e.display)).toEqual(['more than 5,400']);
    expect(answerToll(book, { from: '2012-03-01', metric: 'killed' }).estimates).toHaveLength(2);
    expect(answerToll(book, { estimator: 'Syrian Arab Red Crescent' }).estimates.map((e) => e.display)).toEqual([
      'at least 200,000',
    ]);
    expect(answerToll(book, { estimator: 'none' }).estimates.map((e) => e.display)).toEqual(['an estimated 7,500']);
  });
  it('says what changed between dates, and keeps differing estimates side by side', () => {
    const { changes } = answerToll(book, { metric: 'killed' });
    expect(changes[0]).toBe(
      'killed rose by the count of United Nations from 2012-02-02 to 2012-03-13: more than 5,400 (United Nations) → more than 7,500 (United Nations); an estimated 7,500 (no estimator named)',
    );
    expect(changes.some((c) => /side by side, not averaged/.test(c))).toBe(true);
  });
  it('renders for a terminal with estimator, articles, changes and history apart', () => {
    const text = renderTollText(answerToll(book));
    expect(text).toMatch(/killed\n {2}2012-03-13 {2}more than 7,500 — United Nations — 2 articles/);
    expect(text).toContain('an estimated 7,500 — no estimator named — 1 article');
    expect(text).toContain('"over 7,500"');
    expect(text).toContain('What changed:');
    expect(text).toMatch(/History \(earlier events, kept out of the timeline\):\n {2}1982 {8}thousands killed/);
    expect(renderTollText(answerToll(book, { metric: 'missing' }))).toMatch(/No casualty or displacement figures/);
  });
});

describe('an article that gives no date', () => {
  // Pages saved as text without their dateline, and no manifest: the figures are still the article's, with who gave
  // them, but no day can be put on them, so they stand apart from the timeline instead of vanishing.
  let undatedBook: TollBook;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), 'toll-undated-'));
    await writeFile(
      join(dir, 'dated.txt'),
      'Clashes continue in the north\n\nMarch 13, 2012\n\nThe United Nations said on Tuesday that more than 7,500 people have been killed in the conflict.\n',
    );
    await writeFile(
      join(dir, 'undated.txt'),
      'Aid groups warn of a winter crisis\n\nThe Red Crescent said at least 200,000 people have fled their homes. The health ministry said 45 people were killed in the shelling.\n',
    );
    undatedBook = buildTollBook(await loadCorpus(dir));
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps its figures with their estimators, apart from the dated estimates', () => {
    const answer = answerToll(undatedBook);
    expect(() => TollAnswerSchema.parse(answer)).not.toThrow();
    expect(answer.estimates.map((e) => [e.display, e.estimator, e.asOf])).toEqual([
      ['more than 7,500', 'United Nations', '2012-03-13'],
    ]);
    expect(answer.undated?.map((e) => [e.metric, e.display, e.estimator, e.articles[0].id])).toEqual([
      ['killed', '45', 'health ministry', 'undated'],
      ['displaced', 'at least 200,000', 'Red Crescent', 'undated'],
    ]);
    expect(answer.undated?.[0]).not.toHaveProperty('asOf');
  });

  it('filters them by metric and estimator, and leaves them out of a date range they may not fall in', () => {
    expect(answerToll(undatedBook, { metric: 'displaced' }).undated?.map((e) => e.display)).toEqual([
      'at least 200,000',
    ]);
    expect(answerToll(undatedBook, { estimator: 'Red Crescent' }).undated).toHaveLength(1);
    expect(answerToll(undatedBook, { from: '2012-01-01' }).undated).toBeUndefined();
    expect(answerToll(undatedBook, { to: '2030-01-01' }).undated).toBeUndefined();
  });

  it('shows them under their own heading in text and with an empty date in the CSV', () => {
    const answer = answerToll(undatedBook);
    expect(renderTollText(answer)).toMatch(
      /Undated \(the article gives no date, so these stay out of the timeline\):\n {2}undated {5}45 killed — health ministry — 1 article/,
    );
    const csv = estimatesCsv(answer).split(/\r?\n/);
    const row = csv.find((l) => l.includes('at least 200,000'));
    expect(row).toMatch(/^displaced,200000,,"at least 200,000",at-least,Red Crescent,,,undated,/);
  });
});
