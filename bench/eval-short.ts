// Issue 17 (a short article is an article), measured on material the rules never saw:
//  - ../shared/mrpc-dev/corpus: 3,529 one-sentence news files, loaded as they are; every one must load.
//  - ../shared/scale: one sentence of 8 to 40 words from each of many real articles, written one per file by
//    bench/short-items.ts beside furniture files (menus, share bars, cookie notices, prompts, photo credits).
//    Development samples (records 0 to 1,999 with furniture FURNITURE_DEV; records 20,000 to 21,999 with
//    FURNITURE_HELD_OUT, whose misses were read) and untouched ones: records 30,000 to 31,999 (scored once, before
//    the last rule change: sentences ending in a colon) and records 35,000 to 36,999 (scored once, after it).
// Floors: at least 99% of news items kept, at least 95% of furniture files dropped.
//   npm run eval:short [-- --misses]
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load';
import { buildArticle } from '../src/corpus/article';
import { readScale, SCALE_FILE } from './scale';
import { writeShortItems, bulletinSentences, tally, FURNITURE_DEV, FURNITURE_HELD_OUT } from './short-items';

const MRPC = resolve('../shared/mrpc-dev/corpus');
// The targets, and the regression floors CI holds: the figures measured when the rules were last changed,
// less a point and a half (the scale samples keep 98.0–98.4% of news items, short of the 99% target).
const NEWS_TARGET = 0.99;
const NEWS_FLOOR = 0.965;
const MRPC_FLOOR = 0.99;
const FURNITURE_FLOOR = 0.95;
let targetMissed = false;
const misses = process.argv.includes('--misses');
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
let failed = false;

async function mrpc() {
  if (!existsSync(MRPC)) {
    console.log('skipped: mrpc-dev absent');
    return;
  }
  const t0 = performance.now();
  const corpus = await loadCorpus(MRPC);
  const files = (await import('node:fs')).readdirSync(MRPC).filter((f) => f.endsWith('.txt'));
  const kept = corpus.articles.length;
  console.log(
    `mrpc-dev one-sentence files loaded: ${pct(kept, files.length)} in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  if (misses) for (const w of corpus.warnings) console.log(`  dropped ${w.file}: ${w.message}`);
  if (kept / files.length < NEWS_TARGET) targetMissed = true;
  if (kept / files.length < MRPC_FLOOR) failed = true;
}

/** One sentence of bulletin length from each article in records [from, to). */
async function scaleSentences(from: number, to: number): Promise<string[]> {
  const out: string[] = [];
  let n = 0;
  for await (const r of readScale(to)) {
    if (n++ < from || !r?.content_original) continue;
    let article;
    try {
      article = buildArticle({ id: r.ID, file: `${r.ID}.txt`, format: 'txt', text: r.content_original });
    } catch {
      continue;
    }
    const candidates = bulletinSentences(article.sentences.map((s) => s.text));
    // Not the first (often a dateline or a headline run into the lead): the middle one.
    if (candidates.length) out.push(candidates[Math.floor(candidates.length / 2)]);
  }
  return out;
}

async function sample(name: string, from: number, to: number, furniture: string[]) {
  const t0 = performance.now();
  const sentences = await scaleSentences(from, to);
  const dir = await mkdtemp(join(tmpdir(), 'eval-short-'));
  try {
    const items = await writeShortItems(dir, sentences, furniture);
    const corpus = await loadCorpus(dir);
    const t = tally(
      items,
      corpus.articles.map((a) => a.file),
    );
    console.log(
      `${name}: news items kept ${pct(t.newsKept, t.news)} · furniture files dropped ${pct(t.furnitureDropped, t.furniture)} · ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (misses) {
      const byFile = new Map(items.news.map((f, i) => [f, sentences[i]]));
      for (const f of t.newsDropped) console.log(`  news dropped ${f}: ${byFile.get(f)}`);
      for (const f of t.furnitureKept) console.log(`  furniture kept ${f}: ${furniture[items.furniture.indexOf(f)]}`);
    }
    if (t.newsKept / t.news < NEWS_TARGET) targetMissed = true;
    if (t.newsKept / t.news < NEWS_FLOOR || t.furnitureDropped / t.furniture < FURNITURE_FLOOR) failed = true;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await mrpc();
if (!existsSync(SCALE_FILE)) console.log('skipped: scale absent');
else {
  await sample('scale, development (records 0-1,999; furniture dev)', 0, 2000, FURNITURE_DEV);
  await sample(
    'scale, second development sample (records 20,000-21,999; furniture held out)',
    20000,
    22000,
    FURNITURE_HELD_OUT,
  );
  await sample(
    'scale, untouched until the last rule change (records 30,000-31,999; furniture held out)',
    30000,
    32000,
    FURNITURE_HELD_OUT,
  );
  await sample('scale, untouched (records 35,000-36,999; furniture held out)', 35000, 37000, FURNITURE_HELD_OUT);
}
console.log(`issue 17 target: news kept ≥ ${NEWS_TARGET * 100}% on every sample: ${targetMissed ? 'NOT MET' : 'met'}`);
console.log(
  `regression floors: news kept ≥ ${NEWS_FLOOR * 100}% (MRPC ≥ ${MRPC_FLOOR * 100}%), furniture dropped ≥ ${FURNITURE_FLOOR * 100}%`,
);
process.exit(failed ? 1 : 0);
