// What the answers build across articles (the search index, the word counts /sources weighs by, the copy families,
// the merged people and quotations, the estimates), saved beside the per-article state (saved-state.ts) so that a
// restart with nothing changed reads it back instead of rebuilding it.
//
// One file, `derived.v8`, in sections (section-file.ts: each part decoded when first asked for, every CRC checked at
// start), written through a temporary file and a rename. It is stamped with the code versions and
// keyed by the corpus it was made from: every article's id and content hash, in order. It is used only for exactly
// that corpus and that code; for any other it is stale and the answers are rebuilt (or, while the bot runs, updated
// from the state in memory, see coverage.ts). A file that cannot be read, or whose parts do not fit together, is
// reported and rebuilt, never trusted.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import type { Article } from '../corpus/schema';
import { articleCredits, type Credits, type Families } from '../extract/provenance';
import { SharedSearch, buildSearchIndex, type SavedSearch, type SearchView } from './search';
import { countWords, type WordCounts } from './sources';
import { buildFamilies } from './families';
import { SectionFile, writeSections } from './section-file';
import {
  QUOTE_INDEX_OPTIONS,
  SPEAKER_INDEX_OPTIONS,
  bookIndexes,
  holding,
  indexAfresh,
  readEntriesOnDemand,
  type QuoteBook,
  type QuoteDoc,
  type SpeakerDoc,
} from './quote';
import type { QuoteEntry } from './types';
import type MiniSearch from 'minisearch';
import type { TollBook } from './toll';
import { checkPacked, packIndex, unpackIndex, unpackIndexAsync, type PackedIndex } from './packed-index';
import type { Derived } from './coverage';
import { checkColumns, fromColumns, toColumns, type Columns } from './columns';
import { reason } from '../util/reason';

const FORMAT = 'coverage-bot-derived';
// 5: the quotation entries, scare quotes and speakers saved as columns (columns.ts).
// 6: in sections, each decoded when first asked for (section-file.ts).
// 7: the quotation entries and scare quotes in chunks of rows, a speaker's entries together, each chunk made into
//    entries when one of its rows is first read (`ChunkedList`).
const FORMAT_VERSION = 7;
export const DERIVED_FILE = 'derived.v8';

/** The key of a corpus for the derived state: the code versions, then each article's id and content hash. */
export function derivedKey(versions: string, articles: Article[], keyOf: (id: string) => string | undefined): string {
  return keyOfCorpus(
    versions,
    articles.map((a): [string, string] => [a.id, keyOf(a.id) ?? '']),
  );
}

function keyOfCorpus(versions: string, corpus: readonly [string, string][]): string {
  const h = createHash('sha256').update(versions).update('\0');
  for (const [id, key] of corpus) h.update(id).update('\0').update(key).update('\0');
  return h.digest('hex').slice(0, 32);
}

export type LoadedDerived =
  /**
   * Made by this code: `same` when for exactly these articles; otherwise for `articles` (ids and hashes `keys`),
   * an earlier state of the corpus, which the caller may update for what changed since.
   */
  | { derived: Derived; same: boolean; articles: Article[]; keys: Map<string, string> }
  /** No file, or one made by other code: rebuilt, nothing to report. */
  | { stale: true }
  /** A damaged or foreign file: rebuilt, and the reason reported. */
  | { problem: string };

/** A stand-in for an article of the saved corpus that is gone and no longer in the per-article state. */
function gone(id: string): Article {
  const none = { title: null, outlet: null, published: null } as const;
  return {
    id,
    file: id,
    format: 'txt',
    ...none,
    url: null,
    provenance: none,
    paragraphs: [],
    sentences: [],
    clutter: [],
  };
}

/** The parts of the file, each a section read when first asked for (section-file.ts). */
const SECTIONS = [
  'corpus',
  'search',
  'counts',
  'families',
  'credits',
  'toll',
  'quote',
  'quotes',
  'scare',
  'speakers',
  'quoteIndex',
  'speakerIndex',
] as const;

/** The header's fields: what a start checks without reading a section. */
interface DerivedFields {
  format: typeof FORMAT;
  formatVersion: number;
  /** The code versions it was made by. */
  versions: string;
  /** The corpus it was made from, as `derivedKey` gives it (its list is the section "corpus"). */
  key: string;
  /** How many entries, scare quotes and speakers the quotation book's sections hold. */
  quotes: number;
  scare: number;
  speakers: number;
  /** Rows in each chunk of the entries and the scare quotes (`ChunkedList`). */
  chunkRows: number;
  /** The quotation book's other fields, all in the section "quote". */
  bookKeys: string[];
}

