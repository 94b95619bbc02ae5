// The 50 most-quoted people of the first N articles of ../shared/scale, for a person to judge: is each cluster one
// person (its name variants and roles printed), and which other clusters hold the same person (every cluster
// sharing the surname printed with its quotation count). Names only; no article text is printed or saved.
//   npx tsx bench/people-clusters.ts [--articles 10000] [--skip 0 | --seed S] [--top 50] [--cache /tmp/prep.bin] > /tmp/clusters.json
// --skip K takes the N articles after the first K (a fresh sample of the same size for an untouched judgement:
// rules written on the first 10,000 are not judged on the clusters they were tuned on).
// --seed S draws the N articles at random (seeded) from the whole corpus instead, kept in corpus order: once every
// stretch of the corpus has been judged and tuned on, a new seed gives a sample no rule was written for as a whole
// (its articles overlap earlier stretches; its 50 most-quoted people are those of a different 10,000).
// --cache keeps each article's extraction in a file outside the project (written when absent, read when present),
// so that a change to the corpus-wide clustering alone is re-judged without extracting 10,000 articles again;
// delete the file after changing the per-article extraction (speakers.ts, names.ts).
import { existsSync } from 'node:fs';
import { loadScale, rng, SCALE_FILE } from './scale';
import { arg, scaleQuotes } from './people-sample';
import { buildQuoteBook } from '../src/answers/quote';
import { copyFamilies } from '../src/extract/provenance';

/** `n` of the articles drawn at random (seeded), in the corpus's own order. */
function drawArticles<T>(all: T[], n: number, seed: number): T[] {
  const r = rng(seed);
  const order = all.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order
    .slice(0, n)
    .sort((a, b) => a - b)
    .map((i) => all[i]);
}

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: scale absent');
    return;
  }
  const limit = Number(arg('articles', '10000'));
  const top = Number(arg('top', '50'));
  const skip = Number(arg('skip', '0'));
  const seed = arg('seed', '');
  const articles = seed
    ? drawArticles((await loadScale()).articles, limit, Number(seed))
    : (await loadScale(skip + limit)).articles.slice(skip);
  const quotes = await scaleQuotes(articles, arg('cache', ''));
  const fams = copyFamilies(articles);
  const book = buildQuoteBook(
    { dir: 'scale', warnings: [], articles },
    quotes,
    (id) => fams.memberOf.get(id)?.original ?? null,
  );
  const surname = (n: string) =>
    n
      .split(' ')
      .filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w))
      .pop()!
      .toLowerCase();
  const people = book.speakers.filter((s) => s.kind === 'person' && s.count > 0).sort((a, b) => b.count - a.count);
  const out = people.slice(0, top).map((p) => ({
    key: p.key,
    name: p.name,
    count: p.count,
    roles: p.roles.slice(0, 6).map((r) => `${r.role} ${r.first ?? ''}..${r.last ?? ''} ×${r.count}`),
    aliases: p.aliases,
    ambiguous: p.ambiguous,
    sameSurname: people
      .filter((o) => o !== p && surname(o.name) === surname(p.name))
      .map((o) => ({ key: o.key, name: o.name, count: o.count, ambiguous: o.ambiguous })),
  }));
  console.log(
    JSON.stringify(
      {
        skipped: skip,
        seed: seed ? Number(seed) : null,
        articles: articles.length,
        quotations: book.quotes.length,
        top: out,
      },
      null,
      1,
    ),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
