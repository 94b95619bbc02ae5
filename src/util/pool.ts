// A small pool of worker threads for work that is the same for every item and independent between items
// (building an article from its page, extracting its quotations and figures). Items go out in chunks and come
// back in order. A task is a module exporting `run(item)`; workers load it through worker.mjs.
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';

export interface PoolOptions<I, O> {
  threads?: number;
  chunk?: number;
  /**
   * Empty each slot of `items` once its result is back: the caller gives the array up, and a large input (a
   * corpus's raw pages) is not all held until the last chunk is done.
   */
  release?: boolean;
  /** Called as results come back, for progress a person can watch during a long start. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The result of an item that ends the worker running it (a crash in native code, memory exhausted, a bug that
   * escapes the task's own catch), found by running the items of the lost chunk one at a time in a new worker. The
   * other items are not lost. Without it, a lost worker fails the whole run (PoolError).
   */
  onLost?: (item: I, reason: string) => O;
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

/** The setting for the number of worker threads that read and extract articles (see .env.example). */
export const WORKERS_ENV = 'EXTRACT_WORKERS';

/**
 * Worker threads for the per-article work: EXTRACT_WORKERS when set (0 or 1: none, all in this thread), else one a
 * core up to four (each holds its own tagger and WordNet, a few hundred MB). A value that is not a whole number is
 * an error naming the setting, not a silent default.
 */
export function defaultThreads(env: NodeJS.ProcessEnv = process.env): number {
  const set = env[WORKERS_ENV]?.trim();
  if (set) {
    if (!/^\d+$/.test(set) || Number(set) > 64) {
      throw new Error(`${WORKERS_ENV} must be a whole number from 0 to 64 (got "${set}")`);
    }
    return Number(set);
  }
  return Math.min(4, availableParallelism());
}

/** Workers that failed to start (lost before their task was loaded) before the pool is taken to be unavailable. */
const START_FAILURES = 3;

/**
 * Runs `task`'s `run` over `items` in worker threads and returns the results in order. Rejects if workers cannot
 * start (or one is lost and `onLost` is not given); callers fall back to running in place.
 */
export function runInWorkers<I, O>(task: URL, items: I[], options: PoolOptions<I, O> = {}): Promise<O[]> {
  const chunk = options.chunk ?? 250;
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), Math.ceil(items.length / chunk)));
  const results: O[] = new Array(items.length);
  const total = items.length;
  // The closures below outlive the call (a terminated worker keeps its listeners until it has exited), so they
  // reach the items through this variable, cleared when done, rather than holding every input alive.
  let pending: I[] | null = items;
  let next = 0;
  let done = 0;
  // Ranges [start, end) to run again, before the rest: a lost worker's items, one at a time.
  const again: [number, number][] = [];
  let startFailures = 0;
  return new Promise((resolve, reject) => {
    const workers = new Set<Worker>();
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      pending = null;
      for (const w of workers) void w.terminate().then(() => w.removeAllListeners());
      if (err) reject(new PoolError(err.message, results));
      else resolve(results);
    };
    const take = (k: number, result: O) => {
      results[k] = result;
      if (options.release && pending) (pending as (I | undefined)[])[k] = undefined;
      done++;
    };
    const spawn = () => {
      // The items this worker holds, and whether its task has loaded (worker.mjs says so first).
      let held: [number, number] | null = null;
      let ready = false;
      let lost = false;
      const w = new Worker(new URL('./worker.mjs', import.meta.url), { workerData: { task: task.href } });
      workers.add(w);
      const feed = () => {
        held = null;
        if (!pending) return;
        if (again.length) held = again.shift()!;
        else if (next < total) held = [next, (next = Math.min(total, next + chunk))];
        else return;
        w.postMessage({ start: held[0], items: pending.slice(held[0], held[1]) });
      };
      w.on('message', (msg: { ready?: true; start: number; results: O[] }) => {
        if (msg.ready) {
          ready = true;
          return;
        }
        msg.results.forEach((r, k) => take(msg.start + k, r));
        options.onProgress?.(done, total);
        if (done === total) finish();
        else feed();
      });
      const onLost = (why: string) => {
        if (lost || settled) return;
        lost = true;
        workers.delete(w);
        void w.terminate();
        if (!ready) {
          // It never started (no threads here, a loader that cannot run in one): its items were not read.
          if (++startFailures >= START_FAILURES) return finish(new Error(why));
          if (held) again.unshift(held);
        } else if (!options.onLost) return finish(new Error(why));
        else if (held) {
          const [start, end] = held;
          if (end - start === 1 && pending) {
            // Alone, it ended its worker: it is the cause, named and skipped; the others carry on.
            take(start, options.onLost(pending[start], why));
            options.onProgress?.(done, total);
            if (done === total) return finish();
          } else for (let k = end - 1; k >= start; k--) again.unshift([k, k + 1]);
        }
        spawn();
      };
      w.on('error', (err) => onLost(`the worker stopped: ${err.message}`));
      w.on('exit', (code) => onLost(`the worker stopped (exit ${code})`));
      feed();
    };
    if (total === 0) return finish();
    for (let t = 0; t < threads; t++) spawn();
  });
}
