// /sources on paraphrases: ../shared/mrpc-dev (3,529 news sentences, one a file, from the Microsoft Research
// Paraphrase Corpus). gold.json: 2,485 sentences judged paraphrases of one of the files (the claim, and the file
// that carries it); adversarial.json: the same claims with a figure changed or a "not" inserted, whose partner
// must not be listed.
//
// Per claim: F1 of the listed articles against the partner (the other 3,528 files as distractors), then the mean;
// how often the partner is listed at all; and for the altered claims, how often the partner is still listed.
// The corpus goes through the real loader (short articles included since issue 17). Claims are split by a hash of
// their text into a development part (tuned on) and a held-out part (scored once): `--part dev|held|all`.
// Both sets are large, so `--sample N` (default all) takes every k-th claim for a quicker look.
// `--misses` lists the claims whose partner is not listed; `--why` (development part only) adds, for each, what the
// tiers decided about the partner: its rank in the index, the reading's best sentence, the proposing tier's passages,
// and what was listed instead.
// `--no-retrieval` leaves round 9's route out; `--route FILE` (development part only) writes what round 9's route listed, with its features.
//   npx tsx bench/eval-mrpc.ts [--part dev|held|all] [--sample N] [--misses] [--why] [--no-retrieval] [--route FILE]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load';
import { buildSearchIndex } from '../src/answers/search';
import { buildSourcesBook, answerSources, type SourcesTrace } from '../src/answers/sources';
import { heldOut, f1, mean } from './eval-split';
import { askTraced } from './route-trace';

const DIR = '../shared/mrpc-dev';
// The issue's targets (paraphrase partner mean F1 ≥ 0.9; altered claims listing their partner ≤ 3%), and the floors
// CI holds: the adversarial target itself (met: 0.7% dev, 2.3% held-out, 300 sampled claims each), and for F1 today's
// figure (0.602 dev, 0.486 held-out after round 6, same samples) less a margin. The F1 target is not met.
const TARGET_F1 = 0.9;
const FLOOR_F1 = 0.4;
const FLOOR_ADVERSARIAL = 0.03;

interface Gold {
  query: string;
  articles: string[];
  forbid?: string[];
  kind?: string;
}

function sample<T>(xs: T[], n: number): T[] {
  if (!(n < xs.length)) return xs;
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]);
}

