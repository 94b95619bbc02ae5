// `npx tsx bench/answer-speed.ts DIR [--dump FILE] [--only quote,sources:claims,…]`: answering alone, on the
// saved state of DIR (as bench/live-one.ts makes it: `npm run bench:live -- N --phases cold`), read back as a
// restart does and primed as the bot primes it, so that only the answers are timed (and profiled, under
// `node --cpu-prof`). The queries are those of the two benches: bench-one.ts's headline words and claims
// (bench/queries.ts), and live-one.ts's most quoted speakers and article sentences. `--dump FILE` writes every
// answer's JSON by its SHA-256, a line each, to compare two builds' answers with `cmp`. BENCH_STATE_VERSIONS as in live-one.ts.
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Session } from 'node:inspector/promises';
import { LiveCoverage, defaultStateDir } from '../src/answers/live';
import { claims, queries } from './queries';
import { METRICS } from '../src/extract/vocabulary';

const args = process.argv.slice(2);
const dir = args[0];
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dump = flag('--dump');
const only = flag('--only')?.split(',');
// `--profile DIR`: a CPU profile (Chrome's .cpuprofile) of each set of queries, apart.
const profileDir = flag('--profile');
const stamped = process.env.BENCH_STATE_VERSIONS?.split('|');

const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const t0 = performance.now();
const { live } = await LiveCoverage.open(dir, {
  stateDir: defaultStateDir(dir),
  ...(stamped && { versions: { corpus: stamped[0], extract: stamped[1], answers: stamped[2] } }),
});
await live.prime();
const c = live.current();
console.error(`ready and primed in ${Math.round(performance.now() - t0)} ms, ${c.corpus.articles.length} articles`);

const out = dump ? openSync(dump, 'w') : null;
/** An answer's JSON text by its SHA-256 (the answers of the most quoted persons are tens of MB each). */
const digest = (a: unknown) => createHash('sha256').update(JSON.stringify(a)).digest('hex');
const session = profileDir ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
}
async function run<T>(name: string, inputs: T[], answer: (x: T) => unknown): Promise<void> {
  if (only && !only.includes(name) && !only.includes(name.split(':')[0])) return;
  if (session) await session.post('Profiler.start');
  const times: number[] = [];
  const c0 = cpu();
  const answers: unknown[] = [];
  for (const x of inputs) {
    const t = performance.now();
    answers.push(answer(x));
    times.push(performance.now() - t);
  }
  const used = cpu() - c0;
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(`${profileDir}/${name.replace(':', '-')}.cpuprofile`, JSON.stringify(profile));
  }
  const s = [...times].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))].toFixed(1);
  const slowest = times.indexOf(s[s.length - 1]);
  console.log(
    `${name.padEnd(18)} n=${inputs.length} p50 ${at(0.5)} p99 ${at(0.99)} max ${at(1)} ms, cpu ${Math.round(used)} ms` +
      `, slowest ${JSON.stringify(inputs[slowest]).slice(0, 60)}`,
  );
  if (out !== null) answers.forEach((a, i) => writeSync(out, `${name}\t${JSON.stringify(inputs[i])}\t${digest(a)}\n`));
}

const articles = c.corpus.articles;
const headlineWords = queries(articles).slice(0, 200);
const people = c
  .speakers('')
  .slice(0, 200)
  .map((s) => s.name);
const claimTexts = claims(articles);
const sentences = articles
  .filter((_, i) => i % 97 === 0)
  .slice(0, 100)
  .map((a) => a.sentences[Math.min(2, a.sentences.length - 1)]?.text ?? a.title ?? '');
const estimators = [
  ...new Set(
    c
      .toll()
      .estimates.map((e) => e.estimator)
      .filter((e): e is string => !!e),
  ),
].slice(0, 20);
const tollOptions = [
  {},
  ...METRICS.map((metric) => ({ metric })),
  ...estimators.map((estimator) => ({ estimator })),
  { from: '2020-01-01' },
  { to: '2019-12-31' },
];

await run('quote:words', headlineWords, (q) => c.quote(q));
await run('quote:people', people, (q) => c.quote(q));
await run('quote:people-again', people, (q) => c.quote(q));
await run('quote:limited', headlineWords.slice(0, 50), (q) => c.quote(q, { limit: 10, words: q.split(' ')[0] }));
await run('sources:claims', claimTexts, (q) => c.sources(q));
await run('sources:sentences', sentences, (q) => c.sources(q));
await run('toll:options', tollOptions, (o) => c.toll(o));
await run(
  'toll:default',
  Array.from({ length: 100 }, () => ({})),
  (o) => c.toll(o),
);
await run(
  'articles',
  Array.from({ length: 20 }, (_, i) => i),
  () => c.articles(),
);
if (out !== null) closeSync(out);
process.exit(0);
