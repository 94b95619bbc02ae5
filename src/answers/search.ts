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
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Article } from '../corpus/schema';
import { paragraphCount } from '../corpus/counts';
import { lexicon } from '../extract/lexicon';
import { escapeRegExp } from '../util/regexp';
import { kept } from '../util/kept';
import { scoredTop } from './scored-search';
import { indexOfParts, indexOfPartsAsync, postingsAt, walkIndex, type IndexParts } from './packed-index';

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

/** Capped term counts of one article: what the index holds for it. */
function articleTerms(article: Article): Map<string, number> {
  const seen = new Map<string, number>();
  for (const p of article.paragraphs) {
    for (const w of terms(p)) {
      const c = seen.get(w) ?? 0;
      if (c < CAP) seen.set(w, c + 1);
    }
  }
  return seen;
}

type IndexEntry = [string, Record<number, Record<number, number>>];

/** MiniSearch's serialized form, as loadJS takes it. */
function plainOf(
  docs: number,
  documentIds: Record<number, number>,
  fieldLength: Record<number, number[]>,
  average: number,
  index: Iterable<IndexEntry>,
): AsPlainObject {
  return {
    documentCount: docs,
    nextId: docs,
    documentIds,
    fieldIds: { text: 0 },
    fieldLength,
    averageFieldLength: [average],
    storedFields: {},
    dirtCount: 0,
    // loadJS walks `index` with for...of: a generator hands it one term at a time (see below).
    index: index as unknown as AsPlainObject['index'],
    serializationVersion: 2,
  };
}

