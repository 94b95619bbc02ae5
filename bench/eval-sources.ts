// Measures /sources on the scale corpus (../shared/scale, read at run time, never copied into the project).
//
// What is measured, and how the truth is known without a model judging:
//  1. Carrying claims. A claim is a sentence of one article, stripped of its quotation marks and of a trailing
//     reporting clause (", officials said Thursday"), as a user would restate it. The truth is every article of
//     the corpus holding a sentence that contains at least TRUTH_SHARE of the claim's word 5-grams (a wire copy,
//     verbatim or lightly edited) with the same figures. Listed articles are compared with it:
//       recall    = truth articles listed / truth articles
//       precision = listed truth articles / listed articles, counting every listed article outside the truth as
//                   wrong (a lower bound: a rewritten sentence carrying the claim is outside this truth). The
//                   outside ones are written to /tmp/eval-sources-<seed>-outside.jsonl to be read by a person; the
//                   judgements kept in bench/sources-labels.json (ids and hashes only, no text) correct the bound.
//     Claims are drawn half from articles in copy families (several carriers) and half from any article (usually
//     one carrier: the claim's own article), so precision is tested on claims that have near neighbours.
//  2. Changed claims that no article carries: the same sentences with a figure changed, with "not" inserted, or
//     with a name swapped for a name from another story. Listing the source article for these is an error.
//  3. Latency of answerSources per claim on the whole corpus.
// Exits 1 when recall or precision (outside listings judged by hand, the judged share applied to any unjudged) falls
// below --floor (0.94); skips, exit 0, when the scale corpus is absent. `npm run eval:sources` runs seed 23, the
// held-out one (untouched until measured).
//   npx tsx bench/eval-sources.ts [--limit N] [--claims N] [--seed S] [--floor F] [--no-retrieval]
// Round 9's route (on in the bot since round 10) is counted apart: its listings with their features in
// /tmp/eval-sources-<seed>-route.jsonl, and the figures without them (`--no-retrieval` leaves it out).
import { writeFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCALE_FILE, loadScale } from './scale';
import { checkFloors, present } from './floors';
import { buildSearchIndex } from '../src/answers/search';
import { buildSourcesBook, answerSources } from '../src/answers/sources';
import { askTraced, type RouteListing } from './route-trace';
import { answerArticles } from '../src/answers/articles';
import { sentenceShingles } from '../src/extract/provenance';
import { analyze } from '../src/extract/claims';
import type { Corpus } from '../src/corpus/schema';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const LIMIT = arg('--limit', Infinity);
const CLAIMS = arg('--claims', 300);
let seed = arg('--seed', 7);
const FLOOR = arg('--floor', 0.94);
const OUT = `/tmp/eval-sources-${seed}`;
const TRUTH_SHARE = 0.6;
const LABELS = join(dirname(fileURLToPath(import.meta.url)), 'sources-labels.json');

function rand(): number {
  // Mulberry32: a seeded generator, so a run can be repeated.
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];

