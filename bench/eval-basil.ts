// /sources on claims in a reader's words: ../shared/basil-dev (147 articles from Fox News, The New York Times and
// HuffPost on 49 events; gold.json describes each event in one line and lists the articles that carry it).
//
// Per event: precision and recall of the articles listed as carrying the description, F1, then the mean over events, and how many events list none. Beside it, the baseline the issue names:
// MiniSearch over each article's headline and first four sentences, keeping the results within half the top score.
// Events are split by a hash of their description into a development part (rules tuned on it) and a held-out part
// (scored once, at the end): `--part dev` (default), `--part held`, `--part all`.
//   npx tsx bench/eval-basil.ts [--part dev|held|all] [--misses] [--no-retrieval] [--route FILE]
// `--route FILE` (development part only) writes what round 9's route listed, with its features and the gold's word.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load';
import { buildSearchIndex } from '../src/answers/search';
import { buildSourcesBook } from '../src/answers/sources';
import { askTraced } from './route-trace';
import { heldOut, f1, mean } from './eval-split';

const DIR = '../shared/basil-dev';
// The targets (mean F1 ≥ 0.9, at most 2 of 49 events listing none), and the regression floor CI holds: the
// mean F1 of the matcher when it was set (0.729 over all 49 events: dev 0.791, held-out 0.639; 0.733 after round 5,
// held-out 0.649) less about 0.05, on --part all only. The targets are not met.
const TARGET_F1 = 0.9;
const TARGET_NONE = 2;
const FLOOR_F1 = 0.68;

async function main() {
  if (!existsSync(`${DIR}/gold.json`)) {
    console.log('skipped: basil-dev absent');
    return;
  }
  // The last --part given wins: `npm run eval:basil -- --part held` passes `--part all --part held`.
  const part = process.argv.includes('--part') ? process.argv[process.argv.lastIndexOf('--part') + 1] : 'dev';
  const showMisses = process.argv.includes('--misses');
  const routeFile =
    part === 'dev' && process.argv.includes('--route') ? process.argv[process.argv.indexOf('--route') + 1] : null;
  const route: object[] = [];
  const gold = JSON.parse(readFileSync(`${DIR}/gold.json`, 'utf8')).claims as { query: string; articles: string[] }[];
  const events = gold.filter((g) => part === 'all' || (part === 'held') === heldOut(g.query));
  const t0 = performance.now();
  const corpus = await loadCorpus(`${DIR}/corpus`);
  const book = buildSourcesBook(corpus, buildSearchIndex(corpus.articles), {
    retrieval: !process.argv.includes('--no-retrieval'),
  });
  const ids = new Set(corpus.articles.map((a) => a.id));
  console.log(
    `basil-dev (${part}): ${events.length} events, ${corpus.articles.length} articles loaded in ${Math.round(performance.now() - t0)} ms`,
  );

  // Baseline: plain retrieval.
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  mini.addAll(
    corpus.articles.map((a) => ({
      id: a.id,
      text: [a.title ?? '', ...a.sentences.slice(0, 4).map((s) => s.text)].join(' '),
    })),
  );

  const ours: number[] = [];
  const base: number[] = [];
  let none = 0;
  const times: number[] = [];
  for (const e of events) {
    // Gold may list an article the loader could not load (an empty file): it stays in the gold, as a miss.
    const truth = new Set(e.articles);
    const t = performance.now();
    const { answer: ans, route: routed } = askTraced(book, e.query);
    times.push(performance.now() - t);
    for (const m of ans.matches) {
      const r = routed(m.id);
      if (r) route.push({ claim: e.query, gold: truth.has(m.id), text: m.text, ...r });
    }
    const got = new Set(ans.matches.map((m) => m.id));
    if (got.size === 0) none++;
    ours.push(f1(got, truth));
    const hits = mini.search(e.query);
    const top = hits[0]?.score ?? 0;
    base.push(f1(new Set(hits.filter((h) => h.score >= top / 2).map((h) => String(h.id))), truth));
    if (showMisses && ours[ours.length - 1] < 1) {
      console.log(`\n${ours[ours.length - 1].toFixed(2)}  ${e.query}`);
      for (const id of truth) console.log(`   ${got.has(id) ? 'found ' : ids.has(id) ? 'MISSED' : 'absent'} ${id}`);
      for (const m of ans.matches) if (!truth.has(m.id)) console.log(`   EXTRA  ${m.id}: ${m.text.slice(0, 160)}`);
      for (const m of ans.matches) if (truth.has(m.id)) console.log(`      ok  ${m.id}: ${m.text.slice(0, 160)}`);
    }
  }
  if (routeFile) writeFileSync(routeFile, route.map((o) => JSON.stringify(o)).join('\n') + '\n');
  times.sort((a, b) => a - b);
  console.log(
    `mean F1 of articles listed as carrying: ${mean(ours).toFixed(3)} (issue 9 target ${TARGET_F1}: ${mean(ours) >= TARGET_F1 ? 'met' : 'NOT MET'}; regression floor ${FLOOR_F1}${part === 'all' ? '' : ', held on --part all only'})`,
  );
  console.log(`events listing none: ${none} of ${events.length}`);
  console.log(
    `baseline (MiniSearch, headline + 4 sentences, within half the top score): mean F1 ${mean(base).toFixed(3)}`,
  );
  console.log(
    `latency per claim: p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`,
  );
  // The target on "none" is for all 49 events; scaled to the part measured.
  const noneTarget = Math.ceil((TARGET_NONE * events.length) / gold.length);
  console.log(`events listing none: target at most ${noneTarget} here: ${none <= noneTarget ? 'met' : 'NOT MET'}`);
  // The floor was set on all 49 events and holds only for that run; a part (dev, held) prints its figures only.
  if (part !== 'all') return;
  if (mean(ours) < FLOOR_F1) {
    console.log('BELOW THE REGRESSION FLOOR');
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
