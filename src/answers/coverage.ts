// The answering layer: everything the bot knows about one corpus, built once at start, as plain data.
// Transports (CLI, gateway bot, HTTP endpoint) call these methods and hand the result to a renderer.
import type { Corpus } from '../corpus/schema';
import type { ArticlesAnswer, Metric, QuoteAnswer, SourcesAnswer, SpeakerSummary, TollAnswer } from './types';
import { answerArticles } from './articles';
import { buildQuoteBook, answerQuote, listSpeakers, exportQuotes, type QuoteBook } from './quote';
import { buildTollBook, answerToll, exportEstimates, type TollBook } from './toll';
import { buildSourcesBook, answerSources, type SourcesBook } from './sources';
import { buildSearchIndex, type SearchIndex } from './search';
import { prepareAll, prepareOne, type Prepared } from './prepare';

export interface QuoteOptions {
  outlet?: string;
  words?: string;
  limit?: number;
}
export interface TollOptions {
  metric?: Metric;
  from?: string;
  to?: string;
  estimator?: string;
}

export interface Coverage {
  corpus: Corpus;
  search: SearchIndex;
  articles(): ArticlesAnswer;
  quote(query: string, options?: QuoteOptions): QuoteAnswer;
  speakers(prefix?: string): SpeakerSummary[];
  toll(options?: TollOptions): TollAnswer;
  sources(claim: string): SourcesAnswer;
  export(): { articles: ArticlesAnswer['articles']; quotes: QuoteAnswer['quotes']; estimates: TollAnswer['estimates'] };
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
  const problems = prepared.flatMap((p, i) =>
    p.problems.map((message) => ({ file: loaded.articles[i].file, message })),
  );
  const corpus: Corpus = problems.length ? { ...loaded, warnings: [...loaded.warnings, ...problems] } : loaded;
  const search = buildSearchIndex(corpus.articles);
  const sourcesBook: SourcesBook = buildSourcesBook(corpus, search);
  const quoteBook: QuoteBook = buildQuoteBook(
    corpus,
    prepared.map((p) => p.quotes),
    (id) => sourcesBook.familiesIfBuilt()?.memberOf.get(id)?.original ?? null,
  );
  const tollBook: TollBook = buildTollBook(
    corpus,
    prepared.map((p) => p.figures),
  );
  return {
    corpus,
    search,
    articles: () => answerArticles(corpus, sourcesBook, added),
    quote: (query, options = {}) => answerQuote(quoteBook, query, options),
    speakers: (prefix) => listSpeakers(quoteBook, prefix),
    toll: (options = {}) => answerToll(tollBook, options),
    sources: (claim) => answerSources(sourcesBook, claim),
    export: () => ({
      articles: answerArticles(corpus, sourcesBook, added).articles,
      quotes: exportQuotes(quoteBook),
      estimates: exportEstimates(tollBook),
    }),
  };
}

/** buildCoverage, with the per-article extraction on every core when the corpus is large: what a start uses. */
export async function prepareCoverage(corpus: Corpus): Promise<Coverage> {
  return buildCoverage(corpus, await prepareAll(corpus.articles));
}
