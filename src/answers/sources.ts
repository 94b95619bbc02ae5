// /sources: the articles that carry a claim, and the trail behind it (attribution, wire credits, copy families,
// origin).
//
// Per query the work is bounded whatever the corpus size: the paragraph index returns at most CANDIDATES
// paragraphs, and only their sentences are compared with the claim (src/extract/claims.ts). Corpus-wide work
// (document frequencies, copy families) is done once, when the book is built, so no question waits for it;
// credits are read per article on first use and kept.
import type { Article, Corpus } from '../corpus/schema';
import type { SearchIndex } from './search';
import type { ArticleRef, SourceMatch, SourcesAnswer } from './types';
import {
  analyze,
  canon,
  carries,
  compare,
  idfWeigher,
  searchTerms,
  type Analysis,
  type Comparison,
  type Weigher,
} from '../extract/claims';
import { articleCredits, copyFamilies, type Credits, type Families, type Family } from '../extract/provenance';
import { attributionOf } from '../extract/attribution';

/** Paragraphs the index may hand over per query: bounds the per-query work on any corpus. */
const CANDIDATES = 400;
/** Articles sampled to estimate how common a word is; more changes the weights very little. */
const DF_SAMPLE = 4000;
/**
 * Articles whose paragraphs the index reads per query (it finds articles, then their paragraphs): a claim that
 * is widely reported is carried by many articles, so this is well above the index's default of 30.
 */
const CANDIDATE_ARTICLES = 200;
/** Rarest words of the claim that the second query asks for together. */
const RARE_TERMS = 3;
/** Share of the claim a paragraph's matched terms must be able to reach to be compared at all. */
const PREFILTER = 0.6;
/** At most this many carrying sentences are quoted per article. */
const MAX_SENTENCES = 3;

export interface SourcesBook {
  corpus: Corpus;
  search: SearchIndex;
  byId: Map<string, Article>;
  /** Rarity weights of content words. */
  weigh(): Weigher;
  /** Whether a word is written as a name in this corpus (capitalised mid-sentence far more than not). */
  isName(lower: string): boolean;
  credits(id: string): Credits;
  /** Corpus-wide copy families (built with the book: a pass over every sentence). */
  families(): Families;
  /** The families if some caller already paid for them, else null. */
  familiesIfBuilt(): Families | null;
}

/**
 * `given`: the word counts, copy families and credits when they were already made (read back from the saved state, or
 * updated for the articles that changed, see derived-state.ts), else built here.
 */
export function buildSourcesBook(
  corpus: Corpus,
  search: SearchIndex,
  given: { counts?: WordCounts; families?: Families; credits?: ReadonlyMap<string, Credits> } = {},
): SourcesBook {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  // The weights are built now, not on the first question: a question must not pay for a pass over the corpus.
  const stats = statsOf(given.counts ?? countWords(corpus.articles));
  // Copy families too: /articles lists them, and on a large corpus the pass takes seconds (about 16 s for 37k
  // articles), which no question should wait for.
  const fams: Families = given.families ?? copyFamilies(corpus.articles);
  // Credits made already (every article's, see derived-state.ts) are read from `given`, never written into it.
  const creditCache = new Map<string, Credits>();
  const made = given.credits;
  return {
    corpus,
    search,
    byId,
    weigh: () => stats.weigh,
    isName: stats.isName,
    credits(id) {
      let c = made?.get(id) ?? creditCache.get(id);
      if (!c) {
        const a = byId.get(id);
        c = a ? articleCredits(a) : { wire: [], photo: [] };
        creditCache.set(id, c);
      }
      return c;
    },
    families: () => fams,
    familiesIfBuilt: () => fams,
  };
}

/** Word counts over a sample of the corpus, kept apart so they can be saved and updated article by article. */
export interface WordCounts {
  df: Map<string, number>;
  caps: Map<string, number>;
  lows: Map<string, number>;
  /** Articles counted. */
  n: number;
  /** Ids of the articles counted. */
  sampled: Set<string>;
}

