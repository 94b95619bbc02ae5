// Fits and cross-validates a second reader for /toll (bench/toll-proposer-features.ts): for every number the rules of
// src/extract/figures.ts read no figure in, a multinomial logistic regression over general features of the words
// around it (none names a story's word) says whether it is a figure, and of which metric.
//
// Examples: every such number in the articles of the fourteen development samples of bench/toll-gold.json (dev …
// holdout10; any other sample of the gold is never read). A number is positive, with the gold figure's metric, when a
// gold figure of its sentence that the rules missed has its value as its low or its high bound; else it is none.
//
// Cross-validation, leave one sample out: for each of the fourteen samples, the reader is fitted on the other
// thirteen and that sample's articles are read by the rules and the reader together (the reader's figures go through
// the same guards and the same finish as the rules'), then scored as eval-toll.ts scores (bench/toll-match.ts). The
// probability a proposal needs is chosen inside the thirteen: each of them is predicted by a reader fitted on the
// other twelve, and the threshold kept is the one that maximises right − 2 × wrong among those predictions (a
// proposal must be right two times in three to be worth its cost in precision).
//
//   npx tsx bench/fit-toll-proposer.ts [--cases] [--write]
//
// --cases prints each proposal the cross-validation made (its sample, article, sentence, right or wrong); --write
// writes the cross-validation's table to bench/toll-proposer-cv.json (no weights are kept: the reader gained
// nothing and the bot does not ask it, see docs/measured/toll.md). --diagnose prints the predictions of numbers no fit
// saw (leave one sample out over the fourteen), by probability, and stops; --threshold T runs the cross-validation
// at a fixed threshold (to see what the guards make of the proposals, not a measurement); --l2, --min, --epochs and
// --no-lemma change the fit (the ablations of docs/measured/toll.md).
import { existsSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import type { Article } from '../src/corpus/schema';
import { extractFigures, type Candidate, type Figure } from '../src/extract/figures';
import { candidateFeatures, proposerOf, readable, scoreCandidate, type ProposerModel } from './toll-proposer-features';
import { METRICS, type Metric } from '../src/extract/vocabulary';
import { SCALE_FILE } from './scale';
import { DEVELOPMENT, goldArticle, goldHash, goldRecords, readGold, type GoldArticle } from './toll-gold-articles';
import { match, score, type Pair, type Score } from './toll-match';

/** The development samples, in draw order: holdout9 and holdout10 are development material for this reader. */
const SAMPLES = [...DEVELOPMENT, 'holdout9', 'holdout10'];
const CV_OUT = 'bench/toll-proposer-cv.json';
const CLASSES: ('none' | Metric)[] = ['none', ...METRICS];
/** A feature seen fewer times than this in the training examples gets no weight. */
const arg = (n: string, d: number) =>
  process.argv.includes(n) ? Number(process.argv[process.argv.indexOf(n) + 1]) : d;
const MIN_COUNT = arg('--min', 3);
/** L2 weight and passes over the examples. */
const L2 = arg('--l2', 1e-4);
const EPOCHS = arg('--epochs', 12);
/** Thresholds tried. */
const GRID = Array.from({ length: 15 }, (_, i) => 0.3 + i * 0.05);
/** The cost of a wrong proposal, in right ones. */
const WRONG_COST = 2;

interface Example {
  sample: string;
  features: string[];
  label: 'none' | Metric;
  /** The number and its sentence, printed by --diagnose only. */
  text: string;
}
interface Read {
  g: GoldArticle;
  article: Article;
}

/** Multinomial logistic regression, AdaGrad over shuffled examples (seeded), L2 on the weights a step touches. */
function fit(examples: Example[], epochs = EPOCHS, rate = 0.3, l2 = L2): ProposerModel {
  const counts = new Map<string, number>();
  for (const e of examples) for (const x of e.features) counts.set(x, (counts.get(x) ?? 0) + 1);
  const kept = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([x]) => x);
  const index = new Map(kept.map((x, i) => [x, i]));
  const C = CLASSES.length;
  const w = new Float64Array(kept.length * C);
  const g2 = new Float64Array(kept.length * C).fill(1e-8);
  const rows = examples.map((e) => ({
    xs: e.features.map((x) => index.get(x)).filter((i): i is number => i !== undefined),
    y: CLASSES.indexOf(e.label),
  }));
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = rows.map((_, i) => i);
  const z = new Float64Array(C);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const r of order.map((i) => rows[i])) {
      z.fill(0);
      for (const x of r.xs) for (let c = 0; c < C; c++) z[c] += w[x * C + c];
      const top = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < C; c++) sum += z[c] = Math.exp(z[c] - top);
      for (let c = 0; c < C; c++) {
        const err = z[c] / sum - (c === r.y ? 1 : 0);
        for (const x of r.xs) {
          const k = x * C + c;
          const grad = err + l2 * w[k];
          g2[k] += grad * grad;
          w[k] -= (rate * grad) / Math.sqrt(g2[k]);
        }
      }
    }
  }
  const weights: Record<string, number[]> = {};
  kept.forEach((x, i) => {
    const v = Array.from(w.subarray(i * C, (i + 1) * C), (y) => Math.round(y * 1000) / 1000);
    if (v.some((y) => y !== 0)) weights[x] = v;
  });
  return { classes: CLASSES, weights, threshold: 1 };
}

