// Built articles in a form that is quick to save and read back (the per-article state, saved-state.ts): a bucket's
// paragraphs as one string with their ends, its sentences as four numbers each, its titles, outlets and dates as
// columns (columns.ts).
//
// Why: `v8.deserialize` reads every paragraph string, sentence and array of a bucket as an object of its own, and
// every one survives, so the collector then copies each of them; on 10,000 scale articles that was a third of a
// million sentence objects, as many sentence strings cut from the paragraphs, and the paragraphs themselves, at
// every restart, before the bot could answer. Read back from this form, an article's paragraphs are slices of its
// bucket's one string (V8 keeps a slice as a pointer into it, no copy), cut when first read (a quarter of a million
// of them on 10,000 articles, which the load's check and /articles only counted: corpus/counts.ts), its clutter lines
// too, and its sentences are made when first read,
// which a restart with its answers saved does not do: the search index, the word counts and the credits are saved
// with the answers (derived-state.ts), and an answer reads the sentences of the few articles it cites.
//
// An article of any other shape than the one the builder makes (a field added later, a sentence with a text that is
// not its paragraph's slice) is kept whole, as `v8.serialize` writes it. Anything that does not fit together when
// read (an end past the text, a sentence past its paragraph) throws: the caller names the bucket and rebuilds it.
import { crc32 } from 'node:zlib';
import type { Article, Sentence } from '../corpus/schema';
import { checkColumns, fromColumns, toColumns, type Columns } from './columns';
import { knowCounts, paragraphCount, sentenceCount } from '../corpus/counts';

export interface PackedArticles {
  /** How many rows (entries of the bucket, some without an article). */
  n: number;
  /** Each row's fields other than its texts (id, file, format, title, outlet, published, url, provenance), or none. */
  meta: Columns;
  /** Each row's paragraph count (-1: no article, -2: the article is in `whole`). */
  paragraphs: Int32Array;
  /**
   * Every paragraph, one after the other, and where each ends in it: as UTF-8 bytes with byte ends (version 4,
   * `crc` set), or, in a file of version 3, as one string with character ends.
   */
  text: string | Uint8Array;
  ends: Uint32Array;
  /** Each row's clutter lines, the same way. */
  clutterCounts: Int32Array;
  clutter: string | Uint8Array;
  clutterEnds: Uint32Array;
  /** CRC-32 of the bytes of the texts, their ends and the sentences (version 4). */
  crc?: number;
  /** Each row's sentence count; then index, paragraph, start and end of each sentence. */
  sentenceCounts: Int32Array;
  sentences: Int32Array;
  /** Articles of another shape, by row, as they are (sentences without their texts). */
  whole: Map<number, Article>;
}

const FIELDS = ['id', 'file', 'format', 'title', 'outlet', 'published', 'url', 'provenance'] as const;
const KEYS = [...FIELDS, 'paragraphs', 'sentences', 'clutter'].join('\0');
const SENTENCE_KEYS = ['index', 'paragraph', 'start', 'end', 'text'].join('\0');
const PROVENANCE_KEYS = ['title', 'outlet', 'published'].join('\0');

/** No lone surrogate (String.prototype.isWellFormed, in Node 20 but not in this project's TypeScript library). */
const wellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();

/** Whether the article is of the builder's shape, each sentence's text its paragraph's slice (or left out). */
function packable(a: Article): boolean {
  if (Object.keys(a).join('\0') !== KEYS) return false;
  if (!a.provenance || Object.keys(a.provenance).join('\0') !== PROVENANCE_KEYS) return false;
  if (!Array.isArray(a.paragraphs) || !Array.isArray(a.sentences) || !Array.isArray(a.clutter)) return false;
  // Well-formed: a lone surrogate would not come back the same through UTF-8.
  if (a.paragraphs.some((p) => typeof p !== 'string' || !wellFormed(p))) return false;
  if (a.clutter.some((c) => typeof c !== 'string' || !wellFormed(c))) return false;
  return a.sentences.every(
    (s) =>
      Object.keys(s).join('\0') === SENTENCE_KEYS &&
      Number.isInteger(s.index) &&
      Number.isInteger(s.paragraph) &&
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      s.paragraph >= 0 &&
      s.paragraph < a.paragraphs.length &&
      s.start >= 0 &&
      s.start <= s.end &&
      s.end <= a.paragraphs[s.paragraph].length &&
      (s.text === '' || s.text === a.paragraphs[s.paragraph].slice(s.start, s.end)),
  );
}

