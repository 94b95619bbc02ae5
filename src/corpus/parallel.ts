// Building articles (clean, segment, infer) on every core. Each page is independent, so a large corpus is cut
// into chunks that worker threads build while the main thread waits; a small one is built in place, where
// starting workers would cost more than it saves.
import { buildArticle, type PageInput } from './article';
import type { Article } from './schema';
import { runInWorkers, defaultThreads, PoolError, budgetSeconds, itemBudget, tookTooLong } from '../util/pool';
import { withinBudget } from '../util/in-budget';
import { reason } from '../util/reason';

export type Built = { article: Article } | { error: string };

/** Below this many pages, workers are not worth their start-up (about a third of a second each). */
export const PARALLEL_THRESHOLD = 400;

export function buildOne(input: PageInput): Built {
  try {
    return { article: buildArticle(input) };
  } catch (err) {
    return { error: reason(err) };
  }
}

/**
 * A page read once, without a budget, before the first page read in place under one: the resources read on first
 * use (the tagger's model, WordNet's index) are loaded here, whole, and never stopped half-filled by a page's budget
 * running out (and a page is not charged for them).
 */
export const WARM_PAGE: PageInput = {
  id: 'warm-up',
  file: 'warm-up.txt',
  format: 'txt',
  text: 'Storm Kills Three\n\nThe storm killed three people on Monday, officials said. "We are still counting," Governor Ann Reyes told reporters.',
};
let warmed = false;
export function warmUp(): void {
  if (warmed) return;
  warmed = true;
  buildOne(WARM_PAGE);
}

/**
 * Builds a page in this thread, stopped at its time budget (`seconds`: the floor, see pool.ts's itemBudget): a page
 * that sends a pattern into a loop is skipped and named rather than holding the start for good.
 */
export function buildInPlace(input: PageInput, seconds = budgetSeconds()): Built {
  const ms = itemBudget(input.text?.length ?? 0, seconds);
  if (ms > 0) warmUp();
  return withinBudget(() => buildOne(input), ms) ?? { error: tookTooLong(ms) };
}

/** The worker's side (see build-task.ts): the article without its sentences' texts. */
export function buildForTransfer(input: PageInput): Built {
  const b = buildOne(input);
  return 'article' in b ? { article: withoutSentenceTexts(b.article) } : b;
}

/**
 * Builds every page, in workers for a large corpus (`threads`: by default EXTRACT_WORKERS, see pool.ts; `from`:
 * the fewest pages worth starting them for; `task`: the module they run, which a test replaces; `seconds`: the
 * floor of each page's time budget, by default EXTRACT_ITEM_SECONDS, 0 for none). It takes the
 * array over: each page's raw text is let go once its article is back, so the raw corpus and the built one are
 * never both whole in memory.
 */
export async function buildArticles(
  inputs: PageInput[],
  threads = defaultThreads(),
  onProgress?: (done: number, total: number) => void,
  {
    from = PARALLEL_THRESHOLD,
    task = new URL('./build-task.ts', import.meta.url),
    seconds = budgetSeconds(),
  }: { from?: number; task?: URL; seconds?: number } = {},
): Promise<Built[]> {
  if (inputs.length < from || threads < 2) return inputs.map((input) => buildInPlace(input, seconds));
  let built: (Built | undefined)[];
  try {
    built = await runInWorkers<PageInput, Built>(task, inputs, {
      threads,
      release: true,
      onProgress,
      // A page that ends the worker reading it is skipped and named (never read again here, where it could end
      // the bot); the other pages load.
      onLost: (_page, why) => ({ error: why }),
      budget: (page) => itemBudget(page.text?.length ?? 0, seconds),
    });
  } catch (err) {
    // Workers unavailable or lost (a sandbox without threads, a loader that cannot start them): what they
    // finished is kept, the rest is built in place.
    built = err instanceof PoolError ? (err.partial as (Built | undefined)[]) : [];
  }
  return inputs.map((input, i) => {
    const b = built[i];
    if (b === undefined) return buildInPlace(input, seconds);
    return 'article' in b ? { article: withSentenceTexts(b.article) } : b;
  });
}

/**
 * A sentence's text is a slice of its paragraph, which V8 stores as a pointer into the paragraph; a copy sent
 * between threads would be a full copy of every sentence, doubling the corpus in memory. So workers send the
 * sentences without text and it is sliced again here.
 */
export function withoutSentenceTexts(article: Article): Article {
  return { ...article, sentences: article.sentences.map((s) => ({ ...s, text: '' })) };
}

export function withSentenceTexts(article: Article): Article {
  for (const s of article.sentences) s.text = article.paragraphs[s.paragraph].slice(s.start, s.end);
  return article;
}
