// STUB until issue 4 lands: no estimates yet.
import type { Corpus } from '../corpus/schema';
import type { Estimate, Metric, TollAnswer } from './types';

export interface TollBook { estimates: Estimate[] }
export function buildTollBook(_corpus: Corpus): TollBook { return { estimates: [] }; }
export function answerToll(book: TollBook, _options: { metric?: Metric; from?: string; to?: string; estimator?: string }): TollAnswer {
  return { estimates: book.estimates, changes: [] };
}
export function exportEstimates(book: TollBook): Estimate[] { return book.estimates; }
