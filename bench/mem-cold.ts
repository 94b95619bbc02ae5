// `npx tsx bench/mem-cold.ts DIR`: a cold start of the corpus in DIR (its saved state cleared first), as `npm start`
// makes it, with the heap and RSS at each stage of the progress and their peaks sampled every 100 ms: where a cold
// build holds its memory. One JSON line per checkpoint on stdout, the peaks last.
import { rm } from 'node:fs/promises';
import { LiveCoverage, defaultStateDir } from '../src/answers/live';

const dir = process.argv[2];
await rm(defaultStateDir(dir), { recursive: true, force: true });
const mb = (n: number) => Math.round(n / 1e6);
const peak = { heapMB: 0, rssMB: 0, externalMB: 0 };
const sample = () => {
  const m = process.memoryUsage();
  peak.heapMB = Math.max(peak.heapMB, mb(m.heapUsed));
  peak.rssMB = Math.max(peak.rssMB, mb(m.rss));
  peak.externalMB = Math.max(peak.externalMB, mb(m.external));
  return m;
};
const timer = setInterval(sample, 100);
timer.unref();
const t0 = performance.now();
let last = '';
const checkpoint = (what: string) => {
  const m = sample();
  console.log(
    JSON.stringify({
      what,
      s: Math.round(performance.now() - t0) / 1000,
      heapMB: mb(m.heapUsed),
      rssMB: mb(m.rss),
      externalMB: mb(m.external),
      buffersMB: mb(m.arrayBuffers),
    }),
  );
};
(globalThis as { __mem?: (w: string) => void }).__mem = (w) => {
  (globalThis as { gc?: () => void }).gc?.();
  checkpoint(w);
};
const { stats } = await LiveCoverage.open(dir, {
  stateDir: defaultStateDir(dir),
  onProgress: (p) => {
    const step = `${p.stage}:${Math.floor(p.done / 1000)}`;
    if (step !== last || p.done === p.total) checkpoint(`${p.stage} ${p.done}/${p.total}`);
    last = step;
  },
});
checkpoint('saved');
console.log(JSON.stringify({ peak, ms: Math.round(performance.now() - t0), stats }));
