// One row of `npm run bench`, in a process of its own so that its heap and RSS are its own.
//   tsx bench/bench-one.ts <articles> index     load, clean, index and search only
//   tsx bench/bench-one.ts <articles> ours      load, clean, index; then the full coverage build and queries
//   tsx bench/bench-one.ts <articles> baseline  plain MiniSearch (default options) over the same sentences
import MiniSearch from 'minisearch';
import { loadScale } from './scale';
import { claims, queries } from './queries';
import { buildSearchIndex } from '../src/answers/search';
import { prepareCoverage } from '../src/answers/coverage';

const limit = Number(process.argv[2]);
const mode = process.argv[3] ?? 'ours';

function percentiles(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapMB: m.heapUsed / 1e6, rssMB: m.rss / 1e6 };
}

async function ours() {
  const loaded = await loadScale(limit);
  const t0 = performance.now();
  const index = buildSearchIndex(loaded.articles);
  const indexMs = performance.now() - t0;
  const afterIndex = memory();
  const qs = queries(loaded.articles);
  const times = qs.map((q) => {
    const t = performance.now();
    index.search(q, { limit: 10 });
    return performance.now() - t;
  });
  if (mode === 'index') {
    return { articles: loaded.articles.length, loadMs: loaded.ms, indexMs, afterIndex, search: percentiles(times) };
  }

  // The whole bot's start: extraction of quotations, figures and provenance on top of the same articles.
  const t1 = performance.now();
  const coverage = await prepareCoverage({ dir: 'scale', articles: loaded.articles, warnings: [] });
  const coverageMs = performance.now() - t1;
  const afterCoverage = memory();
  const everything = coverage.export();
  const claimTexts = claims(loaded.articles);
  const sourcesTimes = claimTexts.map((c) => {
    const t = performance.now();
    coverage.sources(c);
    return performance.now() - t;
  });
  const quoteTimes = qs.slice(0, 200).map((q) => {
    const t = performance.now();
    coverage.quote(q);
    return performance.now() - t;
  });

  return {
    articles: loaded.articles.length,
    skipped: loaded.skipped,
    datesDropped: loaded.datesDropped,
    chars: loaded.chars,
    paragraphs: index.paragraphs,
    sentences: loaded.articles.reduce((n, a) => n + a.sentences.length, 0),
    loadMs: loaded.ms,
    indexMs,
    afterIndex,
    search: percentiles(times),
    coverageMs,
    afterCoverage,
    quotes: everything.quotes.length,
    estimates: everything.estimates.length,
    sources: percentiles(sourcesTimes),
    quote: percentiles(quoteTimes),
  };
}

async function baseline() {
  const loaded = await loadScale(limit);
  const docs: { id: number; text: string }[] = [];
  for (const a of loaded.articles) for (const s of a.sentences) docs.push({ id: docs.length, text: s.text });
  const t0 = performance.now();
  const mini = new MiniSearch({ fields: ['text'] });
  mini.addAll(docs);
  const indexMs = performance.now() - t0;
  const after = memory();
  const qs = queries(loaded.articles);
  const exact = qs.map((q) => {
    const t = performance.now();
    mini.search(q);
    return performance.now() - t;
  });
  const fuzzy = qs.slice(0, 100).map((q) => {
    const t = performance.now();
    mini.search(q, { fuzzy: 0.2, prefix: true });
    return performance.now() - t;
  });
  return { sentences: docs.length, indexMs, after, exact: percentiles(exact), fuzzy: percentiles(fuzzy) };
}

const result = mode === 'baseline' ? await baseline() : await ours();
process.stdout.write(JSON.stringify(result) + '\n');
