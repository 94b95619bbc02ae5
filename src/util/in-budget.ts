// Running one item in this thread within a time budget, for the start's in-place path (no workers, or too few items
// to start them for). A page whose pattern loops forever would otherwise hold the thread, and the start, for good.
// V8 can stop running code from a watchdog (what `vm`'s timeout does): the call is made from a tiny script run
// with a timeout, so the page's reading is stopped at its budget, however deep in a regex or a loop it is.
import { createContext, Script } from 'node:vm';

const call = new Script('task()');
const context = createContext({ task: () => undefined });

/**
 * `task()`, or undefined when it ran past `ms` milliseconds (0: no budget). What it throws is thrown. A stopped
 * call runs none of its `catch` or `finally` blocks, and what it was filling stays as it was left: the callers load
 * the resources read on first use beforehand, without a budget (parallel.ts's WARM_PAGE).
 */
export function withinBudget<T>(task: () => T, ms: number): T | undefined {
  if (ms <= 0) return task();
  context.task = task;
  try {
    return call.runInContext(context, { timeout: ms }) as T;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return undefined;
    throw err;
  } finally {
    context.task = () => undefined;
  }
}
