// `npm run bench`: speed, memory and robustness on ../shared/scale (37,554 real articles), read from there.
// Each size runs in its own process (heap and RSS are then that size's own), ours and plain MiniSearch apart.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const sizes = (process.argv[2] ?? '1000,10000,37554').split(',').map(Number);
const withBaseline = !process.argv.includes('--no-baseline');

// Load, clean and index are measured with Node's default heap settings, as `npm start` runs; the full start with
// extraction and plain MiniSearch need a larger heap at 37k, which also lets V8 collect later (higher RSS), so
// they run in processes of their own.
async function child(n: number, mode: string) {
  const heap = mode === 'index' ? [] : ['--max-old-space-size=8192'];
  const { stdout } = await run(
    process.execPath,
    ['--expose-gc', ...heap, '--import', 'tsx', join(here, 'bench-one.ts'), String(n), mode],
    {
      maxBuffer: 1 << 24,
      cwd: join(here, '..'),
    },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!);
}

const f = (ms: number) => (ms / 1000).toFixed(1) + ' s';
const mb = (x: number) => x.toFixed(0) + ' MB';
const lat = (p: { p50: number; p99: number }) => `${p.p50.toFixed(1)} / ${p.p99.toFixed(1)} ms`;

console.log(
  '| articles | load+clean | index | total | text MB/s | heap / RSS after index | search p50 / p99 | skipped | + extraction (quotes, figures, provenance) | heap / RSS after | quote p50/p99 | sources p50/p99 | plain MiniSearch over sentences: build, heap | plain p50/p99 exact | plain p50/p99 fuzzy+prefix | ours ÷ plain (build) |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const n of sizes) {
  const o = { ...(await child(n, 'ours')), ...(await child(n, 'index')) };
  const b = withBaseline ? await child(n, 'baseline') : null;
  const total = o.loadMs + o.indexMs;
  const skipped = `${o.skipped.emptyText} empty, ${o.skipped.noBody} no body, ${o.skipped.badJson} bad JSON; ${o.datesDropped} bad dates dropped`;
  console.log(
    `| ${o.articles} (${o.paragraphs} paragraphs, ${o.sentences} sentences) | ${f(o.loadMs)} | ${f(o.indexMs)} | ${f(total)} | ${(o.chars / 1e6 / (total / 1000)).toFixed(2)} | ` +
      `${mb(o.afterIndex.heapMB)} / ${mb(o.afterIndex.rssMB)} | ${lat(o.search)} | ${skipped} | ${f(o.coverageMs)} (${o.quotes} quotes, ${o.estimates} estimates) | ` +
      `${mb(o.afterCoverage.heapMB)} / ${mb(o.afterCoverage.rssMB)} | ${lat(o.quote)} | ${lat(o.sources)} | ` +
      (b
        ? `${f(b.indexMs)}, ${mb(b.after.heapMB)} | ${lat(b.exact)} | ${lat(b.fuzzy)} | ${(total / b.indexMs).toFixed(2)} |`
        : '– | – | – | – |'),
  );
}
