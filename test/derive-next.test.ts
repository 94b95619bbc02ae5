// An update taken in while the bot runs (deriveNext: the search index and word counts updated in place, the copy
// families article by article, people and quotations merged again from the kept per-article extraction) answers as
// a build of the whole corpus does, after any sequence of additions, changes and removals.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../src/corpus/article';
import type { Article, Corpus } from '../src/corpus/schema';
import { assembleCoverage, buildCoverage, deriveAll, deriveNext, type Coverage } from '../src/answers/coverage';
import { prepareOne, type Prepared } from '../src/answers/prepare';
import { rng } from '../src/util/rng';
import { randomChange } from './helpers/changes';

const DATA = join(import.meta.dirname, '../data');
const seeds = readdirSync(DATA)
  .filter((f) => /\.(?:txt|md)$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(join(DATA, f), 'utf8') }));

/** A made-up article: a seed story reprinted, cut short, or with a quotation of its own by a namesake or a surname. */
function madeUp(id: string, rand: () => number): Article {
  const seed = seeds[Math.floor(rand() * seeds.length)];
  const day = String(10 + Math.floor(rand() * 12));
  let text = seed.text;
  const how = rand();
  if (how < 0.3)
    text = text
      .split(/\n\s*\n/)
      .slice(0, 4)
      .join('\n\n');
  else if (how < 0.6)
    text += `\n\n"We will not change our position on the contracts this year," Lavrov told reporters on day ${day}.\n`;
  else if (how < 0.8)
    text += `\n\n"The talks in ${id} will go on as long as they must," said Maria Lavrova, a spokeswoman for the ministry.\n`;
  return buildArticle({
    id,
    file: `${id}.txt`,
    format: seed.name.endsWith('.md') ? 'md' : 'txt',
    text,
    manifest: { file: `${id}.txt`, published: `2012-03-${day}`, outlet: `Outlet ${Math.floor(rand() * 3)}` },
  });
}

/** What /quote is asked: people, words (exact, a prefix, a misspelling, either word), with outlet and words filters. */
const QUOTE_ASKED = [
  'Lavrov',
  'Maria Lavrova',
  'Antonov',
  'contracts',
  'talks will go on',
  'position this year',
  'weapons',
  'contrcts',
  'Syria arms',
  'ministry spokeswoman',
];

function answers(c: Coverage) {
  return {
    export: c.export(),
    speakers: c.speakers(''),
    families: c.articles().families,
    quote: QUOTE_ASKED.map((q) => c.quote(q)),
    filtered: c.quote('Lavrov', { outlet: 'Outlet 1', limit: 3 }),
    toll: [c.toll(), c.toll({ from: '2012-03-12' }), c.toll({ to: '2012-03-15' })],
  };
}

describe('an update in place', () => {
  it('answers as a whole build does, after every addition, change and removal', async () => {
    const rand = rng(5);
    const start = seeds.map((s) =>
      buildArticle({
        id: s.name.replace(/\.\w+$/, ''),
        file: s.name,
        format: s.name.endsWith('.md') ? 'md' : 'txt',
        text: s.text,
      }),
    );
    // Each article's extraction is made once and kept, as the live corpus keeps it across updates.
    const prepared = new Map<Article, Prepared>();
    const prep = (a: Article) => prepared.get(a) ?? prepared.set(a, prepareOne(a)).get(a)!;
    const corpusOf = (articles: Article[]): Corpus => ({ dir: 'made-up', articles, warnings: [] });
    let articles = start;
    let derived = deriveAll(corpusOf(articles), articles.map(prep));
    let next = 0;
    for (let step = 0; step < 12; step++) {
      const { removed, added, now } = randomChange(articles, rand, (id) => madeUp(id ?? `made-${next++}`, rand), 2);
      const earlier = assembleCoverage(corpusOf(articles), derived);
      const asked = answers(earlier);
      derived = await deriveNext({ articles, derived }, corpusOf(now), now.map(prep), { removed, added });
      const previous = articles;
      articles = now;
      // The whole build reads every article afresh.
      const whole = buildCoverage(corpusOf(articles.map((a) => ({ ...a }))));
      const updated = assembleCoverage(corpusOf(articles), derived);
      expect(answers(updated)).toEqual(answers(whole));
      // The index shared by the states holds the updated state's quotations and speakers, none left behind.
      const book = derived.quote;
      expect(book.quoteIndex.documentCount).toBe(book.quotes.length + book.scare.length);
      expect(book.speakerIndex.documentCount).toBe(book.speakers.filter((sp) => sp.count > 0).length);
      // The state before the update answers as it did (an answer in flight finishes on its own state).
      expect(answers(earlier)).toEqual(asked);
      expect(previous).not.toBe(articles);
    }
    // What was compared holds what an update can get wrong: copies, and quotations merged across articles.
    const last = answers(assembleCoverage(corpusOf(articles), derived));
    expect(articles.length).toBeGreaterThan(seeds.length);
    expect(last.families?.length).toBeGreaterThan(0);
    expect(last.quote[0].total).toBeGreaterThan(0);
    // Words as well as people: most of what /quote was asked finds quotations.
    expect(last.quote.filter((q) => q.total > 0 && !q.person).length).toBeGreaterThanOrEqual(4);
    expect(last.toll[0].estimates.length).toBeGreaterThan(0);
    expect(last.export.quotes.some((q) => q.articles.length > 1)).toBe(true);
  }, 300_000);
});
