// Measures quotation finding and attribution on ../shared/polnear-dev (read at run time, never copied):
// recall of gold quotations (found in the right article), precision of what we list, and, where the gold speaker
// is a name, how often our speaker carries that name (surname match). Exits 1 when a figure falls below its floor
// (found 99%, listed of 4+ words that are gold 94%, named speaker right 93%); skips, exit 0, when the set is absent.
//   npm run eval:quotes [-- --misses] [-- --wrong] [-- --extra]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load';
import { attributeQuotes, type AttributedQuote } from '../src/extract/quote-attribute';
import { goldSurname, matchScore, sameQuote } from '../src/extract/quote-eval';
import { speakerLabel } from '../src/extract/quote-merge';
import { SHARED, checkFloors, present } from './floors';

const DIR = resolve(process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? resolve(SHARED, 'polnear-dev'));
const show = (flag: string) => process.argv.includes(flag);

interface Gold { article: string; text: string; source: string; source_type: string }

async function main() {
  if (!present(resolve(DIR, 'gold.json'), 'polnear-dev')) return;
  const gold: Gold[] = JSON.parse(readFileSync(resolve(DIR, 'gold.json'), 'utf8')).quotes;
  const corpus = await loadCorpus(resolve(DIR, 'corpus'));
  const byArticle = new Map<string, AttributedQuote[]>();
  const t0 = performance.now();
  for (const a of corpus.articles) byArticle.set(a.id, attributeQuotes(a.paragraphs).quotes);
  // With --all, articles the loader skipped are read as plain paragraphs (blank-line separated), to measure
  // extraction on every gold article whatever the cleaner decides.
  if (show('--all')) {
    for (const w of corpus.warnings) {
      const id = w.file.replace(/\.[^.]+$/, '');
      if (byArticle.has(id)) continue;
      const raw = readFileSync(resolve(DIR, 'corpus', w.file), 'utf8');
      const paragraphs = raw.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
      byArticle.set(id, attributeQuotes(paragraphs).quotes);
    }
  }
  const ms = performance.now() - t0;

  let found = 0;
  let named = 0;
  let namedRight = 0;
  let namedFound = 0;
  const misses: string[] = [];
  const kindCounts = { description: { total: 0, named: 0, other: 0 }, pronoun: { total: 0, named: 0, other: 0 } };
  const wrongNamed: string[] = [];
  const wrong: string[] = [];
  const goldByArticle = new Map<string, Gold[]>();
  for (const g of gold) {
    if (!goldByArticle.has(g.article)) goldByArticle.set(g.article, []);
    goldByArticle.get(g.article)!.push(g);
    const mine = (byArticle.get(g.article) ?? [])
      .filter((q) => sameQuote(q.span.text, g.text))
      .sort((x, y) => matchScore(y.span.text, g.text) - matchScore(x.span.text, g.text));
    if (g.source_type === 'named') named++;
    if (!mine.length) {
      misses.push(`${g.article}: [${g.source}] ${g.text.slice(0, 100)}`);
      continue;
    }
    found++;
    if (g.source_type === 'description' || g.source_type === 'pronoun') {
      // Never a wrong name: a described or pronoun speaker we name must be someone the gold source could mean —
      // for descriptions we can only check that our name, when we give one, appears in the gold phrase.
      kindCounts[g.source_type].total++;
      const sp = mine[0].speaker;
      if (sp && 'rec' in sp && sp.kind === 'person') {
        kindCounts[g.source_type].named++;
        const surname = sp.rec.name.split(' ').pop() ?? '';
        if (g.source_type === 'description' && !g.source.toLowerCase().includes(surname.toLowerCase())) wrongNamed.push(`${g.article}: gold [${g.source}] ours [${sp.rec.name}] ${g.text.slice(0, 60)}`);
      } else if (sp) kindCounts[g.source_type].other++;
    }
    if (g.source_type === 'named') {
      namedFound++;
      const surname = goldSurname(g.source);
      const label = speakerLabel(mine[0].speaker) ?? '';
      const fold = (x: string) => x.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").toLowerCase();
      if (surname && fold(label).includes(fold(surname))) namedRight++;
      else wrong.push(`${g.article}: gold [${g.source}] ours [${label}] (${mine[0].via}) ${g.text.slice(0, 70)}`);
    }
  }

  let listed = 0;
  let listedGold = 0;
  let listed4 = 0;
  let listed4Gold = 0;
  let attributed4 = 0;
  let attributed4Gold = 0;
  let scare = 0;
  const extra: string[] = [];
  for (const [id, quotes] of byArticle) {
    const g = goldByArticle.get(id) ?? [];
    for (const q of quotes) {
      if (q.scare) {
        scare++;
        continue;
      }
      const isGold = g.some((x) => sameQuote(q.span.text, x.text));
      listed++;
      if (isGold) listedGold++;
      if (q.span.words >= 4) {
        listed4++;
        if (isGold) listed4Gold++;
        if (q.speaker) {
          attributed4++;
          if (isGold) attributed4Gold++;
        }
        if (!isGold) extra.push(`${id}: [${speakerLabel(q.speaker) ?? '-'}] (${q.via}) ${q.span.text.slice(0, 100)}`);
      }
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;
  const loaded = gold.filter((g) => byArticle.has(g.article)).length;
  console.log(`articles ${corpus.articles.length}, gold quotations ${gold.length}, extraction ${ms.toFixed(0)} ms`);
  for (const w of corpus.warnings) console.log(`  loader: ${w.file}: ${w.message}`);
  console.log(`recall                         ${pct(found, gold.length)}   (in the articles read: ${pct(found, loaded)})`);
  console.log(`precision, all listed          ${pct(listedGold, listed)}   (scare quotes kept apart: ${scare})`);
  console.log(`precision, listed of 4+ words  ${pct(listed4Gold, listed4)}`);
  console.log(`precision, attributed 4+ words ${pct(attributed4Gold, attributed4)}`);
  console.log(`speaker accuracy (named gold)  ${pct(namedRight, namedFound)}   (named gold found: ${namedFound}/${named})`);
  const k = kindCounts;
  console.log(`pronoun gold: resolved to a person ${pct(k.pronoun.named, k.pronoun.total)}, to a description/org ${k.pronoun.other}`);
  console.log(`description gold: given a name ${k.description.named}/${k.description.total} (name absent from the gold phrase: ${wrongNamed.length}), kept as description/org ${k.description.other}`);
  checkFloors([
    { name: 'gold quotations found', hit: found, total: gold.length, floor: 0.99 },
    { name: 'listed quotations of 4+ words that are gold', hit: listed4Gold, total: listed4, floor: 0.94 },
    { name: 'speaker right where the gold speaker is a name', hit: namedRight, total: namedFound, floor: 0.93 },
  ]);
  if (show('--wrong')) console.log('\nDESCRIBED SPEAKER GIVEN ANOTHER NAME\n' + wrongNamed.join('\n'));
  if (show('--misses')) console.log('\nMISSED\n' + misses.join('\n'));
  if (show('--wrong')) console.log('\nWRONG SPEAKER\n' + wrong.join('\n'));
  if (show('--extra')) console.log('\nLISTED, NOT GOLD (4+ words)\n' + extra.join('\n'));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
