// One phase of bench/live.ts, in a process of its own so that its time, heap and RSS are its own.
import { readdirSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { DERIVED_FILE } from '../src/answers/derived-state';
import { join } from 'node:path';
import { LiveCoverage, defaultStateDir } from '../src/answers/live';
import { groupingOptions, groupingStats } from '../src/answers/quote';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { claims } from './queries';

groupingOptions.incremental = process.env.COVERAGE_INCREMENTAL_GROUPING !== '0';

const [dir, mode] = process.argv.slice(2);

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapMB: Math.round(m.heapUsed / 1e6), rssMB: Math.round(m.rss / 1e6) };
}

function percentiles(times: number[]) {
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10;
  return { p50: at(0.5), p99: at(0.99) };
}

function time<T>(n: number, f: (i: number) => T) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    f(i);
    times.push(performance.now() - t);
  }
  return percentiles(times);
}

// "rebuild": a restart as it was before the cross-article parts were saved (they are built again, then saved).
if (mode === 'rebuild') await rm(join(defaultStateDir(dir), DERIVED_FILE), { force: true });
let update: unknown = null;
const t0 = performance.now();
// BENCH_STATE_VERSIONS=corpus|extract|answers: stamp and check the saved state with these code versions rather than
// the hashes of the code, so that a state made by an earlier build is read back by this one (a restart measured on
// the same saved articles and extraction before and after a change to the answering code, without re-extracting).
const stamped = process.env.BENCH_STATE_VERSIONS?.split('|');
const { live, stats } = await LiveCoverage.open(dir, {
  stateDir: defaultStateDir(dir),
  ...(stamped && { versions: { corpus: stamped[0], extract: stamped[1], answers: stamped[2] } }),
  debounceMs: 100,
  onUpdate: (u) => (update = 'stats' in u ? u.stats : u.error.message),
});
const readyMs = Math.round(performance.now() - t0);
const cpu = () => {
  const c = process.cpuUsage();
  return Math.round((c.user + c.system) / 1000);
};
// readyCpuMs: the process's CPU until ready, module loading included (what /usr/bin/time counts, without the exit).
const out: Record<string, unknown> = { mode, readyMs, readyCpuMs: cpu(), ...stats, ...memory() };

// BENCH_READY_ONLY=1: stop once ready (a CPU profile of the restart alone).
if (mode === 'restart' && !process.env.BENCH_READY_ONLY) {
  // What a user meets first after the restart: the first /quote (a speaker looked up, then their quotations) and
  // the first /sources, each making what it needs that the start left to be made; then what is held after them.
  // BENCH_PRIME_FIRST=1: as the bot does, the background work (the article index, the quotation book, the word
  // vectors) done first, then the answers; otherwise the answers come at once and make what they need themselves.
  const prime = async () => {
    const tp = performance.now();
    const c0 = cpu();
    await live.prime();
    out.primed = { ms: Math.round(performance.now() - tp), cpuMs: cpu() - c0, ...memory() };
  };
  if (process.env.BENCH_PRIME_FIRST) await prime();
  const c = live.current();
  // BENCH_PROFILE_FIRST=DIR: a CPU profile of each first answer (DIR/first-quote.cpuprofile, first-sources…).
  const profileDir = process.env.BENCH_PROFILE_FIRST;
  const session = profileDir ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
  }
  const first = async (name: string, f: () => unknown) => {
    if (session) await session.post('Profiler.start');
    const t = performance.now();
    const c0 = cpu();
    f();
    const took = { ms: Math.round(performance.now() - t), cpuMs: cpu() - c0 };
    if (session) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(join(profileDir!, `first-${name}.cpuprofile`), JSON.stringify(profile));
    }
    return took;
  };
  out.firstQuote = await first('quote', () => c.quote(c.speakers('')[0]?.name ?? 'said'));
  out.firstSources = await first('sources', () => c.sources(claims(c.corpus.articles, 1)[0]));
  out.afterFirstAnswers = memory();
  if (!process.env.BENCH_PRIME_FIRST) await prime();
}

if (mode === 'live') {
  const follow = live.watch();
  // A bot that has run a while: the copy families' index, made in the background after a restart, is ready.
  const tp = performance.now();
  out.familiesPrimed = await follow.primed;
  out.primeMs = Math.round(performance.now() - tp);
  const before = follow.current();
  const source = readdirSync(dir).find((f) => f.endsWith('.txt'))!;
  const text = await readFile(join(dir, source), 'utf8');
  const added = join(dir, `zz-live-${process.pid}.txt`);
  // PROFILE_UPDATE=FILE: a CPU profile (Chrome's .cpuprofile) of the process from the file written to its answers.
  const session = process.env.PROFILE_UPDATE ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const cpu0 = process.cpuUsage();
  const t = performance.now();
  await writeFile(added, `${text}\n\nThe agency said on Thursday that the figures would be revised next month.\n`);
  while (follow.current() === before) await new Promise((r) => setTimeout(r, 20));
  out.newArticleMs = Math.round(performance.now() - t);
  const cpu = process.cpuUsage(cpu0);
  out.newArticleCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  // How many quotations the update's grouping decided again, of all it placed.
  out.grouping = { ...groupingStats };
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(process.env.PROFILE_UPDATE!, JSON.stringify(profile));
    session.disconnect();
  }
  // The update's own figures come once its state is saved, after the swap.
  for (let i = 0; i < 3000 && update === null; i++) await new Promise((r) => setTimeout(r, 20));
  out.update = update;
  out.afterUpdate = memory();
  const c = follow.current();
  const people = c
    .speakers('')
    .slice(0, 200)
    .map((s) => s.name);
  const sentences = c.corpus.articles
    .filter((_, i) => i % 97 === 0)
    .slice(0, 200)
    .map((a) => a.sentences[Math.min(2, a.sentences.length - 1)]?.text ?? a.title ?? '');
  out.quote = time(200, (i) => c.quote(people[i % people.length] ?? 'said'));
  out.sources = time(100, (i) => c.sources(sentences[i % sentences.length]));
  out.toll = time(100, () => c.toll());
  out.articlesMs = time(20, () => c.articles());
  follow.close();
  await rm(added, { force: true });
}
console.log(JSON.stringify(out));
process.exit(0);
