// Checks bench/toll-gold.json against the articles it was labelled on, without running any extraction: every
// figure's sentence index must name a sentence of the article as the loader segments it today, and that sentence's
// sha1 prefix must be the one the labeller recorded; the values must be ones eval-toll.ts can compare (a known
// metric and qualifier, bounds that fit the qualifier, an as-of of YYYY, YYYY-MM or YYYY-MM-DD). Prints the count of
// articles and figures per sample and metric; exits 1 on any mismatch, 0 (with "skipped") when ../shared/scale is
// absent. It never calls the figure extractor, so a new held-out sample can be checked before anyone sees the bot's
// output on it.
//
//   npx tsx bench/check-toll-gold.ts [--sample holdout2]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { METRICS, QUALIFIERS } from '../src/extract/vocabulary';
import { SCALE_FILE } from './scale';
import { goldArticle, goldHash, goldRecords, readGold, type GoldFigure } from './toll-gold-articles';

const AS_OF = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const isBound = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0);

/** What is wrong with one figure's values, whatever its sentence says (empty when nothing). */
export function valueProblems(f: GoldFigure): string[] {
  const out: string[] = [];
  if (!(METRICS as readonly string[]).includes(f.metric)) out.push(`unknown metric ${f.metric}`);
  if (!(QUALIFIERS as readonly string[]).includes(f.qualifier)) out.push(`unknown qualifier ${f.qualifier}`);
  if (!isBound(f.low) || !isBound(f.high)) out.push('a bound is not a number or null');
  if (f.low === null && f.high === null) out.push('both bounds open');
  if (f.low !== null && f.high !== null && f.low > f.high) out.push('low above high');
  // "about 70,000" and "70,000" are one number; "more than", "at least" and "thousands" leave the top open; "nearly"
  // and "as many as" the bottom; a range has two different ends
  if ((f.qualifier === 'exact' || f.qualifier === 'approx') && f.low !== f.high)
    out.push(`${f.qualifier} with two bounds`);
  if (['over', 'at-least', 'vague'].includes(f.qualifier) && (f.low === null || f.high !== null))
    out.push(`${f.qualifier} must be low–open`);
  if (f.qualifier === 'up-to' && (f.low !== null || f.high === null)) out.push('up-to must be open–high');
  if (f.qualifier === 'range' && (f.low === null || f.high === null || f.low >= f.high))
    out.push('range needs low < high');
  if (f.asOf !== null && !AS_OF.test(f.asOf)) out.push(`as-of ${f.asOf} is not YYYY, YYYY-MM or YYYY-MM-DD`);
  if (f.asOf === null && !f.history) out.push('as-of null on a figure that is not history');
  if (typeof f.history !== 'boolean') out.push('history is not true or false');
  if (f.estimator !== null && (typeof f.estimator !== 'string' || !f.estimator.trim())) out.push('empty estimator');
  if (typeof f.hash !== 'string' || !/^[0-9a-f]{10}$/.test(f.hash)) out.push('hash is not 10 hex digits');
  return out;
}

async function main() {
  const { values } = parseArgs({ options: { sample: { type: 'string' } } });
  const gold = readGold();
  const problems: string[] = [];
  const seen = new Set<string>();
  gold.articles.forEach((a, i) => {
    if (a.n !== i) problems.push(`article ${a.id}: n ${a.n} where draw ${i} was expected`);
    if (seen.has(a.id)) problems.push(`article ${a.id} listed twice`);
    seen.add(a.id);
    for (const f of a.figures)
      for (const p of valueProblems(f)) problems.push(`[${a.sample} ${a.n} s${f.sentence}] ${p}`);
  });
  const wanted = gold.articles.filter((a) => !values.sample || a.sample === values.sample);

  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: ../shared/scale absent (values checked, sentences not)');
  } else {
    const recs = await goldRecords(wanted);
    for (const a of wanted) {
      const rec = recs.get(a.id);
      if (!rec?.content_original) {
        problems.push(`[${a.sample} ${a.n}] ${a.id} missing from the scale corpus`);
        continue;
      }
      if (rec.date !== a.published)
        problems.push(`[${a.sample} ${a.n}] published ${a.published}, corpus says ${rec.date}`);
      // the same input eval-toll.ts builds, so the sentence numbers are the ones it will see
      const article = goldArticle(a, { ...rec, content_original: rec.content_original });
      for (const f of a.figures) {
        const s = article.sentences[f.sentence];
        if (!s) problems.push(`[${a.sample} ${a.n} s${f.sentence}] no such sentence (${article.sentences.length})`);
        else if (goldHash(s.text) !== f.hash)
          problems.push(`[${a.sample} ${a.n} s${f.sentence}] hash ${f.hash}, sentence hashes to ${goldHash(s.text)}`);
      }
    }
  }

  const samples = [...new Set(wanted.map((a) => a.sample))];
  for (const sample of samples) {
    const arts = wanted.filter((a) => a.sample === sample);
    const figs = arts.flatMap((a) => a.figures);
    const byMetric = new Map<string, number>();
    for (const f of figs) byMetric.set(f.metric, (byMetric.get(f.metric) ?? 0) + 1);
    const draws = `${Math.min(...arts.map((a) => a.n))}–${Math.max(...arts.map((a) => a.n))}`;
    console.log(
      `${sample} (draws ${draws}): ${arts.length} articles, ${arts.filter((a) => a.figures.length).length} with figures, ${figs.length} figures: ` +
        [...byMetric].map(([m, k]) => `${m} ${k}`).join(', '),
    );
  }
  for (const p of problems) console.log(`PROBLEM ${p}`);
  console.log(
    problems.length ? `${problems.length} problems` : 'every figure checked: values valid, sentences and hashes agree',
  );
  if (problems.length) process.exit(1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
