// How many /quote entries hold quotations of more than one speaker (the phrase merges of issue 16: "a lot of people"
// said by two people in two stories made one entry), on a slice of the scale corpus.
//   npx tsx bench/quote-speakers.ts [--articles 3000] [--skip 0] [--cache /tmp/prep3000.bin]
// A speaker is the person's id, else the description as written; quotations without one are counted apart.
import { existsSync } from 'node:fs';
import { loadScale, SCALE_FILE } from './scale';
import { arg, scaleQuotes } from './people-sample';
import { buildQuoteBook, entrySpeakers } from '../src/answers/quote';
import { copyFamilies } from '../src/extract/provenance';

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: scale absent');
    return;
  }
  const limit = Number(arg('articles', '3000'));
  const skip = Number(arg('skip', '0'));
  const articles = (await loadScale(skip + limit)).articles.slice(skip);
  const quotes = await scaleQuotes(articles, arg('cache', ''));
  const fams = copyFamilies(articles);
  const book = buildQuoteBook(
    { dir: 'scale', warnings: [], articles },
    quotes,
    (id) => fams.memberOf.get(id)?.original ?? null,
  );
  const groups = entrySpeakers(book);
  const named = (g: ReturnType<typeof entrySpeakers>[number]) => new Set(g.flatMap((x) => x.speaker ?? []));
  const families = (g: ReturnType<typeof entrySpeakers>[number]) => new Set(g.map((x) => x.family ?? '?'));
  // More than one speaker; of those, across copy families (not one story's copies disagreeing on who spoke).
  const mixed = groups.filter((g) => named(g).size > 1);
  const across = mixed.filter((g) => families(g).size > 1 || families(g).has('?'));
  // A speaker's words together with quotations of no speaker, from other stories.
  const withNone = groups.filter(
    (g) => named(g).size === 1 && g.some((x) => x.speaker === null) && (families(g).size > 1 || families(g).has('?')),
  );
  const biggest = Math.max(0, ...mixed.map((g) => named(g).size));
  console.log(
    JSON.stringify({
      articles: articles.length,
      entries: groups.length,
      quotations: groups.reduce((n, g) => n + g.length, 0),
      moreThanOneSpeaker: mixed.length,
      ofThemAcrossFamilies: across.length,
      oneSpeakerWithUnattributedFromOtherStories: withNone.length,
      mostSpeakersInOneEntry: biggest,
    }),
  );
}

void main();
