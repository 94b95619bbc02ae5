// The figures of an article read together (src/extract/figures-article.ts): a story's background dated once for its
// paragraph, and a finished war's toll, are history. Made-up sentences in the shapes news uses.
import { describe, expect, it } from 'vitest';
import { articleOfSentences } from './helpers/article';
import { extractFigures, type Figure } from '../src/extract/figures';
import { sentenceDates } from '../src/extract/dates';

const figures = (published: string, ...paragraphs: string[][]): Figure[] =>
  extractFigures(articleOfSentences(published, ...paragraphs));

describe('the paragraph dates its background', () => {
  it('reads a toll with no time of its own as history of the year an earlier sentence of its paragraph gives', () => {
    // (two sentences back: the sentence reading looks only at the one before)
    const f = figures('2019-12-21', [
      'In 1921, a white mob attacked the river district.',
      'The mob burned 35 blocks to the ground.',
      'Thousands were left homeless.',
    ]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ metric: 'displaced', history: true, asOf: '1921-01-01', asOfPrecision: 'year' });
  });

  it('leaves the toll at the article when the year is in another paragraph', () => {
    const f = figures(
      '2019-12-21',
      ['In 1921, a white mob attacked the river district.', 'The mob burned 35 blocks to the ground.'],
      ['Thousands were left homeless.'],
    );
    expect(f[0]).toMatchObject({ history: false, asOf: '2019-12-21' });
  });

  it('leaves a running toll at the article ("has killed")', () => {
    const f = figures('2013-09-03', [
      'The uprising began in March 2011.',
      'The war has killed more than 100,000 people, the monitoring group said.',
    ]);
    expect(f[0]).toMatchObject({ history: false, asOf: '2013-09-03' });
  });

  it('stops at a sentence of the paragraph dated near the article (the news, not its background)', () => {
    const f = figures('2017-03-30', [
      'The mine opened in 2009.',
      'On Monday, a methane blast tore through its lower shaft.',
      'Twelve miners were killed.',
    ]);
    expect(f).toHaveLength(1);
    expect(f[0].history).toBe(false);
  });
});

describe('the paragraph dates its background: a month, and "N years later"', () => {
  it('reads "In April last year" as that April, and the toll after it as history of that month', () => {
    expect(
      sentenceDates('In April last year, jets struck an air base near the border.', '2018-09-07')[0],
    ).toMatchObject({
      date: '2017-04-01',
      precision: 'month',
      text: 'April last year',
    });
    const f = figures('2018-09-07', [
      'In April last year, jets struck the town with a nerve agent.',
      'At least 74 people died.',
    ]);
    expect(f[0]).toMatchObject({ low: 74, history: true, asOf: '2017-04-01', asOfPrecision: 'month' });
  });

  it('moves "N years later" on from the year the paragraph gave', () => {
    const f = figures('2017-03-30', [
      'The county lost its biggest employer in 2009.',
      'In 2006, 12 miners were killed in a blast at the Ridge mine.',
      'Four years later, 29 men died in a coal dust explosion at another mine.',
    ]);
    expect(f.map((x) => [x.low, x.asOf?.slice(0, 4), x.history])).toEqual([
      [12, '2006', true],
      [29, '2010', true],
    ]);
  });
});

describe('a finished war', () => {
  it('reads a war told in the simple past as history, a war told by its running toll as now', () => {
    const [old] = figures('2015-05-18', [
      'It was a mistake to compare a war that killed 4,000 American soldiers to a boxing match.',
    ]);
    expect(old).toMatchObject({ metric: 'killed', low: 4000, history: true });
    const [running] = figures('2015-05-18', [
      'It was a mistake to compare a war that has killed 4,000 American soldiers to a boxing match.',
    ]);
    expect(running).toMatchObject({ metric: 'killed', low: 4000, history: false, asOf: '2015-05-18' });
  });
});

describe('a quotation spoken by someone the article named before', () => {
  it('reads "the president told reporters" as the president the article named', () => {
    const f = figures(
      '2019-09-09',
      ['President Dana Marsh said Monday that the peace talks were dead.'],
      [
        '“It was my idea,” the president told reporters.',
        '“When I heard that they killed 12 of our soldiers, there was no way I was meeting.”',
      ],
    );
    expect(f.map((x) => [x.low, x.estimator])).toEqual([[12, 'Dana Marsh']]);
  });

  it('reads "said an indignant Ms. X" as the person named in full before', () => {
    const f = figures(
      '2015-10-05',
      ['Former Secretary of State Jane Alden Harlow will testify before the committee this month.'],
      [
        '“I would never have done that,” said an indignant Ms. Harlow.',
        '“Look at what they chose to exploit: the deaths of four Americans in the raid.”',
      ],
    );
    expect(f.map((x) => [x.low, x.estimator])).toEqual([[4, 'Jane Alden Harlow']]);
  });

  it('leaves a quotation of an unnamed speaker without a source', () => {
    const f = figures(
      '2019-09-09',
      ['Fire crews worked through the night.'],
      ['“I saw it all. Twelve people died in that fire,” a neighbour told reporters.'],
    );
    expect(f.map((x) => [x.low, x.estimator])).toEqual([[12, null]]);
  });
});

describe('one toll, one day', () => {
  const lead = 'The Sept. 11 attack on the mission in Port Alder killed four Americans, including the envoy.';
  const between = [
    ['Lawmakers pressed the department for its cables.'],
    ['The department said it would answer in writing.'],
    ['A hearing is set for next month.'],
  ];
  it('dates a toll told again without a date where the article dated it', () => {
    const f = figures('2012-10-15', [lead], ...between, ['The envoy and three other Americans were killed.']);
    expect(f.map((x) => [x.low, x.asOf?.slice(0, 7)])).toEqual([
      [4, '2012-09'],
      [4, '2012-09'],
    ]);
  });

  it('leaves a toll of another size at the article', () => {
    const f = figures('2012-10-15', [lead], ...between, ['Five protesters were killed.']);
    expect(f.find((x) => x.low === 5)?.asOf).toBe('2012-10-15');
  });
});
