// Built articles packed for the per-article state (src/answers/packed-articles.ts): what a restart reads back is the
// article as built, field for field and in the same key order, its sentences made when first read; a pack whose
// parts do not fit is refused rather than read.
import { describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { buildArticle } from '../src/corpus/article';
import type { Article } from '../src/corpus/schema';
import { packArticles, renamed, unpackArticles } from '../src/answers/packed-articles';
import { paragraphCount, sentenceCount } from '../src/corpus/counts';

const DATA = join(import.meta.dirname, '../data');

async function seeds(): Promise<Article[]> {
  const names = (await readdir(DATA)).filter((f) => /\.(?:txt|md)$/.test(f)).sort();
  return Promise.all(
    names.map(async (file) =>
      buildArticle({
        id: file.slice(0, -extname(file).length),
        file,
        format: file.endsWith('.md') ? 'md' : 'txt',
        text: await readFile(join(DATA, file), 'utf8'),
      }),
    ),
  );
}

/** Through v8.serialize, as the bucket file is written and read. */
const roundTrip = <T>(x: T): T => deserialize(serialize(x)) as T;

describe('packed articles', () => {
  it('reads back each article as built, in the same key order, with rows that hold none', async () => {
    const articles = await seeds();
    expect(articles.length).toBeGreaterThan(3);
    const rows = [articles[0], undefined, ...articles.slice(1)];
    const back = unpackArticles(roundTrip(packArticles(rows)));
    expect(back[1]).toBeUndefined();
    expect(back.map((a) => (a ? JSON.stringify(a) : null))).toEqual(rows.map((a) => (a ? JSON.stringify(a) : null)));
    const sentence = back[0]!.sentences[2];
    expect(sentence.text).toBe(back[0]!.paragraphs[sentence.paragraph].slice(sentence.start, sentence.end));
    expect(sentence.text.length).toBeGreaterThan(0);
  });

  it('counts the paragraphs and sentences of an article read back without making them, as /articles lists them', async () => {
    const articles = await seeds();
    const back = unpackArticles(roundTrip(packArticles(articles)));
    back.forEach((a, i) => {
      expect([paragraphCount(a!), sentenceCount(a!)]).toEqual([
        articles[i].paragraphs.length,
        articles[i].sentences.length,
      ]);
      expect(Object.getOwnPropertyDescriptor(a, 'paragraphs')?.get).toBeDefined();
      expect(Object.getOwnPropertyDescriptor(a, 'sentences')?.get).toBeDefined();
    });
    const copy = renamed(back[0]!, 'other', 'other.txt');
    expect(sentenceCount(copy)).toBe(articles[0].sentences.length);
    expect(copy.paragraphs).toEqual(articles[0].paragraphs);
    expect(copy.clutter).toEqual(articles[0].clutter);
  });

  it('makes the sentences of an article only when they are read, and a renamed copy has its own', async () => {
    const [article] = await seeds();
    const [back] = unpackArticles(roundTrip(packArticles([article])));
    expect(Object.getOwnPropertyDescriptor(back, 'sentences')?.get).toBeDefined();
    const copy = renamed(back!, 'other', 'other.txt');
    expect(renamed(back!, back!.id, back!.file)).toBe(back);
    expect(copy).toMatchObject({ id: 'other', file: 'other.txt', title: article.title });
    expect(copy.sentences).toEqual(article.sentences);
    expect(Object.getOwnPropertyDescriptor(back, 'sentences')?.get).toBeDefined();
    expect(back!.sentences).toEqual(article.sentences);
    expect(Object.getOwnPropertyDescriptor(back, 'sentences')?.value).toBe(back!.sentences);
  });

  it('keeps its texts as UTF-8 bytes, and an article whose text would not come back through UTF-8 whole', async () => {
    const [article] = await seeds();
    const curly = { ...article, paragraphs: [...article.paragraphs] };
    curly.paragraphs[0] = `“${curly.paragraphs[0].slice(1)}`;
    const odd = { ...article, paragraphs: [...article.paragraphs] };
    odd.paragraphs[0] = `${odd.paragraphs[0]}\ud800`;
    const pack = roundTrip(packArticles([curly, odd]));
    expect(pack.text).toBeInstanceOf(Uint8Array);
    expect(pack.whole.has(1)).toBe(true);
    const back = unpackArticles(pack);
    expect(back[0]!.paragraphs).toEqual(curly.paragraphs);
    expect(back[1]!.paragraphs[0]).toBe(odd.paragraphs[0]);
  });

  it('keeps an article of another shape whole', async () => {
    const [article] = await seeds();
    const odd = { ...article, extra: 'a field added later' } as Article;
    const [back] = unpackArticles(roundTrip(packArticles([odd])));
    expect(JSON.stringify(back)).toBe(JSON.stringify(odd));
  });

  it('refuses a pack whose parts do not fit', async () => {
    const articles = await seeds();
    const pack = () => roundTrip(packArticles(articles));
    const past = pack();
    past.ends[past.ends.length - 1] = past.text.length + 1;
    expect(() => unpackArticles(past)).toThrow(/damaged \(paragraphs\)/);
    const sentence = pack();
    sentence.sentences[3] = 1 << 20;
    expect(() => unpackArticles(sentence)).toThrow(/damaged \(sentences\)/);
    // A sentence that starts a character late, or one letter of the text changed on disk: only the CRC sees it.
    const late = pack();
    late.sentences[2] += 1;
    expect(() => unpackArticles(late)).toThrow(/damaged \(check sum\)/);
    const letter = pack();
    (letter.text as Uint8Array)[10] ^= 0x01;
    expect(() => unpackArticles(letter)).toThrow(/damaged \(check sum\)/);
    const counts = pack();
    counts.paragraphs[0] = 1 << 20;
    expect(() => unpackArticles(counts)).toThrow(/damaged/);
  });
});
