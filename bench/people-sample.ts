// Draws speaker names at random (seeded) from what /quote lists on the first N articles of ../shared/scale, for a
// person to judge clean or not. Prints one line per name: the name, its kind, its article, the sentence it was
// read from, and for a one-word name the longer names ending in it that the same article writes (the evidence a
// judge needs for "a bare surname where the article gives the full name"). The draw goes to the terminal (or a
// file under /tmp); article texts are never saved in the project: the judged file holds names and labels only.
//   npx tsx bench/people-sample.ts --seed 1 [--n 200] [--articles 3000] [--cache /tmp/prep3000.bin] > /tmp/people-names-seed1.jsonl
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../src/corpus/schema';
import type { ArticleQuotes } from '../src/extract/quote-attribute';
import { copyFamilies } from '../src/extract/provenance';
import { loadScale, rng, SCALE_FILE } from './scale';
import { prepareAll } from '../src/answers/prepare';
import { buildQuoteBook } from '../src/answers/quote';

/** A command-line option's value, `--k v` or `--k=v`, else `d`. */
export const arg = (k: string, d: string) =>
  process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ??
  (process.argv.includes(`--${k}`) ? process.argv[process.argv.indexOf(`--${k}`) + 1] : d);

/**
 * Each article's quotations as the per-article extraction gives them, kept in `cache` (a file outside the project,
 * written when absent, read when present) so that a change to the corpus-wide merge alone is re-drawn or re-judged
 * in seconds; delete the file after changing the per-article extraction (speakers.ts, names.ts).
 */
export async function scaleQuotes(articles: Article[], cache: string): Promise<ArticleQuotes[]> {
  if (cache && existsSync(cache)) {
    const quotes = deserialize(readFileSync(cache)) as ArticleQuotes[];
    if (quotes.length !== articles.length)
      throw new Error(`${cache} holds ${quotes.length} articles, not ${articles.length}`);
    return quotes;
  }
  const quotes = (await prepareAll(articles)).map((p) => p.quotes);
  if (cache) writeFileSync(cache, serialize(quotes));
  return quotes;
}

export function draw<T>(items: T[], n: number, seed: number): T[] {
  const r = rng(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a.slice(0, n);
}

/**
 * Distinct speaker names of listed quotations, persons and organisations (descriptions are not names), as /quote
 * lists them: the corpus-wide merge with the copy families the bot gives it (coverage.ts), so a bare surname is
 * completed from its copy family as in the bot's answers. Each with its kind, first article and sentence.
 */
export function speakerNames(
  articles: Article[],
  quotes: ArticleQuotes[],
): Map<string, { kind: string; article: string; sentence: string; count: number }> {
  const fams = copyFamilies(articles);
  const book = buildQuoteBook(
    { dir: 'scale', warnings: [], articles },
    quotes,
    (id) => fams.memberOf.get(id)?.original ?? null,
  );
  const where = new Map<string, { kind: string; article: string; sentence: string; count: number }>();
  for (const q of book.quotes) {
    if (!q.speaker || (q.speakerKind !== 'person' && q.speakerKind !== 'org')) continue;
    const w = where.get(q.speaker);
    if (w) w.count++;
    else
      where.set(q.speaker, {
        kind: q.speakerKind,
        article: q.articles[0].id,
        sentence: q.articles[0].sentence,
        count: 1,
      });
  }
  console.error(`articles ${articles.length}, quotations ${book.quotes.length}, distinct speaker names ${where.size}`);
  return where;
}

/** For a one-word name, the longer names ending in it that its article writes (a judge's evidence). */
export function surnameHint(name: string, article: Article): string {
  if (name.includes(' ')) return '';
  const text = article.paragraphs.join(' ');
  const longer = new Set<string>();
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,3})${esc}\\b`, 'gu')))
    longer.add(m[1].trim());
  return longer.size
    ? `  [article writes: ${[...longer]
        .slice(0, 5)
        .map((l) => `${l} ${name}`)
        .join('; ')}]`
    : '';
}

async function main() {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: scale absent');
    return;
  }
  const seed = Number(arg('seed', '1'));
  const n = Number(arg('n', '200'));
  const limit = Number(arg('articles', '3000'));
  const { articles } = await loadScale(limit);
  const where = speakerNames(articles, await scaleQuotes(articles, arg('cache', '')));
  const names = [...where.keys()].sort();
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const name of draw(names, n, seed)) {
    const w = where.get(name)!;
    const hint = surnameHint(name, byId.get(w.article)!);
    console.log(
      JSON.stringify({ name, kind: w.kind, quotes: w.count, article: w.article, sentence: w.sentence }) + hint,
    );
  }
}

// Run as a script, not when another bench script imports its helpers.
if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1]))
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
