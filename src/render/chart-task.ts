// The chart's worker-thread side: a task module for src/util/worker.mjs (which calls `run` for each item it is
// sent). Drawing runs here, off the main thread; the font paths are resolved once per worker.
import type { TollAnswer } from '../answers/types';
import { chartSvg, fittedModel } from './chart-svg';
import { svgToPng } from './chart-png';

export interface ChartJob {
  answer: TollAnswer;
  /** Width of the PNG in pixels. */
  width: number;
}

export type ChartResult = { png: Uint8Array } | { error: string };

/** Draws the PNG in this thread. */
export function drawChart(job: ChartJob): Buffer {
  return svgToPng(chartSvg(fittedModel(job.answer)), job.width);
}

/** A failure comes back as a message, so the worker stays up for the next chart. */
export function run(job: ChartJob): ChartResult {
  try {
    return { png: drawChart(job) };
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
}
