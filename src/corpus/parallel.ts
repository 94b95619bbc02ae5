// Building articles (clean, segment, infer) on every core. Each page is independent, so a large corpus is cut
// into chunks that worker threads build while the main thread waits; a small one is built in place, where
// starting workers would cost more than it saves.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { buildArticle, type PageInput } from './article';
import type { Article } from './schema';

export type Built = { article: Article } | { error: string };

/** Below this many pages, workers are not worth their start-up (about a third of a second each). */
export const PARALLEL_THRESHOLD = 400;
const CHUNK = 250;

export function buildOne(input: PageInput): Built {
  try {
    return { article: buildArticle(input) };
  } catch (err) {
    return { error: err instanceof Error ? err.message.split('\n')[0] : String(err) };
  }
}

export async function buildArticles(inputs: PageInput[], threads = Math.min(4, availableParallelism())): Promise<Built[]> {
  if (inputs.length < PARALLEL_THRESHOLD || threads < 2) return inputs.map(buildOne);
  try {
    return await inWorkers(inputs, threads);
  } catch {
    // Workers unavailable (a sandbox without threads, a loader that cannot start them): build in place.
    return inputs.map(buildOne);
  }
}

function inWorkers(inputs: PageInput[], threads: number): Promise<Built[]> {
  const results: Built[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    const finish = (err?: Error) => {
      for (const w of workers) void w.terminate();
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (next >= inputs.length) return;
      const start = next;
      next = Math.min(inputs.length, next + CHUNK);
      w.postMessage({ start, inputs: inputs.slice(start, next) });
    };
    for (let t = 0; t < threads; t++) {
      const w = new Worker(new URL('./worker.mjs', import.meta.url));
      workers.push(w);
      w.on('message', (msg: { start: number; built: Built[] }) => {
        msg.built.forEach((b, k) => { results[msg.start + k] = 'article' in b ? { article: withSentenceTexts(b.article) } : b; });
        done += msg.built.length;
        if (done === inputs.length) finish();
        else feed(w);
      });
      w.on('error', (err) => finish(err));
      feed(w);
    }
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

function withSentenceTexts(article: Article): Article {
  for (const s of article.sentences) s.text = article.paragraphs[s.paragraph].slice(s.start, s.end);
  return article;
}