/** The threshold that maximises right − WRONG_COST × wrong over predictions of examples no fit saw; 1 when none pays. */
function chooseThreshold(predicted: { metric: Metric | null; p: number; label: 'none' | Metric }[]): number {
  let best = { t: 1, gain: 0 };
  for (const t of GRID) {
    let gain = 0;
    for (const q of predicted) if (q.metric && q.p >= t) gain += q.metric === q.label ? 1 : -WRONG_COST;
    if (gain > best.gain) best = { t, gain };
  }
  return best.t;
}

/** A reader fitted on `train`'s samples, its threshold chosen leave one of them out. */
function fitWithThreshold(examples: Example[], train: string[]): ProposerModel {
  const predicted: { metric: Metric | null; p: number; label: 'none' | Metric }[] = [];
  for (const held of train) {
    const m = fit(examples.filter((e) => e.sample !== held && train.includes(e.sample)));
    for (const e of examples.filter((x) => x.sample === held))
      predicted.push({ ...scoreCandidate(m, e.features), label: e.label });
  }
  const model = fit(examples.filter((e) => train.includes(e.sample)));
  model.threshold = chooseThreshold(predicted);
  return model;
}

/** What the table keeps of a score: metric and number, and the counts. */
const metricNumber = (x: Score) => ({
  recall: x.recall['metric+number'],
  precision: x.precision['metric+number'],
  gold: x.gold,
  bot: x.bot,
});

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: ../shared/scale absent');
    return;
  }
  const flag = (n: string) => process.argv.includes(n);
  const wanted = readGold().articles.filter((a) => SAMPLES.includes(a.sample));
  const recs = await goldRecords(wanted);
  const reads: Read[] = wanted.map((g) => {
    const rec = recs.get(g.id);
    if (!rec?.content_original) throw new Error(`missing from the scale corpus: ${g.id}`);
    return { g, article: goldArticle(g, { ...rec, content_original: rec.content_original }) };
  });

  // The rules alone, and every number they read no figure in, labelled from the gold figures they missed.
  const examples: Example[] = [];
  let ungated = 0;
  const rules = new Map<string, { pairs: Pair[]; gold: number; bot: number }[]>();
  for (const { g, article } of reads) {
    const candidates: Candidate[] = [];
    const figures = extractFigures(article, {
      propose: (c) => {
        candidates.push(c);
        return null;
      },
    });
    const { pairs, missed } = match(g.figures, figures);
    if (!rules.has(g.sample)) rules.set(g.sample, []);
    rules.get(g.sample)!.push({ pairs, gold: g.figures.length, bot: figures.length });
    const used = new Set<number>();
    for (const c of candidates) {
      const h = goldHash(c.sentence);
      const v = c.mention.value;
      const k = missed.findIndex((x, i) => !used.has(i) && x.hash === h && (x.low === v || x.high === v));
      if (k >= 0) used.add(k);
      // (--no-lemma: the words' meanings and tags only, no lemma; an ablation)
      const features = candidateFeatures(c).filter((x) => !(flag('--no-lemma') && x.includes(':lemma:')));
      // (a number with no word naming a metric near it is not asked about: see readable())
      if (!readable(features)) {
        if (k >= 0) ungated++;
        if (k >= 0 && flag('--diagnose'))
          console.log(`  UNGATED ${missed[k].metric}: ${c.mention.raw} | ${c.sentence.slice(0, 200)}`);
        continue;
      }
      examples.push({
        sample: g.sample,
        features,
        label: k >= 0 ? (missed[k].metric as Metric) : 'none',
        text: `${c.mention.raw} | ${c.sentence.slice(0, 240)}`,
      });
    }
  }
  const positives = examples.filter((e) => e.label !== 'none').length;
  const missedAll = [...rules.values()].flat().reduce((a, r) => a + r.gold - r.pairs.length, 0);
  console.log(
    `${reads.length} articles; ${examples.length} numbers the rules read no figure in with a word naming a metric near, ${positives} of them a missed gold figure's value (of ${missedAll} missed gold figures; ${ungated} more with no such word near)`,
  );

  // How the predictions of numbers no fit saw fall, by probability: right, wrong (another metric, or no figure).
  {
    const predicted: { metric: Metric | null; p: number; label: 'none' | Metric; text: string }[] = [];
    for (const held of SAMPLES) {
      const m = fit(examples.filter((e) => e.sample !== held));
      for (const e of examples.filter((x) => x.sample === held))
        predicted.push({ ...scoreCandidate(m, e.features), label: e.label, text: e.text });
    }
    if (flag('--diagnose'))
      for (const q of predicted.filter((x) => x.p >= 0.3 || x.label !== 'none').sort((a, b) => b.p - a.p))
        console.log(`  ${q.p.toFixed(2)} ${q.metric} gold ${q.label}: ${q.text}`);
    for (const t of [0.1, 0.2, ...GRID]) {
      const at = predicted.filter((q) => q.metric && q.p >= t);
      const right = at.filter((q) => q.metric === q.label).length;
      console.log(`  probability ≥ ${t.toFixed(2)}: ${at.length} proposed, ${right} right`);
    }
    // the same reader scored on the examples it was fitted on: what it can learn, against what carries over
    const all = fit(examples);
    const inSample = examples.map((e) => ({ ...scoreCandidate(all, e.features), label: e.label }));
    for (const t of [0.3, 0.5, 0.7]) {
      const at = inSample.filter((q) => q.metric && q.p >= t);
      const right = at.filter((q) => q.metric === q.label).length;
      console.log(
        `  fitted on all, scored on the same: probability ≥ ${t.toFixed(2)}: ${at.length} proposed, ${right} right`,
      );
    }
    if (flag('--diagnose')) return;
  }

  // Leave one sample out.
  const table: {
    sample: string;
    threshold: number;
    rules: { recall: number; precision: number; gold: number; bot: number };
    withReader: { recall: number; precision: number; gold: number; bot: number };
    proposed: number;
    proposedRight: number;
  }[] = [];
  type Results = { pairs: Pair[]; gold: number; bot: number }[];
  const pooled: { rules: Results; reader: Results } = { rules: [], reader: [] };
  const pct = (x: number) => `${(100 * x).toFixed(1)}`;
  for (const sample of SAMPLES) {
    const model = fitWithThreshold(
      examples,
      SAMPLES.filter((s) => s !== sample),
    );
    // (--threshold T: a fixed threshold, to see what the guards make of the proposals; not a measurement)
    const fixed = process.argv.indexOf('--threshold');
    const propose = proposerOf(model, fixed >= 0 ? Number(process.argv[fixed + 1]) : model.threshold);
    const results: { pairs: Pair[]; gold: number; bot: number }[] = [];
    let proposed = 0;
    let proposedRight = 0;
    for (const { g, article } of reads.filter((r) => r.g.sample === sample)) {
      const asked: Figure[] = [];
      const figures = extractFigures(article, { propose });
      const plain = extractFigures(article, {});
      // the reader's figures: those the rules alone do not give
      const key = (f: Figure) => `${f.sentenceIndex}|${f.metric}|${f.low}|${f.high}|${f.display}`;
      const ruleKeys = new Set(plain.map(key));
      for (const f of figures) if (!ruleKeys.has(key(f))) asked.push(f);
      const { pairs } = match(g.figures, figures);
      results.push({ pairs, gold: g.figures.length, bot: figures.length });
      const right = new Set(pairs.map((p) => p.f));
      proposed += asked.length;
      proposedRight += asked.filter((f) => right.has(f)).length;
      if (flag('--cases'))
        for (const f of asked)
          console.log(
            `${right.has(f) ? 'RIGHT' : 'WRONG'} [${sample} ${g.n} s${f.sentenceIndex}] ${f.metric} ${f.low ?? '…'}–${f.high ?? '…'} "${f.display}"\n    ${f.sentence.slice(0, 300)}`,
          );
    }
    const r = score(rules.get(sample)!);
    const s = score(results);
    pooled.rules.push(...rules.get(sample)!);
    pooled.reader.push(...results);
    table.push({
      sample,
      threshold: model.threshold,
      rules: metricNumber(r),
      withReader: metricNumber(s),
      proposed,
      proposedRight,
    });
    console.log(
      `${sample.padEnd(10)} threshold ${model.threshold.toFixed(2)}  rules ${pct(r.recall['metric+number'])} / ${pct(r.precision['metric+number'])}  rules+reader ${pct(s.recall['metric+number'])} / ${pct(s.precision['metric+number'])}  (${proposed} proposed, ${proposedRight} right)`,
    );
  }
  const r = score(pooled.rules);
  const s = score(pooled.reader);
  const proposed = table.reduce((a, t) => a + t.proposed, 0);
  const right = table.reduce((a, t) => a + t.proposedRight, 0);
  console.log(
    `pooled     rules ${pct(r.recall['metric+number'])} / ${pct(r.precision['metric+number'])} (${r.gold} gold, ${r.bot} figures)  rules+reader ${pct(s.recall['metric+number'])} / ${pct(s.precision['metric+number'])} (${s.bot} figures; ${proposed} proposed, ${right} right)`,
  );
  for (const k of ['qualifier', 'estimator', 'as-of', 'all'] as const)
    console.log(
      `  ${k.padEnd(10)} rules ${pct(r.recall[k])} / ${pct(r.precision[k])}  rules+reader ${pct(s.recall[k])} / ${pct(s.precision[k])}`,
    );

  if (flag('--write')) {
    const config = async (file: string) => ({ ...(await resolveConfig(file)), filepath: file });
    writeFileSync(
      CV_OUT,
      await format(
        JSON.stringify({
          about:
            'Leave-one-sample-out cross-validation of /toll second reader (bench/fit-toll-proposer.ts): metric and number, the rules alone and the rules with the reader fitted on the other thirteen samples, per sample and pooled.',
          perSample: table,
          pooled: {
            rules: metricNumber(r),
            withReader: metricNumber(s),
            proposed,
            proposedRight: right,
          },
        }),
        await config(CV_OUT),
      ),
    );
    console.log(`written: ${CV_OUT}`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
