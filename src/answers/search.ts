// Full-text search over the corpus.
//
// Unit of indexing: the article, then its paragraphs. Measured on the scale corpus (10,000 articles, 208k
// paragraphs): MiniSearch over paragraphs answers a two-word fuzzy query in p99 ~145 ms; over whole articles in
// p99 ~10 ms, because posting lists are 20x shorter. So the index finds articles, and a second stage ranks the
// paragraphs of the best ones by the query terms they hold (cheap: a few dozen articles' paragraphs).
// Terms: lower-cased words of two letters or more, stop words out (they are half of all tokens and carry no
// meaning for a query), dotted acronyms joined ("U.N." → "un"). Each term counts at most three times per
// article: term frequency saturates in BM25 anyway, and capping it keeps the build fast.
// Fuzzy matching only for terms of five letters or more (names, where typos happen: "Antonv"), prefix matching
// only for the last term (the word being typed).
import MiniSearch from 'minisearch';
import type { Article } from '../corpus/schema';
import { lexicon } from '../extract/lexicon';

export interface ParagraphHit {
  article: string;
  paragraph: number;
  score: number;
  /** Index terms this paragraph matched (after fuzzy and prefix expansion). */
  terms: string[];
}

export interface SearchOptions {
  limit?: number;
  fuzzy?: boolean;
  combineWith?: 'AND' | 'OR';
  /** How many of the best articles the paragraph ranking reads (default: as many as `limit`, at least 10). */
  articles?: number;
}

export interface SearchIndex {
  /** Paragraphs matching the query, best first. */
  search(query: string, options?: SearchOptions): ParagraphHit[];
  /** Number of indexed articles and paragraphs. */
  size: number;
  paragraphs: number;
}

export const STOP_WORDS = new Set(lexicon.searchStopWords);

/** Lower case, dotted acronyms joined ("U.N." → "un"): the form terms are taken from. */
function normalise(text: string): string {
  return text.replace(/\b(?:[A-Za-z]\.){2,}/g, (m) => m.replace(/\./g, '')).toLowerCase();
}

const NON_WORD = /[^a-z0-9\u00c0-\u024f\u0370-\u1fff\u3040-\uffff]+/;

/** Lower-cased content terms of a text, in order, with repeats. */
export function terms(text: string): string[] {
  const out: string[] = [];
  const words = normalise(text).split(NON_WORD);
  for (const w of words) if (w.length >= 2 && !STOP_WORDS.has(w)) out.push(w);
  return out;
}

/**
 * Static index pruning (Carmel et al., SIGIR 2001): a term found in more than MAX_POSTINGS articles keeps only
 * the MAX_POSTINGS where it weighs most (BM25's term-frequency part: often, in a short article). Query time is
 * then bounded by MAX_POSTINGS a term, whatever the corpus size: a word in half of 37,554 articles ("said",
 * "Trump" in a political corpus) no longer means scoring 18,000 postings. What it costs: an article that holds
 * a very common word only in passing is not found by that word alone; with any rarer word of the query it is.
 */
export const MAX_POSTINGS = 2000;

function prune(list: number[], fieldLength: Record<number, number[]>, average: number): number[] {
  const positions = Array.from({ length: list.length / 2 }, (_, k) => 2 * k);
  const k1 = 1.2;
  const b = 0.7;
  const weight = (i: number) => {
    const tf = list[i + 1];
    return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * fieldLength[list[i]][0]) / average));
  };
  const weights = new Float64Array(list.length);
  for (const i of positions) weights[i] = weight(i);
  positions.sort((x, y) => weights[y] - weights[x]);
  return positions.slice(0, MAX_POSTINGS);
}

export const INDEX_OPTIONS = {
  fields: ['text'],
  idField: 'id',
  tokenize: terms,
  processTerm: (term: string) => term,
};

const CAP = 3;

/**
 * MiniSearch's own add() walks its radix tree once per token; on the scale corpus (37,554 articles, 13 million
 * term-article pairs) that took 81 s and thrashed the collector. We count terms per article in plain Maps
 * (one hash lookup a token) and hand MiniSearch the finished postings through loadJS, its documented way of
 * restoring a serialized index, which inserts each distinct term into the tree once: 20 s for the same corpus.
 * The result is the same index add() would build, with term counts capped at CAP.
 */