/** Handed to loadJS (its documented way of restoring an index). */
function loadMini(
  docs: number,
  documentIds: Record<number, number>,
  fieldLength: Record<number, number[]>,
  average: number,
  index: Iterable<IndexEntry>,
): MiniSearch<never> {
  return MiniSearch.loadJS<never>(plainOf(docs, documentIds, fieldLength, average, index), INDEX_OPTIONS);
}

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
  articles.forEach((article, id) => {
    const seen = articleTerms(article);
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
  function* entries(): Generator<IndexEntry> {
    for (const [w, list] of postings) {
      postings.delete(w);
      const docs: Record<number, number> = {};
      if (list.length <= 2 * MAX_POSTINGS) for (let i = 0; i < list.length; i += 2) docs[list[i]] = list[i + 1];
      else for (const i of prune(list, fieldLength, average)) docs[list[i]] = list[i + 1];
      yield [w, { 0: docs }];
    }
  }
  const mini = loadMini(articles.length, documentIds, fieldLength, average, entries());
  return { mini, vocabulary };
}

/**
 * The index as saved beside the corpus (see derived-state.ts): postings as flat typed arrays, which v8.serialize
 * copies as blocks, where MiniSearch's toJSON is an object per term and per posting (several times the size and the
 * time on 37,554 articles). `docs[k]` is the k-th indexed article's internal id, postings refer to k.
 */
export interface SavedSearch {
  /** Article id of each indexed document, and its internal id. */
  articles: string[];
  docs: Uint32Array;
  lengths: Uint32Array;
  nextId: number;
  terms: string[];
  /** Postings of terms[t] are offsets[t] .. offsets[t + 1] in postDocs / postFreqs. */
  offsets: Uint32Array;
  postDocs: Uint32Array;
  postFreqs: Uint8Array;
}

/** The documents of a saved index as loadJS takes them: their count, ids, lengths and the average length. */
function savedMini(saved: SavedSearch): [number, Record<number, number>, Record<number, number[]>, number] {
  const n = saved.docs.length;
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  let total = 0;
  for (let k = 0; k < n; k++) {
    documentIds[k] = saved.docs[k];
    fieldLength[k] = [saved.lengths[k]];
    total += saved.lengths[k];
  }
  return [n, documentIds, fieldLength, n ? total / n : 0];
}

/**
 * A saved index as MiniSearch's parts, its postings left packed until a search reads a term (packed-index.ts): the
 * same index loadJS makes of `savedMini` and `entries`, without an object per posting made before the first search.
 */
function savedParts(saved: SavedSearch): IndexParts {
  const n = saved.docs.length;
  const documentIds = new Map<number, unknown>();
  const fieldLength = new Map<number, number[]>();
  let total = 0;
  for (let k = 0; k < n; k++) {
    documentIds.set(k, saved.docs[k]);
    fieldLength.set(k, [saved.lengths[k]]);
    total += saved.lengths[k];
  }
  return {
    documentCount: n,
    nextId: n,
    dirtCount: 0,
    fieldIds: { text: 0 },
    averageFieldLength: [n ? total / n : 0],
    storedFields: {},
    documentIds,
    fieldLength,
    terms: saved.terms,
    source: {
      postings: (t) =>
        postingsAt(
          saved.offsets[t],
          saved.offsets[t + 1],
          () => 0,
          (i) => saved.postDocs[i],
          (i) => saved.postFreqs[i],
        ),
    },
  };
}

/** A saved index's terms and postings, one term at a time as loadJS reads them (`stop` ends them early). */
function* entries(saved: SavedSearch, stop: () => boolean): Generator<IndexEntry> {
  for (let t = 0; t < saved.terms.length && !stop(); t++) {
    const docs: Record<number, number> = {};
    for (let i = saved.offsets[t]; i < saved.offsets[t + 1]; i++) docs[saved.postDocs[i]] = saved.postFreqs[i];
    yield [saved.terms[t], { 0: docs }];
  }
}

/**
 * One index for a corpus and every later state of it. Articles are added and removed in place (MiniSearch's add and
 * discard) rather than the index being rebuilt, and each state of the corpus answers through a view of its own: the
 * internal ids it may see, and the article behind each. A state built later never changes which articles and
 * paragraphs an earlier view can return: an added article has an id no earlier view holds, and a removed one is
 * discarded from MiniSearch only when no view that could see it is left (the garbage collector tells, through a
 * FinalizationRegistry), so an answer in flight on the previous state finishes on it. What an earlier view does
 * share is MiniSearch's document counts, which weigh terms (BM25): its ranking may shift by what the newer
 * articles add to them.
 */
export class SharedSearch {
  private nextId: number;
  /** Article behind each internal id that some view may still return. */
  readonly articleOf = new Map<number, Article>();
  private generation = 0;
  private liveViews = new Map<number, number>();
  private retired: { id: number; generation: number }[] = [];
  private registry = new FinalizationRegistry<number>((g) => this.released(g));
  /** MiniSearch's index once made; until then (an index read back) `packed` holds it. */
  private made: MiniSearch<never> | null;
  private vocab: Set<string> | null;
  /** A saved index not made into MiniSearch's yet, checked to fit its articles (`load`). */
  private packed: SavedSearch | null = null;
  private priming: Promise<void> | null = null;

  private constructor(mini: MiniSearch<never> | null, vocabulary: Set<string> | null, nextId: number) {
    this.made = mini;
    this.vocab = vocabulary;
    this.nextId = nextId;
  }

  /** MiniSearch's index: made from the saved form on first use when it was read back and not primed yet. */
  get mini(): MiniSearch<never> {
    if (!this.made) {
      const p = this.packed!;
      this.made =
        indexOfParts<never>(savedParts(p), INDEX_OPTIONS) ??
        loadMini(
          ...savedMini(p),
          entries(p, () => false),
        );
      this.letGo();
    }
    return this.made;
  }

  /** Every term ever indexed (a term only a removed article held stays: it only turns fuzzy matching off for it). */
  get vocabulary(): Set<string> {
    if (!this.vocab) {
      this.vocab = new Set(this.packed!.terms);
      this.letGo();
    }
    return this.vocab;
  }

  private letGo(): void {
    if (this.made && this.vocab) this.packed = null;
  }

  /**
   * Makes a read-back index in the background, handing the event loop back every few thousand terms (a search asked
   * meanwhile makes it at once and this gives up); its postings are made when a search first reads a term
   * (packed-index.ts). On 37,554 scale articles loadJS of the article index, every posting at once, was 8 s of the
   * first /sources after a restart.
   */
  prime(): Promise<void> {
    return (this.priming ??= (async () => {
      const p = this.packed;
      if (!this.made && p) {
        const stop = () => this.made !== null;
        let mini = await indexOfPartsAsync<never>(savedParts(p), INDEX_OPTIONS, stop);
        if (!mini && !stop()) {
          const [docs, documentIds, fieldLength, average] = savedMini(p);
          mini = await MiniSearch.loadJSAsync<never>(
            plainOf(docs, documentIds, fieldLength, average, entries(p, stop)),
            INDEX_OPTIONS,
          );
        }
        if (!this.made && mini) this.made = mini;
      }
      void this.vocabulary;
      this.letGo();
    })());
  }

  /** Builds the index of `articles` and its first view. */
  static build(articles: Article[]): SearchView {
    const { mini, vocabulary } = buildMiniSearch(articles);
    const shared = new SharedSearch(mini, vocabulary, articles.length);
    const ids = new Map<string, number>();
    articles.forEach((a, i) => {
      shared.articleOf.set(i, a);
      ids.set(a.id, i);
    });
    return shared.view(ids, articles);
  }

  /**
   * Restores a saved index for `articles`, or null when it does not fit them (an article it holds is not in the
   * corpus): a saved index is only used for the exact articles it was made from. MiniSearch's own index is made
   * from it on first use, or in the background (`prime`).
   */
  static load(saved: SavedSearch, articles: Article[]): SearchView | null {
    // The file is checked here, at start, since the index is made from it later (first search or background) where
    // a damaged part would fail an answer: every field of the type it was saved as, the terms strings.
    if (
      !(saved.docs instanceof Uint32Array) ||
      !(saved.lengths instanceof Uint32Array) ||
      !(saved.offsets instanceof Uint32Array) ||
      !(saved.postDocs instanceof Uint32Array) ||
      !(saved.postFreqs instanceof Uint8Array) ||
      !Array.isArray(saved.articles) ||
      !Array.isArray(saved.terms) ||
      !Number.isInteger(saved.nextId) ||
      saved.terms.some((t) => typeof t !== 'string')
    )
      return null;
    const byId = new Map(articles.map((a) => [a.id, a]));
    const n = saved.docs.length;
    if (saved.articles.length !== n || saved.lengths.length !== n || saved.offsets.length !== saved.terms.length + 1)
      return null;
    const ids = new Map<string, number>();
    for (let k = 0; k < n; k++) {
      const a = byId.get(saved.articles[k]);
      if (!a || ids.has(a.id) || saved.docs[k] >= saved.nextId) return null;
      ids.set(a.id, saved.docs[k]);
    }
    if (ids.size !== articles.length) return null;
    const last = saved.offsets[saved.terms.length];
    if (last !== saved.postDocs.length || last !== saved.postFreqs.length) return null;
    for (let t = 0; t < saved.terms.length; t++) if (saved.offsets[t] > saved.offsets[t + 1]) return null;
    for (let i = 0; i < last; i++) if (saved.postDocs[i] >= n) return null;
    const shared = new SharedSearch(null, null, saved.nextId);
    shared.packed = saved;
    for (const [id, internal] of ids) shared.articleOf.set(internal, byId.get(id)!);
    return shared.view(ids, articles);
  }

  private view(ids: Map<string, number>, articles: Article[]): SearchView {
    const generation = this.generation++;
    const v = new SearchView(this, ids, articles, generation);
    this.liveViews.set(generation, (this.liveViews.get(generation) ?? 0) + 1);
    this.registry.register(v, generation);
    return v;
  }

  /**
   * The next state's view: `from`'s articles without `removed` (ids), with `added` (new or changed articles; a
   * changed one is given a new internal id, its old one retired). `articles` is the next state's corpus.
   */
  next(from: SearchView, removed: Iterable<string>, added: Article[], articles: Article[]): SearchView {
    const ids = new Map(from.ids);
    const generation = this.generation;
    const retire = (id: string) => {
      const internal = ids.get(id);
      if (internal === undefined) return;
      ids.delete(id);
      this.retired.push({ id: internal, generation });
    };
    for (const id of removed) retire(id);
    for (const a of added) {
      retire(a.id);
      const internal = this.nextId++;
      const text: string[] = [];
      for (const [w, c] of articleTerms(a)) {
        for (let k = 0; k < c; k++) text.push(w);
        this.vocabulary.add(w);
      }
      // The capped term list, which the tokenizer reads back as the same terms: the same counts buildMiniSearch gives.
      this.mini.add({ id: internal, text: text.join(' ') } as never);
      this.articleOf.set(internal, a);
      ids.set(a.id, internal);
    }
    return this.view(ids, articles);
  }

  /** A view was collected: discard what only views as old as it could see. */
  private released(generation: number): void {
    const left = (this.liveViews.get(generation) ?? 1) - 1;
    if (left > 0) this.liveViews.set(generation, left);
    else this.liveViews.delete(generation);
    const oldest = Math.min(...this.liveViews.keys());
    const keep: { id: number; generation: number }[] = [];
    for (const r of this.retired) {
      // Retired at generation g: seen by views older than g only.
      if (r.generation <= oldest) {
        if (this.mini.has(r.id)) this.mini.discard(r.id);
        this.articleOf.delete(r.id);
      } else keep.push(r);
    }
    this.retired = keep;
  }

  /** The index as `view` sees it, for saving. */
  save(view: SearchView): SavedSearch {
    // Walked a term at a time (packed-index.ts), never as toJSON's object per posting.
    const walk = walkIndex(this.mini);
    const visible = new Set(view.ids.values());
    const articleOfInternal = new Map<number, string>();
    for (const [id, internal] of view.ids) articleOfInternal.set(internal, id);
    const lengthOf = new Map(walk.fieldLength);
    // MiniSearch's short ids → positions among the documents this view sees.
    const position = new Map<number, number>();
    const docs: number[] = [];
    const lengths: number[] = [];
    const articles: string[] = [];
    for (const [short, id] of walk.documentIds) {
      const internal = id as number;
      if (!visible.has(internal)) continue;
      position.set(short, docs.length);
      docs.push(internal);
      lengths.push(lengthOf.get(short)?.[0] ?? 0);
      articles.push(articleOfInternal.get(internal)!);
    }
    const termList: string[] = [];
    const offsets: number[] = [0];
    const postDocs: number[] = [];
    const postFreqs: number[] = [];
    for (const [term, fields] of walk.terms()) {
      const before = postDocs.length;
      for (const [short, freq] of fields.find(([f]) => f === 0)?.[1] ?? []) {
        const k = position.get(short);
        if (k === undefined) continue;
        postDocs.push(k);
        postFreqs.push(Math.min(255, freq));
      }
      if (postDocs.length === before) continue;
      termList.push(term);
      offsets.push(postDocs.length);
    }
    return {
      articles,
      docs: Uint32Array.from(docs),
      lengths: Uint32Array.from(lengths),
      nextId: this.nextId,
      terms: termList,
      offsets: Uint32Array.from(offsets),
      postDocs: Uint32Array.from(postDocs),
      postFreqs: Uint8Array.from(postFreqs),
    };
  }
}

/** One state's search: the shared index, seen through the internal ids of this state's articles. */
export class SearchView implements SearchIndex {
  readonly size: number;
  readonly paragraphs: number;
  private readonly visible: Set<number>;

  constructor(
    readonly shared: SharedSearch,
    /** Article id → internal id, for this state's articles. */
    readonly ids: ReadonlyMap<string, number>,
    articles: Article[],
    readonly generation: number,
  ) {
    this.visible = new Set(ids.values());
    this.size = articles.length;
    let paragraphs = 0;
    for (const a of articles) paragraphs += paragraphCount(a);
    this.paragraphs = paragraphs;
  }

  search(query: string, options: SearchOptions = {}): ParagraphHit[] {
    const { mini, vocabulary, articleOf } = this.shared;
    const visible = this.visible;
    const limit = options.limit ?? 50;
    const queryTerms = terms(query);
    if (queryTerms.length === 0) return [];
    const last = queryTerms[queryTerms.length - 1];
    const fuzzy = options.fuzzy ?? true;
    // Fuzzy matching is for words the corpus does not have (a typo: "Antonv"); a word it has is taken as
    // meant. Expanding known words too multiplies the posting lists scored, which is what makes fuzzy
    // search slow on a large index, and adds near-miss words nobody asked for.
    // As many candidate articles as paragraphs asked for: the best paragraphs come from the best articles. Only
    // those are made as MiniSearch's results (scoredTop: the same results; a claim's words meet thousands).
    const { results: top, counts: df } = scoredTop(mini, queryTerms.join(' '), {
      combineWith: options.combineWith ?? 'OR',
      prefix: (term) => term === last && term.length >= 4 && !vocabulary.has(term),
      fuzzy: (term) => (fuzzy && term.length >= 5 && !vocabulary.has(term) ? 0.2 : false),
      // One edit: most typos are one letter wrong, missing or extra, and two-edit searches of the term tree
      // cost several times more on a large vocabulary.
      maxFuzzy: 1,
      // Only this state's articles: one added since is not in it, one removed since still is.
      keep: (id) => visible.has(id as number),
      limit: options.articles ?? Math.max(10, limit),
    });
    // (df: document frequency of each matched term over every hit, not only the top: an OR query returns every
    // article holding any of them; rare terms (names, numbers) weigh more when ranking paragraphs.)
    // Second stage: which paragraphs of the best articles hold the matched terms.
    const out: ParagraphHit[] = [];
    // Each term's test made once per query, not once per candidate article (a claim's terms are in most of them).
    const tests = new Map<string, RegExp>();
    const wholeWord = (t: string) => {
      let re = tests.get(t);
      if (!re) tests.set(t, (re = new RegExp(`(?<![a-z0-9])${escapeRegExp(t)}(?![a-z0-9])`)));
      return re;
    };
    for (const hit of top) {
      const article = articleOf.get(hit.id as number)!;
      const weight = new Map<string, number>();
      for (const t of hit.terms) weight.set(t, Math.log1p(visible.size / (df.get(t) ?? 1)));
      const total = sumOf(weight);
      // A whole-word test per matched term on each paragraph (native regex), rather than tokenising them all.
      const tests = [...weight.keys()].map((t) => [t, wholeWord(t)] as const);
      const texts = normalised(article);
      article.paragraphs.forEach((p, paragraph) => {
        const text = texts[paragraph];
        const found: string[] = [];
        let s = 0;
        // (a plain substring search first: most paragraphs lack most terms, and it is many times quicker than the
        // look-around pattern that must then confirm a whole word)
        for (const [t, re] of tests)
          if (text.includes(t) && re.test(text)) {
            found.push(t);
            s += weight.get(t)!;
          }
        if (found.length) out.push({ article: article.id, paragraph, score: hit.score * (s / total), terms: found });
      });
    }
    out.sort((a, b) => b.score - a.score);
    return out.slice(0, limit);
  }
}

/**
 * An article's paragraphs as the paragraph ranking reads them (normalise), kept for the articles read last: /sources
 * asks for the same 200 candidate articles' paragraphs for every claim on a story. An article object per version of
 * a file, so a changed article is a new key; bounded, oldest first out.
 */
function normalised(article: Article): string[] {
  return kept(normalisedTexts, article, NORMALISED_KEPT, () => article.paragraphs.map(normalise));
}
const normalisedTexts = new Map<Article, string[]>();
const NORMALISED_KEPT = 2048;

export function buildSearchIndex(articles: Article[]): SearchIndex {
  return SharedSearch.build(articles);
}

function sumOf(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s || 1;
}