/** The quotation book's fields other than its lists and indexes (the section "quote"). */
type BookRest = Omit<QuoteBook, 'quoteIndex' | 'speakerIndex' | 'ordered' | 'quotes' | 'scare' | 'speakers'>;

/**
 * Reads the derived state. `articles` and `keyOf` are the corpus now; `earlier(key)` finds an article the saved
 * corpus had and the folder no longer has (changed or removed), in the per-article state, for taking it out.
 *
 * Only the header is read, and every section's CRC checked (section-file.ts); each part is decoded when first asked
 * for. A part whose decoded form does not fit (which a file that passed its CRCs gives only if its writer erred) is
 * reported through `onProblem` and made again from the articles where it can be (the search index, the word counts,
 * the copy families, the credits); the quotation book, which needs the extraction, is checked as it is decoded and
 * fails its answer with the file named.
 */
export async function loadDerived(
  dir: string,
  versions: string,
  articles: Article[],
  keyOf: (id: string) => string | undefined,
  earlier: (key: string) => Article | undefined,
  onProblem?: (message: string) => void,
): Promise<LoadedDerived> {
  const path = join(dir, DERIVED_FILE);
  const problem = (err: unknown) => ({
    problem: `${path}: ignored and rebuilt (${reason(err)})`,
  });
  let file: SectionFile | null;
  try {
    file = SectionFile.open(path);
  } catch (err) {
    // A file of the versions before this one (one v8.serialize of it all) is stale, not damaged.
    if (await wholeFileOfOurs(path)) return { stale: true };
    return problem(err);
  }
  if (!file) return { stale: true };
  try {
    const f = file.fields as Partial<DerivedFields>;
    if (f.format !== FORMAT) throw new Error('not a state file of this bot');
    if (f.formatVersion !== FORMAT_VERSION || f.versions !== versions) {
      file.close();
      return { stale: true };
    }
    if (
      typeof f.key !== 'string' ||
      !Number.isInteger(f.quotes) ||
      !Number.isInteger(f.scare) ||
      !Number.isInteger(f.speakers) ||
      !Number.isInteger(f.chunkRows) ||
      f.chunkRows! < 1 ||
      !Array.isArray(f.bookKeys) ||
      f.bookKeys.some((k) => typeof k !== 'string' || BOOK_LAZY.has(k)) ||
      SECTIONS.some((s) => !file.has(s)) ||
      CHUNKED.some((key) => !chunkNames(key, f[key]!, f.chunkRows!).every((name) => file.has(name)))
    )
      throw new Error('parts of it are missing');
    const fields = f as DerivedFields;
    const now = articles.map((a): [string, string] => [a.id, keyOf(a.id) ?? '']);
    const same = fields.key === keyOfCorpus(versions, now);
    let saved: Article[] = articles;
    const keys = new Map<string, string>(now);
    if (!same) {
      // An earlier state of the corpus: its list read, and each of its articles found (now, or in the per-article
      // state, or a stand-in) for the update to take out.
      const corpus = file.read<[string, string][]>('corpus');
      if (!Array.isArray(corpus)) throw new Error('its corpus list is damaged');
      const byId = new Map(articles.map((a) => [a.id, a]));
      keys.clear();
      saved = [];
      for (const [id, key] of corpus) {
        if (typeof id !== 'string' || typeof key !== 'string' || keys.has(id))
          throw new Error('its corpus list is damaged');
        keys.set(id, key);
        const a = byId.get(id);
        saved.push(a && keyOf(id) === key ? a : (earlier(key) ?? gone(id)));
      }
      if (keyOfCorpus(versions, corpus) !== fields.key) throw new Error('its corpus list is damaged');
    }
    // The estimates are few: read now, so that the toll's answers never wait.
    const toll = file.read<TollBook>('toll');
    if (!Array.isArray(toll?.estimates)) throw new Error('parts of it are missing');
    const open = file;
    const redo = <T>(what: string, err: unknown, make: () => T): T => {
      onProblem?.(`${path}: ${what} made again (${reason(err)})`);
      return make();
    };
    const part =
      <T>(name: (typeof SECTIONS)[number], check: (v: T) => boolean, make: () => T) =>
      () => {
        try {
          const v = open.read<T>(name);
          if (!check(v)) throw new Error('it does not fit');
          return v;
        } catch (err) {
          return redo(`its part "${name}" did not read; it is`, err, make);
        }
      };
    const derived = {} as Derived;
    lazyProperty(derived, 'search', () => {
      try {
        const search = SharedSearch.load(open.read<SavedSearch>('search'), saved);
        if (!search) throw new Error('its search index does not fit its corpus');
        return search;
      } catch (err) {
        return redo('the search index', err, () => buildSearchIndex(saved));
      }
    });
    lazyProperty(
      derived,
      'counts',
      part<WordCounts>(
        'counts',
        (c) => c?.df instanceof Map && c.caps instanceof Map && c.lows instanceof Map && c.sampled instanceof Set,
        () => countWords(saved),
      ),
    );
    lazyProperty(
      derived,
      'families',
      part<Families>(
        'families',
        (f) => Array.isArray(f?.families) && f.memberOf instanceof Map,
        () => buildFamilies(saved),
      ),
    );
    lazyProperty(
      derived,
      'credits',
      part<Map<string, Credits>>(
        'credits',
        (c) => c instanceof Map,
        () => new Map(saved.map((a) => [a.id, articleCredits(a)])),
      ),
    );
    derived.toll = toll;
    derived.quote = lazyBook(open, fields);
    return { derived, same, articles: saved, keys };
  } catch (err) {
    file.close();
    return problem(err);
  }
}

