// Measures quotation finding and attribution on ../shared/polnear-dev (read at run time, never copied):
// recall of gold quotations (found in the right article), precision of what we list, and, where the gold speaker
// is a name, how often our speaker carries that name (surname match).
//   npm run eval:quotes [-- --misses] [-- --wrong] [-- --extra] [-- --part=dev|held-out]
// The articles are split by a hash of their id into a development part (two thirds, the one rules are looked at
// and tuned on) and a held-out part (a third, scored only to report). --wrong names the rule that fired.
// Exits 1 when a figure over all articles falls below its floor.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadCorpus } from '../src/corpus/load';
import { attributeQuotes, type AttributedQuote } from '../src/extract/quote-attribute';
import { goldSurname, matchScore, sameQuote } from '../src/extract/quote-eval';
import { speakerLabel } from '../src/extract/quote-merge';
import { fold } from '../src/extract/lexicon';
import { exactNameReport, type NamedCase } from './exact-names';
import { SHARED } from './floors';

const DIR = resolve(process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? resolve(SHARED, 'polnear-dev'));
const flag = (name: string) => process.argv.includes(name);

interface Gold {
  article: string;
  text: string;
  source: string;
  source_type: string;
}

/** Which part an article belongs to, by a hash of its id: stable, and blind to the article's content. */
export function partOf(id: string): 'dev' | 'held-out' {
  return createHash('sha1').update(id).digest()[0] % 3 === 0 ? 'held-out' : 'dev';
}

const FLOORS = { found: 99, listed4: 95, named: 93 };

