// Where the time of a start and of an answer goes, phase by phase, on the first N scale articles: for profiling
// (with `node --cpu-prof`), not a bench row. The per-article extraction runs in this thread (no workers), so its
// time is CPU time and a profile sees it; the slowest /quote and /sources queries are named.
//   node --expose-gc --max-old-space-size=8192 --import tsx bench/profile-phases.ts 5000 [phase…]
import { loadScale } from './scale';
import { claims, queries } from './queries';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { createHash } from 'node:crypto';
import { prepareAll, type Prepared } from '../src/answers/prepare';
import { quotesOf } from '../src/extract/quote-attribute';
import { extractFigures } from '../src/extract/figures';
import { assembleCoverage, deriveAll, withProblems, type PartTimes } from '../src/answers/coverage';
import type { Article } from '../src/corpus/schema';

const limit = Number(process.argv[2] ?? 1000);
const cpu = () => process.cpuUsage().user / 1000;

function pct(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: +at(0.5).toFixed(1), p99: +at(0.99).toFixed(1), sum: Math.round(s.reduce((a, b) => a + b, 0)) };
}

// PROFILE_REUSE=file: the articles and their extraction read from (or, the first time, written to) that file, to
// time what comes after extraction without running it again (only while extraction code is unchanged).
const reuse = process.env.PROFILE_REUSE;
let loaded: { articles: Article[]; ms: number };
let prepared: Prepared[];
let c = cpu();
if (reuse && existsSync(reuse)) {
  ({ articles: loaded, prepared } = deserialize(readFileSync(reuse)) as {
    articles: { articles: Article[]; ms: number };
    prepared: Prepared[];
  });
  console.log(`articles ${loaded.articles.length} and their extraction read back, ${Math.round(cpu() - c)} ms`);
} else {
  loaded = await loadScale(limit);
  console.log(`articles ${loaded.articles.length}, load ${Math.round(loaded.ms)} ms`);
  c = cpu();
  let extractQ = 0;
  let extractF = 0;
  // PROFILE_WORKERS=1: in worker threads, as a start runs it (quicker; its time is then not in this thread's profile).
  prepared = process.env.PROFILE_WORKERS
    ? await prepareAll(loaded.articles)
    : loaded.articles.map((a) => {
        const t = performance.now();
        const quotes = quotesOf(a.paragraphs);
        const t2 = performance.now();
        const figures = extractFigures(a);
        extractQ += t2 - t;
        extractF += performance.now() - t2;
        return { quotes, figures, problems: [] as string[] };
      });
  console.log(
    `extract (one thread): quotations ${Math.round(extractQ)} ms, figures ${Math.round(extractF)} ms, cpu ${Math.round(cpu() - c)} ms`,
  );
  if (reuse) writeFileSync(reuse, serialize({ articles: { articles: loaded.articles, ms: loaded.ms }, prepared }));
}
if (process.env.PROFILE_ONLY === 'extract') process.exit(0);

c = cpu();
const corpus = withProblems({ dir: 'scale', articles: loaded.articles, warnings: [] }, prepared);
const times: PartTimes = {};
const derived = deriveAll(corpus, prepared, times);
console.log(`derive cpu ${Math.round(cpu() - c)} ms`, times);
c = cpu();
const coverage = assembleCoverage(corpus, derived);
console.log(`assemble (sources book) cpu ${Math.round(cpu() - c)} ms`);
if (process.env.PROFILE_ONLY === 'derive') process.exit(0);

// Fingerprints of what the answers say, to check that a change of speed changed no answer.
const digest = (xs: unknown[]) => {
  const h = createHash('sha256');
  for (const x of xs) h.update(JSON.stringify(x) + '\n');
  return h.digest('hex').slice(0, 16);
};
const everything = coverage.export();
console.log(
  `export ${digest([...everything.quotes, ...everything.estimates])}: ${everything.quotes.length} quotations, ${everything.estimates.length} estimates`,
);
// Each command's questions answered in turn: CPU time, latency percentiles, a fingerprint of the answers, and the
// slowest questions named.
function timed(command: string, questions: string[], answer: (q: string) => unknown, slowest: number) {
  const c0 = cpu();
  const times = questions.map((q) => {
    const t = performance.now();
    const said = answer(q);
    return { q, ms: performance.now() - t, said };
  });
  console.log(
    `${command} cpu ${Math.round(cpu() - c0)} ms`,
    pct(times.map((x) => x.ms)),
    `answers ${digest(times.map((x) => x.said))}`,
  );
  for (const x of [...times].sort((a, b) => b.ms - a.ms).slice(0, slowest))
    console.log(`  ${x.ms.toFixed(1)} ms  ${x.q.slice(0, 90)}`);
}
timed('/quote', queries(loaded.articles).slice(0, 200), (q) => coverage.quote(q), 8);
timed('/sources', claims(loaded.articles), (q) => coverage.sources(q), 5);