/** Whether the file is a derived state of this bot in the format before sections (read whole to tell). */
async function wholeFileOfOurs(path: string): Promise<boolean> {
  try {
    const old = deserialize(await readFile(path)) as { format?: unknown } | null;
    return old?.format === FORMAT;
  } catch {
    return false;
  }
}

/** `make` run when `key` is first read, then a plain property of `target`. */
function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, make: () => T[K]): void {
  Object.defineProperty(target, key, {
    get: () => {
      const value = make();
      Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}

/** How to make a read-back book's lists and indexes in the background (`primeIndexes`). */
const priming = new WeakMap<QuoteBook, () => Promise<void>>();

/** The book's fields that are sections of their own (or made afresh), not in the section "quote". */
const BOOK_LAZY = new Set(['quotes', 'scare', 'speakers', 'quoteIndex', 'speakerIndex', 'ordered']);

/**
 * The quotation book read back, each part decoded as it is first asked for, or in the background before that
 * (`primeIndexes`), rather than before the bot answers: only /quote and /follow read it. Its other fields (which
 * speaker each entry is, the entries of each person, the document ids) are one section; its lists (the entries, the
 * scare quotes, the speakers) are made from their columns (columns.ts), each a section; its two MiniSearch indexes
 * are made from their packed form, each when first asked for, their postings term by term as queries read them
 * (packed-index.ts: on 37,554 articles the quotation index is 12 million postings, which loadJS made into objects in
 * 34 s of the first /quote). If the packed form cannot be read after all, an index is made from the book's
 * documents, as a whole build makes it. A list or field whose section does not fit throws, naming
 * the file: the book cannot be made again without the extraction.
 */
function lazyBook(file: SectionFile, fields: DerivedFields): QuoteBook {
  const book = { ordered: new Map() } as unknown as QuoteBook;
  const damaged = (what: string, err?: unknown): never => {
    throw new Error(
      `${file.path}: the quotation book's ${what} does not fit${err === undefined ? '' : ` (${reason(err)})`}; delete the file to rebuild it`,
    );
  };
  let rest: BookRest | null = null;
  const restOf = (): BookRest => {
    if (rest) return rest;
    const r = file.read<BookRest>('quote');
    if (
      !r ||
      typeof r !== 'object' ||
      !Array.isArray(r.quoteDocs) ||
      r.quoteDocs.length !== fields.quotes + fields.scare ||
      !Array.isArray(r.speakerDocs) ||
      r.speakerDocs.length !== fields.speakers
    )
      damaged('fields');
    return (rest = r);
  };
  for (const key of fields.bookKeys)
    lazyProperty(book, key as keyof QuoteBook, () => restOf()[key as keyof BookRest] as never);
  lazyProperty(book, 'speakers', () => {
    try {
      const columns = file.read<Columns>('speakers');
      checkColumns(columns);
      if (columns.n !== fields.speakers) throw new Error('its length');
      return fromColumns(columns) as never;
    } catch (err) {
      return damaged('speakers', err);
    }
  });
  // The entries, each chunk made when one of its rows is first read; a whole list when something asks for it (an
  // update, the export), made of the same entries.
  const quotes = new ChunkedList(file, 'quotes', fields.quotes, fields.chunkRows, damaged);
  const scare = new ChunkedList(file, 'scare', fields.scare, fields.chunkRows, damaged);
  lazyProperty(book, 'quotes', () => quotes.all());
  lazyProperty(book, 'scare', () => scare.all());
  readEntriesOnDemand(book, {
    quotes: fields.quotes,
    at: (i) => (i < fields.quotes ? quotes.at(i) : scare.at(i - fields.quotes)),
  });
  // Each index read from its section (and checked) when first asked for, by an answer or the background, whichever
  // comes first: a /quote of a speaker reads only the speakers' index, a /quote with words the quotations' too.
  const SECTION = { quote: 'quoteIndex', speaker: 'speakerIndex' } as const;
  const OPTIONS = { quote: QUOTE_INDEX_OPTIONS, speaker: SPEAKER_INDEX_OPTIONS };
  const packed: { quote?: PackedIndex; speaker?: PackedIndex } = {};
  const packedIndex = (which: 'quote' | 'speaker'): PackedIndex => {
    let p = packed[which];
    if (!p) {
      p = file.read<PackedIndex>(SECTION[which]);
      checkPacked(p);
      packed[which] = p;
    }
    return p;
  };
  const made: { quote?: MiniSearch<QuoteDoc>; speaker?: MiniSearch<SpeakerDoc> } = {};
  const settle = <K extends 'quote' | 'speaker'>(which: K, index: (typeof made)[K]) => {
    if (!made[which]) {
      made[which] = index;
      delete packed[which]; // the packed arrays are now held by the index's terms, or let go
      // The shared indexes hold this book's documents (quote.ts keys that by the speakers' index).
      if (which === 'speaker') holding(book);
    }
    return made[which]!;
  };
  function now<K extends 'quote' | 'speaker'>(which: K): NonNullable<(typeof made)[K]> {
    if (made[which]) return made[which]!;
    try {
      return settle(which, unpackIndex(packedIndex(which), OPTIONS[which] as never) as (typeof made)[K]);
    } catch {
      // Not a spread of `book`: reading its index getters here would come back to this fallback.
      const lists: Record<string, unknown> = { quotes: book.quotes, scare: book.scare, speakers: book.speakers };
      for (const key of fields.bookKeys) lists[key] = book[key as keyof QuoteBook];
      const fresh = indexAfresh({ ...lists, ordered: new Map() } as unknown as Omit<
        QuoteBook,
        'quoteIndex' | 'speakerIndex'
      >);
      const index = which === 'quote' ? fresh.quoteIndex : fresh.speakerIndex;
      return settle(which, index as (typeof made)[K]);
    }
  }
  Object.defineProperty(book, 'quoteIndex', { get: () => now('quote'), enumerable: true });
  Object.defineProperty(book, 'speakerIndex', { get: () => now('speaker'), enumerable: true });
  priming.set(book, async () => {
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    // The fields and the speakers first, between answers; the entries last, a chunk at a time (a /quote asked
    // before makes the chunks it reads: a person's entries are saved together).
    void book.quoteDocs;
    await pause();
    void book.speakers;
    await pause();
    for (const which of ['speaker', 'quote'] as const) {
      if (made[which]) continue;
      try {
        const from = packedIndex(which);
        await pause();
        const index = await unpackIndexAsync(from, OPTIONS[which] as never, () => made[which] !== undefined);
        if (index) settle(which, index as never);
      } catch {
        // Made on first use instead (and from the documents if the packed form fails there too).
      }
    }
    // A query of common words reads entries from most chunks: made here rather than by one answer.
    try {
      await quotes.fill(pause);
      await scare.fill(pause);
    } catch {
      // A chunk that does not fit fails the answer that reads it, naming the file.
    }
  });
  return book;
}

/**
 * Makes a read-back book's lists and indexes in the background, yielding to answers as it goes; resolves when they
 * are made (at once for a book built in this process).
 */
export function primeIndexes(book: QuoteBook): Promise<void> {
  return priming.get(book)?.() ?? Promise.resolve();
}

/** Writes the derived state, through a temporary file and a rename, so a crash leaves the old one whole. */
export async function saveDerived(
  dir: string,
  versions: string,
  corpus: [string, string][],
  derived: Derived,
): Promise<void> {
  await writeDerived(dir, versions, corpus, {
    search: () => derived.search,
    counts: () => derived.counts,
    families: () => derived.families,
    credits: () => derived.credits,
    toll: () => derived.toll,
    quote: () => derived.quote,
  });
}

/**
 * Writes the derived state from its parts, each made when its sections' turn comes (`parts`, asked once each) and
 * let go once they are written: a cold start builds its parts here one after another, so that the search index,
 * the word counts, the credits and the estimates are not held while the quotation book is merged, nor the book
 * while the next part is made. The copy families are asked before the book (which reads them) and written last.
 */
export async function writeDerived(
  dir: string,
  versions: string,
  corpus: [string, string][],
  parts: { [K in keyof Derived]: () => Derived[K] },
): Promise<void> {
  let book: QuoteBook | null = null;
  let indexes: ReturnType<typeof bookIndexes> | null = null;
  let families: Families | null = null;
  const fields: DerivedFields = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    versions,
    key: keyOfCorpus(versions, corpus),
    quotes: 0,
    scare: 0,
    speakers: 0,
    chunkRows: chunking.rows,
    bookKeys: [],
  };
  const bookNow = (): QuoteBook => {
    if (book) return book;
    families ??= parts.families();
    book = parts.quote();
    fields.quotes = book.quotes.length;
    fields.scare = book.scare.length;
    fields.speakers = book.speakers.length;
    fields.bookKeys = Object.keys(book).filter((k) => !BOOK_LAZY.has(k));
    return book;
  };
  const indexesNow = () => (indexes ??= bookIndexes(bookNow()));
  const sections: Record<(typeof SECTIONS)[number], unknown> = {
    corpus,
    search: () => {
      const view = parts.search() as SearchView;
      return view.shared.save(view);
    },
    counts: parts.counts,
    credits: parts.credits,
    toll: parts.toll,
    quote: () => {
      const b = bookNow();
      const rest: Record<string, unknown> = {};
      for (const k of fields.bookKeys) rest[k] = b[k as keyof QuoteBook];
      return rest;
    },
    quotes: () => chunkedList('quotes', bookNow().quotes, bookNow().speakerOf, fields.chunkRows),
    scare: () => chunkedList('scare', bookNow().scare, null, fields.chunkRows),
    speakers: () => toColumns(bookNow().speakers),
    quoteIndex: () => packIndex(indexesNow().quoteIndex),
    speakerIndex: () => {
      const packed = packIndex(indexesNow().speakerIndex);
      book = null; // the book and its indexes let go before the families are written
      indexes = null;
      return packed;
    },
    families: () => families ?? parts.families(),
  };
  // A chunked list's sections (its order, then its chunks) in its place, made when their turn comes.
  function* named(): Generator<[string, unknown]> {
    for (const [name, value] of Object.entries(sections)) {
      if ((CHUNKED as readonly string[]).includes(name)) yield* (value as () => Iterable<[string, unknown]>)();
      else yield [name, value];
    }
  }
  await mkdir(dir, { recursive: true });
  await writeSections(join(dir, DERIVED_FILE), fields as unknown as Record<string, unknown>, named());
}

/** The lists saved in chunks of rows (`ChunkedList`), each with a section of its order and one per chunk. */
const CHUNKED = ['quotes', 'scare'] as const;
/**
 * Rows a chunk holds, when a state is written (the file names its own): a person quoted once reads one chunk of 256
 * entries (about half a megabyte of the file at 37,554 articles), the most quoted a few hundred chunks, where the
 * first /quote read and made all 305,000. Tests make it small, to see chunks on a few articles.
 */
export const chunking = { rows: 256 };

/**
 * The sections of a list saved in chunks of `rows` (`ChunkedList`): its order (`savedOrder`, by `groupOf`), named
 * `key`, then each chunk's columns, made when its turn comes.
 */
export function* chunkedList(
  key: string,
  list: readonly QuoteEntry[],
  groupOf: readonly (number | null)[] | null,
  rows: number,
): Generator<[string, unknown]> {
  const order = savedOrder(list.length, groupOf);
  yield [key, order];
  for (const [c, chunk] of chunkNames(key, list.length, rows).entries())
    yield [chunk, () => toColumns(Array.from(rowsOfChunk(order, rows, c), (i) => list[i]))];
}

/** The names of a list's chunk sections. */
function chunkNames(key: string, n: number, size: number): string[] {
  return Array.from({ length: Math.ceil(n / size) }, (_, c) => `${key}.${c}`);
}

/**
 * The places in the list of chunk `c`'s rows: a chunked list's order (its section) holds at k the place in the
 * list of the k-th row saved, row k % size of chunk k / size.
 */
function rowsOfChunk(order: Int32Array, size: number, c: number): Int32Array {
  return order.subarray(c * size, Math.min(order.length, (c + 1) * size));
}

/**
 * The order a list's rows are saved in: grouped by `groupOf` (a quotation's speaker: a /quote of a person reads
 * the chunks holding their entries, a few rather than every one), in the list's order within a group; rows of no
 * group last. Without groups, the list's own order.
 */
function savedOrder(n: number, groupOf: readonly (number | null)[] | null): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (groupOf) {
    const key = (i: number) => groupOf[i] ?? Infinity;
    order.sort((a, b) => key(a) - key(b) || a - b);
  }
  return order;
}

/**
 * A list read back in chunks (a section each, `savedOrder` saying which rows each holds): an entry is made with the
 * rest of its chunk when first read, and kept, so that the whole list, if something asks for it, is made of the
 * same entries. A chunk or order that does not fit throws through `damaged`, naming the file.
 */
class ChunkedList {
  private rows: QuoteEntry[] | null = null;
  private order: Int32Array | null = null;
  /** The chunk holding each place in the list. */
  private chunkOf: Int32Array | null = null;
  private made: Uint8Array | null = null;

  constructor(
    private readonly file: SectionFile,
    private readonly key: (typeof CHUNKED)[number],
    private readonly n: number,
    private readonly size: number,
    private readonly damaged: (what: string, err?: unknown) => never,
  ) {}

  private open(): Int32Array {
    if (this.order) return this.order;
    try {
      const order = this.file.read<Int32Array>(this.key);
      const { size } = this;
      if (!(order instanceof Int32Array) || order.length !== this.n) throw new Error('its order');
      // Each place once: the order is a permutation of the list's places.
      const chunkOf = new Int32Array(this.n).fill(-1);
      for (let k = 0; k < this.n; k++) {
        const i = order[k];
        if (!(i >= 0 && i < this.n) || chunkOf[i] !== -1) throw new Error('its order');
        chunkOf[i] = Math.floor(k / size);
      }
      this.chunkOf = chunkOf;
      this.made = new Uint8Array(Math.ceil(this.n / size));
      this.rows = new Array<QuoteEntry>(this.n);
      return (this.order = order);
    } catch (err) {
      return this.damaged(this.key, err);
    }
  }

  private chunk(c: number): void {
    const order = this.open();
    if (this.made![c]) return;
    const places = rowsOfChunk(order, this.size, c);
    try {
      const columns = this.file.read<Columns>(`${this.key}.${c}`);
      checkColumns(columns);
      if (columns.n !== places.length) throw new Error('its length');
      const entries = fromColumns<QuoteEntry>(columns);
      for (let r = 0; r < places.length; r++) this.rows![places[r]] = entries[r];
      this.made![c] = 1;
    } catch (err) {
      this.damaged(this.key, err);
    }
  }

  /** The entry at place `i` of the list. */
  at(i: number): QuoteEntry {
    this.open();
    const e = this.rows![i];
    if (e !== undefined) return e;
    if (!(i >= 0 && i < this.n)) throw new RangeError(`no entry ${i} in the saved ${this.key}`);
    this.chunk(this.chunkOf![i]);
    return this.rows![i];
  }

  /** Makes every chunk not made yet, `pause` awaited between two (the background priming, between answers). */
  async fill(pause: () => Promise<void>): Promise<void> {
    this.open();
    for (let c = 0; c * this.size < this.n; c++) {
      if (this.made![c]) continue;
      this.chunk(c);
      await pause();
    }
  }

  /** The whole list. */
  all(): QuoteEntry[] {
    this.open();
    for (let c = 0; c * this.size < this.n; c++) this.chunk(c);
    return this.rows!;
  }
}
