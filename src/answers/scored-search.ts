// MiniSearch's own query (MiniSearch.search on a string query), evaluated with the same arithmetic but without an
// object per posting. MiniSearch scores a query term by walking every posting of every word it expands to, making a
// result object (score, terms, matched fields) for each document it meets, and then combines the terms' Maps; on the
// quotation index of 10,000 scale articles a common word ("administration", "Trump") has tens of thousands of
// postings, and this walk was 57% of /quote's time, the fuzzy expansion of long words in the term tree 21% more.
// Here each term's scores are summed into typed arrays, and the result objects are made only for the documents
// returned; the expansions of a word (prefix and fuzzy) are kept for the next query; and an AND query whose caller
// breaks ties itself scores the other terms only on the documents its rarest term holds.
//
// Same scores to the bit (each document's contributions are added in the order MiniSearch adds them), same
// documents, same matched terms, and, unless `anyTieOrder`, the same order (test/scored-search.test.ts compares
// them with MiniSearch.search). It reads MiniSearch 7's internal fields, and, as MiniSearch does, takes the postings
// of discarded documents out of the index as it meets them.
import MiniSearch, { type SearchOptions, type SearchResult } from 'minisearch';
import { kept } from '../util/kept';

/** The search options this evaluation knows; with any other, MiniSearch.search answers. */
export interface ScoredOptions {
  fields?: string[];
  combineWith?: 'AND' | 'OR';
  boost?: Record<string, number>;
  prefix?: boolean | ((term: string, i: number, terms: string[]) => boolean);
  fuzzy?: boolean | number | ((term: string, i: number, terms: string[]) => boolean | number);
  maxFuzzy?: number;
  filter?: (result: SearchResult) => boolean;
  /**
   * The caller orders equal scores itself (by its own key): documents of equal score may then come in another order
   * than MiniSearch's, which lets an AND query score its common words only where its rarest word stands.
   */
  anyTieOrder?: boolean;
}

type FieldData = Map<number, Map<number, number>>;
interface TermTree {
  get(term: string): FieldData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldData]>;
  fuzzyGet(term: string, distance: number): Map<string, [FieldData, number]>;
}
/** What of MiniSearch 7's instance is read (its private fields). */
interface Inside {
  _index: TermTree;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _storedFields: Map<number, Record<string, unknown>>;
  removeTerm(fieldId: number, doc: number, term: string): void;
  _options: {
    fields: string[];
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string | string[] | null | undefined | false;
    searchOptions: {
      weights?: { fuzzy: number; prefix: number };
      bm25?: { k: number; b: number; d: number };
      maxFuzzy?: number;
      combineWith?: string;
      boost?: Record<string, number>;
      prefix?: ScoredOptions['prefix'];
      fuzzy?: ScoredOptions['fuzzy'];
      boostDocument?: unknown;
      boostTerm?: unknown;
      filter?: unknown;
      fields?: string[];
      tokenize?: unknown;
      processTerm?: unknown;
    };
  };
}

/** MiniSearch's defaults (7.x), for an instance whose options lack them. */
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** One word a query term expands to, with its weight, as MiniSearch's executeQuerySpec orders them. */
interface Expansion {
  term: string;
  weight: number;
  data: FieldData;
}

/** The words a query term expands to (prefix and fuzzy), per index, kept until the index changes. */
const expansionsOf = new WeakMap<object, { stamp: string; words: Map<string, string[] | [string, number][]> }>();
/** Expansions kept per index: a few hundred words each at most; a Map, oldest first. */
const EXPANSIONS_KEPT = 4096;

function expansionCache(mini: Inside) {
  // Any add, remove or discard moves one of these: the term tree may have gained or lost words.
  const stamp = `${mini._documentCount}:${mini._nextId}:${mini._dirtCount}`;
  let c = expansionsOf.get(mini);
  if (!c || c.stamp !== stamp) expansionsOf.set(mini, (c = { stamp, words: new Map() }));
  return c.words;
}
/** A word's expansion kept in its index's words (see wordsOf), made on first use. */
function keptWord<T>(words: Map<string, unknown>, key: string, make: () => T): T {
  return kept(words, key, EXPANSIONS_KEPT, make) as T;
}