function buildMiniSearch(articles: Article[]): { mini: MiniSearch<never>; vocabulary: Set<string> } {
  const postings = new Map<string, number[]>();
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  let total = 0;
  const seen = new Map<string, number>();
  articles.forEach((article, id) => {
    seen.clear();
    for (const p of article.paragraphs) {
      for (const w of terms(p)) {
        const c = seen.get(w) ?? 0;
        if (c < CAP) seen.set(w, c + 1);
      }
    }
    documentIds[id] = id;
    fieldLength[id] = [seen.size];
    total += seen.size;
    for (const [w, c] of seen) {
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(id, c);
    }
  });
  const average = articles.length ? total / articles.length : 0;
  const vocabulary = new Set(postings.keys());
  // The serialized form is produced one term at a time as loadJS reads it (it walks `index` with for...of), and
  // each list is dropped once converted: the Maps, the serialized entries and MiniSearch's own tree are never all
  // whole in memory at once, which on 37,554 articles is the difference of several hundred MB of peak RSS.
  function* entries(): Generator<[string, Record<number, Record<number, number>>]> {
    for (const [w, list] of postings) {
      postings.delete(w);
      const docs: Record<number, number> = {};
      if (list.length <= 2 * MAX_POSTINGS) for (let i = 0; i < list.length; i += 2) docs[list[i]] = list[i + 1];
      else for (const i of prune(list, fieldLength, average)) docs[list[i]] = list[i + 1];
      yield [w, { 0: docs }];
    }
  }
  const index = entries() as unknown as [string, Record<number, Record<number, number>>][];
  const mini = MiniSearch.loadJS<never>(
    {
      documentCount: articles.length,
      nextId: articles.length,
      documentIds,
      fieldIds: { text: 0 },
      fieldLength,
      averageFieldLength: [average],
      storedFields: {},
      dirtCount: 0,
      index,
      serializationVersion: 2,
    },
    INDEX_OPTIONS,
  );
  return { mini, vocabulary };
}

export function buildSearchIndex(articles: Article[]): SearchIndex {
  const { mini, vocabulary } = buildMiniSearch(articles);
  let paragraphs = 0;
  for (const a of articles) paragraphs += a.paragraphs.length;

  return {
    size: articles.length,
    paragraphs,
    search(query, options = {}) {
      const limit = options.limit ?? 50;
      const queryTerms = terms(query);
      if (queryTerms.length === 0) return [];
      const last = queryTerms[queryTerms.length - 1];
      const fuzzy = options.fuzzy ?? true;
      // Fuzzy matching is for words the corpus does not have (a typo: "Antonv"); a word it has is taken as
      // meant. Expanding known words too multiplies the posting lists scored, which is what makes fuzzy
      // search slow on a large index, and adds near-miss words nobody asked for.
      const hits = mini.search(queryTerms.join(' '), {
        combineWith: options.combineWith ?? 'OR',
        prefix: (term) => term === last && term.length >= 4 && !vocabulary.has(term),
        fuzzy: (term) => (fuzzy && term.length >= 5 && !vocabulary.has(term) ? 0.2 : false),
        // One edit: most typos are one letter wrong, missing or extra, and two-edit searches of the term tree
        // cost several times more on a large vocabulary.
        maxFuzzy: 1,
      });
      // Document frequency of each matched term, from the hit list itself (an OR query returns every article
      // holding any of them): rare terms (names, numbers) weigh more when ranking paragraphs.
      const df = new Map<string, number>();
      for (const hit of hits) for (const t of hit.terms) df.set(t, (df.get(t) ?? 0) + 1);
      // As many candidate articles as paragraphs asked for: the best paragraphs come from the best articles.
      const top = hits.slice(0, options.articles ?? Math.max(10, limit));
      // Second stage: which paragraphs of the best articles hold the matched terms.
      const out: ParagraphHit[] = [];
      for (const hit of top) {
        const article = articles[hit.id as number];
        const weight = new Map<string, number>();
        for (const t of hit.terms) weight.set(t, Math.log1p(mini.documentCount / (df.get(t) ?? 1)));
        const total = sumOf(weight);
        // A whole-word test per matched term on each paragraph (native regex), rather than tokenising them all.
        const tests = [...weight.keys()].map(
          (t) => [t, new RegExp(`(?<![a-z0-9])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`)] as const,
        );
        article.paragraphs.forEach((p, paragraph) => {
          const text = normalise(p);
          const found: string[] = [];
          let s = 0;
          for (const [t, re] of tests)
            if (re.test(text)) {
              found.push(t);
              s += weight.get(t)!;
            }
          if (found.length) out.push({ article: article.id, paragraph, score: hit.score * (s / total), terms: found });
        });
      }
      out.sort((a, b) => b.score - a.score);
      return out.slice(0, limit);
    },
  };
}

function sumOf(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s || 1;
}
