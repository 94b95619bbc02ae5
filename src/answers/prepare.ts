// The per-article part of extraction: each article's quotations (with its own alias table) and its figures.
// It is independent between articles, so a large corpus runs it in worker threads; the corpus-wide part
// (merging people and quotations across articles, one row per estimate) stays in coverage.ts's books.
import type { Article } from '../corpus/schema';
import { quotesOf, type ArticleQuotes } from '../extract/quote-attribute';
import { extractFigures, type Figure } from '../extract/figures';
import { runInWorkers, defaultThreads, PoolError, budgetSeconds, itemBudget, tookTooLong } from '../util/pool';
import { withinBudget } from '../util/in-budget';
import { buildOne, WARM_PAGE } from '../corpus/parallel';
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

/** An article's time budget (`seconds`: the floor, see pool.ts's itemBudget), by the length of its text. */
function articleBudget(article: Article, seconds: number): number {
  return itemBudget(
    article.paragraphs.reduce((n, p) => n + p.length, 0),
    seconds,
  );
}

/** One article's extraction in this thread, stopped at its time budget and then named, as in a worker. */
export function prepareInPlace(article: Article, seconds = budgetSeconds()): Prepared {
  const ms = articleBudget(article, seconds);
  if (ms > 0) warmUp();
  return withinBudget(() => prepareOne(article), ms) ?? lostInWorker(article, tookTooLong(ms));
}

/** The extraction's resources read once, whole, before an article is extracted under a budget (see WARM_PAGE). */
let warmed = false;
function warmUp(): void {
  if (warmed) return;
  warmed = true;
  const built = buildOne(WARM_PAGE);
  if ('article' in built) prepareOne(built.article);
}

/** Below this many articles, workers cost more than they save. */
export const PARALLEL_THRESHOLD = 300;

/** An article whose extraction ended the worker running it: named, with nothing read, the others unharmed. */
export function lostInWorker(_article: Article, why: string): Prepared {
  return { quotes: { quotes: [], people: [] }, figures: [], problems: [`quotations and figures not read (${why})`] };
}

/**
 * Every article's extraction, in worker threads for a large corpus (`threads`: by default EXTRACT_WORKERS, see
 * pool.ts; below 2, in this thread). `from`: the fewest articles worth starting workers for; `task`: the module
 * the workers run (a test gives one that fails on purpose); `seconds`: the floor of each article's time budget, by
 * default EXTRACT_ITEM_SECONDS, 0 for none.
 */
export async function prepareAll(
  articles: Article[],
  threads = defaultThreads(),
  onProgress?: (done: number, total: number) => void,
  {
    from = PARALLEL_THRESHOLD,
    task = new URL('./prepare-task.ts', import.meta.url),
    seconds = budgetSeconds(),
  }: { from?: number; task?: URL; seconds?: number } = {},
): Promise<Prepared[]> {
  if (articles.length < from || threads < 2) return articles.map((a) => prepareInPlace(a, seconds));
  let done: (Prepared | undefined)[];
  try {
    return await runInWorkers<Article, Prepared>(task, articles, {
      threads,
      chunk: 100,
      onProgress,
      onLost: lostInWorker,
      budget: (article) => articleBudget(article, seconds),
    });
  } catch (err) {
    // Workers unavailable (a sandbox without threads, a loader that cannot start them): what they finished is
    // kept, the rest is extracted here.
    done = err instanceof PoolError ? (err.partial as (Prepared | undefined)[]) : [];
  }
  return articles.map((a, i) => done[i] ?? prepareInPlace(a, seconds));
}
