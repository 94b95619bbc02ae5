// `npx tsx bench/per-article.ts N`: the per-article path of a cold start (clean, segment, infer, then each
// article's quotations and figures) on the first N scale articles, in this one thread, with the CPU of each stage
// per article: the figure a cold start's per-article part is, divided by the threads that run it. For a profile:
//   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/per-article.ts 2000
// BENCH_SKIP=K: start at the K-th record (a slice other than the first).
import { readScale } from './scale';
import { buildOne } from '../src/corpus/parallel';
import type { PageInput } from '../src/corpus/article';
import { prepareOne } from '../src/answers/prepare';
import { createHash } from 'node:crypto';

const limit = Number(process.argv[2] ?? 2000);
const skip = Number(process.env.BENCH_SKIP ?? 0);
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const inputs: PageInput[] = [];
let n = 0;
for await (const rec of readScale(limit + skip)) {
  if (n++ < skip) continue;
  const text = rec?.content_original ?? '';
  if (!rec || typeof rec.ID !== 'string' || !text.trim()) continue;
  inputs.push({ id: rec.ID, file: `${rec.ID}.txt`, format: 'txt', text, manifest: { file: `${rec.ID}.txt` } });
}
// The modules' first use (the tagger's model, WordNet) is paid once per thread, apart from the per-article cost.
const c0 = cpu();
const warm = buildOne(inputs[0]);
if ('article' in warm) prepareOne(warm.article);
const warmMs = cpu() - c0;

const c1 = cpu();
const built = inputs.map(buildOne);
const buildMs = cpu() - c1;
const c2 = cpu();
let quotes = 0;
let figures = 0;
// A digest of every article's build and extraction: two versions of the code compared without keeping the outputs.
const digest = createHash('sha256');
for (const b of built) {
  digest.update(JSON.stringify(b));
  if (!('article' in b)) continue;
  const p = prepareOne(b.article);
  quotes += p.quotes.quotes.length;
  figures += p.figures.length;
  digest.update(JSON.stringify(p));
}
const extractMs = cpu() - c2; // (with the digest's JSON, a few percent)
const per = (ms: number) => Math.round((ms / inputs.length) * 100) / 100;
console.log(
  JSON.stringify({
    articles: inputs.length,
    warmMs: Math.round(warmMs),
    buildMs: Math.round(buildMs),
    extractMs: Math.round(extractMs),
    perArticleMs: { build: per(buildMs), extract: per(extractMs), both: per(buildMs + extractMs) },
    quotes,
    figures,
    digest: digest.digest('hex').slice(0, 16),
  }),
);