/**
 * Whether this index is laid out as MiniSearch 7 lays it out and has no global option this evaluation leaves to
 * MiniSearch: a MiniSearch release that moves its private fields makes every query go through MiniSearch.search
 * (slower, never wrong) rather than fail.
 */
function evaluable(mini: Inside): boolean {
  const global = mini._options?.searchOptions;
  return (
    typeof mini._index?.get === 'function' &&
    typeof mini._index.atPrefix === 'function' &&
    typeof mini._index.fuzzyGet === 'function' &&
    mini._documentIds instanceof Map &&
    mini._fieldLength instanceof Map &&
    Array.isArray(mini._avgFieldLength) &&
    global !== undefined &&
    !(global.boostDocument || global.boostTerm || global.filter || global.tokenize || global.processTerm)
  );
}

/**
 * MiniSearch.search(query, options) for a string query, with the same results (see the head of this file). Options
 * it does not evaluate itself (a document or term boost, a query tree) go to MiniSearch.
 */
export function scoredSearch<T>(index: MiniSearch<T>, query: string, options: ScoredOptions = {}): SearchResult[] {
  const mini = index as unknown as Inside;
  const { anyTieOrder, ...searchOptions } = options;
  if (!evaluable(mini)) return index.search(query, searchOptions as SearchOptions);
  return evaluate(mini, query, options, !!anyTieOrder, false) as SearchResult[];
}

/**
 * The documents and scores alone of scoredSearch's results, in no particular order: for a caller that reads nothing
 * else and orders them by its own key (/quote's words, whose OR query on common words returns tens of thousands of
 * quotations, each result's matched words then made for nothing, and the results sorted twice). `ids[k]` is the
 * document id of the k-th result (the index's own ids, numbers), `scores[k]` its score.
 */
export function scoredIds<T>(
  index: MiniSearch<T>,
  query: string,
  options: Omit<ScoredOptions, 'filter'> = {},
): { ids: number[]; scores: Float64Array } {
  const mini = index as unknown as Inside;
  const { anyTieOrder, ...searchOptions } = options;
  if (!evaluable(mini)) {
    const results = index.search(query, searchOptions as SearchOptions);
    return { ids: results.map((r) => r.id as number), scores: Float64Array.from(results, (r) => r.score) };
  }
  return evaluate(mini, query, options, !!anyTieOrder, true) as { ids: number[]; scores: Float64Array };
}

/**
 * The first `limit` results of scoredSearch(index, query, options) with a filter reading the id alone (`keep`), and of
 * every result kept, how many matched each word (see TopResults).
 */
