// How many paragraphs and sentences an article has, without making them. An article read back from the saved state
// (answers/packed-articles.ts) makes its paragraphs and sentences when first read; what only counts them (the load's
// "no article text" check, /articles' columns, the search index's paragraph total) asks here instead, so that a
// restart does not cut a quarter of a million paragraph strings and a third of a million sentences it never reads.
import type { Article } from './schema';

const known = new WeakMap<Article, { paragraphs: number; sentences: number }>();

/** Records the counts of an article whose lists are made on first read. */
export function knowCounts(article: Article, paragraphs: number, sentences: number): void {
  known.set(article, { paragraphs, sentences });
}

export function paragraphCount(article: Article): number {
  return known.get(article)?.paragraphs ?? article.paragraphs.length;
}

export function sentenceCount(article: Article): number {
  return known.get(article)?.sentences ?? article.sentences.length;
}
