// Why /sources lists less than plain retrieval, on the development parts only (basil-dev's and mrpc-dev's `dev`
// part; never the held-out ones): for every claim, the gold articles plain retrieval lists (the baseline:
// MiniSearch over each article's headline and first four sentences, within half the top score) that the bot does not,
// each with the stage that stopped it (the reading's veto, the route's cut or hard veto, a named party or speaker, an
// article the route never read); and every article the bot lists outside the gold, with the stage that listed it.
// For MRPC's altered claims, which stage listed the partner.
//   npx tsx bench/sources-causes.ts [basil|mrpc] [--sample 300] [--show]
import { existsSync, readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { loadCorpus } from '../src/corpus/load';
import { buildSearchIndex } from '../src/answers/search';
import { buildSourcesBook, answerSources, type SourcesTrace } from '../src/answers/sources';
import { heldOut, f1, mean } from './eval-split';

interface Gold {
  query: string;
  articles: string[];
  forbid?: string[];
  kind?: string;
}

const set = process.argv[2] === 'mrpc' ? 'mrpc' : 'basil';
const DIR = `../shared/${set}-dev`;
const arg = (n: string) => (process.argv.includes(n) ? process.argv[process.argv.indexOf(n) + 1] : undefined);
const show = process.argv.includes('--show');
// The route and its picks alone, as where the tiers above list nothing (see SourcesOptions.fallbackOnly).
const fallbackOnly = process.argv.includes('--fallback');

function sample<T>(xs: T[], n: number): T[] {
  if (!(n < xs.length)) return xs;
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]);
}

/** The stage that stopped an article, from the trace (the broadest stage, the route, first). */
function stopped(traces: SourcesTrace[], id: string): string {
  const mine = traces.filter((t) => t.id === id);
  const route = mine.find((t) => t.stage === 'retrieved');
  const reading = mine.find((t) => t.stage === 'reading');
  const prop = mine.find((t) => t.stage === 'proposed');
  if (!mine.length) return 'not in the index hits';
  const parts: string[] = [];
  if (route?.cause) parts.push(route.cause.replace(/: rank .*$/, ''));
  else parts.push('route: unread (not ranked)');
  if (reading) parts.push(`reading ${reading.why ?? reading.passages[0]?.veto ?? 'below'}`);
  if (prop) parts.push(`proposed ${prop.why ?? (prop.passages[0]?.veto || 'not relevant')}`);
  return parts.join(' | ');
}

/** The stage that listed an article. */
function lister(traces: SourcesTrace[], id: string): string {
  const mine = traces.filter((t) => t.id === id && t.kept && (!fallbackOnly || t.stage === 'retrieved'));
  if (mine.find((t) => t.stage === 'reading')) return 'reading';
  if (mine.find((t) => t.stage === 'proposed')) return 'proposed';
  const r = mine.find((t) => t.stage === 'retrieved');
  return r ? (r.cause?.startsWith('pick') ? 'pick' : 'route') : '?';
}

async function main() {
  if (!existsSync(`${DIR}/gold.json`)) return console.log(`skipped: ${DIR} absent`);
  const n = Number(arg('--sample') ?? (set === 'mrpc' ? 300 : Infinity));
  const dev = (g: Gold) => !heldOut(g.query);
  const gold = sample((JSON.parse(readFileSync(`${DIR}/gold.json`, 'utf8')).claims as Gold[]).filter(dev), n);
  const adv =
    set === 'mrpc'
      ? sample((JSON.parse(readFileSync(`${DIR}/adversarial.json`, 'utf8')).claims as Gold[]).filter(dev), n)
      : [];
  const corpus = await loadCorpus(`${DIR}/corpus`);
  const book = buildSourcesBook(corpus, buildSearchIndex(corpus.articles));
  const mini = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], storeFields: [] });
  mini.addAll(
    corpus.articles.map((a) => ({
      id: a.id,
      text: [a.title ?? '', ...a.sentences.slice(0, 4).map((s) => s.text)].join(' '),
    })),
  );
  const retrieval = (q: string) => {
    const hits = mini.search(q);
    const top = hits[0]?.score ?? 0;
    return new Set(hits.filter((h) => h.score >= top / 2).map((h) => String(h.id)));
  };
  const tally = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  const lost = new Map<string, number>();
  const lostBoth = new Map<string, number>();
  const wrong = new Map<string, number>();
  const altered = new Map<string, number>();
  let lostN = 0;
  let none = 0;
  const f1s: number[] = [];
  for (const g of gold) {
    const traces: SourcesTrace[] = [];
    const ans = answerSources(book, g.query, { trace: (t) => traces.push(t), fallbackOnly });
    const got = new Set(ans.matches.map((m) => m.id));
    f1s.push(f1(got, new Set(g.articles)));
    if (!got.size) none++;
    const base = retrieval(g.query);
    for (const id of g.articles) {
      if (got.has(id)) continue;
      const why = stopped(traces, id);
      if (base.has(id)) {
        lostN++;
        tally(lost, why.split(' | ')[0]);
        if (show) {
          const a = book.byId.get(id);
          const unread = traces.find((t) => t.id === id && t.stage === 'retrieved')?.cause;
          if (unread?.startsWith('unread')) console.log(`   (${unread})`);
          console.log(
            `LOST ${id} | ${g.query}\n   ${why}\n   ${(a?.title ?? '') + ' — ' + (a?.sentences[0]?.text ?? '')}`,
          );
          const r = traces.find((t) => t.id === id && t.stage === 'retrieved');
          for (const p of r?.passages.slice(0, 2) ?? [])
            console.log(
              `   cov ${p.coverage.toFixed(2)} core ${p.core?.toFixed(2)} lit ${p.literal?.toFixed(2)} veto ${p.veto}${p.denied ? ' denied' : ''}: ${p.text.slice(0, 200)}`,
            );
        }
      } else tally(lostBoth, why.split(' | ')[0]);
    }
    for (const id of got)
      if (!g.articles.includes(id)) {
        const k = `${lister(traces, id)}${base.has(id) ? ' (retrieval lists it too)' : ''}`;
        tally(wrong, k);
        if (show)
          console.log(`WRONG ${k} ${id} | ${g.query}\n   ${ans.matches.find((m) => m.id === id)?.text.slice(0, 200)}`);
      }
  }
  for (const g of adv) {
    const traces: SourcesTrace[] = [];
    const ans = answerSources(book, g.query, { trace: (t) => traces.push(t) });
    for (const m of ans.matches)
      if ((g.forbid ?? []).includes(m.id)) {
        tally(altered, `${g.kind}: ${lister(traces, m.id)}`);
        if (show) console.log(`ALTERED ${g.kind} ${lister(traces, m.id)} | ${g.query}\n   ${m.text.slice(0, 200)}`);
      }
  }
  const print = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}: ${[...m.values()].reduce((a, b) => a + b, 0)}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1])) console.log(`  ${String(v).padStart(4)}  ${k}`);
  };
  console.log(`${set} dev: ${gold.length} claims; gold articles plain retrieval lists and the bot does not: ${lostN}`);
  console.log(
    `mean F1 ${mean(f1s).toFixed(3)}, listing none ${none}${fallbackOnly ? ' (the route and its picks alone)' : ''}`,
  );
  print('gold listed by retrieval, not by the bot, by cause', lost);
  print('gold listed by neither, by cause', lostBoth);
  print('listed outside the gold, by the stage that listed it', wrong);
  if (adv.length) print(`altered claims listing their partner (of ${adv.length}), by stage`, altered);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
