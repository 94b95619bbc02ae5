// One reading for three commands, on real news: over a sample of ../shared/scale (read at run time, never copied),
// every sentence that two of /quote, /sources and /toll credit to someone must be credited to the same one by
// both. Prints the agreement and, with --wrong, each disagreement (article id, sentence number, the two sources).
//   npm run eval:reading [-- --limit=3000] [-- --wrong]
import { existsSync } from 'node:fs';
import { comparisons, disagreements, sentenceSources } from '../src/extract/reporting/agreement';
import { loadScale, SCALE_FILE } from './scale';

const FLOOR = 97; // % of comparisons that agree
const limit = Number(process.argv.find((a) => a.startsWith('--limit='))?.slice(8) ?? 3000);

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: ../shared/scale absent');
    return;
  }
  const { articles } = await loadScale(limit);
  // The sample: articles with a quotation and a figure-like number, where all three commands have something to say.
  const sample = articles.filter(
    (a) =>
      a.sentences.some((s) => /["“”]/.test(s.text)) &&
      a.sentences.some((s) =>
        /\b\d[\d,]*\s+(?:people|killed|dead|died|wounded|injured|refugees|displaced)\b/i.test(s.text),
      ),
  );
  let compared = 0;
  const bad: string[] = [];
  const t0 = performance.now();
  for (const a of sample) {
    for (const r of sentenceSources(a)) {
      compared += comparisons(r);
      for (const d of disagreements(r)) bad.push(`${a.id} #${r.sentence}: ${d}`);
    }
  }
  const agree = (100 * (compared - bad.length)) / Math.max(compared, 1);
  console.log(
    `articles read ${articles.length}, sample ${sample.length}, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  console.log(
    `sentences compared (pairs of commands naming a source) ${compared}, agreeing ${compared - bad.length} = ${agree.toFixed(1)}% (floor ${FLOOR}%)`,
  );
  if (process.argv.includes('--wrong')) console.log('\nDISAGREEING\n' + bad.join('\n'));
  if (compared && agree < FLOOR) {
    console.log(`BELOW FLOOR: agreement ${agree.toFixed(1)}% < ${FLOOR}%`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
