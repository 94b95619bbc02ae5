// `npm run bench:live [-- N]`: the saved state and the live corpus on the first N articles of ../shared/scale
// (default all), each phase in a process of its own with Node's default heap, as `npm start` runs:
//   cold     no saved state: read, clean, extract, merge, index, and write the state
//   rebuild  the per-article state only: the cross-article parts built again (a restart before they were saved)
//   restart  the saved state, nothing changed
//   live     the saved state, then one new article dropped into the folder while running: time until it answers;
//            then /quote, /sources, /toll and /articles latency on the live corpus
// The articles are written once as files (with a corpus.json) to a folder under the system's temp dir.
//   --phases a,b   run only these phases, in this order (say `restart` alone to time a restart again on the state
//                  an earlier run left: the state is cleared first only when `cold` is among them)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readScale, SCALE_FILE } from './scale';

const HERE = fileURLToPath(new URL('.', import.meta.url));

async function materialize(limit: number): Promise<{ dir: string; files: number }> {
  // BENCH_LIVE_DIR: another folder, so that two runs (a build before and after a change) do not share one.
  const dir =
    process.env.BENCH_LIVE_DIR ?? join(tmpdir(), `coverage-bench-live-${Number.isFinite(limit) ? limit : 'all'}`);
  const done = join(dir, '.complete');
  if (existsSync(done)) return { dir, files: Number((await import('node:fs')).readFileSync(done, 'utf8')) };
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const manifest: { file: string; outlet?: string; title?: string; published?: string }[] = [];
  let files = 0;
  for await (const rec of readScale(limit)) {
    const text = rec?.content_original ?? '';
    if (!rec || typeof rec.ID !== 'string' || !text.trim()) continue;
    const file = `${rec.ID.replace(/[^\w.-]/g, '_')}.txt`;
    await writeFile(join(dir, file), text);
    const date =
      rec.date && /^\d{4}-\d{2}-\d{2}$/.test(rec.date) && !Number.isNaN(Date.parse(rec.date)) && rec.date >= '1990'
        ? rec.date
        : undefined;
    manifest.push({ file, outlet: rec.source || undefined, title: rec.title || undefined, published: date });
    files++;
  }
  await writeFile(join(dir, 'corpus.json'), JSON.stringify({ articles: manifest }));
  await writeFile(done, String(files));
  return { dir, files };
}

function phase(dir: string, mode: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(HERE, 'live-one.ts'), dir, mode], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) return { mode, failed: (r.stderr || r.stdout).split('\n').filter(Boolean).slice(-3).join(' | ') };
  const line = r.stdout.trim().split('\n').pop()!;
  return JSON.parse(line) as Record<string, unknown>;
}

async function main(): Promise<void> {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: ../shared/scale absent');
    return;
  }
  const args = process.argv.slice(2);
  const count = args.find((a) => /^\d+$/.test(a));
  const limit = count ? Number(count) : Infinity;
  const phasesAt = args.indexOf('--phases');
  const phases = phasesAt >= 0 ? args[phasesAt + 1].split(',') : ['cold', 'rebuild', 'restart', 'live'];
  const { dir, files } = await materialize(limit);
  if (phases.includes('cold')) await rm(join(dir, '.coverage-state'), { recursive: true, force: true });
  console.log(`corpus: ${files.toLocaleString('en-US')} article files in ${dir}`);
  for (const mode of phases) console.log(JSON.stringify(phase(dir, mode)));
}

await main();
