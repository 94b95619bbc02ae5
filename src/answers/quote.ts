// STUB until issue 3 lands: no quotations yet.
import type { Corpus } from '../corpus/schema';
import type { QuoteAnswer, QuoteEntry, SpeakerSummary } from './types';

export interface QuoteBook { quotes: QuoteEntry[] }
export function buildQuoteBook(_corpus: Corpus): QuoteBook { return { quotes: [] }; }
export function answerQuote(book: QuoteBook, query: string, _options: { outlet?: string; limit?: number }): QuoteAnswer {
  return { query, total: 0, quotes: book.quotes };
}
export function listSpeakers(_book: QuoteBook, _prefix?: string): SpeakerSummary[] { return []; }
export function exportQuotes(book: QuoteBook): QuoteEntry[] { return book.quotes; }
