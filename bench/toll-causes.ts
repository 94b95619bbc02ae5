// Sorts /toll's misses on development samples by the stage of the extraction pipeline that lost them, so a round of
// rules starts from the largest cause rather than from one sentence's shape. Development samples only: the held-out
// ones (bench/eval-toll.ts names them) are refused.
//
//   npx tsx bench/toll-causes.ts [--sample a,b,…] [--list]
//
// For each gold figure the bot did not pair (eval-toll's matching), the first stage that lost it:
//  - split: the loader's sentence at the gold's index is not the sentence the gold hashed (segmentation moved);
//  - number: no number of the sentence, as `mentions` reads them, has the gold's bound as its value (a count in words
//    the reader does not take, a sum of several numbers, a count told by a noun alone);
//  - unlinked: the number was read and no reading gave it a metric (readFigure and listedAfter returned nothing:
//    the predicate or the casualty noun was not linked to the count);
//  - misread: a figure covering the number came out with another metric or other bounds;
//  - dropped: a figure was read and a guard of extractFigures dropped it (a supposition, a rate, an infinitive, …).
// --list prints each miss under its stage with its sentence, to read the cause within the stage.
// The pairs with a wrong field are sorted too: a wrong as-of by whether the gold and the bot mark history and where
// the bot's day came from (the sentence, the article's context, the article's own day); a wrong estimator by which
// side names one.
import { extractFigures, mentions, type Mention } from '../src/extract/figures';
import { DEVELOPMENT, goldArticle, goldHash, goldRecords, readGold, type GoldFigure } from './toll-gold-articles';
import { fieldsRight, match } from './toll-match';

const argv = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const STAGES = ['split', 'number', 'unlinked', 'misread', 'dropped'] as const;
type Stage = (typeof STAGES)[number];

async function main() {
  const wanted = opt('--sample', DEVELOPMENT.join(',')).split(',');
  const held = wanted.filter((s) => !DEVELOPMENT.includes(s));
  if (held.length) {
    console.error(`not a development sample: ${held.join(', ')} (held out: scored by the lead only)`);
    process.exit(1);
  }
  const articles = readGold().articles.filter((a) => wanted.includes(a.sample));
  const recs = await goldRecords(articles);
  const wrong = new Map<string, number>();
  const tally = new Map<Stage, { g: GoldFigure; where: string; text: string }[]>(STAGES.map((s) => [s, []]));
  for (const a of articles) {
    const rec = recs.get(a.id);
    if (!rec?.content_original) continue;
    const article = goldArticle(a, { ...rec, content_original: rec.content_original });
    const unread: { i: number; m: Mention }[] = [];
    const sentenceOf = new Map(article.sentences.map((s, i) => [s.text, i]));
    const bot = extractFigures(article, {
      propose: (c) => {
        unread.push({ i: sentenceOf.get(c.sentence) ?? -1, m: c.mention });
        return null;
      },
    });
    const { missed, pairs } = match(a.figures, bot);
    for (const { g, f } of pairs) {
      const ok = fieldsRight(g, f);
      if (!ok['as-of']) {
        const kind = `as-of: gold ${g.history ? 'history' : 'dated'}, bot ${f.history ? 'history' : 'dated'} from the ${f.asOfFrom}`;
        wrong.set(kind, (wrong.get(kind) ?? 0) + 1);
      }
      if (!ok.estimator) {
        const kind = `estimator: ${g.estimator ? 'gold names one' : 'gold none'}, ${f.estimator ? 'bot names one' : 'bot none'}`;
        wrong.set(kind, (wrong.get(kind) ?? 0) + 1);
      }
    }
    for (const g of missed) {
      const text = article.sentences[g.sentence]?.text ?? '';
      const where = `[${a.sample} ${a.n} ${a.id} s${g.sentence}]`;
      let stage: Stage;
      if (goldHash(text) !== g.hash) stage = 'split';
      else {
        const values = [g.low, g.high].filter((v): v is number => v !== null);
        const ms = mentions(text).filter((m) => values.includes(m.value));
        if (!ms.length) stage = 'number';
        else if (ms.some((m) => unread.some((u) => u.i === g.sentence && u.m.start === m.start))) stage = 'unlinked';
        else {
          const cover = bot.filter((f) => {
            const at = f.sentence.indexOf(f.display);
            return f.sentenceIndex === g.sentence && ms.some((m) => at <= m.start && m.end <= at + f.display.length);
          });
          stage = cover.length ? 'misread' : 'dropped';
        }
      }
      tally.get(stage)!.push({ g, where, text });
    }
  }
  const total = [...tally.values()].reduce((n, xs) => n + xs.length, 0);
  console.log(`misses on ${wanted.join(', ')}: ${total}`);
  for (const s of STAGES) console.log(`  ${s.padEnd(10)} ${tally.get(s)!.length}`);
  console.log('wrong fields of paired figures:');
  for (const [kind, n] of [...wrong].sort()) console.log(`  ${kind}: ${n}`);
  if (argv.includes('--list'))
    for (const s of STAGES)
      for (const { g, where, text } of tally.get(s)!)
        console.log(
          `${s.toUpperCase()} ${where} ${g.metric} ${g.low ?? '…'}–${g.high ?? '…'} ${g.qualifier}\n    ${text.slice(0, 300)}`,
        );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
