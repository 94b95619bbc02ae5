// How far two people labelling /toll figures by hand agree, under the same written conventions (the "about" of
// bench/toll-gold.json): the ceiling the issue's targets (0.9 on metric and number, 0.8 on every field) are measured
// against. A second labeller listed holdout10's figures on their own (bench/toll-gold-second.json, never scored as
// gold); this scores that list against the gold's with eval-toll.ts's matching and fields (bench/toll-match.ts), the
// second labeller standing where the bot stands. Recall and precision are then two views of one agreement: the gold's
// figures the second labeller also gave, and the second labeller's the gold also gave. It never runs the figure
// extractor.
//
//   npx tsx bench/toll-agreement.ts [--sample holdout10] [--second bench/toll-gold-second.json] [--swap]
//
// Prints the table, each disagreement (article, sentence, field, each side's value) and the count of each kind.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SCALE_FILE } from './scale';
import { goldArticle, goldRecords, readGold, type GoldArticle, type GoldFigure } from './toll-gold-articles';
import { fieldsRight, FIELDS, match, score, type FoundFigure, type Pair } from './toll-match';

/** A labeller's figure as the matching reads a found one: its sentence's text, its as-of or "" for none. */
export function asFound(g: GoldFigure, sentenceText: string): FoundFigure & { index: number } {
  return { ...g, sentence: sentenceText, asOf: g.asOf ?? '', index: g.sentence };
}

const show = (f: Pick<GoldFigure, 'metric' | 'low' | 'high' | 'qualifier' | 'estimator' | 'asOf' | 'history'>) =>
  `${f.metric} ${f.low ?? '…'}–${f.high ?? '…'} ${f.qualifier} | by ${f.estimator ?? '—'} | ${f.asOf || '?'}${f.history ? ' history' : ''}`;

/**
 * The kind of a field the two sides set differently on one paired figure: what a reader of the conventions would
 * have to settle to make them agree.
 */
export function disagreementKinds(g: GoldFigure, f: FoundFigure): string[] {
  const ok = fieldsRight(g, f);
  const kinds: string[] = [];
  if (!ok.qualifier) kinds.push(`qualifier: ${g.qualifier} vs ${f.qualifier}`);
  if (!ok.estimator)
    kinds.push(g.estimator && f.estimator ? 'estimator: named differently' : 'estimator: credited by one side only');
  if (!ok['as-of'])
    kinds.push(
      g.history !== f.history
        ? 'as-of: history on one side, dated on the other'
        : g.asOf && f.asOf && (g.asOf.startsWith(f.asOf) || f.asOf.startsWith(g.asOf))
          ? 'as-of: the same date, the side scored coarser (a year for a month, a month for a day)'
          : 'as-of: another date, or no year on one side',
    );
  return kinds;
}

async function main() {
  const { values } = parseArgs({
    options: {
      sample: { type: 'string', default: 'holdout10' },
      second: { type: 'string', default: 'bench/toll-gold-second.json' },
      swap: { type: 'boolean', default: false },
    },
  });
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: ../shared/scale absent');
    return;
  }
  if (!existsSync(values.second)) {
    console.log(`no second labeller's file at ${values.second}`);
    process.exit(1);
  }
  const inSample = (a: GoldArticle) => a.sample === values.sample;
  const lists = [readGold().articles.filter(inSample), JSON.parse(readFileSync(values.second, 'utf8')).articles];
  // --swap scores the gold against the second labeller: the as-of matching takes a coarser date on the reference
  // side ("2011" takes "2011-01"), so the two directions differ there
  const [gold, second]: GoldArticle[][] = values.swap ? [lists[1].filter(inSample), lists[0]] : lists;
  const [goldName, secondName] = values.swap ? ['second', 'gold'] : ['gold', 'second'];
  if (!gold.length) {
    console.log(`no article of sample ${values.sample} in the gold`);
    process.exit(1);
  }
  const recs = await goldRecords(gold);
  const results: { pairs: Pair[]; gold: number; bot: number }[] = [];
  const kinds = new Map<string, number>();
  const count = (k: string) => kinds.set(k, (kinds.get(k) ?? 0) + 1);
  console.log(
    `disagreements (${goldName} = reference, ${secondName} = scored; gold = bench/toll-gold.json, second = ${values.second}):`,
  );
  for (const a of gold) {
    const rec = recs.get(a.id);
    const other = second.find((b) => b.id === a.id);
    if (!rec?.content_original || !other) {
      console.log(`article ${a.n} ${a.id}: ${rec ? `not in the ${secondName} list` : 'missing from the scale corpus'}`);
      process.exit(1);
    }
    const article = goldArticle(a, { ...rec, content_original: rec.content_original });
    const text = (i: number) => article.sentences[i]?.text ?? '';
    const found = other.figures.map((g) => asFound(g, text(g.sentence)));
    const { pairs, missed, extra } = match(a.figures, found);
    results.push({ pairs, gold: a.figures.length, bot: found.length });
    const line = (s: number, what: string) => console.log(`[${a.n} s${s}] ${what}\n    ${text(s).slice(0, 240)}`);
    // a figure one side lists and the other not: in a sentence where the other side has an unpaired figure of its
    // own, the two read the same words differently (a sum against its parts, another metric); elsewhere one side
    // passed over it
    const goldOnlyIn = new Set(missed.map((g) => g.sentence));
    const secondOnlyIn = new Set(extra.map((f) => f.index));
    const READ_OTHERWISE = 'figure: a sentence both read, as another number or metric (each side counted)';
    for (const g of missed) {
      count(secondOnlyIn.has(g.sentence) ? READ_OTHERWISE : `figure: listed in the ${goldName} only`);
      line(g.sentence, `${goldName} only: ${show(g)}`);
    }
    for (const f of extra) {
      count(goldOnlyIn.has(f.index) ? READ_OTHERWISE : `figure: listed in the ${secondName} only`);
      line(f.index, `${secondName} only: ${show(f)}`);
    }
    for (const p of pairs)
      for (const k of disagreementKinds(p.g, p.f)) {
        count(k);
        line(p.g.sentence, `${k.split(':')[0]}: ${goldName} ${show(p.g)} | ${secondName} ${show(p.f)}`);
      }
  }
  const s = score(results);
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(
    `\n${values.sample}: ${results.length} articles, ${s.gold} figures in the ${goldName} (reference), ${s.bot} in the ${secondName} (scored)`,
  );
  console.log('field'.padEnd(16) + 'recall'.padStart(10) + 'precision'.padStart(12));
  for (const k of FIELDS) console.log(k.padEnd(16) + pct(s.recall[k]).padStart(10) + pct(s.precision[k]).padStart(12));
  console.log('\nkinds of disagreement:');
  for (const [k, n] of [...kinds].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${k}`);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
