// Reads ../shared/scale/allsides-article-bias-37554.jsonl.gz (never copied into the project) as articles.
// The file is real and dirty: empty and malformed dates, empty texts, mojibake. What is skipped is counted.
import { createReadStream, existsSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PageInput } from '../src/corpus/article';
import { buildArticles } from '../src/corpus/parallel';
import type { Article } from '../src/corpus/schema';

export const SCALE_FILE = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../shared/scale/allsides-article-bias-37554.jsonl.gz',
);

export interface ScaleRecord {
  ID: string;
  source?: string;
  date?: string;
  title?: string;
  url?: string;
  content_original?: string;
}

export interface ScaleLoad {
  articles: Article[];
  chars: number;
  skipped: { badJson: number; emptyText: number; noBody: number };
  datesDropped: number;
  ms: number;
}

export async function* readScale(limit = Infinity): AsyncGenerator<ScaleRecord | null> {
  if (!existsSync(SCALE_FILE)) throw new Error(`${SCALE_FILE} not found (the scale corpus sits in ../shared/scale)`);
  const lines = createInterface({ input: createReadStream(SCALE_FILE).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (n++ >= limit) break;
    try {
      yield JSON.parse(line) as ScaleRecord;
    } catch {
      yield null;
    }
  }
  lines.close();
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Load and clean the first `limit` records through the same code path as a corpus folder. */
export async function loadScale(limit = Infinity): Promise<ScaleLoad> {
  const started = performance.now();
  const articles: Article[] = [];
  const skipped = { badJson: 0, emptyText: 0, noBody: 0 };
  let chars = 0;
  let datesDropped = 0;
  const inputs: PageInput[] = [];
  for await (const rec of readScale(limit)) {
    if (!rec || typeof rec.ID !== 'string') {
      skipped.badJson++;
      continue;
    }
    const text = rec.content_original ?? '';
    if (!text.trim()) {
      skipped.emptyText++;
      continue;
    }
    chars += text.length;
    // A date the manifest layer would reject is dropped, as a bad corpus.json entry's would be.
    const date =
      rec.date && ISO.test(rec.date) && rec.date >= '1990' && rec.date <= '2030' && !Number.isNaN(Date.parse(rec.date))
        ? rec.date
        : undefined;
    if (rec.date && !date) datesDropped++;
    inputs.push({
      id: rec.ID,
      file: `${rec.ID}.txt`,
      format: 'txt',
      text,
      manifest: {
        file: `${rec.ID}.txt`,
        outlet: rec.source || undefined,
        published: date,
        title: rec.title || undefined,
      },
    });
  }
  for (const built of await buildArticles(inputs)) {
    if ('error' in built) skipped.badJson++;
    else if (built.article.paragraphs.length === 0) skipped.noBody++;
    else articles.push(built.article);
  }
  return { articles, chars, skipped, datesDropped, ms: performance.now() - started };
}

/** The seeded generator the evaluation samples are drawn with (Mulberry32). */
export { rng } from '../src/util/rng';
