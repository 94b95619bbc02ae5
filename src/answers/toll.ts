// /toll: casualty and displacement estimates by date, who gave them, and which articles carry them.
//
// One row per distinct estimate: the same (metric, bounds, qualifier, estimator, as-of day, population) carried by
// several articles is one row listing them all. "over 7,500" and "more than 7,500" say the same thing (a lower bound,
// no upper one) and share a row, each article keeping its own wording; "an estimated 7,500" with no estimator named
// is another estimate (approximate, nobody's) and stands beside it, never merged or averaged.
import type { Article, Corpus } from '../corpus/schema';
import { extractFigures, type Figure } from '../extract/figures';
import { groupBySeries, METRICS, type Estimate, type Metric, type TollAnswer, type UndatedEstimate } from './types';
import { estimatorKey } from '../extract/figures';
import { kept } from '../util/kept';

export interface TollBook {
  /** Current estimates, newest first. */
  estimates: Estimate[];
  /** Figures about earlier events, kept out of the timeline. */
  history: Estimate[];
  /** Figures from articles that give no date (absent from a state saved before they were kept). */
  undated?: UndatedEstimate[];
}

export interface TollOptions {
  metric?: Metric;
  from?: string;
  to?: string;
  estimator?: string;
}

type Row = Omit<Estimate, 'asOf'> & { asOf: string | null; qualifier: NonNullable<Estimate['qualifier']> };
const dated = (r: Row): r is Row & Estimate => r.asOf !== null;

function rowKey(f: Figure): string {
  return [
    f.metric,
    f.low ?? '',
    f.high ?? '',
    f.qualifier,
    f.estimatorKey ?? '',
    f.asOf ?? 'undated',
    f.population ?? '',
    f.history,
  ].join('|');
}

/**
 * The name shown for an estimator key: the fullest form any article used ("United Nations" over "U.N."), so a reader
 * sees the name, and the short forms still group under it.
 */
function canonicalNames(figures: Figure[]): Map<string, string> {
  const forms = new Map<string, Map<string, number>>();
  for (const f of figures) {
    if (!f.estimatorKey || !f.estimator) continue;
    const m = forms.get(f.estimatorKey) ?? new Map<string, number>();
    m.set(f.estimator, (m.get(f.estimator) ?? 0) + 1);
    forms.set(f.estimatorKey, m);
  }
  const out = new Map<string, string>();
  for (const [key, m] of forms) {
    const best = [...m.entries()].sort(
      (a, b) =>
        wordCount(b[0]) - wordCount(a[0]) || b[0].length - a[0].length || b[1] - a[1] || a[0].localeCompare(b[0]),
    )[0][0];
    out.set(key, best);
  }
  return out;
}
const wordCount = (s: string) => s.split(/\s+/).length;

function refOf(a: Article) {
  return { id: a.id, published: a.published, outlet: a.outlet, title: a.title, url: a.url };
}

