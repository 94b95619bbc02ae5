// A small pool of worker threads for work that is the same for every item and independent between items
// (building an article from its page, extracting its quotations and figures). Items go out in chunks and come
// back in order. A task is a module exporting `run(item)`; workers load it through worker.mjs.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface PoolOptions {
  threads?: number;
  chunk?: number;
  /**
   * Empty each slot of `items` once its result is back: the caller gives the array up, and a large input (a
   * corpus's raw pages) is not all held until the last chunk is done.
   */
  release?: boolean;
  /** Called as results come back, for progress a person can watch during a long start. */
  onProgress?: (done: number, total: number) => void;
}

/** A pool that failed part-way: what was done is kept, so the caller can finish the rest in place. */
export class PoolError extends Error {
  constructor(
    message: string,
    readonly partial: unknown[],
  ) {
    super(message);
  }
}

export function defaultThreads(): number {
  return Math.min(4, availableParallelism());
}

/**
 * Runs `task`'s `run` over `items` in worker threads and returns the results in order. Rejects if a worker
 * cannot start or dies; callers fall back to running in place.
 */
export function runInWorkers<I, O>(task: URL, items: I[], options: PoolOptions = {}): Promise<O[]> {
  const threads = Math.max(
    1,
    Math.min(options.threads ?? defaultThreads(), Math.ceil(items.length / (options.chunk ?? 250))),
  );
  const chunk = options.chunk ?? 250;
  const results: O[] = new Array(items.length);
  const total = items.length;
  // The closures below outlive the call (a terminated worker keeps its listeners until it has exited), so they
  // reach the items through this variable, cleared when done, rather than holding every input alive.
  let pending: I[] | null = items;
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      pending = null;
      for (const w of workers) void w.terminate().then(() => w.removeAllListeners());
      if (err) reject(new PoolError(err.message, results));
      else resolve(results);
    };
    const feed = (w: Worker) => {
      if (!pending || next >= total) return;
      const start = next;
      next = Math.min(total, next + chunk);
      w.postMessage({ start, items: pending.slice(start, next) });
    };
    if (total === 0) return finish();
    for (let t = 0; t < threads; t++) {
      const w = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { task: task.href } });
      workers.push(w);
      w.on('message', (msg: { start: number; results: O[] }) => {
        msg.results.forEach((r, k) => {
          results[msg.start + k] = r;
          if (options.release && pending) (pending as (I | undefined)[])[msg.start + k] = undefined;
        });
        done += msg.results.length;
        options.onProgress?.(done, total);
        if (done === total) finish();
        else feed(w);
      });
      w.on('error', (err) => finish(err));
      w.on('exit', (code) => {
        if (code !== 0) finish(new Error(`worker exited with ${code}`));
      });
      feed(w);
    }
  });
}