async function main() {
  if (!existsSync(`${DIR}/gold.json`)) {
    console.log('skipped: mrpc-dev absent');
    return;
  }
  const arg = (n: string) => (process.argv.includes(n) ? process.argv[process.argv.lastIndexOf(n) + 1] : undefined);
  const part = arg('--part') ?? 'dev';
  const n = Number(arg('--sample') ?? Infinity);
  const why = process.argv.includes('--why') && part === 'dev';
  const showMisses = process.argv.includes('--misses') || why;
  const routeFile = part === 'dev' ? (arg('--route') ?? null) : null;
  const route: object[] = [];
  let trace: SourcesTrace[] = [];
  const options = why ? { trace: (t: SourcesTrace) => trace.push(t) } : {};
  const keep = (g: Gold) => part === 'all' || (part === 'held') === heldOut(g.query);
  const gold = sample((JSON.parse(readFileSync(`${DIR}/gold.json`, 'utf8')).claims as Gold[]).filter(keep), n);
  const adv = sample((JSON.parse(readFileSync(`${DIR}/adversarial.json`, 'utf8')).claims as Gold[]).filter(keep), n);
  const t0 = performance.now();
  const corpus = await loadCorpus(`${DIR}/corpus`);
  const book = buildSourcesBook(corpus, buildSearchIndex(corpus.articles), {
    retrieval: !process.argv.includes('--no-retrieval'),
  });
  const loaded = new Set(corpus.articles.map((a) => a.id));
  console.log(
    `mrpc-dev (${part}): ${corpus.articles.length} of 3,529 files loaded in ${Math.round(performance.now() - t0)} ms; ${gold.length} claims, ${adv.length} altered`,
  );

  const scores: number[] = [];
  let listed = 0;
  let notLoaded = 0;
  const times: number[] = [];
  for (const g of gold) {
    const truth = new Set(g.articles);
    if (g.articles.some((id) => !loaded.has(id))) notLoaded++;
    const t = performance.now();
    trace = [];
    const { answer, route: routed } = why
      ? { answer: answerSources(book, g.query, options), route: () => undefined }
      : askTraced(book, g.query);
    for (const m of answer.matches) {
      const r = routed(m.id);
      if (r) route.push({ set: 'gold', claim: g.query, gold: truth.has(m.id), text: m.text, ...r });
    }
    const got = new Set(answer.matches.map((m) => m.id));
    times.push(performance.now() - t);
    scores.push(f1(got, truth));
    if (g.articles.some((id) => got.has(id))) listed++;
    else if (showMisses) {
      console.log(`MISS ${g.articles[0]} | ${g.query}`);
      if (why)
        explain(
          g,
          trace,
          answer.matches.map((m) => `${m.id}: ${m.text.slice(0, 100)}`),
          corpus,
        );
    }
  }
  const kinds = new Map<string, [number, number]>();
  let bad = 0;
  for (const g of adv) {
    const { answer, route: routed } = askTraced(book, g.query);
    const got = answer.matches.map((m) => m.id);
    for (const m of answer.matches) {
      const r = routed(m.id);
      if (r) route.push({ set: g.kind, claim: g.query, wrong: (g.forbid ?? []).includes(m.id), text: m.text, ...r });
    }
    const wrong = (g.forbid ?? []).some((id) => got.includes(id));
    if (wrong) {
      bad++;
      if (showMisses) console.log(`ALTERED LISTED (${g.kind}) | ${g.query}`);
    }
    const k = kinds.get(g.kind ?? '?') ?? [0, 0];
    kinds.set(g.kind ?? '?', [k[0] + (wrong ? 1 : 0), k[1] + 1]);
  }
  if (routeFile) writeFileSync(routeFile, route.map((o) => JSON.stringify(o)).join('\n') + '\n');
  times.sort((a, b) => a - b);
  const pct = (x: number, y: number) => (y ? ((100 * x) / y).toFixed(1) + '%' : 'n/a');
  console.log(
    `mean F1, paraphrase partner: ${mean(scores).toFixed(3)} (issue 9 target ${TARGET_F1}: ${mean(scores) >= TARGET_F1 ? 'met' : 'NOT MET'}; regression floor ${FLOOR_F1})`,
  );
  console.log(
    `partner listed: ${pct(listed, gold.length)} (${listed}/${gold.length}); partner file not loaded: ${notLoaded}`,
  );
  console.log(
    `altered claims listing their partner: ${pct(bad, adv.length)} (${bad}/${adv.length}; floor ≤ ${FLOOR_ADVERSARIAL * 100}%)`,
  );
  for (const [k, [b, t]] of kinds) console.log(`  ${k}: ${pct(b, t)} (${b}/${t})`);
  console.log(
    `latency per claim: p50 ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, p99 ${times[Math.floor(times.length * 0.99)]?.toFixed(1)} ms`,
  );
  if (mean(scores) < FLOOR_F1 || bad / Math.max(1, adv.length) > FLOOR_ADVERSARIAL) {
    console.log('BELOW FLOOR');
    process.exit(1);
  }
}

/** What the tiers made of a missed partner (see --why). */
function explain(g: Gold, trace: SourcesTrace[], listed: string[], corpus: Awaited<ReturnType<typeof loadCorpus>>) {
  const id = g.articles[0];
  const partner = corpus.articles.find((a) => a.id === id);
  console.log(`  PARTNER ${partner ? partner.paragraphs.join(' ') : '(not loaded)'}`);
  const rank = trace.find((t) => t.stage === 'ranked' && t.id === id)?.rank;
  const reading = trace.find((t) => t.stage === 'reading' && t.id === id);
  const prop = trace.find((t) => t.stage === 'proposed' && t.id === id);
  const cut = trace.find((t) => t.stage === 'proposed' && t.id === id && t.why === 'cap');
  const fmt = (p: SourcesTrace['passages'][number]) =>
    `cov ${p.coverage.toFixed(2)} lit ${p.literal?.toFixed(2) ?? '-'} mut ${p.mutual?.toFixed(2) ?? '-'} veto ${p.veto}${p.denied ? ' denied' : ''}`;
  console.log(
    `  rank ${rank ?? 'none'}; reading ${reading?.passages[0] ? fmt(reading.passages[0]) : '-'}; proposed ${prop ? (prop.passages.length ? prop.passages.slice(0, 2).map(fmt).join(' / ') : 'no passage (literal < cut)') : 'not weighed'}${reading?.why ? ` [reading: ${reading.why}]` : ''}${prop?.why ? ` [proposed: ${prop.why}]` : ''}${cut ? ' [cap]' : ''}`,
  );
  for (const l of listed) console.log(`  LISTED ${l}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
