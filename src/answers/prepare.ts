// The per-article part of extraction: each article's quotations (with its own alias table) and its figures.
// It is independent between articles, so a large corpus runs it in worker threads; the corpus-wide part
// (merging people and quotations across articles, one row per estimate) stays in coverage.ts's books.
import type { Article } from '../corpus/schema';
import { attributeQuotes, type ArticleQuotes } from '../extract/quote-attribute';
import { extractFigures, type Figure } from '../extract/figures';
import { runInWorkers, defaultThreads } from '../util/pool';

export interface Prepared {
  quotes: ArticleQuotes;
  figures: Figure[];
}

const EMPTY: Prepared = { quotes: { quotes: [], people: [] }, figures: [] };

/** One article's extraction. A failure costs that article's quotations or figures, never the corpus. */
export function prepareOne(article: Article): Prepared {
  let quotes = EMPTY.quotes;
  let figures = EMPTY.figures;
  try { quotes = attributeQuotes(article.paragraphs); } catch { /* reported as no quotations for this article */ }
  try { figures = extractFigures(article); } catch { /* no figures for this article */ }
  return { quotes, figures };
}

/** Below this many articles, workers cost more than they save. */
export const PARALLEL_THRESHOLD = 300;

export async function prepareAll(articles: Article[], threads = defaultThreads()): Promise<Prepared[]> {
  if (articles.length < PARALLEL_THRESHOLD || threads < 2) return articles.map(prepareOne);
  try {
    return await runInWorkers<Article, Prepared>(new URL('./prepare-task.ts', import.meta.url), articles, { threads, chunk: 100 });
  } catch {
    return articles.map(prepareOne);
  }
}
