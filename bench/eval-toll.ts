// Measures /toll's figures against figures a person listed by hand (bench/toll-gold.json), on articles of the scale
// corpus (../shared/scale, read at run time, never copied into the project). What the bot misses counts as much as
// what it gets wrong.
//
//   npm run eval:toll [-- --sample dev|untouched|fresh|final|holdout|holdout2|holdout3|holdout4|holdout5|holdout6|holdout7|holdout8|holdout9|holdout10|holdout11|holdout12|holdout13|holdout14|holdout15|all, or a comma list] [--misses] [--extra] [--wrong] [--per-article] [--timing]
//
// --misses lists the gold figures the bot did not find, --extra the bot's figures no gold figure pairs with, --wrong
// the pairs with a field wrong (which field, gold and bot side by side), each with its sample, article and sentence;
// --timing the CPU time extraction took an article.
//
// The samples: bench/toll-sample.ts draws dated articles holding a casualty word and a number in one sentence, in
// a seeded random order; draws 0–39 are the development sample (rules were tuned on it), draws 40–94 the untouched
// one (labelled before any output was seen, scored once, no rule changed for it after); draws 95–149 the fresh one,
// labelled after the untouched sample was scored and before a second round of rules, to measure that round;
// draws 150–204 the final one, labelled before a third round of rules and scored once at its end. A fourth round of
// rules was tuned on all 205 (every one of these samples is development material now); the held-out figure comes
// from a new sample (draws 205 on), labelled before that round was seen and scored once after it: any sample in the
// gold outside these four is printed with the issue's targets: the holdout (draws 205–264), labelled by hand before any
// output for them was seen, was that sample until the fifth round was written on its misses (development since);
// holdout2 (draws 265–324), labelled by hand the same way on 2026-12-01 apart from the fifth round, was scored once
// after that round and is development material since the sixth round was written on its misses; the next held-out
// sample, holdout3 (draws 325–384), labelled by hand the same way on 2026-12-01 before any output for them was seen,
// was left out of the default run (NOT_YET_SCORED) until it was scored once after the sixth round: the held-out
// sample until the seventh round was written on its misses (development material since).
// holdout4 (draws 385–444), labelled by hand the same way on 2026-12-01 before any bot output for them, was left out
// of the default run until it was scored once after the seventh round (2026-12-02), and is development material since
// the eighth round was written on its misses. holdout5 (draws 445–504), labelled by hand the same way on 2026-12-02
// by another person before any bot output for them (no rule of the eighth round saw those draws), was left out of the
// default run until it was scored once after the eighth round (2026-12-02): the held-out sample now, printed with
// the issue's targets until the ninth round (the noun phrase and its coordination) was written on its misses.
// holdout6 (draws 505–564), labelled by hand on 2026-12-02 by another person before any bot output for them and
// before the ninth round was merged, was left out of the default run until it was scored once after that round
// (2026-12-02, and once before it for comparison), and is development material since the tenth round was written on
// its misses. holdout7 (draws 565–624), labelled by hand on 2026-12-02 by another person before any bot output for
// them was seen and before the tenth round was merged, was left out of the default run until it was scored once
// after that round (2026-12-02, and once before it for comparison), and after the eleventh and twelfth; it is
// development material since the thirteenth round (2026-12-03) was written on its misses. holdout8 (draws 625–684), labelled by hand on 2026-12-02 by another person before any bot output
// for them and before the eleventh round was merged, was left out of the default run until it was scored once after
// that round (2026-12-02, and once before it for comparison), and after the twelfth and thirteenth (unchanged); it
// is development material since the fourteenth round (2026-12-03) was written on its misses and wrong fields.
// holdout9 (draws 685–744), labelled by hand on 2026-12-02 by another person before any bot output for them was
// seen, was left out of the default run until the lead scored it once, before the thirteenth round and after it
// (2026-12-03, unchanged): a held-out sample, printed with the issue's targets; no rule was written on it.
// holdout10 (draws 745–804), labelled by hand on 2026-12-03 by another person before any bot output for them was
// seen, was left out of the default run until the lead scored it once, before the fourteenth round and after it
// (2026-12-03, unchanged): a held-out sample, printed with the issue's targets; no rule was written on it.
// holdout11 (draws 805–864), labelled by hand on 2026-12-03 by another person before any bot output for them was
// seen, was scored once by the lead on 2026-12-03 (main at 2ac1184, before any rule of that session) and joins the
// default run; it is development material since the fifteenth round (2026-12-03) was written on its misses and wrong
// fields, tallied by cause in the pipeline.
// holdout12 (draws 865–924), labelled by hand on 2026-12-03 by another person who never ran the bot, the eval or any
// extraction on those articles and saw no bot output for them, was scored once by the lead before the fifteenth round
// (main at eaaa7a4) and once after it, and joins the default run as a held-out sample; no rule was written on it.
// holdout13 (draws 925–984), labelled by hand on 2026-12-03 by another person (a helper, blind) who never ran the
// bot, the eval, `ask` or any extraction on those articles and saw no bot output for them, was scored once by the lead
// before the sixteenth round (main at 0898711) and once after it (unchanged), and joins the default run as a held-out
// sample; no rule was written on it.
// holdout14 (draws 985–1044), labelled by hand on 2026-12-03 by another person (a helper, blind) who never ran the
// bot, the eval, `ask` or any extraction on those articles and saw no bot output for them, was scored once before
// the seventeenth round (main at 303a0cb) and once after it, and joins the default run as a held-out sample; no
// rule was written on it.
// holdout15 (draws 1045–1104), labelled by hand on 2026-12-03 by another person (a helper, blind) who never ran the
// bot, the eval, `ask` or any extraction on those articles and saw no bot output for them, is left out of the default
// run (NOT_YET_SCORED) until the lead scores it once; read only when --sample names it.
//
// Matching, one bot figure to at most one gold figure, within one article:
//  1. a bot figure and a gold figure are candidates when their metric is the same and their bounds are the same
//     (low and high, null for an open bound: "more than 5,400" is 5400–null, "hundreds" is 100–null);
//  2. first, candidates in the same sentence (the gold keeps a hash of it) are paired, in gold order; then the gold
//     figures still unpaired take any unpaired candidate elsewhere in the article (a figure found in a neighbouring
//     sentence, or a sentence the loader now splits differently).
// A paired gold figure counts as found for "metric and number". The other fields are judged on the pair:
//  - qualifier: the same word (exact, over, at-least, approx, up-to, range, vague);
//  - estimator: both none, or both named and the same: the same estimatorKey ("the U.N." = "United Nations"), or
//    every word of the shorter name in the longer ("Conrad" in "Police Chief Steve Conrad");
//  - as-of: the history mark the same, and the bot's day starting with the gold's (a gold "2013-08" takes any day of
//    that month, "2010" any day of that year, a gold with no year any day);
//  - all fields: all of these.
// Recall of a field = gold figures paired with that field right / gold figures; precision = bot figures paired with
// that field right / bot figures. The issue's targets (issue 10), on held-out samples: metric and number recall and
// precision ≥ 0.9, every field ≥ 0.8; printed, met or not, for a held-out sample (none of dev, untouched, fresh or
// final, all tuned on now). The exit status guards against regressions only: 1 when the final sample falls below its
// regression floors (REGRESSION_FLOORS) or an article is missing, else 0.
import { existsSync } from 'node:fs';
import { extractFigures } from '../src/extract/figures';
import { SCALE_FILE } from './scale';
import { DEVELOPMENT, goldArticle, goldRecords, readGold, type GoldFigure } from './toll-gold-articles';
import { fieldsRight, FIELDS, match, score, type Field, type Pair } from './toll-match';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const opt = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};

