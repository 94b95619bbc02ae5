// Issue 17 (a short article is an article), measured on material the rules never saw:
//  - ../shared/mrpc-dev/corpus: 3,529 one-sentence news files, loaded as they are; every one must load.
//  - ../shared/scale: one sentence of 8 to 40 words from each of many real articles, written one per file by
//    bench/short-items.ts beside furniture files (menus, share bars, cookie notices, prompts, photo credits).
// Parts (`--part dev|fresh|earlier|all`, all by default):
//  - dev: MRPC, and scale records 0 to 1,999 (furniture FURNITURE_DEV), 20,000 to 21,999 (FURNITURE_HELD_OUT) and
//    10,000 to 11,999 (FURNITURE_UNTOUCHED, the second pass's untouched sample, scored at its end and development
//    since), whose misses were read while the rules were written;
//  - fresh (alias untouched): records 15,000 to 16,999 with FURNITURE_FRESH, both written down or drawn before the
//    third pass changed any rule and scored once at its end, development in the fourth pass, and with
//    FURNITURE_READER (the fourth pass's own list, written before its rules, scored on the same news);
//  - fresh2: records 25,000 to 26,999 with FURNITURE_FRESH2 (bench/furniture-fresh2.ts), written by someone who
//    had not read the rules, before any rule was changed for it; scored before the fourth pass and once after it;
//  - earlier: the first pass's untouched samples, records 30,000 to 31,999 and 35,000 to 36,999 (scored since,
//    misses not read), with FURNITURE_HELD_OUT.
// Floors: at least 99% of news items kept, at least 95% of furniture files dropped. A list not yet read is scored
// as untouched by passing `untouched = true` to sample(): its figure is then the furniture target's line.
//   npm run eval:short [-- --part dev] [--misses]
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load';
import { buildArticle } from '../src/corpus/article';
import { readScale, SCALE_FILE } from './scale';
import {
  writeShortItems,
  bulletinSentences,
  tally,
  FURNITURE_DEV,
  FURNITURE_HELD_OUT,
  FURNITURE_UNTOUCHED,
  FURNITURE_FRESH,
  FURNITURE_READER,
} from './short-items';
import { FURNITURE_FRESH2 } from './furniture-fresh2';

const MRPC = resolve('../shared/mrpc-dev/corpus');
// The issue's targets, and the regression floors CI holds: a little under the figures measured when the rules were
// last changed (2026-12-01, fourth pass: news kept 99.0-99.6% on the development samples, MRPC 99.7%, unchanged by
// the pass; furniture dropped 100% on all five development lists, the fresh list up from 82.5% (33/40) and the
// reader list from 70.0% (21/30); the untouched fresh2 list, scored once after it, 97.5% (119/122), news 99.2%).
// The furniture target is judged on the untouched list.
const NEWS_TARGET = 0.99;
const FURNITURE_TARGET = 0.95;
const NEWS_FLOOR = 0.985;
const MRPC_FLOOR = 0.995;
const FURNITURE_FLOOR = 0.9;
const UNTOUCHED_FURNITURE_FLOOR = 0.93;
let targetMissed = false;
let furnitureTargetMissed = false;
/** Furniture dropped of the untouched (fresh) list, the issue's furniture figure; null when not scored. */
let untouchedFurniture: number | null = null;
const misses = process.argv.includes('--misses');
const partArg = process.argv.includes('--part') ? process.argv[process.argv.indexOf('--part') + 1] : 'all';
const part = partArg === 'untouched' ? 'fresh' : partArg;
if (!['dev', 'fresh', 'fresh2', 'earlier', 'all'].includes(part)) {
  console.error(`--part must be dev, fresh (or untouched), fresh2, earlier or all, not "${partArg}"`);
  process.exit(2);
}
/** A sentence in this many articles of a sample is a site's template (see scaleSentences). */
const TEMPLATE_PAGES = 3;
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

/**
 * One sentence of bulletin length from each article in records [from, to): the middle such sentence (not the
 * first, often a dateline or a headline run into the lead). A sentence that stands word for word in three or
 * more articles of the same records is passed over for the next one: it is a site's template, not any one
 * story's reporting ("You must select a newsletter to subscribe to.", a captcha notice, a sign-up form), and a
 * wire story reprinted that often still gives its other sentences. The rule looks only at repetition across
 * pages, never at what the cleaner decides.
 */
async function scaleSentences(from: number, to: number): Promise<string[]> {
  const perArticle: string[][] = [];
  const pages = new Map<string, number>();
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
    for (const c of candidates) pages.set(c, (pages.get(c) ?? 0) + 1);
    perArticle.push(candidates);
  }
  const out: string[] = [];
  for (const candidates of perArticle) {
    if (!candidates.length) continue;
    const middle = Math.floor(candidates.length / 2);
    // From the middle outwards, the first sentence that is no template.
    const order = candidates.map((_, k) => k).sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b);
    const pick = order.find((k) => (pages.get(candidates[k]) ?? 0) < TEMPLATE_PAGES);
    if (pick !== undefined) out.push(candidates[pick]);
  }
  return out;
}

