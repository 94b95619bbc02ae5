// STUB until issue 5 lands: no claim matching yet.
import type { Corpus } from '../corpus/schema';
import type { SearchIndex } from './search';
import type { SourcesAnswer } from './types';

export interface SourcesBook { corpus: Corpus; search: SearchIndex }
export function buildSourcesBook(corpus: Corpus, search: SearchIndex): SourcesBook { return { corpus, search }; }
export function answerSources(_book: SourcesBook, claim: string): SourcesAnswer {
  return { claim, matches: [], closest: [], origin: null };
}