function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A sentence as a user would restate it: no quotation marks, no trailing "..., officials said Thursday". */
function restate(s: string): string {
  return s
    .replace(/["“”]/g, '')
    .replace(
      /,\s*(?:[\p{L}.'’-]+\s+){0,6}(?:said|says|told [\p{L} ]+|added|according to [^.]+)(?:\s+[\p{L}]+){0,3}\s*\.?$/u,
      '.',
    )
    .trim();
}

/** A sentence fit to be a claim: a statement of 10 to 45 words, not a question, with some content. */
function claimable(s: string): boolean {
  const words = s.split(/\s+/).length;
  return words >= 10 && words <= 45 && !/\?["”]?$/.test(s) && /^[\p{Lu}"“]/u.test(s) && analyze(s).tokens.length >= 5;
}

interface Claim {
  text: string;
  from: string;
  hash: string;
  kind: 'family' | 'any';
}

async function main() {
  if (!present(SCALE_FILE, 'scale')) return;
  console.log(`seed ${seed}`);
  let t = performance.now();
  const load = await loadScale(LIMIT);
  const articles = load.articles;
  console.log(`loaded ${articles.length} articles in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  const search = buildSearchIndex(articles);
  const corpus: Corpus = { dir: 'scale', articles, warnings: [] };
  const book = buildSourcesBook(corpus, search, { retrieval: !process.argv.includes('--no-retrieval') });
  console.log(`index ${search.size} paragraphs in ${Math.round(performance.now() - t)} ms`);
  t = performance.now();
  const fam = book.families();
  console.log(
    `copy families: ${fam.families.length} (${fam.memberOf.size} articles) in ${Math.round(performance.now() - t)} ms`,
  );
  const byId = new Map(articles.map((a) => [a.id, a]));

  // Claims: half from copy-family members, half from any article.
  const claims: Claim[] = [];
  const used = new Set<string>();
  const famIds = [...fam.memberOf.keys()];
  let guard = 0;
  while (claims.length < CLAIMS && guard++ < CLAIMS * 50) {
    const kind = claims.length % 2 === 0 && famIds.length ? 'family' : 'any';
    const a = kind === 'family' ? byId.get(pick(famIds))! : pick(articles);
    if (!a.sentences.length) continue;
    const s = pick(a.sentences).text;
    if (!claimable(s)) continue;
    const text = restate(s);
    if (used.has(text) || analyze(text).tokens.length < 4) continue;
    used.add(text);
    claims.push({ text, from: a.id, hash: hashText(s), kind });
  }

  // Truth: one pass over every sentence of the corpus, with an index of the claims' shingles.
  const claimShingles = claims.map((c) => new Set(sentenceShingles(c.text)));
  const index = new Map<number, number[]>();
  claimShingles.forEach((set, i) => {
    for (const h of set) (index.get(h) ?? index.set(h, []).get(h)!).push(i);
  });
  const truth: Set<string>[] = claims.map(() => new Set());
  const claimNumbers = claims.map((c) => analyze(c.text).numbers);
  for (const a of articles) {
    for (const s of a.sentences) {
      const counts = new Map<number, number>();
      for (const h of new Set(sentenceShingles(s.text)))
        for (const i of index.get(h) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
      for (const [i, c] of counts) {
        if (c / claimShingles[i].size < TRUTH_SHARE) continue;
        const nums = analyze(s.text).numbers;
        if (claimNumbers[i].every((v) => nums.includes(v))) truth[i].add(a.id);
      }
    }
  }

  // A "claim" carried by many articles of one outlet is that site's furniture ("Sign up for our newsletter")
  // left in by the cleaner, not a news claim: it is set aside and counted.
  let furniture = 0;
  for (let i = claims.length - 1; i >= 0; i--) {
    const perOutlet = new Map<string, number>();
    for (const id of truth[i]) {
      const o = byId.get(id)?.outlet ?? '';
      perOutlet.set(o, (perOutlet.get(o) ?? 0) + 1);
    }
    if (Math.max(0, ...perOutlet.values()) >= 5) {
      claims.splice(i, 1);
      truth.splice(i, 1);
      furniture++;
    }
  }
  console.log(`claims set aside as site furniture: ${furniture}`);

  const labels: Record<string, boolean> = existsSync(LABELS)
    ? (JSON.parse(readFileSync(LABELS, 'utf8')).labels ?? {})
    : {};
  const outside: object[] = [];
  const misses: object[] = [];
  const slow: object[] = [];
  const negs: object[] = [];
  let tp = 0,
    listed = 0,
    truthTotal = 0,
    labelledTrue = 0,
    labelledFalse = 0,
    unlabelled = 0;
  const perKind = { family: { tp: 0, listed: 0, truth: 0 }, any: { tp: 0, listed: 0, truth: 0 } };
  const times: number[] = [];
  // What round 9's route listed, told by a light trace (no passage a shortcut skips is read, so each
  // answer costs what the bot's does): each listing with the features a cut on it could read, written to
  // /tmp/eval-sources-<seed>-route.jsonl, and the listings counted with and without it.
  const route: object[] = [];
  let routed: (id: string) => RouteListing | undefined = () => undefined;
  const ask = (text: string) => {
    const { answer, route } = askTraced(book, text);
    routed = route;
    return answer;
  };
  const routeOff = { tp: 0, listed: 0, judgedTrue: 0 };
  // One question first, untimed: the JIT warms up as it would in a running bot.
  answerSources(book, 'warm-up question about nothing in particular');
  claims.forEach((c, i) => {
    const t0 = performance.now();
    const ans = ask(c.text);
    times.push(performance.now() - t0);
    for (const m of ans.matches) {
      const r = routed(m.id);
      const key = `${c.hash}:${m.id}`;
      if (r) route.push({ set: 'claim', key, truth: truth[i].has(m.id), label: labels[key], claim: c.text, ...r });
      else {
        routeOff.listed++;
        if (truth[i].has(m.id)) routeOff.tp++;
        else if (labels[key]) routeOff.judgedTrue++;
      }
    }
    const got = new Set(ans.matches.map((m) => m.id));
    const hit = [...got].filter((id) => truth[i].has(id)).length;
    tp += hit;
    listed += got.size;
    truthTotal += truth[i].size;
    perKind[c.kind].tp += hit;
    perKind[c.kind].listed += got.size;
    perKind[c.kind].truth += truth[i].size;
    if (times[times.length - 1] > 500)
      slow.push({ ms: Math.round(times[times.length - 1]), claim: c.text, listed: got.size });
    for (const id of truth[i]) if (!got.has(id)) misses.push({ claim: c.text, id, from: c.from });
    for (const m of ans.matches) {
      if (truth[i].has(m.id)) continue;
      const key = `${c.hash}:${m.id}`;
      if (key in labels) {
        if (labels[key]) labelledTrue++;
        else labelledFalse++;
      } else unlabelled++;
      outside.push({ key, claim: c.text, id: m.id, outlet: m.outlet, text: m.text, score: m.score });
    }
  });

  // Shortened claims: the main clause alone, as a user would put it ("Under the plan, emissions would be cut 30
  // percent by 2030, officials said" → "emissions would be cut 30 percent by 2030"). Every article carrying the
  // whole sentence carries this; recall only (other articles may carry the shorter claim too).
  let shortHit = 0,
    shortTruth = 0,
    shortClaims = 0;
  claims.forEach((c, i) => {
    const short = shorten(c.text);
    if (!short || truth[i].size === 0) return;
    shortClaims++;
    const t0 = performance.now();
    const got = new Set(ask(short).matches.map((m) => m.id));
    times.push(performance.now() - t0);
    for (const id of truth[i]) {
      shortTruth++;
      if (got.has(id)) shortHit++;
    }
  });

  // Changed claims: each should list no article carrying the original (its own article least of all).
  const changed = { number: [0, 0], negation: [0, 0], name: [0, 0] };
  const changedOff = { number: 0, negation: 0, name: 0 };
  // Names to swap in: capitalised mid-sentence words never seen in lower case (so not "Senate" or "President").
  const lowerSeen = new Set<string>();
  const capSeen = new Set<string>();
  for (const a of articles.slice(0, 1000))
    for (const x of a.sentences) {
      for (const w of x.text.match(/\b[a-z]{4,}\b/g) ?? []) lowerSeen.add(w);
      for (const w of x.text.match(/(?<=[a-z,] )[A-Z][a-z]{3,}\b/g) ?? []) capSeen.add(w);
    }
  const names = [...capSeen].filter((w) => !lowerSeen.has(w.toLowerCase()));
  claims.forEach((c, i) => {
    const variants: [keyof typeof changed, string | null][] = [
      ['number', changeNumber(c.text)],
      ['negation', negate(c.text)],
      ['name', swapName(c.text, names)],
    ];
    for (const [kind, v] of variants) {
      if (!v) continue;
      const t0 = performance.now();
      const ans = ask(v);
      times.push(performance.now() - t0);
      changed[kind][1]++;
      for (const m of ans.matches) {
        const r = routed(m.id);
        if (r) route.push({ set: kind, wrong: truth[i].has(m.id) || m.id === c.from, claim: v, ...r });
      }
      if (ans.matches.some((m) => (truth[i].has(m.id) || m.id === c.from) && !routed(m.id))) changedOff[kind]++;
      if (ans.matches.some((m) => truth[i].has(m.id) || m.id === c.from)) {
        changed[kind][0]++;
        negs.push({ kind, claim: v, text: ans.matches.find((m) => truth[i].has(m.id) || m.id === c.from)!.text });
      }
    }
  });

  writeFileSync(`${OUT}-outside.jsonl`, outside.map((o) => JSON.stringify(o)).join('\n') + '\n');
  writeFileSync(`${OUT}-misses.jsonl`, misses.map((o) => JSON.stringify(o)).join('\n') + '\n');
  writeFileSync(`${OUT}-changed.jsonl`, negs.map((o) => JSON.stringify(o)).join('\n') + '\n');
  writeFileSync(`${OUT}-slow.jsonl`, slow.map((o) => JSON.stringify(o)).join('\n') + '\n');
  writeFileSync(`${OUT}-route.jsonl`, route.map((o) => JSON.stringify(o)).join('\n') + '\n');
  times.sort((a, b) => a - b);
  const pct = (x: number, y: number) => (y ? ((100 * x) / y).toFixed(1) + '%' : 'n/a');
  const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))]);
  console.log(
    `\nclaims: ${claims.length} (${claims.filter((c) => c.kind === 'family').length} from copy families); truth articles ${truthTotal}`,
  );
  console.log(`recall ${pct(tp, truthTotal)} (${tp}/${truthTotal})`);
  console.log(`precision, outside-truth counted wrong (lower bound): ${pct(tp, listed)} (${tp}/${listed})`);
  console.log(
    `  outside truth: ${listed - tp} listed (${labelledTrue} judged carrying, ${labelledFalse} judged not, ${unlabelled} unjudged)`,
  );
  if (labelledTrue + labelledFalse > 0) {
    const rate = labelledTrue / (labelledTrue + labelledFalse);
    console.log(`  precision with judged share applied to all outside: ${pct(tp + rate * (listed - tp), listed)}`);
  }
  for (const k of ['family', 'any'] as const)
    console.log(
      `  ${k}: recall ${pct(perKind[k].tp, perKind[k].truth)}, precision(lb) ${pct(perKind[k].tp, perKind[k].listed)}`,
    );
  console.log(
    `shortened claims (main clause only): ${shortClaims}, recall ${pct(shortHit, shortTruth)} (${shortHit}/${shortTruth})`,
  );
  for (const [k, [bad, n]] of Object.entries(changed))
    console.log(
      `changed claims (${k}): source still listed in ${bad}/${n} (${pct(bad, n)})` +
        (book.retrieval ? `; without the route's listings ${changedOff[k as keyof typeof changedOff]}/${n}` : ''),
    );
  if (book.retrieval)
    console.log(
      `round 9's route: ${route.filter((r) => (r as { set: string }).set === 'claim').length} listings of the claims; without them precision(lb) ${pct(routeOff.tp, routeOff.listed)} (${routeOff.tp}/${routeOff.listed}), judged ${pct(routeOff.tp + routeOff.judgedTrue, routeOff.listed)}`,
    );
  console.log(
    `latency per claim: p50 ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms, max ${Math.round(times[times.length - 1])} ms`,
  );
  // /articles on the whole corpus (every article with its credits and copy family). The first ask here makes the
  // credits, which the bot makes with its state at build: timed apart, then 20 asks as the bot answers them.
  t = performance.now();
  answerArticles(corpus, book);
  const firstArticles = performance.now() - t;
  const articleTimes: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    answerArticles(corpus, book);
    articleTimes.push(performance.now() - t0);
  }
  articleTimes.sort((a, b) => a - b);
  const qa = (p: number) =>
    Math.round(articleTimes[Math.min(articleTimes.length - 1, Math.floor(p * articleTimes.length))]);
  console.log(
    `/articles latency (${articles.length} articles, 20 asks): p50 ${qa(0.5)} ms, p99 ${qa(0.99)} ms (first ask, making the credits: ${Math.round(firstArticles)} ms)`,
  );
  // Precision against the floor: listed articles inside the truth, plus those outside it a person judged carrying
  // the claim; any not yet judged counts as not carrying it (a lower bound: run --seed S and judge the listings of
  // /tmp/eval-sources-S-outside.jsonl into bench/sources-labels.json to lift it).
  const carrying = tp + labelledTrue;
  checkFloors([
    { name: 'articles carrying the claim that it lists', hit: tp, total: truthTotal, floor: FLOOR },
    { name: 'listed articles that carry the claim', hit: carrying, total: listed, floor: FLOOR },
  ]);
}

/**
 * The main clause: a leading adverbial, prepositional or subordinate clause and anything after the last comma dropped.
 * A subordinate clause is no claim of its own: "As he toured Arlington National Cemetery on Saturday, the president
 * told reporters …" shortens to what the president told reporters, never to "As he toured … on Saturday".
 */
function shorten(s: string): string | null {
  let t = s.replace(/[.]$/, '');
  t = t.replace(
    /^(?:(?:In|On|At|Under|After|Before|During|Since|Last|This|Meanwhile|However|But|And|Also|Still|Yet|So|Now|Then|Earlier|Later|By|For|With|According to|As|When|While|If|Because|Although|Though|Once|Until|Unless|Whereas)\b[^,]{0,60},\s*)/,
    '',
  );
  const last = t.lastIndexOf(', ');
  if (last > 30) t = t.slice(0, last);
  t = t.trim();
  if (t === s.replace(/[.]$/, '').trim() || t.split(/\s+/).length < 6) return null;
  return t;
}

function changeNumber(s: string): string | null {
  const m = /\b\d[\d,]*(?:\.\d+)?\b/.exec(s);
  if (!m) return null;
  const v = Number(m[0].replace(/,/g, ''));
  if (!Number.isFinite(v)) return null;
  const nv = v >= 1000 && v < 2100 && !m[0].includes(',') ? v + 3 : v >= 10 ? Math.round(v * 1.37) : v + 3;
  return s.slice(0, m.index) + nv.toLocaleString('en-US') + s.slice(m.index + m[0].length);
}

function negate(s: string): string | null {
  const m = /\b(is|was|are|were|will|would|has|have|had|can|could|should|did|does)\b(?! not\b)/.exec(s);
  if (!m) return null;
  return s.slice(0, m.index + m[0].length) + ' not' + s.slice(m.index + m[0].length);
}

function swapName(s: string, pool: string[]): string | null {
  const m = /(?<=\s)[A-Z][a-z]{3,}\b/.exec(s);
  if (!m || pool.length === 0) return null;
  for (let k = 0; k < 20; k++) {
    const other = pick(pool);
    if (other !== m[0] && !s.includes(other)) return s.slice(0, m.index) + other + s.slice(m.index + m[0].length);
  }
  return null;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