/**
 * Document frequencies of content keys over an even sample of the corpus, and how each word is written: a word
 * capitalised in mid-sentence and hardly ever in lower case is a name, even when a claim opens with it.
 */
export function countWords(articles: Article[]): WordCounts {
  const step = Math.max(1, Math.floor(articles.length / DF_SAMPLE));
  const counts: WordCounts = { df: new Map(), caps: new Map(), lows: new Map(), n: 0, sampled: new Set() };
  for (let i = 0; i < articles.length; i += step) countArticle(counts, articles[i], 1);
  return counts;
}

const canonCache = new Map<string, string>();

/** Adds one article to the counts (sign 1) or takes it out (-1). */
export function countArticle(counts: WordCounts, article: Article, sign: 1 | -1): void {
  const { df, caps, lows } = counts;
  const add = (m: Map<string, number>, k: string) => {
    const v = (m.get(k) ?? 0) + sign;
    if (v > 0) m.set(k, v);
    else m.delete(k);
  };
  const seen = new Set<string>();
  for (const p of article.paragraphs) {
    for (const m of p.matchAll(/[\p{L}][\p{L}'’]*/gu)) {
      const w = m[0];
      const lower = w.toLowerCase();
      let k = canonCache.get(lower);
      if (k === undefined) {
        k = canon(lower);
        if (canonCache.size > 200_000) canonCache.clear();
        canonCache.set(lower, k);
      }
      seen.add(k);
      const at = m.index ?? 0;
      if (w === lower) add(lows, lower);
      else if (at > 0 && /[\p{Ll},]\s$/u.test(p.slice(Math.max(0, at - 2), at))) add(caps, lower);
    }
  }
  for (const k of seen) add(df, k);
  counts.n += sign;
  if (sign > 0) counts.sampled.add(article.id);
  else counts.sampled.delete(article.id);
}

function statsOf(counts: WordCounts): { weigh: Weigher; isName: (lower: string) => boolean } {
  const { df, caps, lows, n } = counts;
  return {
    weigh: idfWeigher((k) => df.get(k) ?? 0, n),
    isName: (lower) => {
      const c = caps.get(lower) ?? 0;
      return c >= 2 && c > 4 * (lows.get(lower) ?? 0);
    },
  };
}

function ref(a: Article): ArticleRef {
  return { id: a.id, published: a.published, outlet: a.outlet, title: a.title, url: a.url };
}

/** Provenance of one article, for /articles: its credits and the original of its copy family. */
export function articleProvenance(book: SourcesBook, id: string): { credits: Credits; family: string | null } {
  const m = book.families().memberOf.get(id);
  return { credits: book.credits(id), family: m ? m.original : null };
}

/** Corpus-wide copy families, for /articles. */
export function families(book: SourcesBook): Family[] {
  return book.families().families;
}

interface Scored {
  sentence: number[];
  text: string;
  cmp: Comparison;
  focus?: string;
}

/** Where in the sentence the claim stands: its most specific matched word, as the sentence writes it. */
function focusOf(a: Analysis, cmp: Comparison, weigh: Weigher): string | undefined {
  let best: { surface: string; w: number } | undefined;
  for (const t of a.tokens) {
    if (!cmp.matched.has(t.key)) continue;
    const w = t.key.startsWith('#') ? Infinity : weigh(t.key);
    if (!best || w > best.w) best = { surface: t.surface, w };
  }
  return best?.surface;
}

export function answerSources(book: SourcesBook, claim: string): SourcesAnswer {
  const empty: SourcesAnswer = { claim, matches: [], closest: [], origin: null };
  const c = analyze(claim, book.isName);
  if (c.tokens.length === 0) return empty;
  const terms = searchTerms(claim);
  const weigh = book.weigh();
  // Two queries: all the claim's words (ranked, so short paragraphs dense in them come first), and its rarest
  // words together, which finds the carrying paragraph even inside a very long one that the ranking sinks.
  const hits = book.search.search(terms.join(' '), {
    limit: CANDIDATES,
    fuzzy: false,
    combineWith: 'OR',
    articles: CANDIDATE_ARTICLES,
  });
  const rare = [
    ...new Map(
      c.tokens
        .filter((t) => !t.key.startsWith('#') && /^[\p{L}]+$/u.test(t.surface))
        .map((t) => [t.surface.toLowerCase(), weigh(t.key)]),
    ),
  ]
    .sort((x, y) => y[1] - x[1])
    .slice(0, RARE_TERMS)
    .map(([w]) => w);
  const together =
    rare.length >= 2
      ? book.search.search(rare.join(' '), {
          limit: CANDIDATES,
          fuzzy: false,
          combineWith: 'AND',
          articles: CANDIDATE_ARTICLES,
        })
      : [];

  // Candidate paragraphs, grouped by article. A paragraph whose matched index terms cannot reach the carrying
  // threshold even if every one of them stood in one sentence is not read further: this keeps the per-query
  // work small when a claim is made of common words. Names are counted as present (a pronoun may stand for them).
  const weights = new Map<string, number>();
  for (const t of c.tokens) weights.set(t.key, weigh(t.key));
  const total = [...weights.values()].reduce((x, y) => x + y, 0);
  const optimistic = c.tokens
    .filter((t) => /^\p{Lu}/u.test(t.surface))
    .reduce((x, t) => x + (weights.get(t.key) ?? 0), 0);
  const numberParts = new Map<string, string>();
  for (const t of c.tokens)
    if (t.key.startsWith('#')) for (const part of t.surface.match(/\d+/g) ?? []) numberParts.set(part, t.key);
  const reachable = (terms: string[]) => {
    const keys = new Set<string>();
    for (const term of terms) {
      keys.add(canon(term));
      const n = numberParts.get(term);
      if (n) keys.add(n);
      if (term === 'pull') keys.add('~withdraw');
    }
    let w = optimistic;
    for (const [k, kw] of weights) if (keys.has(k)) w += kw;
    return w / total;
  };
  const paras = new Map<string, Set<number>>();
  for (const h of [...hits, ...together.map((h) => ({ ...h, together: true }))]) {
    if (!('together' in h) && reachable(h.terms) < PREFILTER) continue;
    const s = paras.get(h.article) ?? new Set<number>();
    s.add(h.paragraph);
    paras.set(h.article, s);
  }

  const carrying: { article: Article; best: Scored; all: Scored[] }[] = [];
  const near: { article: Article; s: Scored }[] = [];
  for (const [id, ps] of paras) {
    const article = book.byId.get(id);
    if (!article) continue;
    const scored = scoreArticle(article, ps, c, weigh);
    const ok = scored.filter((s) => carries(s.cmp));
    if (ok.length) {
      ok.sort((x, y) => y.cmp.score - x.cmp.score);
      carrying.push({ article, best: ok[0], all: ok.slice(0, MAX_SENTENCES) });
    } else {
      const top = scored.sort((x, y) => y.cmp.score - x.cmp.score)[0];
      if (top) near.push({ article, s: top });
    }
  }

  if (carrying.length === 0) {
    near.sort((x, y) => y.s.cmp.score - x.s.cmp.score);
    return {
      ...empty,
      closest: near
        .filter((x) => x.s.cmp.score >= 0.2)
        .slice(0, 5)
        .map((x) => ({ ...ref(x.article), text: x.s.text, score: x.s.cmp.score })),
    };
  }

  carrying.sort((x, y) => y.best.cmp.score - x.best.cmp.score || byDate(x.article, y.article));
  // Copy relations among the carrying articles: the corpus-wide families when already built, otherwise
  // computed on the spot among these articles only (bounded work per query).
  const fam = localFamilies(
    book,
    carrying.map((x) => x.article),
  );
  const matches: SourceMatch[] = carrying.map(({ article, best, all }) => {
    const attribution = attributionOf(article, best.sentence[0], best.focus);
    const m = fam.memberOf.get(article.id);
    return {
      ...ref(article),
      text: all.map((s) => s.text).join(' … '),
      score: best.cmp.score,
      attribution: attribution?.text ?? null,
      credits: book.credits(article.id),
      copyOf: m && m.original !== article.id ? m.original : null,
    };
  });

  // Origin: the earliest carrying article (undated ones only when nothing is dated), and whom it names.
  // On the same day, a wire-credited piece or a family's original comes before a copy of it.
  const rank = (a: Article) =>
    (book.credits(a.id).wire.length ? 0 : 1) +
    (fam.memberOf.get(a.id)?.original === a.id || !fam.memberOf.has(a.id) ? 0 : 2);
  const earliest = carrying
    .slice()
    .sort(
      (x, y) =>
        byDate(x.article, y.article) || rank(x.article) - rank(y.article) || y.best.cmp.score - x.best.cmp.score,
    )[0];
  const eAttr = attributionOf(earliest.article, earliest.best.sentence[0], earliest.best.focus);
  const wire = book.credits(earliest.article.id).wire;
  return {
    claim,
    matches,
    closest: [],
    origin: {
      id: earliest.article.id,
      published: earliest.article.published,
      attribution: eAttr?.text ?? null,
      wire: wire.length ? wire.join(', ') : null,
    },
  };
}

/** Families among a few articles: reuse the corpus-wide ones if built, else compute on these alone. */
function localFamilies(book: SourcesBook, articles: Article[]): Families {
  return book.familiesIfBuilt() ?? copyFamilies(articles, { sample: 1 });
}

/**
 * Sentences of the candidate paragraphs compared with the claim. The paragraph (with the one before it) is read
 * only when the claim names someone the sentence does not, to find a pronoun's antecedent.
 */
function scoreArticle(article: Article, paragraphs: Set<number>, claim: Analysis, weigh: Weigher): Scored[] {
  const out: Scored[] = [];
  const names = claim.tokens.some((t) => /^\p{Lu}/u.test(t.surface));
  for (const p of paragraphs) {
    let context: Analysis | undefined;
    for (const s of article.sentences) {
      if (s.paragraph !== p) continue;
      const a = analyze(s.text);
      let cmp = compare(claim, a, weigh);
      if (names && !carries(cmp) && (cmp.veto === 'name' || cmp.veto === null)) {
        context ??= analyze((p > 0 ? article.paragraphs[p - 1] + ' ' : '') + article.paragraphs[p]);
        cmp = compare(claim, a, weigh, context);
      }
      const scored: Scored = {
        sentence: [s.index],
        text: s.text,
        cmp,
        focus: carries(cmp) ? focusOf(a, cmp, weigh) : undefined,
      };
      out.push(carries(cmp) ? narrow(scored, claim, weigh, context) : scored);
    }
  }
  return out;
}

/**
 * A "sentence" may hold several: a quotation of two sentences ("... unrealistic. The Syrian government will not
 * do that," he said), or two glued by a stray character. Quote only the one that carries the claim, when one
 * alone carries it as fully as the whole.
 */
function narrow(scored: Scored, claim: Analysis, weigh: Weigher, context?: Analysis): Scored {
  const parts = scored.text
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})|(?<=\.)¬\s*/u)
    .filter((x) => x.split(/\s+/).length >= 4);
  if (parts.length < 2) return scored;
  for (const part of parts) {
    const cmp = compare(claim, analyze(part), weigh, context);
    if (carries(cmp) && cmp.coverage >= scored.cmp.coverage - 1e-9) return { ...scored, text: part.trim(), cmp };
  }
  return scored;
}

function byDate(a: Article, b: Article): number {
  if (a.published && b.published) return a.published < b.published ? -1 : a.published > b.published ? 1 : 0;
  return a.published ? -1 : b.published ? 1 : 0;
}