/** `prepared`: each article's figures, when extraction already ran (in worker threads, see prepare.ts). */
export function buildTollBook(corpus: Corpus, prepared?: Figure[][]): TollBook {
  const found: { figure: Figure; article: Article }[] = [];
  corpus.articles.forEach((article, i) => {
    for (const figure of prepared?.[i] ?? extractFigures(article)) found.push({ figure, article });
  });
  const names = canonicalNames(found.map((x) => x.figure));
  const rows = new Map<string, Row>();
  const wordings = new Map<string, Map<string, number>>();
  for (const { figure: f, article } of found) {
    const key = rowKey(f);
    let row = rows.get(key);
    if (!row) {
      row = {
        metric: f.metric,
        low: f.low,
        high: f.high,
        display: f.display,
        estimator: f.estimatorKey ? (names.get(f.estimatorKey) ?? f.estimator) : null,
        asOf: f.asOf,
        history: f.history,
        articles: [],
        qualifier: f.qualifier,
        estimatorKey: f.estimatorKey,
        asOfPrecision: f.asOfPrecision,
        population: f.population,
      };
      rows.set(key, row);
      wordings.set(key, new Map());
    }
    const w = wordings.get(key)!;
    w.set(f.display, (w.get(f.display) ?? 0) + 1);
    if (!row.articles.some((a) => a.id === article.id))
      row.articles.push({ ...refOf(article), sentence: f.sentence, wording: f.display });
  }
  for (const [key, row] of rows) {
    // The row shows the wording most articles used (the earliest article's on a tie); each article keeps its own.
    row.articles.sort(
      (a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id.localeCompare(b.id),
    );
    const counts = wordings.get(key)!;
    const firstUse = (wording: string) => row.articles.findIndex((a) => a.wording === wording);
    const w = [...counts.entries()].sort((a, b) => b[1] - a[1] || firstUse(a[0]) - firstUse(b[0]))[0];
    if (w) row.display = w[0];
    for (const a of row.articles) if (a.wording === row.display) delete a.wording;
  }
  const all = [...rows.values()].filter(dated).sort(newestFirst);
  const undated = [...rows.values()]
    .filter((r) => !dated(r))
    .map(({ asOf: _asOf, asOfPrecision: _precision, history: _history, ...rest }) => rest)
    .sort(largestFirst);
  return { estimates: all.filter((r) => !r.history), history: all.filter((r) => r.history), undated };
}

/** A figure's floor for ordering and comparing: its lower bound, else its upper one. */
const floor = (e: Pick<Estimate, 'low' | 'high'>) => e.low ?? e.high ?? 0;

function newestFirst(a: Estimate, b: Estimate): number {
  // Same day and metric: the larger figure first, then named estimators before unnamed ones.
  return (
    b.asOf.localeCompare(a.asOf) ||
    METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) ||
    (a.population ? 1 : 0) - (b.population ? 1 : 0) ||
    floor(b) - floor(a) ||
    (a.estimator === null ? 1 : 0) - (b.estimator === null ? 1 : 0) ||
    (a.estimator ?? '').localeCompare(b.estimator ?? '')
  );
}

function largestFirst(a: UndatedEstimate, b: UndatedEstimate): number {
  return (
    METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) ||
    (a.population ? 1 : 0) - (b.population ? 1 : 0) ||
    floor(b) - floor(a) ||
    (a.estimator ?? '').localeCompare(b.estimator ?? '')
  );
}

function matchesEstimator(e: Pick<Estimate, 'estimator' | 'estimatorKey'>, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  if (/^(?:none|nobody|unnamed|unknown)$/.test(q)) return e.estimator === null;
  if (!e.estimator) return false;
  const key = estimatorKey(query);
  return (
    e.estimatorKey === key ||
    e.estimator.toLowerCase().includes(q) ||
    (e.estimatorKey ?? '').toLowerCase() === q.replace(/\./g, '')
  );
}

/**
 * Answers kept per book, by their options: a book does not change, and /toll is mostly asked as it opens (no
 * options) or with one metric; a few kept, the oldest dropped first. On 10,000 scale articles an answer without
 * options was 5–40 ms (its changes' sentences over every estimate), asked again by every user and by autocomplete.
 */
const answersOf = new WeakMap<TollBook, Map<string, TollAnswer>>();
const ANSWERS_KEPT = 64;