/** Packs the articles of a bucket's rows (undefined: a row without one). */
export function packArticles(articles: readonly (Article | undefined)[]): PackedArticles {
  const n = articles.length;
  const paragraphs = new Int32Array(n);
  const clutterCounts = new Int32Array(n);
  const sentenceCounts = new Int32Array(n);
  const texts: string[] = [];
  const ends: number[] = [];
  const clutterTexts: string[] = [];
  const clutterEnds: number[] = [];
  const sentences: number[] = [];
  const whole = new Map<number, Article>();
  const meta: (Record<string, unknown> | undefined)[] = [];
  let at = 0;
  let clutterAt = 0;
  articles.forEach((a, row) => {
    meta.push(undefined);
    if (!a) {
      paragraphs[row] = -1;
      return;
    }
    if (!packable(a)) {
      paragraphs[row] = -2;
      whole.set(row, { ...a, sentences: a.sentences.map((s) => ({ ...s, text: '' })) });
      return;
    }
    const fields: Record<string, unknown> = {};
    for (const k of FIELDS) fields[k] = a[k];
    meta[row] = fields;
    paragraphs[row] = a.paragraphs.length;
    for (const p of a.paragraphs) {
      texts.push(p);
      ends.push((at += Buffer.byteLength(p, 'utf8')));
    }
    clutterCounts[row] = a.clutter.length;
    for (const c of a.clutter) {
      clutterTexts.push(c);
      clutterEnds.push((clutterAt += Buffer.byteLength(c, 'utf8')));
    }
    sentenceCounts[row] = a.sentences.length;
    for (const s of a.sentences) sentences.push(s.index, s.paragraph, s.start, s.end);
  });
  const packed = {
    n,
    meta: toColumns(meta),
    paragraphs,
    text: new Uint8Array(Buffer.from(texts.join(''), 'utf8')),
    ends: Uint32Array.from(ends),
    clutterCounts,
    clutter: new Uint8Array(Buffer.from(clutterTexts.join(''), 'utf8')),
    clutterEnds: Uint32Array.from(clutterEnds),
    sentenceCounts,
    sentences: Int32Array.from(sentences),
    whole,
  };
  return { ...packed, crc: crcOf(packed) };
}

/** CRC-32 of the texts' bytes, their ends and the sentences: what the counts' checks cannot see is checked by it. */
function crcOf(p: Pick<PackedArticles, 'text' | 'ends' | 'clutter' | 'clutterEnds' | 'sentences'>): number {
  let crc = 0;
  for (const a of [p.text, p.ends, p.clutter, p.clutterEnds, p.sentences])
    // As a Buffer: zlib's crc32 reads a Buffer in place, a plain Uint8Array ten times slower.
    crc = crc32(Buffer.from((a as Uint8Array).buffer, (a as Uint8Array).byteOffset, (a as Uint8Array).byteLength), crc);
  return crc;
}

function damaged(what: string): never {
  throw new Error(`its articles are damaged (${what})`);
}

/** Ends that rise within `length`, `count` of them. */
function checkEnds(ends: Uint32Array, count: number, length: number, what: string): void {
  if (!(ends instanceof Uint32Array) || ends.length !== count) damaged(what);
  let last = 0;
  for (const e of ends) {
    if (e < last || e > length) damaged(what);
    last = e;
  }
}

/**
 * The articles of a packed bucket, one per row (undefined where a row has none), their sentences made when first
 * read. Throws when the parts do not fit together (a damaged file).
 */
