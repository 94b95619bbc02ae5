// The answering layer: everything the bot knows about one corpus, built once at start, as plain data.
// Transports (CLI, gateway bot, HTTP endpoint) call these methods and hand the result to a renderer.
import type { Corpus } from '../corpus/schema';
import type { ArticlesAnswer, QuoteAnswer, SourcesAnswer, SpeakerSummary, TollAnswer } from './types';
import { answerArticles } from './articles';
import { buildQuoteBook, answerQuote, listSpeakers, exportQuotes, type QuoteBook } from './quote';
import { buildTollBook, answerToll, exportEstimates, type TollBook, type TollOptions } from './toll';
import {
  buildSourcesBook,
  answerSources,
  countArticle,
  countWords,
  type SourcesBook,
  type WordCounts,
} from './sources';
import { buildSearchIndex, SearchView, type SearchIndex } from './search';
import { prepareAll, prepareOne, type Prepared } from './prepare';
import { articleCredits, type Credits, type Families } from '../extract/provenance';
import { buildFamilies, nextFamilies } from './families';
import type { Article } from '../corpus/schema';

export interface QuoteOptions {
  outlet?: string;
  words?: string;
  limit?: number;
}
export type { TollOptions };

export interface Coverage {
  corpus: Corpus;
  search: SearchIndex;
  articles(): ArticlesAnswer;
  quote(query: string, options?: QuoteOptions): QuoteAnswer;
  speakers(prefix?: string): SpeakerSummary[];
  toll(options?: TollOptions): TollAnswer;
  sources(claim: string): SourcesAnswer;
  export(): { articles: ArticlesAnswer['articles']; quotes: QuoteAnswer['quotes']; estimates: TollAnswer['estimates'] };
  /** What the answers are made from: saved beside the corpus, and updated article by article while it runs. */
  derived: Derived;
}

/** Everything the answers build across articles. */
export interface Derived {
  search: SearchIndex;
  /** Word counts /sources weighs a claim's words by. */
  counts: WordCounts;
  families: Families;
  /** Wire and photo credits of every article, which /articles lists (made at build, not by the first /articles). */
  credits: Map<string, Credits>;
  quote: QuoteBook;
  toll: TollBook;
}

/** How long each part of the derived state took (ms), for the bench and the start-up log. */
export type PartTimes = Partial<Record<keyof Derived, number>>;

function timer(times: PartTimes | undefined) {
  let t = performance.now();
  return (part: keyof Derived) => {
    const now = performance.now();
    if (times) times[part] = Math.round(now - t);
    t = now;
  };
}

/** The loaded corpus with the articles whose extraction failed named in its warnings. */
export function withProblems(loaded: Corpus, prepared: Prepared[]): Corpus {
  const problems = prepared.flatMap((p, i) =>
    p.problems.map((message) => ({ file: loaded.articles[i].file, message })),
  );
  return problems.length ? { ...loaded, warnings: [...loaded.warnings, ...problems] } : loaded;
}

/** Builds every cross-article part from the corpus and its per-article extraction. */
export function deriveAll(corpus: Corpus, prepared: Prepared[], times?: PartTimes): Derived {
  const lap = timer(times);
  const search = buildSearchIndex(corpus.articles);
  lap('search');
  const counts = countWords(corpus.articles);
  lap('counts');
  const families = buildFamilies(corpus.articles);
  lap('families');
  const credits = new Map(corpus.articles.map((a) => [a.id, articleCredits(a)]));
  lap('credits');
  return { search, counts, families, credits, ...books(corpus, prepared, families, lap) };
}

/**
 * The cross-article parts one at a time, each made when asked (the families once, which the quotation book reads):
 * for a whole build that writes each part as it is made and lets it go (derived-state.ts, `writeDerived`), rather
 * than holding them all at once, as `deriveAll` does, beside the articles and their extraction.
 */
export function derivedParts(
  corpus: Corpus,
  prepared: Prepared[],
  times?: PartTimes,
): { [K in keyof Derived]: () => Derived[K] } {
  const time = <T>(part: keyof Derived, make: () => T): T => {
    const t = performance.now();
    const made = make();
    if (times) times[part] = Math.round(performance.now() - t);
    return made;
  };
  let families: Families | null = null;
  const familiesNow = () => (families ??= time('families', () => buildFamilies(corpus.articles)));
  return {
    search: () => time('search', () => buildSearchIndex(corpus.articles)),
    counts: () => time('counts', () => countWords(corpus.articles)),
    families: familiesNow,
    credits: () => time('credits', () => new Map(corpus.articles.map((a) => [a.id, articleCredits(a)]))),
    quote: () => {
      const memberOf = familiesNow().memberOf;
      return time('quote', () =>
        buildQuoteBook(
          corpus,
          prepared.map((p) => p.quotes),
          (id) => memberOf.get(id)?.original ?? null,
        ),
      );
    },
    toll: () =>
      time('toll', () =>
        buildTollBook(
          corpus,
          prepared.map((p) => p.figures),
        ),
      ),
  };
}