export function answerToll(book: TollBook, options: TollOptions = {}): TollAnswer {
  let answers = answersOf.get(book);
  if (!answers) answersOf.set(book, (answers = new Map()));
  // Every option in the key, in one order, so that an option added later cannot be answered from another's entry.
  const key = JSON.stringify(
    Object.entries(options)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return kept(answers, key, ANSWERS_KEPT, () => tollAnswer(book, options));
}

function tollAnswer(book: TollBook, options: TollOptions): TollAnswer {
  const keep = (e: Estimate) =>
    (!options.metric || e.metric === options.metric) &&
    (!options.from || e.asOf >= options.from) &&
    (!options.to || e.asOf <= options.to) &&
    (!options.estimator || matchesEstimator(e, options.estimator));
  const estimates = book.estimates.filter(keep);
  // History is dated decades back, so a date range would always hide it; only metric and estimator filter it.
  const history = book.history.filter(
    (e) =>
      (!options.metric || e.metric === options.metric) &&
      (!options.estimator || matchesEstimator(e, options.estimator)),
  );
  // An undated figure may or may not fall in a range asked for: it is shown only when no range is.
  const undated = (book.undated ?? []).filter(
    (e) =>
      !options.from &&
      !options.to &&
      (!options.metric || e.metric === options.metric) &&
      (!options.estimator || matchesEstimator(e, options.estimator)),
  );
  return { estimates, changes: describeChanges(estimates), history, ...(undated.length ? { undated } : {}) };
}

export function exportEstimates(book: TollBook): Estimate[] {
  return book.estimates;
}

// ---------------------------------------------------------------------------------------------------------------
// What changed

/** "more than 7,500 (United Nations)" */
export function figureWithSource(e: Estimate): string {
  return `${e.display} (${e.estimator ?? 'no estimator named'})`;
}

export function seriesName(e: Pick<Estimate, 'metric' | 'population'>): string {
  return e.population ? `${e.metric} (${e.population})` : e.metric;
}

/**
 * Plain sentences on how each metric moved: for each pair of consecutive dates, what was reported on each, and
 * whether the figures went up or down (compared on their floors, the only honest comparison for "more than" and
 * "thousands"); and, on one date, estimates that differ and stand side by side.
 */
export function describeChanges(estimates: Estimate[]): string[] {
  const out: string[] = [];
  for (const group of groupBySeries(estimates)) {
    const name = seriesName(group.series);
    const rows = group.items;
    const byDate = new Map<string, Estimate[]>();
    for (const r of rows) {
      const same = byDate.get(r.asOf);
      if (same) same.push(r);
      else byDate.set(r.asOf, [r]);
    }
    const dates = [...byDate.keys()].sort();
    // Each date's figures written once: a date is "after" in one sentence and "before" in the next.
    const written = new Map<string, string>();
    const figures = (d: string) => kept(written, d, Infinity, () => byDate.get(d)!.map(figureWithSource).join('; '));
    for (let i = 1; i < dates.length; i++) {
      const before = byDate.get(dates[i - 1])!;
      const after = byDate.get(dates[i])!;
      // Compare like with like where the same estimator spoke on both dates, else the highest floors.
      const earlier = new Set(before.map((b) => b.estimatorKey).filter(Boolean));
      const shared = after.filter((a) => a.estimatorKey && earlier.has(a.estimatorKey));
      const sharedKeys = new Set(shared.map((a) => a.estimatorKey));
      const from = shared.length ? before.filter((b) => sharedKeys.has(b.estimatorKey)) : before;
      const to = shared.length ? shared : after;
      const f0 = highestFloor(from);
      const f1 = highestFloor(to);
      const verb = f1 > f0 ? 'rose' : f1 < f0 ? 'was reported lower' : 'held';
      const by = shared.length && sharedKeys.size === 1 ? ` by the count of ${shared[0].estimator}` : '';
      out.push(
        `${name} ${verb}${by} from ${dates[i - 1]} to ${dates[i]}: ${figures(dates[i - 1])} → ${figures(dates[i])}`,
      );
    }
    for (const d of dates) {
      const same = byDate.get(d)!;
      if (same.length > 1)
        out.push(`${name} on ${d}: ${same.length} estimates side by side, not averaged: ${figures(d)}`);
    }
    if (dates.length === 1 && byDate.get(dates[0])!.length === 1)
      out.push(`${name}: one estimate only, ${figureWithSource(rows[0])} on ${dates[0]}`);
  }
  return out;
}

/** The highest floor of some figures (Math.max over them, without spreading a long list into arguments). */
function highestFloor(estimates: Estimate[]): number {
  let max = -Infinity;
  for (const e of estimates) max = Math.max(max, floor(e));
  return max;
}
