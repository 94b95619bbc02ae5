// The per-article part of extraction: each article's quotations (with its own alias table) and its figures.
// It is independent between articles, so a large corpus runs it in worker threads; the corpus-wide part
// (merging people and quotations across articles, one row per estimate) stays in coverage.ts's books.
import type { Article } from '../corpus/schema';
import { quotesOf, type ArticleQuotes } from '../extract/quote-attribute';
import { extractFigures, type Figure } from '../extract/figures';
import { runInWorkers, defaultThreads } from '../util/pool';
import { reason } from '../util/reason';

export interface Prepared {
  quotes: ArticleQuotes;
  figures: Figure[];
  /** What could not be read in this article, for the load warnings. */
  problems: string[];
}

/** One article's extraction. A failure costs that article's quotations or figures, never the corpus. */
export function prepareOne(article: Article): Prepared {
  const problems: string[] = [];
  let quotes: ArticleQuotes = { quotes: [], people: [] };
  let figures: Figure[] = [];
  try {
    // (read once: a toll inside a quotation asks for the same quotations below)
    quotes = quotesOf(article.paragraphs);
  } catch (err) {
    problems.push(`quotations not read (${reason(err)})`);
  }
  try {
    figures = extractFigures(article);
  } catch (err) {
    problems.push(`figures not read (${reason(err)})`);
  }
  return { quotes, figures, problems };
}

/** Below this many articles, workers cost more than they save. */
export const PARALLEL_THRESHOLD = 300;

export async function prepareAll(
  articles: Article[],
  threads = defaultThreads(),
  onProgress?: (done: number, total: number) => void,
): Promise<Prepared[]> {
  if (articles.length < PARALLEL_THRESHOLD || threads < 2) return articles.map(prepareOne);
  try {
    return await runInWorkers<Article, Prepared>(new URL('./prepare-task.ts', import.meta.url), articles, {
      threads,
      chunk: 100,
      onProgress,
    });
  } catch {
    return articles.map(prepareOne);
  }
}