/**
 * One scale sample's news items beside one furniture list, or several (each scored apart, on the same news, so a
 * further list costs no second draw): `[label, lines]`.
 */
async function sample(
  name: string,
  from: number,
  to: number,
  furniture: string[] | [string, string[]][],
  untouched = false,
) {
  const t0 = performance.now();
  const sentences = await scaleSentences(from, to);
  const lists: [string, string[]][] =
    typeof furniture[0] === 'string' ? [['', furniture as string[]]] : (furniture as [string, string[]][]);
  const all = lists.flatMap(([, lines]) => lines);
  const dir = await mkdtemp(join(tmpdir(), 'eval-short-'));
  try {
    const items = await writeShortItems(dir, sentences, all);
    const corpus = await loadCorpus(dir);
    const loaded = corpus.articles.map((a) => a.file);
    const t = tally(items, loaded);
    let start = 0;
    const perList = lists.map(([label, lines]) => {
      const files = items.furniture.slice(start, start + lines.length);
      start += lines.length;
      return { label, ...tally({ news: [], furniture: files }, loaded) };
    });
    const furnitureFigures = perList
      .map((l) => `furniture files dropped ${pct(l.furnitureDropped, l.furniture)}${l.label ? ` (${l.label})` : ''}`)
      .join(' · ');
    console.log(
      `${name}: news items kept ${pct(t.newsKept, t.news)} · ${furnitureFigures} · ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    if (misses) {
      const byFile = new Map(items.news.map((f, i) => [f, sentences[i]]));
      for (const f of t.newsDropped) console.log(`  news dropped ${f}: ${byFile.get(f)}`);
      for (const f of t.furnitureKept) console.log(`  furniture kept ${f}: ${all[items.furniture.indexOf(f)]}`);
    }
    if (t.newsKept / t.news < NEWS_TARGET) targetMissed = true;
    if (t.newsKept / t.news < NEWS_FLOOR) failed = true;
    for (const l of perList) {
      const dropped = l.furnitureDropped / l.furniture;
      if (untouched) untouchedFurniture = dropped;
      else if (dropped < FURNITURE_TARGET) furnitureTargetMissed = true;
      if (dropped < (untouched ? UNTOUCHED_FURNITURE_FLOOR : FURNITURE_FLOOR)) failed = true;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const run = (p: string) => part === 'all' || part === p;
if (run('dev')) await mrpc();
if (!existsSync(SCALE_FILE)) console.log('skipped: scale absent');
else {
  if (run('dev')) {
    await sample('scale, development (records 0-1,999; furniture dev)', 0, 2000, FURNITURE_DEV);
    await sample('scale, development (records 20,000-21,999; furniture held out)', 20000, 22000, FURNITURE_HELD_OUT);
    await sample(
      "scale, development (records 10,000-11,999; the second pass's untouched furniture)",
      10000,
      12000,
      FURNITURE_UNTOUCHED,
    );
  }
  if (run('fresh')) {
    await sample("scale, development (records 15,000-16,999; the third pass's untouched)", 15000, 17000, [
      ['fresh list', FURNITURE_FRESH],
      ['reader list', FURNITURE_READER],
    ]);
  }
  if (run('fresh2')) {
    await sample('scale, untouched (records 25,000-26,999; furniture fresh2)', 25000, 27000, FURNITURE_FRESH2, true);
  }
  if (run('earlier')) {
    await sample(
      "scale, first pass's untouched (records 30,000-31,999; furniture held out)",
      30000,
      32000,
      FURNITURE_HELD_OUT,
    );
    await sample(
      "scale, first pass's untouched (records 35,000-36,999; furniture held out)",
      35000,
      37000,
      FURNITURE_HELD_OUT,
    );
  }
}
console.log(`issue 17 target: news kept ≥ ${NEWS_TARGET * 100}% on every sample: ${targetMissed ? 'NOT MET' : 'met'}`);
if (untouchedFurniture !== null)
  console.log(
    `issue 17 target: furniture dropped ≥ ${FURNITURE_TARGET * 100}% on the untouched list (fresh2): ${(100 * untouchedFurniture).toFixed(1)}%, ${untouchedFurniture < FURNITURE_TARGET ? 'NOT MET' : 'met'}`,
  );
if (run('dev') || run('earlier'))
  console.log(
    `issue 17 target: furniture dropped ≥ ${FURNITURE_TARGET * 100}% on every development list: ${furnitureTargetMissed ? 'NOT MET' : 'met'}`,
  );
console.log(
  `regression floors: news kept ≥ ${NEWS_FLOOR * 100}% (MRPC ≥ ${MRPC_FLOOR * 100}%), furniture dropped ≥ ${UNTOUCHED_FURNITURE_FLOOR * 100}% on the untouched list, ≥ ${FURNITURE_FLOOR * 100}% on the development lists`,
);
process.exit(failed ? 1 : 0);