export function scoredTop<T>(
  index: MiniSearch<T>,
  query: string,
  options: Omit<ScoredOptions, 'filter' | 'anyTieOrder'> & Top,
): TopResults {
  const mini = index as unknown as Inside;
  const { keep, limit, ...searchOptions } = options;
  if (!evaluable(mini)) {
    const all = index.search(query, { ...searchOptions, filter: (r) => keep(r.id) } as SearchOptions);
    const counts = new Map<string, number>();
    for (const r of all) for (const t of r.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    return { results: all.slice(0, limit), counts, total: all.length };
  }
  return evaluate(mini, query, searchOptions, false, false, { keep, limit }) as TopResults;
}

/** Per query term: the documents it met, in the order it met them, and each one's summed score. */
interface TermScores {
  source: string;
  docs: number[];
  score: Float64Array;
  /** 1 + the term's position where the term met the document (stamped, so the array is not cleared per query). */
  met: Int32Array;
  stamp: number;
  expansions: Expansion[];
}

let stampNext = 1;
/** Reused arrays, one pair per query term position, sized to the largest index searched. */
const pool: { score: Float64Array; met: Int32Array }[] = [];
const POOLED = 8;
function arrays(k: number, size: number) {
  if (k >= POOLED) return { score: new Float64Array(size), met: new Int32Array(size) };
  let p = pool[k];
  if (!p || p.score.length < size) pool[k] = p = { score: new Float64Array(size), met: new Int32Array(size) };
  return p;
}

function evaluate(
  mini: Inside,
  query: string,
  options: ScoredOptions,
  anyTieOrder: boolean,
  bare: boolean,
  top?: Top,
): SearchResult[] | { ids: unknown[]; scores: Float64Array } | TopResults {
  const o = { ...mini._options.searchOptions, ...options };
  const combineWith = (o.combineWith ?? 'OR').toLowerCase();
  const weights = { ...WEIGHTS, ...o.weights };
  const bm25 = o.bm25 ?? BM25;
  const maxFuzzy = o.maxFuzzy ?? 6;
  const fields = o.fields ?? mini._options.fields;
  const boosts = fields.map((f) => (Object.prototype.hasOwnProperty.call(o.boost ?? {}, f) ? o.boost![f] : 0) || 1);
  const fieldIds = fields.map((f) => mini._fieldIds[f]);
  const terms = mini._options
    .tokenize(query)
    .flatMap((t) => mini._options.processTerm(t))
    .filter((t): t is string => !!t);
  if (terms.length === 0)
    return top ? { results: [], counts: new Map(), total: 0 } : bare ? { ids: [], scores: new Float64Array(0) } : [];
  const words = expansionCache(mini);
  const size = mini._nextId;

  // Each term's expansions, in executeQuerySpec's order: the word itself, its prefix matches, its fuzzy matches.
  const specs = terms.map((term, i): Expansion[] => {
    const fuzzy = typeof o.fuzzy === 'function' ? o.fuzzy(term, i, terms) : o.fuzzy || false;
    const prefix = typeof o.prefix === 'function' ? o.prefix(term, i, terms) : o.prefix === true;
    const out: Expansion[] = [];
    const exact = mini._index.get(term);
    if (exact) out.push({ term, weight: 1, data: exact });
    const prefixed = new Set<string>();
    if (prefix) {
      const list = keptWord(words, `p\u0000${term}`, () => [...mini._index.atPrefix(term)].map(([t]) => t));
      for (const t of list) {
        const distance = t.length - term.length;
        if (!distance) continue;
        prefixed.add(t);
        const data = mini._index.get(t);
        if (data) out.push({ term: t, weight: (weights.prefix * t.length) / (t.length + 0.3 * distance), data });
      }
    }
    if (fuzzy) {
      const f = fuzzy === true ? 0.2 : fuzzy;
      const maxDistance = f < 1 ? Math.min(maxFuzzy, Math.round(term.length * f)) : f;
      if (maxDistance) {
        const list = keptWord(words, `f\u0000${maxDistance}\u0000${term}`, () =>
          [...mini._index.fuzzyGet(term, maxDistance)].map(([t, [, d]]): [string, number] => [t, d]),
        );
        for (const [t, distance] of list) {
          if (!distance || prefixed.has(t)) continue;
          const data = mini._index.get(t);
          if (data) out.push({ term: t, weight: (weights.fuzzy * t.length) / (t.length + distance), data });
        }
      }
    }
    return out;
  });

  const postings = (e: Expansion[]) => {
    let n = 0;
    for (const x of e) for (const id of fieldIds) n += x.data.get(id)?.size ?? 0;
    return n;
  };
  const scored: TermScores[] = specs.map((expansions, k) => ({
    source: terms[k],
    docs: [],
    ...arrays(k, size),
    stamp: stampNext++,
    expansions,
  }));
  if (stampNext > 2 ** 30) {
    stampNext = 1;
    for (const p of pool) p.met.fill(0);
  }

  // (only on an index without stale postings, whose counts are then those of the postings)
  if (combineWith === 'and' && anyTieOrder && specs.length > 1 && mini._dirtCount === 0) {
    // The rarest term walked, the others looked up on its documents only.
    const sizes = specs.map(postings);
    const order = specs.map((_, k) => k).sort((a, b) => sizes[a] - sizes[b]);
    walk(mini, scored[order[0]], fieldIds, boosts, bm25, null);
    let candidates = scored[order[0]].docs;
    for (const k of order.slice(1)) {
      if (candidates.length === 0) break;
      const s = scored[k];
      if (sizes[k] <= candidates.length * Math.max(1, s.expansions.length) * fieldIds.length)
        walk(mini, s, fieldIds, boosts, bm25, null);
      else walk(mini, s, fieldIds, boosts, bm25, candidates);
      candidates = candidates.filter((d) => s.met[d] === s.stamp);
    }
  } else for (const s of scored) walk(mini, s, fieldIds, boosts, bm25, null);

  // MiniSearch's combination: a left fold over the terms, in the query's order. OR lists the documents as the first
  // term met them, then those only later terms met; AND lists them as its last term met them.
  const docs: number[] = [];
  if (combineWith === 'and') {
    const last = scored[scored.length - 1];
    for (const d of last.docs) if (scored.every((s) => s.met[d] === s.stamp)) docs.push(d);
  } else if (combineWith === 'or') {
    // A document is listed by the first term that met it: no earlier term did.
    for (let i = 0; i < scored.length; i++)
      for (const d of scored[i].docs) {
        let earlier = false;
        for (let j = 0; j < i && !earlier; j++) earlier = scored[j].met[d] === scored[j].stamp;
        if (!earlier) docs.push(d);
      }
  } else throw new Error(`Invalid combination operator: ${o.combineWith}`);

  const mets = scored.map((s) => s.met);
  const stamps = scored.map((s) => s.stamp);
  const scores = scored.map((s) => s.score);
  // The matched words with their fields, as termResults records them (Object.assign merges the terms').
  // (a word met again by a later term keeps its place and takes that term's fields, as Object.assign gives)
  const matchOf = (d: number) => {
    const match: Record<string, string[]> = {};
    for (let i = 0; i < scored.length; i++) {
      if (mets[i][d] !== stamps[i]) continue;
      for (const x of scored[i].expansions) {
        let met: string[] | undefined;
        for (let f = 0; f < fieldIds.length; f++) if (x.data.get(fieldIds[f])?.has(d)) (met ??= []).push(fields[f]);
        if (met) match[x.term] = met;
      }
    }
    return match;
  };
  // A document's score: its terms' sums added in the query's order, times how many of the query's words met it, as
  // MiniSearch combines them; `queryTerms` is filled with those words (an array the caller may reuse).
  const scoreOf = (d: number, queryTerms: string[]): number => {
    let score: number | undefined;
    queryTerms.length = 0;
    for (let i = 0; i < scored.length; i++) {
      if (mets[i][d] !== stamps[i]) continue;
      score = score === undefined ? scores[i][d] : score + scores[i][d];
      if (!queryTerms.includes(terms[i])) queryTerms.push(terms[i]);
    }
    return score! * (queryTerms.length || 1);
  };
  if (bare) {
    // (the same sums as a result's, into arrays: no object per result, and no sort, which the caller makes)
    const ids: unknown[] = new Array(docs.length);
    const out = new Float64Array(docs.length);
    const queryTerms: string[] = [];
    for (let k = 0; k < docs.length; k++) {
      ids[k] = mini._documentIds.get(docs[k]);
      out[k] = scoreOf(docs[k], queryTerms);
    }
    return { ids, scores: out };
  }
  const resultOf = (d: number): SearchResult => {
    const queryTerms: string[] = [];
    const score = scoreOf(d, queryTerms);
    const match = matchOf(d);
    const result = {
      id: mini._documentIds.get(d),
      score,
      terms: Object.keys(match),
      queryTerms,
      match,
    } as SearchResult;
    Object.assign(result, mini._storedFields.get(d));
    return result;
  };
  if (top) return topOf(mini, top, docs, scored, fieldIds, scoreOf, resultOf);
  const results: SearchResult[] = [];
  for (const d of docs) {
    const result = resultOf(d);
    if (!options.filter || options.filter(result)) results.push(result);
  }
  // Array.prototype.sort is stable: equal scores keep the order above, as MiniSearch's do.
  results.sort((a, b) => b.score - a.score);
  return results;
}

/** What scoredTop is asked for: the documents it may return, and how many results to make. */
interface Top {
  keep: (id: unknown) => boolean;
  limit: number;
}
export interface TopResults {
  /** The first `limit` results of MiniSearch.search with the filter `keep`, in its order, as it makes them. */
  results: SearchResult[];
  /** Of every result the filter keeps (not only the first), how many matched each word: its `terms`, counted. */
  counts: Map<string, number>;
  /** How many results the filter keeps. */
  total: number;
}

/**
 * The first results of a query, made as MiniSearch makes them, the others scored but not made: a query of a claim's
 * words on the article index meets thousands of articles, of which /sources reads the best two hundred and, of the
 * others, only how many hold each word.
 */
function topOf(
  mini: Inside,
  top: Top,
  docs: number[],
  scored: TermScores[],
  fieldIds: number[],
  scoreOf: (d: number, queryTerms: string[]) => number,
  resultOf: (d: number) => SearchResult,
): TopResults {
  const { _documentIds: ids } = mini;
  const kept: number[] = [];
  const sums: number[] = [];
  const queryTerms: string[] = [];
  const keptStamp = new Uint8Array(mini._nextId);
  for (const d of docs) {
    if (!top.keep(ids.get(d))) continue;
    kept.push(d);
    sums.push(scoreOf(d, queryTerms));
    keptStamp[d] = 1;
  }
  // Each word's count over the kept results: a kept document holding a word in any field matched it (every posting
  // of a met term's words was walked). A word reached twice (by two terms, or by two fields) is counted once a result.
  const sources = new Map<string, Map<number, number>[]>();
  for (const s of scored)
    for (const x of s.expansions)
      for (const f of fieldIds) {
        const postings = x.data.get(f);
        if (!postings) continue;
        const list = sources.get(x.term);
        if (list) list.push(postings);
        else sources.set(x.term, [postings]);
      }
  const counts = new Map<string, number>();
  for (const [term, lists] of sources) {
    let n = 0;
    if (lists.length === 1) {
      for (const d of lists[0].keys()) n += keptStamp[d];
    } else {
      const seen = new Set<number>();
      for (const postings of lists) for (const d of postings.keys()) if (keptStamp[d]) seen.add(d);
      n = seen.size;
    }
    if (n) counts.set(term, n);
  }
  // MiniSearch's order: by score, equal scores as the combination listed them (its sort is stable).
  const order = Array.from({ length: kept.length }, (_, k) => k).sort((a, b) => sums[b] - sums[a] || a - b);
  const results = order.slice(0, top.limit).map((k) => resultOf(kept[k]));
  return { results, counts, total: kept.length };
}

/**
 * One term's scores (termResults' arithmetic): every posting of each of its words in each field, or, given
 * `only`, those of these documents alone.
 */
function walk(
  mini: Inside,
  s: TermScores,
  fieldIds: number[],
  boosts: number[],
  bm25: { k: number; b: number; d: number },
  only: number[] | null,
): void {
  const { k, b, d } = bm25;
  const count = mini._documentCount;
  const lengths = mini._fieldLength;
  // (plain locals in the loop over postings: it runs once per posting)
  const { met, score, docs, stamp } = s;
  const add = (doc: number, fieldId: number, tf: number, idf: number, weighted: number, avg: number) => {
    const fieldLength = lengths.get(doc)![fieldId];
    const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * fieldLength) / avg)));
    const w = weighted * raw;
    if (met[doc] === stamp) score[doc] += w;
    else {
      met[doc] = stamp;
      score[doc] = w;
      docs.push(doc);
    }
  };
  for (const x of s.expansions)
    for (let f = 0; f < fieldIds.length; f++) {
      const freqs = x.data.get(fieldIds[f]);
      if (!freqs) continue;
      const fieldId = fieldIds[f];
      // termWeight * termBoost * fieldBoost * docBoost * rawScore, multiplied left to right as termResults does.
      const weighted = x.weight * 1 * boosts[f] * 1;
      const avg = mini._avgFieldLength[fieldId];
      if (only) {
        const idf = Math.log(1 + (count - freqs.size + 0.5) / (freqs.size + 0.5));
        for (const doc of only) {
          const tf = freqs.get(doc);
          if (tf !== undefined) add(doc, fieldId, tf, idf, weighted, avg);
        }
      } else {
        // A posting of a discarded document is taken out of the index as it is met, and the term's document count
        // lowered for the postings after it, as termResults does.
        let matching = freqs.size;
        let idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
        for (const [doc, tf] of freqs) {
          if (!mini._documentIds.has(doc)) {
            mini.removeTerm(fieldId, doc, x.term);
            matching -= 1;
            idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
            continue;
          }
          add(doc, fieldId, tf, idf, weighted, avg);
        }
      }
    }
}
