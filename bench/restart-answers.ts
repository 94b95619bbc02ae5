// `npx tsx bench/restart-answers.ts DIR > FILE`: a restart on the saved state of DIR (as bench/live-one.ts makes it),
// then a few answers of each command as JSON, so that a change to how the state is read back is checked to change no
// answer (run it before and after, and compare the files). BENCH_STATE_VERSIONS as in live-one.ts.
import { createHash } from 'node:crypto';
import { LiveCoverage, defaultStateDir } from '../src/answers/live';
import { claims } from './queries';

const [dir] = process.argv.slice(2);
const stamped = process.env.BENCH_STATE_VERSIONS?.split('|');
const { live, stats } = await LiveCoverage.open(dir, {
  stateDir: defaultStateDir(dir),
  ...(stamped && { versions: { corpus: stamped[0], extract: stamped[1], answers: stamped[2] } }),
});
const c = live.current();
const digest = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
const speakers = c.speakers('');
const names = speakers
  .filter((_, i) => i % 37 === 0)
  .slice(0, 8)
  .map((s) => s.name);
const out = {
  derived: stats.derived,
  speakers: digest(speakers),
  quote: names.map((n) => ({ n, a: c.quote(n) })),
  quoteWords: c.quote('said', { words: 'election' }),
  toll: c.toll(),
  tollDigest: digest([c.toll({ metric: 'killed' }), c.toll({ metric: 'injured' })]),
  sources: claims(c.corpus.articles, 6).map((claim) => ({ claim, a: c.sources(claim) })),
  articles: digest(c.articles()),
  export: digest(c.export()),
};
console.log(JSON.stringify(out, null, 1));
process.exit(0);
