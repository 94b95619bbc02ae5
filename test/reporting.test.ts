// The reporting-clause stage: each rule alone, and the cases /toll's estimators need (issue 10), read as a reader
// of /toll would see them. Sentences are news-style, written for the test.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/extract/figures';
import { reportingClauses, resolveSource } from '../src/extract/reporting/clauses';
import { QUOTE_RULES } from '../src/extract/reporting/quote-rules';
import { attributeQuotes } from '../src/extract/quote-attribute';
import { articleOfSentences } from './helpers/article';

/** One sentence a paragraph. */
const article = (...sentences: string[]) => articleOfSentences('2014-06-11', ...sentences.map((x) => [x]));
const clauses = (s: string) => reportingClauses(s).map((c) => [c.rule, c.cue, c.source]);

describe('reporting clauses of a sentence', () => {
  it('verb-before: the subject before the verb, without its appositive', () => {
    expect(clauses('Senator Richard Durbin, D-Ill., said at least 17 people were injured.')).toEqual([
      ['verb-before', 'said', 'Senator Richard Durbin'],
    ]);
    expect(clauses('The U.N. estimates that more than 5,400 people have been killed.')).toEqual([
      ['verb-before', 'estimates', 'The U.N.'],
    ]);
  });
  it('verb-after: the name after an inverted verb, long titles and all', () => {
    expect(clauses('Two soldiers were killed, said Pentagon spokesman Rear Adm. John Kirby.')).toEqual([
      ['verb-after', 'said', 'Pentagon spokesman Rear Adm. John Kirby'],
    ]);
  });
  it('according-to: the source after the cue, ending where the count begins', () => {
    expect(clauses('At least 150 people died, according to the Syrian Observatory for Human Rights.')).toEqual([
      ['according-to', 'according to', 'the Syrian Observatory for Human Rights'],
    ]);
    expect(clauses('According to the Syrian Arab Red Crescent at least 200,000 people are displaced.')).toEqual([
      ['according-to', 'according to', 'the Syrian Arab Red Crescent'],
    ]);
  });
  it('a relative clause names no source, and a clause after "during which" has its own', () => {
    expect(clauses('CNN reported an interview with a whistleblower who said dozens of veterans died.')).toEqual([
      ['verb-before', 'reported', 'CNN'],
      ['verb-before', 'said', null],
    ]);
    expect(
      clauses(
        'Antonov said Russia will abide by the embargo, during which the U.N. says over 7,500 people have been killed.',
      ).map((c) => c[2]),
    ).toEqual(['Antonov', 'the U.N.']);
  });
  it('a verb inside a quotation is no cue', () => {
    expect(clauses('"They said nothing," the minister told reporters.')).toEqual([
      ['verb-before', 'told', 'the minister'],
    ]);
  });
  it('coreference: "It said" and "The group said" resolve to the organisation named before', () => {
    const it1 = reportingClauses('It said 200 people were killed.')[0];
    expect(
      resolveSource(it1, [
        'The Syrian Observatory for Human Rights, a monitoring group based in Britain, gave a new count on Sunday.',
      ]),
    ).toBe('The Syrian Observatory for Human Rights');
    const group = reportingClauses('The group said 200 people were killed.')[0];
    expect(resolveSource(group, ['The Syrian Observatory for Human Rights said the fighting continued.'])).toBe(
      'The Syrian Observatory for Human Rights',
    );
    // "he" is a person, never the organisation.
    const he = reportingClauses('He said 200 people were killed.')[0];
    expect(resolveSource(he, ['The Syrian Observatory for Human Rights said the fighting continued.'])).toBeNull();
  });
});

describe('/toll estimators come from the stage (issue 10)', () => {
  const est = (...s: string[]) => extractFigures(article(...s)).map((f) => [f.display, f.estimator]);
  it('an estimator named in the sentence before', () => {
    expect(
      est(
        'The Syrian Observatory for Human Rights, a monitoring group based in Britain, gave a new count on Sunday.',
        'It said 200 people were killed in the province.',
      ),
    ).toEqual([['200', 'Syrian Observatory for Human Rights']]);
    expect(
      est(
        'The Syrian Observatory for Human Rights reported heavy fighting on Sunday.',
        'The group said at least 200 people were killed.',
      ),
    ).toEqual([['at least 200', 'Syrian Observatory for Human Rights']]);
  });
  it('an estimator after a long title, and "according to"', () => {
    expect(est('Two American soldiers were killed on Sunday, said Pentagon spokesman Rear Adm. John Kirby.')).toEqual([
      ['Two', 'Pentagon spokesman Rear Adm. John Kirby'],
    ]);
    expect(est('At least 150 people died on Sunday, according to the Syrian Observatory for Human Rights.')).toEqual([
      ['At least 150', 'Syrian Observatory for Human Rights'],
    ]);
    expect(est('More than 100,000 people have been killed, the U.N. estimates.')).toEqual([
      ['More than 100,000', 'U.N.'],
    ]);
  });
});

describe('quotation rules', () => {
  it('are named, in order, each with what it reads', () => {
    expect(QUOTE_RULES.map((r) => r.name)).toEqual([
      'dash-signature',
      'verb-after',
      'verb-after-split',
      'next-sentence-verb',
      'dash-handoff',
      'opening-verb',
      'verb-before',
      'colon-intro',
      'participle-clause',
      'same-sentence',
      'according-to',
      'follow-on',
    ]);
    for (const r of QUOTE_RULES) expect(r.why.length).toBeGreaterThan(10);
  });
  it('each quotation records the rule that attributed it', () => {
    const rules = (p: string[]) =>
      attributeQuotes(p).quotes.map((q) => [q.rule, q.speaker && 'rec' in q.speaker ? q.speaker.rec.name : null]);
    expect(rules(['"We will keep our contracts," Deputy Defense Minister Anatoly Antonov said on Tuesday.'])).toEqual([
      ['verb-after', 'Anatoly Antonov'],
    ]);
    expect(
      rules(['Anatoly Antonov told reporters: "We will keep our contracts and deliver what we promised."']),
    ).toEqual([['verb-before', 'Anatoly Antonov']]);
    expect(
      rules(['"We will keep our contracts and deliver what was promised," according to Anatoly Antonov.']),
    ).toEqual([['according-to', 'Anatoly Antonov']]);
    expect(
      rules([
        '"We will keep our contracts," Anatoly Antonov said.',
        '"We will deliver what was promised to them, whatever the West says."',
      ]),
    ).toEqual([
      ['verb-after', 'Anatoly Antonov'],
      ['follow-on', 'Anatoly Antonov'],
    ]);
    expect(rules(['"We will keep our contracts and deliver what was promised to them." — Anatoly Antonov'])).toEqual([
      ['dash-signature', 'Anatoly Antonov'],
    ]);
    expect(
      rules(['Said Anatoly Antonov: "We will keep our contracts and deliver what was promised to them."']),
    ).toEqual([['opening-verb', 'Anatoly Antonov']]);
    // "As X put it": a weak verb far from the quotation still attributes it when it opens the sentence as an "as" clause.
    expect(
      rules([
        'As Ms. Margarita Simonyan put it in a statement to a reporter in July, the network is "providing a view you will not get elsewhere."',
      ]),
    ).toEqual([['verb-before', 'Margarita Simonyan']]);
  });
});
