// Quotations grouped again only where a change reaches (quote.ts, groupRun): many articles repeating, cutting and
// rewording a few statements, by namesakes, bare surnames and descriptions, so that groups meet through their rarest
// words and a change moves which words are rarest. After every addition, change and removal the updated answers
// must be what a build of the whole corpus gives.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../src/corpus/article';
import type { Article, Corpus } from '../src/corpus/schema';
import { assembleCoverage, buildCoverage, deriveAll, deriveNext, type Coverage } from '../src/answers/coverage';
import { prepareOne, type Prepared } from '../src/answers/prepare';
import { groupingStats } from '../src/answers/quote';
import { rng } from '../src/util/rng';
import { randomChange } from './helpers/changes';

// Made-up statements of the kind officials give reporters; several share words, so near ones meet.
const STATEMENTS = [
  'We will not accept any deal that leaves our farmers without a fair price for their crops',
  'The new bridge will open to traffic next spring once the final safety checks are done',
  'Our teams are working around the clock to restore power to every home in the valley',
  'We have asked the council to review the budget before any school is closed this year',
  'The river is still rising and families near the banks should leave their homes tonight',
  'Nobody in this department was told about the contract until the papers were signed',
  'We will keep the clinic open for as long as the town needs it and the staff agree',
  'The talks with the union went well and we expect a fair deal for workers by Friday',
];
const SPEAKERS = [
  (s: string) => `"${s}," said Maria Lopez, the mayor.`,
  (s: string) => `"${s}," Daniel Lopez, a council member, told reporters.`,
  (s: string) => `"${s}," Lopez said.`,
  (s: string) => `Ann Carter, the county engineer, said: "${s}."`,
  (s: string) => `"${s}," a spokesman for the agency said.`,
  (s: string) => `"${s}," Carter added.`,
];
const SWAPS = ['quickly', 'tomorrow', 'everyone', 'again', 'soon'];
// Words for statements said once, which most quotations of a corpus are.
const WORDS = (
  'road market harbour winter garden station library hospital budget election police station museum ferry ' +
  'tunnel orchard factory airport stadium prison village bakery forest canal highway college theatre ' +
  'quarry mill tower beach island valley meadow'
).split(' ');

function once(rand: () => number): string {
  const pick = () => WORDS[Math.floor(rand() * WORDS.length)];
  return `The ${pick()} and the ${pick()} matter more to us than the ${pick()} or the ${pick()} ever did`;
}

function variant(rand: () => number): string {
  const words = STATEMENTS[Math.floor(rand() * STATEMENTS.length)].split(' ');
  const how = rand();
  if (how < 0.3) return words.slice(0, 6 + Math.floor(rand() * (words.length - 6))).join(' ');
  if (how < 0.55) {
    const at = Math.floor(rand() * words.length);
    words[at] = SWAPS[Math.floor(rand() * SWAPS.length)];
  }
  return words.join(' ');
}

function madeUp(id: string, rand: () => number): Article {
  const paragraphs = ['Officials spoke to reporters on Tuesday about the week ahead in the county.'];
  const n = 1 + Math.floor(rand() * 4);
  for (let i = 0; i < n; i++)
    paragraphs.push(SPEAKERS[Math.floor(rand() * SPEAKERS.length)](rand() < 0.5 ? variant(rand) : once(rand)));
  const day = rand() < 0.15 ? null : `2014-05-${String(10 + Math.floor(rand() * 15))}`;
  return buildArticle({
    id,
    file: `${id}.txt`,
    format: 'txt',
    text: `County officials speak on the week ahead\n\n${paragraphs.join('\n\n')}\n`,
    manifest: { file: `${id}.txt`, ...(day ? { published: day } : {}), outlet: `Outlet ${Math.floor(rand() * 4)}` },
  });
}

function answers(c: Coverage) {
  return {
    export: c.export(),
    speakers: c.speakers(''),
    quote: ['Lopez', 'Maria Lopez', 'Carter', 'bridge', 'power valley', 'fair deal', 'clinic open'].map((q) =>
      c.quote(q),
    ),
  };
}

describe('quotations grouped again only where a change reaches', () => {
  it('answers as a whole build does, after every addition, change and removal', async () => {
    const rand = rng(13);
    const prepared = new Map<Article, Prepared>();
    const prep = (a: Article) => prepared.get(a) ?? prepared.set(a, prepareOne(a)).get(a)!;
    const corpusOf = (articles: Article[]): Corpus => ({ dir: 'made-up', articles, warnings: [] });
    let next = 0;
    let articles = Array.from({ length: 30 }, () => madeUp(`a${next++}`, rand));
    let derived = deriveAll(corpusOf(articles), articles.map(prep));
    let decided = 0;
    let placed = 0;
    for (let step = 0; step < 20; step++) {
      const { removed, added, now } = randomChange(articles, rand, (id) => madeUp(id ?? `a${next++}`, rand), 3);
      derived = await deriveNext({ articles, derived }, corpusOf(now), now.map(prep), { removed, added });
      decided += groupingStats.decided;
      placed += groupingStats.items;
      articles = now;
      const whole = buildCoverage(corpusOf(articles.map((a) => ({ ...a }))));
      expect(answers(assembleCoverage(corpusOf(articles), derived))).toEqual(answers(whole));
    }
    // What was compared holds what an update can get wrong: one statement carried by several articles, and people.
    const last = answers(assembleCoverage(corpusOf(articles), derived));
    expect(last.export.quotes.some((q) => q.articles.length > 2)).toBe(true);
    expect(last.speakers.length).toBeGreaterThanOrEqual(3);
    // And the updates did not simply walk everything again.
    expect(decided).toBeLessThan(placed);
  }, 300_000);
});
