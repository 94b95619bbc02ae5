// The 50 most-quoted people of the first N articles of ../shared/scale, for a person to judge: is each cluster one
// person (its name variants and roles printed), and which other clusters hold the same person (every cluster
// sharing the surname printed with its quotation count). Names only; no article text is printed or saved.
//   npx tsx bench/people-clusters.ts [--articles 10000] [--top 50] [--cache /tmp/prep.bin] > /tmp/clusters.json
// --cache keeps each article's extraction in a file outside the project (written when absent, read when present),
// so that a change to the corpus-wide clustering alone is re-judged without extracting 10,000 articles again;
// delete the file after changing the per-article extraction (speakers.ts, names.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { ArticleQuotes } from '../src/extract/quote-attribute';
import { loadScale, SCALE_FILE } from './scale';
import { prepareAll } from '../src/answers/prepare';
import { buildQuoteBook } from '../src/answers/quote';
import { copyFamilies } from '../src/extract/provenance';

const arg = (k: string, d: string) =>
  process.argv.includes(`--${k}`) ? process.argv[process.argv.indexOf(`--${k}`) + 1] : d;

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: scale absent');
    return;
  }
  const limit = Number(arg('articles', '10000'));
  const top = Number(arg('top', '50'));
  const { articles } = await loadScale(limit);
  const cache = arg('cache', '');
  let quotes: ArticleQuotes[];
  if (cache && existsSync(cache)) quotes = deserialize(readFileSync(cache)) as ArticleQuotes[];
  else {
    quotes = (await prepareAll(articles)).map((p) => p.quotes);
    if (cache) writeFileSync(cache, serialize(quotes));
  }
  if (quotes.length !== articles.length)
    throw new Error(`${cache} holds ${quotes.length} articles, not ${articles.length}`);
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
  console.log(JSON.stringify({ articles: articles.length, quotations: book.quotes.length, top: out }, null, 1));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