export function unpackArticles(p: PackedArticles): (Article | undefined)[] {
  if (!p || typeof p !== 'object' || !Number.isInteger(p.n) || p.n < 0) damaged('no rows');
  const { n } = p;
  for (const a of [p.paragraphs, p.clutterCounts, p.sentenceCounts])
    if (!(a instanceof Int32Array) || a.length !== n) damaged('counts');
  // Version 4: bytes, under a CRC; version 3: strings.
  const bytes = p.text instanceof Uint8Array;
  if (bytes ? !(p.clutter instanceof Uint8Array) : typeof p.text !== 'string' || typeof p.clutter !== 'string')
    damaged('texts');
  if (!(p.whole instanceof Map)) damaged('texts');
  if (!(p.sentences instanceof Int32Array)) damaged('sentences');
  checkColumns(p.meta);
  if (p.meta.n !== n) damaged('fields');
  let paragraphTotal = 0;
  let clutterTotal = 0;
  let sentenceTotal = 0;
  for (let row = 0; row < n; row++) {
    const count = p.paragraphs[row];
    if (count < -2) damaged('counts');
    if (count === -2 && !p.whole.has(row)) damaged('an article left out');
    if (count < 0) continue;
    if (p.clutterCounts[row] < 0 || p.sentenceCounts[row] < 0) damaged('counts');
    paragraphTotal += count;
    clutterTotal += p.clutterCounts[row];
    sentenceTotal += p.sentenceCounts[row];
  }
  checkEnds(p.ends, paragraphTotal, p.text.length, 'paragraphs');
  checkEnds(p.clutterEnds, clutterTotal, p.clutter.length, 'clutter');
  if (p.sentences.length !== 4 * sentenceTotal) damaged('sentences');

  const meta = fromColumns<Record<string, unknown> | undefined>(p.meta);
  const out: (Article | undefined)[] = new Array(n);
  let paragraph = 0;
  let clutter = 0;
  let sentence = 0;
  for (let row = 0; row < n; row++) {
    const count = p.paragraphs[row];
    if (count === -1) {
      out[row] = undefined;
      continue;
    }
    if (count === -2) {
      const a = p.whole.get(row)!;
      out[row] = {
        ...a,
        sentences: a.sentences.map((s) => ({ ...s, text: a.paragraphs[s.paragraph].slice(s.start, s.end) })),
      };
      continue;
    }
    const fields = meta[row];
    if (!fields || FIELDS.some((k) => !(k in fields))) damaged('fields');
    const firstParagraph = paragraph;
    paragraph += count;
    const firstClutter = clutter;
    clutter += p.clutterCounts[row];
    const from = sentence;
    const sentenceCount = p.sentenceCounts[row];
    sentence += sentenceCount;
    // Checked against the ends, without cutting the paragraphs: a sentence within its paragraph.
    for (let k = from; k < sentence; k++) {
      const par = p.sentences[4 * k + 1];
      const start = p.sentences[4 * k + 2];
      const end = p.sentences[4 * k + 3];
      if (par < 0 || par >= count || start < 0 || start > end) damaged('sentences');
      const at = firstParagraph + par;
      if (end > p.ends[at] - (at ? p.ends[at - 1] : 0)) damaged('sentences');
    }
    out[row] = lazyArticle(fields, p, firstParagraph, count, firstClutter, p.clutterCounts[row], from, sentenceCount);
  }
  // A sentence's end is in characters and a paragraph's length in bytes when the texts are bytes, so the check above
  // is looser there: the CRC refuses what it lets through (and a letter of the text changed on disk).
  if (bytes && crcOf(p) !== p.crc) damaged('check sum');
  return out;
}

/** `texts[first .. first + count)` cut from `text` at `ends` (decoded from UTF-8 when it is bytes). */
function cut(text: string | Uint8Array, ends: Uint32Array, first: number, count: number): string[] {
  const out: string[] = new Array(count);
  if (typeof text === 'string') {
    for (let k = 0; k < count; k++) out[k] = text.slice(first + k ? ends[first + k - 1] : 0, ends[first + k]);
    return out;
  }
  const buf = Buffer.from(text.buffer, text.byteOffset, text.byteLength);
  for (let k = 0; k < count; k++) out[k] = buf.toString('utf8', first + k ? ends[first + k - 1] : 0, ends[first + k]);
  return out;
}

/** `make` run when `key` is first read on the article, then a plain property of it. */
function lazy(article: Article, key: 'paragraphs' | 'sentences' | 'clutter', make: (a: Article) => unknown): void {
  Object.defineProperty(article, key, {
    get(this: Article) {
      const value = make(this);
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}

/**
 * A packed article: its paragraphs (slices of the bucket's text), sentences and clutter lines made when first read,
 * then plain properties of it; its counts known at once (corpus/counts.ts).
 */
function lazyArticle(
  fields: Record<string, unknown>,
  p: PackedArticles,
  firstParagraph: number,
  paragraphCount: number,
  firstClutter: number,
  clutterCount: number,
  from: number,
  count: number,
): Article {
  const article = { ...fields } as unknown as Article;
  lazy(article, 'paragraphs', () => cut(p.text, p.ends, firstParagraph, paragraphCount));
  lazy(article, 'sentences', (self) => {
    const packed = p.sentences;
    const sentences: Sentence[] = new Array(count);
    for (let k = 0; k < count; k++) {
      const at = 4 * (from + k);
      const paragraph = packed[at + 1];
      const start = packed[at + 2];
      const end = packed[at + 3];
      sentences[k] = { index: packed[at], paragraph, start, end, text: self.paragraphs[paragraph].slice(start, end) };
    }
    return sentences;
  });
  lazy(article, 'clutter', () => cut(p.clutter, p.clutterEnds, firstClutter, clutterCount));
  knowCounts(article, paragraphCount, count);
  return article;
}

/**
 * The article under another id and file name (the same bytes saved for a file of another name), without making its
 * sentences when they are not made yet; the article itself when the names are its own.
 */
export function renamed(article: Article, id: string, file: string): Article {
  if (article.id === id && article.file === file) return article;
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(article)) as Article;
  copy.id = id;
  copy.file = file;
  knowCounts(copy, paragraphCount(article), sentenceCount(article));
  return copy;
}