async function main() {
  if (!existsSync(resolve(DIR, 'gold.json'))) {
    console.log(`skipped: ${DIR} absent`);
    return;
  }
  const part = process.argv.find((a) => a.startsWith('--part='))?.slice(7) ?? 'all';
  const allGold: Gold[] = JSON.parse(readFileSync(resolve(DIR, 'gold.json'), 'utf8')).quotes;
  const counts = { dev: 0, 'held-out': 0 };
  for (const id of new Set(allGold.map((g) => g.article))) counts[partOf(id)]++;
  const report = (name: string, inPart: (id: string) => boolean, lists: boolean) =>
    figures(
      name,
      allGold.filter((g) => inPart(g.article)),
      inPart,
      lists,
    );
  // Lists of cases (--wrong, --misses, --extra) are printed for the part asked for only (dev by default), so the
  // held-out part's errors are never read while tuning.
  const all = await report('all', () => true, false);
  if (part === 'all' || part === 'dev')
    await report(`dev part (${counts.dev} articles)`, (id) => partOf(id) === 'dev', true);
  if (part === 'held-out')
    await report(`held-out part (${counts['held-out']} articles)`, (id) => partOf(id) === 'held-out', true);
  const below = [
    all.found < FLOORS.found && `found ${all.found.toFixed(1)}% < ${FLOORS.found}%`,
    all.listed4 < FLOORS.listed4 && `listed-and-gold ${all.listed4.toFixed(1)}% < ${FLOORS.listed4}%`,
    all.named < FLOORS.named && `named-speaker accuracy ${all.named.toFixed(1)}% < ${FLOORS.named}%`,
  ].filter(Boolean);
  if (below.length) {
    console.log(`\nBELOW FLOOR: ${below.join('; ')}`);
    process.exitCode = 1;
  }

  async function figures(name: string, gold: Gold[], inPart: (id: string) => boolean, lists: boolean) {
    console.log(`\n== ${name}`);
    const corpus = await loadCorpus(resolve(DIR, 'corpus'));
    const byArticle = new Map<string, AttributedQuote[]>();
    const t0 = performance.now();
    for (const a of corpus.articles) if (inPart(a.id)) byArticle.set(a.id, attributeQuotes(a.paragraphs).quotes);
    // With --all, articles the loader skipped are read as plain paragraphs (blank-line separated), to measure
    // extraction on every gold article whatever the cleaner decides.
    if (flag('--all')) {
      for (const w of corpus.warnings) {
        const id = w.file.replace(/\.[^.]+$/, '');
        if (byArticle.has(id) || !inPart(id)) continue;
        const raw = readFileSync(resolve(DIR, 'corpus', w.file), 'utf8');
        const paragraphs = raw
          .split(/\n\s*\n/)
          .map((p) => p.replace(/\s+/g, ' ').trim())
          .filter(Boolean);
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
    const namedCases: NamedCase[] = [];
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
          if (g.source_type === 'description' && !g.source.toLowerCase().includes(surname.toLowerCase()))
            wrongNamed.push(
              `${g.article}: gold [${g.source}] ours [${sp.rec.name}] (rule ${mine[0].rule}) ${g.text.slice(0, 60)}`,
            );
        } else if (sp) kindCounts[g.source_type].other++;
      }
      if (g.source_type === 'named') {
        namedFound++;
        const surname = goldSurname(g.source);
        const label = speakerLabel(mine[0].speaker) ?? '';
        namedCases.push({ article: g.article, gold: g.source, ours: label });
        if (surname && fold(label).includes(fold(surname))) namedRight++;
        else
          wrong.push(`${g.article}: gold [${g.source}] ours [${label}] (rule ${mine[0].rule}) ${g.text.slice(0, 70)}`);
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
          if (!isGold)
            extra.push(`${id}: [${speakerLabel(q.speaker) ?? '-'}] (rule ${q.rule}) ${q.span.text.slice(0, 100)}`);
        }
      }
    }
    const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;
    const loaded = gold.filter((g) => byArticle.has(g.article)).length;
    console.log(`articles ${byArticle.size}, gold quotations ${gold.length}, extraction ${ms.toFixed(0)} ms`);
    for (const w of corpus.warnings) console.log(`  loader: ${w.file}: ${w.message}`);
    console.log(
      `recall                         ${pct(found, gold.length)}   (in the articles read: ${pct(found, loaded)})`,
    );
    console.log(`precision, all listed          ${pct(listedGold, listed)}   (scare quotes kept apart: ${scare})`);
    console.log(`precision, listed of 4+ words  ${pct(listed4Gold, listed4)}`);
    console.log(`precision, attributed 4+ words ${pct(attributed4Gold, attributed4)}`);
    console.log(
      `speaker accuracy (named gold)  ${pct(namedRight, namedFound)}   (named gold found: ${namedFound}/${named})`,
    );
    const exact = exactNameReport(
      namedCases,
      (id) => corpus.articles.find((a) => a.id === id)?.paragraphs.join('\n') ?? '',
    );
    console.log(
      `exact full name (named gold)   ${pct(exact.right, exact.judged)}   (gold name undecided in its article: ${exact.skipped})`,
    );
    if (lists && flag('--wrong')) console.log('\nNOT THE FULL NAME MEANT\n' + exact.wrong.join('\n'));
    const k = kindCounts;
    console.log(
      `pronoun gold: resolved to a person ${pct(k.pronoun.named, k.pronoun.total)}, to a description/org ${k.pronoun.other}`,
    );
    console.log(
      `description gold: given a name ${k.description.named}/${k.description.total} (name absent from the gold phrase: ${wrongNamed.length}), kept as description/org ${k.description.other}`,
    );
    if (lists && flag('--wrong')) console.log('\nDESCRIBED SPEAKER GIVEN ANOTHER NAME\n' + wrongNamed.join('\n'));
    if (lists && flag('--misses')) console.log('\nMISSED\n' + misses.join('\n'));
    if (lists && flag('--wrong')) console.log('\nWRONG SPEAKER\n' + wrong.join('\n'));
    if (lists && flag('--extra')) console.log('\nLISTED, NOT GOLD (4+ words)\n' + extra.join('\n'));
    const rate = (a: number, b: number) => (100 * a) / Math.max(b, 1);
    return {
      found: rate(found, gold.length),
      listed4: rate(listed4Gold, listed4),
      named: rate(namedRight, namedFound),
    };
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
