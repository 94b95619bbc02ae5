import { describe, expect, it } from 'vitest';
import MiniSearch from 'minisearch';
import { scoredIds, scoredSearch, type ScoredOptions } from '../src/answers/scored-search';

// Words with near neighbours (one or two letters apart, shared prefixes) and numbers, so that prefix and fuzzy
// expansions and integer-like matched terms all occur.
const WORDS = (
  'said says saying administration administrations administer minister ministry trump trumps trumpet border ' +
  'borders boarder seek seeks sought move moves moved movement require requires required democrats democrat ' +
  'republicans republican fear feared 2016 2020 10 election elections elect house houses household the of'
).split(' ');

function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

function docs(n: number, seed: number) {
  const r = rng(seed);
  const pick = (k: number) => Array.from({ length: k }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ');
  return Array.from({ length: n }, (_, id) => ({
    id,
    text: pick(3 + Math.floor(r() * 25)),
    speaker: r() < 0.5 ? pick(1 + Math.floor(r() * 2)) : '',
    aliases: r() < 0.3 ? pick(2) : '',
    role: r() < 0.2 ? pick(1) : '',
  }));
}

const QUERIES = [
  'trump',
  'trump border',
  'requires administration move',
  'Deocrats will reurns',
  'trump trump',
  'seek border 2016',
  'house',
  'mov',
  'elect 10',
  'nothing here',
  'the of',
];

const OPTIONS: ScoredOptions[] = [
  {},
  { combineWith: 'AND' },
  {
    combineWith: 'AND',
    boost: { text: 3, speaker: 1, aliases: 0.5, role: 0.3 },
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
  },
  {
    combineWith: 'OR',
    boost: { text: 3, speaker: 1, aliases: 0.5, role: 0.3 },
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
  },
  { fields: ['speaker', 'aliases'], combineWith: 'AND', prefix: (t) => t.length >= 4, fuzzy: 1 },
  { fuzzy: 0.3, maxFuzzy: 2, prefix: true, filter: (r) => (r.id as number) % 3 !== 0 },
];

function index(n: number, seed: number) {
  // (no vacuuming in the background: the discarded documents' postings stay until a search meets them)
  const mini = new MiniSearch({ fields: ['text', 'speaker', 'aliases', 'role'], storeFields: [], autoVacuum: false });
  const all = docs(n, seed);
  mini.addAll(all);
  return { mini, all };
}

/** Results as [id, score] pairs in the order of their ids (scoredIds leaves the order to its caller). */
const byId = (xs: { id: unknown; score: number }[]) =>
  xs.map((x) => [x.id as number, x.score]).sort((a, b) => a[0] - b[0]);
const idScores = (r: { ids: unknown[]; scores: Float64Array }) =>
  byId(r.ids.map((id, k) => ({ id, score: r.scores[k] })));

describe('scoredSearch: MiniSearch.search, evaluated with typed arrays', () => {
  it('gives the same results, scores and order as MiniSearch for every query and option', () => {
    const { mini } = index(400, 3);
    for (const q of QUERIES)
      for (const o of OPTIONS) {
        const { filter, ...rest } = o;
        expect(scoredSearch(mini, q, o), `${q} ${JSON.stringify(rest)} ${filter ? 'filtered' : ''}`).toEqual(
          mini.search(q, o),
        );
      }
  });

  it('gives the same documents and scores alone, to a caller reading nothing else and ordering them itself', () => {
    const { mini } = index(400, 11);
    for (const q of QUERIES)
      for (const { filter: _, ...o } of OPTIONS)
        expect(idScores(scoredIds(mini, q, o)), q).toEqual(byId(mini.search(q, o)));
  });

  it('gives the same documents and scores for AND with ties left to the caller', () => {
    const { mini } = index(400, 5);
    for (const q of QUERIES)
      for (const o of OPTIONS.filter((x) => x.combineWith === 'AND'))
        expect(byId(scoredSearch(mini, q, { ...o, anyTieOrder: true })), q).toEqual(byId(mini.search(q, o)));
  });

  it('follows the index through removals, additions and discarded documents, as MiniSearch does', () => {
    // Two copies of one index: one searched by scoredSearch, one by MiniSearch (both clean stale postings as they go).
    const [a, b] = [index(300, 7), index(300, 7)];
    const same = (q: string, o: ScoredOptions) => expect(scoredSearch(a.mini, q, o), q).toEqual(b.mini.search(q, o));
    const before = scoredSearch(a.mini, 'trumpet', { prefix: true, fuzzy: 0.2 });
    for (const x of [a, b]) {
      for (const d of x.all.slice(0, 150)) x.mini.remove(d);
      x.mini.add({ id: 1000, text: 'trumpeter trumpets', speaker: '', aliases: '', role: '' });
    }
    // The expansions kept for "trumpet" follow the index: "trumpeter" is new.
    same('trumpet', { prefix: true, fuzzy: 0.2 });
    expect(scoredSearch(a.mini, 'trumpet', { prefix: true, fuzzy: 0.2 })).not.toEqual(before);
    // Discarded, not removed: their postings stay until a search meets them.
    for (const x of [a, b]) for (const d of x.all.slice(150, 200)) x.mini.discard(d.id);
    expect(a.mini.dirtCount).toBe(50);
    for (const q of QUERIES) for (const o of OPTIONS) same(q, o);
    for (const q of QUERIES) for (const o of OPTIONS) same(q, o);
  });

  it('leaves the query to MiniSearch.search when the index is not laid out as MiniSearch 7 lays it out', () => {
    // A later MiniSearch that renames its private term tree: the answer is MiniSearch's own, never an exception.
    const { mini } = index(50, 3);
    const moved = Object.create(mini) as MiniSearch;
    Object.defineProperty(moved, '_index', { value: new Map() });
    const expected = mini.search('trumpet', { prefix: true });
    expect(expected.length).toBeGreaterThan(0);
    const search = (q: string, o: object) => mini.search(q, o);
    Object.defineProperty(moved, 'search', { value: search });
    expect(scoredSearch(moved, 'trumpet', { prefix: true })).toEqual(expected);
    expect(idScores(scoredIds(moved, 'trumpet', { prefix: true }))).toEqual(byId(expected));
  });
});
