// How a list of /toll figures is scored against the hand-labelled gold (bench/toll-gold.json), shared by the two
// scripts that do it: eval-toll.ts (the bot's figures against the gold) and toll-agreement.ts (a second labeller's
// figures against the gold), so both pair figures and judge fields the one way. The rules are written out at the top
// of eval-toll.ts.
import { estimatorKey } from '../src/extract/figures';
import { goldHash, type GoldFigure } from './toll-gold-articles';

export const FIELDS = ['metric+number', 'qualifier', 'estimator', 'as-of', 'all'] as const;
export type Field = (typeof FIELDS)[number];

/** What the scoring reads of a figure set against the gold: the bot's Figure, or a second labeller's as one. */
export interface FoundFigure {
  /** the sentence's text: its hash is compared with the gold's */
  sentence: string;
  metric: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  estimator: string | null;
  /** the day, month or year (null when the article gives no date), matched when it starts with the gold's */
  asOf: string | null;
  history: boolean;
}

const WORD_STOP = new Set(['the', 'a', 'an', 'of', 'in', 'for', 's']);
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.-]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w && !WORD_STOP.has(w));

export function sameEstimator(gold: string | null, bot: string | null): boolean {
  if (!gold || !bot) return !gold && !bot;
  if (estimatorKey(gold) === estimatorKey(bot)) return true;
  const [a, b] = [words(gold), words(bot)].sort((x, y) => x.length - y.length);
  return a.length > 0 && a.every((w) => b.includes(w));
}

export function fieldsRight(g: GoldFigure, f: FoundFigure): Record<Field, boolean> {
  const qualifier = g.qualifier === f.qualifier;
  const estimator = sameEstimator(g.estimator, f.estimator);
  const asOf = g.history === f.history && (g.asOf === null || (f.asOf ?? '').startsWith(g.asOf));
  return { 'metric+number': true, qualifier, estimator, 'as-of': asOf, all: qualifier && estimator && asOf };
}

export interface Pair<F extends FoundFigure = FoundFigure> {
  g: GoldFigure;
  f: F;
}
export function match<F extends FoundFigure>(
  gold: GoldFigure[],
  bot: F[],
): { pairs: Pair<F>[]; missed: GoldFigure[]; extra: F[] } {
  const used = new Set<number>();
  const paired = new Map<GoldFigure, F>();
  const candidate = (g: GoldFigure, f: F) => f.metric === g.metric && f.low === g.low && f.high === g.high;
  for (const sameSentence of [true, false]) {
    for (const g of gold) {
      if (paired.has(g)) continue;
      const k = bot.findIndex(
        (f, i) => !used.has(i) && candidate(g, f) && (!sameSentence || goldHash(f.sentence) === g.hash),
      );
      if (k >= 0) {
        used.add(k);
        paired.set(g, bot[k]);
      }
    }
  }
  return {
    pairs: [...paired].map(([g, f]) => ({ g, f })),
    missed: gold.filter((g) => !paired.has(g)),
    extra: bot.filter((_, i) => !used.has(i)),
  };
}

export interface Score {
  gold: number;
  bot: number;
  recall: Record<Field, number>;
  precision: Record<Field, number>;
}

export function score(results: { pairs: Pair[]; gold: number; bot: number }[]): Score {
  const s: Score = { gold: 0, bot: 0, recall: {} as Record<Field, number>, precision: {} as Record<Field, number> };
  const right = Object.fromEntries(FIELDS.map((k) => [k, 0])) as Record<Field, number>;
  for (const r of results) {
    s.gold += r.gold;
    s.bot += r.bot;
    for (const p of r.pairs) {
      const ok = fieldsRight(p.g, p.f);
      for (const k of FIELDS) if (ok[k]) right[k]++;
    }
  }
  for (const k of FIELDS) {
    s.recall[k] = s.gold ? right[k] / s.gold : 1;
    s.precision[k] = s.bot ? right[k] / s.bot : 1;
  }
  return s;
}
