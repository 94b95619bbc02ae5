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
  /**
   * An item's time budget in milliseconds (0: none). An item still running past it (a pattern sent into
   * catastrophic backtracking by a pathological page, a parser in a loop) has its worker ended and its result is
   * `onLost`'s, named "took longer than N s"; the items after it are run by a new worker. Without `onLost`, the run
   * fails as for a lost worker.
   */
  budget?: (item: I) => number;
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

/** The setting for the time budget of one page or article (see docs/discord.md). */
export const BUDGET_ENV = 'EXTRACT_ITEM_SECONDS';

/** The budget's floor when it is not set: far past any page the extraction reads (tens of milliseconds each). */
const DEFAULT_BUDGET_SECONDS = 60;
/** What a page's size adds to its budget: a second per this many characters (a long report is a long read). */
export const CHARS_PER_SECOND = 10_000;

/**
 * The floor of an item's time budget, in seconds: EXTRACT_ITEM_SECONDS when set (0: no budget, wait as long as it
 * takes), else 60. A value that is not a whole number is an error naming the setting.
 */
export function budgetSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const set = env[BUDGET_ENV]?.trim();
  if (!set) return DEFAULT_BUDGET_SECONDS;
  if (!/^\d+$/.test(set) || Number(set) > 86_400) {
    throw new Error(`${BUDGET_ENV} must be a whole number of seconds from 0 to 86400 (got "${set}")`);
  }
  return Number(set);
}

/** An item's budget in milliseconds: the floor plus a second per CHARS_PER_SECOND characters; 0 when unset. */
export function itemBudget(chars: number, seconds: number): number {
  return seconds > 0 ? Math.ceil((seconds + chars / CHARS_PER_SECOND) * 1000) : 0;
}

/** The reason given for an item that ran past its budget of `ms` milliseconds. */
export function tookTooLong(ms: number): string {
  return `took longer than ${Math.round(ms / 1000)} s`;
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
    // Each busy worker's budget timer, cleared when it is done (a timer left would hold the process open).
    const timers = new Map<Worker, NodeJS.Timeout>();
    let settled = false;
    const finish = (err?: Error) => {
      if (settled) return;
      settled = true;
      pending = null;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
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
      // The budget runs for the first item of `held` not yet back, from when the worker could start on it (its
      // task loaded, the item before it back). `armed` tells a timer that fired from one made stale by a result.
      let armed = 0;
      const arm = () => {
        clearTimeout(timers.get(w));
        timers.delete(w);
        const mine = ++armed;
        if (!held || !ready || !pending || !options.budget) return;
        const ms = options.budget(pending[held[0]]);
        if (ms <= 0) return;
        // (setImmediate: a result already sent, waiting behind the timer in this thread's queue, is taken first)
        timers.set(
          w,
          setTimeout(() => setImmediate(() => mine === armed && onLost(tookTooLong(ms), true)), ms),
        );
      };
      const feed = () => {
        held = null;
        if (pending) {
          if (again.length) held = again.shift()!;
          else if (next < total) held = [next, (next = Math.min(total, next + chunk))];
          if (held) w.postMessage({ start: held[0], items: pending.slice(held[0], held[1]) });
        }
        arm();
      };
      // Results come back one item at a time (worker.mjs), so a worker lost part-way loses only what it had left.
      w.on('message', (msg: { ready?: true; start: number; results: O[] }) => {
        if (msg.ready) {
          ready = true;
          arm();
          return;
        }
        msg.results.forEach((r, k) => take(msg.start + k, r));
        options.onProgress?.(done, total);
        if (done === total) return finish();
        if (held) held = [msg.start + msg.results.length, held[1]];
        if (!held || held[0] >= held[1]) feed();
        else arm();
      });
      const onLost = (why: string, hung = false) => {
        if (lost || settled) return;
        lost = true;
        clearTimeout(timers.get(w));
        timers.delete(w);
        workers.delete(w);
        void w.terminate();
        if (hung && held && pending && options.onLost) {
          // Results come back in order, one at a time: the first not back is the item that ran too long. It is
          // named and skipped; the rest of its chunk goes to the next worker.
          const [start, end] = held;
          take(start, options.onLost(pending[start], why));
          options.onProgress?.(done, total);
          if (done === total) return finish();
          if (start + 1 < end) again.unshift([start + 1, end]);
        } else if (!ready) {
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
