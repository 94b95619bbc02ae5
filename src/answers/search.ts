// Full-text search over the corpus. The unit of indexing is the paragraph, not the sentence: news paragraphs
// are one to three sentences, so a hit still points at a small span, and the index holds 3-4x fewer documents
// (build time, heap and query latency all scale with that). Fuzzy matching is kept to longer terms, where a
// typo is likely and the candidate set is small; prefix matching only to the last term the user typed.
import MiniSearch from 'minisearch';
import type { Article } from '../corpus/schema';

export interface ParagraphHit {
  article: string;
  paragraph: number;
  score: number;
  terms: string[];
}

export interface SearchIndex {
  /** Paragraphs matching the query, best first. */
  search(query: string, options?: { limit?: number; fuzzy?: boolean; combineWith?: 'AND' | 'OR' }): ParagraphHit[];
  /** Number of indexed paragraphs. */
  size: number;
  /** MiniSearch's own snapshot, for restarts that should not rebuild. */
  toJSON(): unknown;
}

interface Doc { id: number; a: number; p: number; text: string }

export const SEARCH_OPTIONS = {
  fields: ['text'],
  storeFields: [] as string[],
  idField: 'id',
};

export function buildSearchIndex(articles: Article[]): SearchIndex {
  const mini = new MiniSearch<Doc>(SEARCH_OPTIONS);
  // Document ids are small integers; the article/paragraph they stand for is kept in two typed arrays
  // rather than as stored fields, which would cost an object per document.
  const articleOf: number[] = [];
  const paragraphOf: number[] = [];
  const docs: Doc[] = [];
  articles.forEach((article, a) => {
    article.paragraphs.forEach((text, p) => {
      const id = articleOf.length;
      articleOf.push(a);
      paragraphOf.push(p);
      docs.push({ id, a, p, text });
    });
  });
  mini.addAll(docs);
  return wrap(mini, articles, articleOf, paragraphOf);
}

function wrap(mini: MiniSearch<Doc>, articles: Article[], articleOf: number[], paragraphOf: number[]): SearchIndex {
  return {
    size: articleOf.length,
    search(query, options = {}) {
      const limit = options.limit ?? 50;
      const fuzzy = options.fuzzy ?? true;
      const terms = MiniSearch.getDefault('tokenize')(query) as string[];
      const last = terms[terms.length - 1];
      const results = mini.search(query, {
        combineWith: options.combineWith ?? 'OR',
        prefix: (term) => term === last && term.length >= 3,
        fuzzy: (term) => (fuzzy && term.length >= 5 ? 0.2 : false),
        maxFuzzy: 2,
      });
      return results.slice(0, limit).map((r) => ({
        article: articles[articleOf[r.id as number]].id,
        paragraph: paragraphOf[r.id as number],
        score: r.score,
        terms: r.terms,
      }));
    },
    toJSON: () => mini.toJSON(),
  };
}
