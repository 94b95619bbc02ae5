// The /toll chart: the API the transports call. Drawing (src/render/chart-svg.ts, chart-png.ts) runs in a standing
// worker thread (chart-task.ts through src/util/bounded-pool.ts), so a chart never blocks the main thread where the
// gateway's heartbeat and every other command are served. At most QUEUE_LIMIT charts wait; one more is refused at
// once with ChartBusyError ("busy, try again").
import type { TollAnswer } from '../answers/types';
import { BoundedPool, BusyError } from '../util/bounded-pool';
import type { ChartJob, ChartResult } from './chart-task';
import { FRAME } from './chart-svg';

import { altText, chartModel } from './chart-data';
import { fittedModel } from './chart-svg';

export { chartModel } from './chart-data';

/** The chart in words for screen readers, from the same model the image is drawn from (see altText). */
export function chartAltText(answer: TollAnswer, limit?: number): string {
  return altText(fittedModel(answer), limit);
}
export { BusyError as ChartBusyError } from '../util/bounded-pool';

/** Pixels per frame pixel: the 600 × 338 frame becomes a 1,200 × 676 PNG, sharp when Discord enlarges it. */
export const PNG_SCALE = 2;
/** One thread: a chart takes tens of milliseconds, and on a small machine the other core serves the bot. */
export const THREADS = 1;
/** Charts that may wait; with a chart in ~50 ms, the last of them is drawn within about a second and a half. */
export const QUEUE_LIMIT = 32;

export interface ChartOptions {
  /** Width of the PNG in pixels (default 1,200); its height keeps the 16:9 frame. */
  width?: number;
  /** Another renderer than the shared one (tests, a load bench). */
  renderer?: ChartRenderer;
}

export interface ChartRenderer {
  render(answer: TollAnswer, width: number): Promise<Buffer>;
  close(): Promise<void>;
}

export function createChartRenderer(
  options: { threads?: number; queueLimit?: number; timeoutMs?: number } = {},
): ChartRenderer {
  const pool = new BoundedPool<ChartJob, ChartResult>(new URL('./chart-task.ts', import.meta.url), {
    threads: options.threads ?? THREADS,
    queueLimit: options.queueLimit ?? QUEUE_LIMIT,
    timeoutMs: options.timeoutMs ?? 20_000,
    name: 'the chart renderer',
  });
  return {
    async render(answer, width) {
      // Only what the chart reads crosses to the worker: not every article's sentence.
      const slim: TollAnswer = {
        estimates: answer.estimates.map((e) => ({
          ...e,
          articles: e.articles.map((a) => ({ ...a, sentence: '', title: null, url: null })),
        })),
        changes: [],
      };
      const result = await pool.run({ answer: slim, width });
      if ('error' in result) throw new Error(`the chart could not be drawn: ${result.error}`);
      return Buffer.from(result.png.buffer, result.png.byteOffset, result.png.byteLength);
    },
    close: () => pool.close(),
  };
}

let shared: ChartRenderer | null = null;

/** The answer's current figures (history left out) as a PNG, drawn off the main thread. Rejects with ChartBusyError when the queue is full. */
export function renderChartPng(answer: TollAnswer, options: ChartOptions = {}): Promise<Buffer> {
  const renderer = options.renderer ?? (shared ??= createChartRenderer());
  return renderer.render(answer, options.width ?? FRAME.width * PNG_SCALE);
}

/**
 * Starts the shared renderer's worker ahead of the first /toll (a bot may call it once it is up): the first chart
 * otherwise waits for the worker to load its modules.
 */
export async function warmChartRenderer(): Promise<void> {
  await renderChartPng({ estimates: [], changes: [] }, { width: 16 });
}

/** Ends the shared renderer's worker (for a graceful shutdown; charts asked after it start a new one). */
export async function closeChartRenderer(): Promise<void> {
  const r = shared;
  shared = null;
  await r?.close();
}

/** The transports' entry (ctx.chart): the PNG at its default size. */
export function renderTollChart(answer: TollAnswer): Promise<Buffer> {
  return renderChartPng(answer);
}

/** Whether the answer has a current figure to draw (figures about earlier events are no part of the timeline). */
export function hasChartFigures(answer: TollAnswer): boolean {
  return chartModel(answer).panels.length > 0;
}

export function isChartBusy(err: unknown): err is BusyError {
  return err instanceof BusyError;
}
