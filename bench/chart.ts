// Chart bench: how long a /toll chart takes to draw, and the PNGs to look at.
//
//   npm run bench:chart [-- --out /tmp/chart --scale 300]
//
// Draws the seeds' chart (all metrics, and killed alone), a made-up answer with many metrics, estimators, ranges
// and bounds, and, when ../shared/scale is there, the chart of the first N articles of the scale corpus that
// mention deaths, injuries or refugees. For each it prints the time to draw in this thread (SVG + PNG, median and
// worst of 20 runs, CPU time and wall time) and through the worker (what a user waits for, queue included), and writes
// <out>/<name>.png at full size and <out>/<name>-520.png at the width Discord shows it in a channel.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { availableParallelism, loadavg } from 'node:os';
import { loadCorpus } from '../src/corpus/load';
import { buildArticles } from '../src/corpus/parallel';
import type { PageInput } from '../src/corpus/article';
import { answerToll, buildTollBook } from '../src/answers/toll';
import type { TollAnswer } from '../src/answers/types';
import { manyFigures } from '../test/fixtures/chart-answers';
import { createChartRenderer, chartAltText } from '../src/render/chart';
import { drawChart } from '../src/render/chart-task';
import { readScale, SCALE_FILE } from './scale';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/chart' },
    scale: { type: 'string', default: '300' },
    runs: { type: 'string', default: '20' },
  },
});
const out = values.out!;
const runs = Number(values.runs);
mkdirSync(out, { recursive: true });

async function scaleAnswer(limit: number): Promise<TollAnswer | null> {
  if (!existsSync(SCALE_FILE)) return null;
  const topic = /\b(?:killed|dead|deaths?|death toll|died|refugees?|displaced|wounded|injured|casualties)\b/i;
  const inputs: PageInput[] = [];
  for await (const rec of readScale()) {
    if (!rec?.content_original || !topic.test(rec.content_original)) continue;
    const date = rec.date && /^\d{4}-\d{2}-\d{2}$/.test(rec.date) ? rec.date : undefined;
    inputs.push({
      id: rec.ID,
      file: `${rec.ID}.txt`,
      format: 'txt',
      text: rec.content_original,
      manifest: {
        file: `${rec.ID}.txt`,
        outlet: rec.source || undefined,
        published: date,
        title: rec.title || undefined,
      },
    });
    if (inputs.length >= limit) break;
  }
  const articles = (await buildArticles(inputs)).flatMap((b) => ('article' in b ? [b.article] : []));
  return answerToll(buildTollBook({ dir: SCALE_FILE, articles, warnings: [] }));
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  const seeds = buildTollBook(await loadCorpus('data'));
  const cases: [string, TollAnswer][] = [
    ['seeds', answerToll(seeds)],
    ['seeds-killed', answerToll(seeds, { metric: 'killed' })],
    ['many', manyFigures()],
    ['none', { estimates: [], changes: [] }],
  ];
  const scale = await scaleAnswer(Number(values.scale));
  if (scale) cases.push([`scale-${values.scale}`, scale]);
  else console.log(`skipped: scale corpus absent (${SCALE_FILE})`);

  const renderer = createChartRenderer();
  const first = performance.now();
  await renderer.render(cases[0][1], 1200);
  console.log(`worker start and first chart: ${(performance.now() - first).toFixed(0)} ms`);
  // On a shared machine wall time swells with other processes' load; CPU time is what one chart costs.
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  console.log(
    '| chart | figures | CPU per chart p50 / max | in thread, wall p50 / max | through the worker, wall p50 / max | PNG |',
  );
  console.log('|---|---|---|---|---|---|');
  for (const [name, answer] of cases) {
    const inThread: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      drawChart({ answer, width: 1200 });
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
      inThread.push(performance.now() - t);
    }
    const viaWorker: number[] = [];
    let png: Buffer = Buffer.alloc(0);
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      png = await renderer.render(answer, 1200);
      viaWorker.push(performance.now() - t);
    }
    writeFileSync(`${out}/${name}.png`, png);
    if (process.env.SAVE_ANSWERS) writeFileSync(`${out}/${name}.json`, JSON.stringify(answer));
    writeFileSync(`${out}/${name}-520.png`, drawChart({ answer, width: 520 }));
    const kb = (png.length / 1024).toFixed(0);
    console.log(
      `| ${name} | ${answer.estimates.filter((e) => !e.history).length} | ${pct(cpu, 0.5).toFixed(1)} / ${Math.max(...cpu).toFixed(1)} ms | ${pct(inThread, 0.5).toFixed(1)} / ${Math.max(...inThread).toFixed(1)} ms | ${pct(viaWorker, 0.5).toFixed(1)} / ${Math.max(...viaWorker).toFixed(1)} ms | ${png.readUInt32BE(16)}×${png.readUInt32BE(20)}, ${kb} KB |`,
    );
    if (process.env.ALT) console.log(`  alt: ${chartAltText(answer)}`);
  }
  // A burst: 50 charts asked at once, as 50 /toll at once would.
  const burst = createChartRenderer();
  const t = performance.now();
  const settled = await Promise.allSettled(Array.from({ length: 50 }, () => burst.render(cases[0][1], 1200)));
  const busy = settled.filter((s) => s.status === 'rejected').length;
  console.log(
    `burst of 50 at once: ${50 - busy} drawn, ${busy} refused as busy, all settled in ${(performance.now() - t).toFixed(0)} ms`,
  );
  await burst.close();
  await renderer.close();
  console.log(`PNGs in ${out}/`);
}

await main();
