// The /toll gold (bench/toll-gold.json) and the articles it was labelled on, read the one way both its users need:
// eval-toll.ts (scores the bot against it) and check-toll-gold.ts (checks it without extracting any figure) must see
// the same sentence numbers, so both build each article here.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArticle } from '../src/corpus/article';
import type { Article } from '../src/corpus/schema';
import { readScale, type ScaleRecord } from './scale';

export interface GoldFigure {
  sentence: number;
  hash: string;
  metric: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  estimator: string | null;
  asOf: string | null;
  history: boolean;
}
export interface GoldArticle {
  n: number;
  id: string;
  published: string;
  /** dev, untouched, fresh, final, holdout (development material now), or a newer held-out sample. */
  sample: string;
  figures: GoldFigure[];
}

/**
 * The samples rules were tuned on (draws 0–684: the holdout became development material in the fifth round, holdout2
 * in the sixth, holdout3 in the seventh, holdout4 in the eighth, holdout5 in the ninth, holdout6 in the tenth,
 * holdout7 in the thirteenth, holdout8 in the fourteenth, holdout11 (draws 805–864) in the fifteenth, each written on
 * its misses after it had been scored once).
 */
export const DEVELOPMENT = [
  'dev',
  'untouched',
  'fresh',
  'final',
  'holdout',
  'holdout2',
  'holdout3',
  'holdout4',
  'holdout5',
  'holdout6',
  'holdout7',
  'holdout8',
  'holdout11',
];

/** The sentence's fingerprint the gold keeps instead of its text. */
export const goldHash = (s: string): string => createHash('sha1').update(s).digest('hex').slice(0, 10);

export function readGold(): { about: string; articles: GoldArticle[] } {
  return JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'toll-gold.json'), 'utf8'));
}

/** The scale records of these gold articles, by id. */
export async function goldRecords(articles: GoldArticle[]): Promise<Map<string, ScaleRecord>> {
  const ids = new Set(articles.map((a) => a.id));
  const recs = new Map<string, ScaleRecord>();
  for await (const rec of readScale()) if (rec && ids.has(rec.ID)) recs.set(rec.ID, rec);
  return recs;
}

/** The article as the gold's labeller numbered its sentences. */
export function goldArticle(a: GoldArticle, rec: ScaleRecord & { content_original: string }): Article {
  return buildArticle({
    id: a.id,
    file: `${a.id}.txt`,
    format: 'txt',
    text: rec.content_original,
    manifest: {
      file: `${a.id}.txt`,
      published: a.published,
      title: rec.title || undefined,
      outlet: rec.source || undefined,
    },
  });
}