/** Held-out samples not scored yet: left out of the default run (and so of CI), read only when --sample names them. */
const NOT_YET_SCORED: string[] = ['holdout15'];

/** The issue's targets (issue 10): printed for a held-out sample, met or not; they do not set the exit status. */
const TARGETS: Record<Field, number> = { 'metric+number': 0.9, qualifier: 0.8, estimator: 0.8, 'as-of': 0.8, all: 0.8 };
/**
 * Regression floors on the final sample (draws 150–204), development material since the fourth round: what it
 * measured at the end of that round, minus two points, recall and precision. Below one of them the script exits 1, so
 * CI guards against a regression without pretending the targets above are met on news the rules were not tuned on.
 */
const REGRESSION_FLOORS: Record<Field, [number, number]> = {
  // measured 2026-12-01 (fourth round): 90.0 / 95.3%, 90.0 / 95.3%, 85.6 / 90.6%, 81.1 / 85.9%, 76.7 / 81.2%
  // (third round, held out: 76.7 / 89.6%, 76.7 / 89.6%, 67.8 / 79.2%, 61.1 / 71.4%, 54.4 / 63.6%)
  'metric+number': [0.88, 0.933],
  qualifier: [0.88, 0.933],
  estimator: [0.836, 0.886],
  'as-of': [0.791, 0.839],
  all: [0.747, 0.792],
};

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: ../shared/scale absent');
    return;
  }
  const goldFile = readGold();
  const which = opt('--sample', 'all');
  const wanted = goldFile.articles.filter((a) =>
    which === 'all' || which === 'both' ? !NOT_YET_SCORED.includes(a.sample) : which.split(',').includes(a.sample),
  );
  const recs = await goldRecords(wanted);

  const bySample = new Map<string, { pairs: Pair[]; gold: number; bot: number }[]>();
  // --timing: CPU time of extraction per article (the first loads WordNet and the tagger, so it is told apart)
  const cpu: number[] = [];
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  let failed = false;
  for (const a of wanted) {
    const rec = recs.get(a.id);
    if (!rec?.content_original) {
      console.log(`missing from the scale corpus: ${a.id}`);
      failed = true;
      continue;
    }
    const article = goldArticle(a, { ...rec, content_original: rec.content_original });
    const c0 = cpuMs();
    const bot = extractFigures(article);
    cpu.push(cpuMs() - c0);
    const { pairs, missed, extra } = match(a.figures, bot);
    if (!bySample.has(a.sample)) bySample.set(a.sample, []);
    bySample.get(a.sample)!.push({ pairs, gold: a.figures.length, bot: bot.length });
    const show = (f: Omit<GoldFigure, 'sentence' | 'hash'>) =>
      `${f.metric} ${f.low ?? '…'}–${f.high ?? '…'} ${f.qualifier} | by ${f.estimator ?? '—'} | ${f.asOf ?? '?'}${f.history ? ' history' : ''}`;
    const sentenceOf = (i: number) => article.sentences[i]?.text.slice(0, 300) ?? '';
    if (flag('--per-article')) {
      const ok = pairs.map((p) => fieldsRight(p.g, p.f));
      console.log(
        `ARTICLE [${a.sample} ${a.n} ${a.id}] gold ${a.figures.length} bot ${bot.length} paired ${pairs.length} as-of right ${ok.filter((o) => o['as-of']).length} all right ${ok.filter((o) => o.all).length}`,
      );
    }
    if (flag('--misses'))
      for (const g of missed)
        console.log(`MISS [${a.sample} ${a.n} ${a.id} s${g.sentence}] ${show(g)}\n    ${sentenceOf(g.sentence)}`);
    if (flag('--extra'))
      for (const f of extra)
        console.log(
          `EXTRA [${a.sample} ${a.n} ${a.id} s${f.sentenceIndex}] ${show(f)} "${f.display}"\n    ${f.sentence.slice(0, 300)}`,
        );
    if (flag('--wrong'))
      for (const p of pairs) {
        const ok = fieldsRight(p.g, p.f);
        if (!ok.all)
          console.log(
            `WRONG ${FIELDS.filter((k) => !ok[k]).join(',')} [${a.sample} ${a.n} ${a.id} s${p.f.sentenceIndex}]\n    gold ${show(p.g)}\n    bot  ${show(p.f)}\n    ${p.f.sentence.slice(0, 300)}`,
          );
      }
  }

  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  // the development samples in draw order, then the 205 together, then any held-out sample
  const samples = [...bySample.keys()].sort(
    (a, b) => (DEVELOPMENT.indexOf(a) + 1 || 99) - (DEVELOPMENT.indexOf(b) + 1 || 99),
  );
  const development = samples.filter((x) => DEVELOPMENT.includes(x));
  if (development.length > 1) {
    samples.splice(development.length, 0, 'development');
    bySample.set(
      'development',
      development.flatMap((x) => bySample.get(x)!),
    );
  }
  for (const sample of samples) {
    const results = bySample.get(sample);
    if (!results) continue;
    const s = score(results);
    console.log(
      `\n${sample === 'development' ? `all development samples (${development.join(', ')})` : sample}: ${results.length} articles, ${s.gold} gold figures, ${s.bot} bot figures`,
    );
    console.log('field'.padEnd(16) + 'recall'.padStart(10) + 'precision'.padStart(12));
    for (const k of FIELDS) {
      // dev, untouched, fresh, final and holdout to holdout4 are development material (the fifth to eighth rounds
      // read the holdouts): the issue's targets are printed for a held-out sample only
      const target =
        DEVELOPMENT.includes(sample) || sample === 'development'
          ? ''
          : s.recall[k] >= TARGETS[k] && s.precision[k] >= TARGETS[k]
            ? `   target ${TARGETS[k]} met`
            : `   target ${TARGETS[k]} NOT MET`;
      const [fr, fp] = REGRESSION_FLOORS[k];
      const regressed = sample === 'final' && (s.recall[k] < fr || s.precision[k] < fp);
      if (regressed) failed = true;
      console.log(
        k.padEnd(16) +
          pct(s.recall[k]).padStart(10) +
          pct(s.precision[k]).padStart(12) +
          target +
          (regressed ? `; BELOW THE REGRESSION FLOOR ${pct(fr)} / ${pct(fp)}` : ''),
      );
    }
  }
  if (flag('--timing') && cpu.length > 1) {
    const rest = cpu.slice(1).reduce((x, y) => x + y, 0) / (cpu.length - 1);
    console.log(
      `\nextraction: ${rest.toFixed(2)} ms CPU an article over ${cpu.length - 1} articles, after the first (${cpu[0].toFixed(0)} ms: WordNet and the tagger load)`,
    );
  }
  if (failed) process.exit(1);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