function books(
  corpus: Corpus,
  prepared: Prepared[],
  families: Families,
  lap: (part: keyof Derived) => void,
  previous?: QuoteBook,
): { quote: QuoteBook; toll: TollBook } {
  const quote = buildQuoteBook(
    corpus,
    prepared.map((p) => p.quotes),
    (id) => families.memberOf.get(id)?.original ?? null,
    previous,
  );
  lap('quote');
  const toll = buildTollBook(
    corpus,
    prepared.map((p) => p.figures),
  );
  lap('toll');
  return { quote, toll };
}

/** What changed between two states of the corpus: ids removed or changed, and the articles added or changed. */
export interface Change {
  removed: string[];
  added: Article[];
}

/**
 * The next state's derived parts from the previous state's, for a small change (the previous state is left as it
 * was, and answers on it go on between the parts): the search index takes the added
 * articles in and drops the removed ones in place (each state keeping its own view, see search.ts), the word counts
 * are updated article by article on a copy, and what merges across every article (copy families, people and
 * quotations, estimates) is merged again from the saved per-article extraction.
 */
export async function deriveNext(
  previous: { articles: Article[]; derived: Derived },
  corpus: Corpus,
  prepared: Prepared[],
  change: Change,
  times?: PartTimes,
): Promise<Derived> {
  // Each part is handed back to the event loop when done, so answers on the current state go on between them.
  const clock = timer(times);
  const lap = async (part: keyof Derived) => {
    clock(part);
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  const before = previous.derived;
  const removed = new Set(change.removed);
  const search =
    before.search instanceof SearchView
      ? before.search.shared.next(before.search, removed, change.added, corpus.articles)
      : buildSearchIndex(corpus.articles);
  await lap('search');
  // A copy: the previous state's answers keep weighing by their own counts.
  const counts: WordCounts = {
    df: new Map(before.counts.df),
    caps: new Map(before.counts.caps),
    lows: new Map(before.counts.lows),
    n: before.counts.n,
    sampled: new Set(before.counts.sampled),
  };
  for (const a of previous.articles) if (removed.has(a.id) && counts.sampled.has(a.id)) countArticle(counts, a, -1);
  // An article taken in while running is always counted: the sample grows with the corpus.
  for (const a of change.added) countArticle(counts, a, 1);
  await lap('counts');
  // Only the families the change touches are made again (families.ts).
  const families = nextFamilies(before.families, corpus.articles, change.removed, change.added);
  await lap('families');
  const credits = new Map(before.credits);
  for (const id of removed) credits.delete(id);
  for (const a of change.added) credits.set(a.id, articleCredits(a));
  await lap('credits');
  // The quotation and speaker indexes are updated for what changed (quote.ts), the rest merged again.
  return { search, counts, families, credits, ...books(corpus, prepared, families, clock, before.quote) };
}

/**
 * Builds everything from a loaded corpus. `prepared` is the per-article extraction when it already ran elsewhere
 * (prepareCoverage runs it in worker threads for a large corpus); otherwise it runs here. An article whose
 * extraction failed is named in the warnings and the rest is answered.
 */
export function buildCoverage(
  loaded: Corpus,
  prepared: Prepared[] = loaded.articles.map(prepareOne),
  added?: ReadonlyMap<string, string>,
): Coverage {
  const corpus = withProblems(loaded, prepared);
  return assembleCoverage(corpus, deriveAll(corpus, prepared), added);
}

/** The answers of a corpus from its derived parts (built, read back from the saved state, or updated). */
export function assembleCoverage(corpus: Corpus, derived: Derived, added?: ReadonlyMap<string, string>): Coverage {
  // Every part read from `derived` when an answer first needs it, not here: a state read back from the saved state
  // decodes each part on first use (derived-state.ts), and a restart answers before it has decoded them all.
  const sourcesBook: SourcesBook = buildSourcesBook(corpus, () => derived.search, derived);
  // /articles lists every article of this state, which does not change: made once, at the first ask (the bot's warm-up),
  // not at every one (37,554 scale articles: 32 ms a listing, 65 ms at p99).
  let listing: ArticlesAnswer | null = null;
  const articles = () => (listing ??= answerArticles(corpus, sourcesBook, added));
  return {
    corpus,
    get search() {
      return derived.search;
    },
    derived,
    articles,
    quote: (query, options = {}) => answerQuote(derived.quote, query, options),
    speakers: (prefix) => listSpeakers(derived.quote, prefix),
    toll: (options = {}) => answerToll(derived.toll, options),
    sources: (claim) => answerSources(sourcesBook, claim),
    export: () => ({
      articles: articles().articles,
      quotes: exportQuotes(derived.quote),
      estimates: exportEstimates(derived.toll),
    }),
  };
}

/** buildCoverage, with the per-article extraction on every core when the corpus is large: what a start uses. */
export async function prepareCoverage(corpus: Corpus): Promise<Coverage> {
  return buildCoverage(corpus, await prepareAll(corpus.articles));
}
