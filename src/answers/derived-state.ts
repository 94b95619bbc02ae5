// What the answers build across articles (the search index, the word counts /sources weighs by, the copy families,
// the merged people and quotations, the estimates), saved beside the per-article state (saved-state.ts) so that a
// restart with nothing changed reads it back instead of rebuilding it.
//
// One file, `derived.v8`, written through a temporary file and a rename. It is stamped with the code versions and
// keyed by the corpus it was made from: every article's id and content hash, in order. It is used only for exactly
// that corpus and that code; for any other it is stale and the answers are rebuilt (or, while the bot runs, updated
// from the state in memory, see coverage.ts). A file that cannot be read, or whose parts do not fit together, is
// reported and rebuilt, never trusted.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../corpus/schema';
import type { Credits, Families } from '../extract/provenance';
import { SharedSearch, type SavedSearch, type SearchView } from './search';
import type { WordCounts } from './sources';
import { QUOTE_INDEX_OPTIONS, SPEAKER_INDEX_OPTIONS, bookIndexes, holding, indexAfresh, type QuoteBook } from './quote';
import type { TollBook } from './toll';
import { checkPacked, packIndex, unpackIndex, unpackIndexAsync, type PackedIndex } from './packed-index';
import type { Derived } from './coverage';
import { checkColumns, fromColumns, toColumns, type Columns } from './columns';

const FORMAT = 'coverage-bot-derived';
// 5: the quotation entries, scare quotes and speakers saved as columns (columns.ts).
const FORMAT_VERSION = 5;
export const DERIVED_FILE = 'derived.v8';

type SavedQuoteBook = Omit<QuoteBook, 'quoteIndex' | 'speakerIndex' | 'ordered' | 'quotes' | 'scare' | 'speakers'> & {
  quoteIndex: PackedIndex;
  speakerIndex: PackedIndex;
  /** As columns (columns.ts): on 10,000 scale articles a quarter of a million objects and 100 MB saved one by one. */
  quotes: Columns;
  scare: Columns;
  speakers: Columns;
};

interface DerivedFile {
  format: typeof FORMAT;
  formatVersion: number;
  /** The code versions it was made by. */
  versions: string;
  /** The corpus it was made from: each article's id and content hash, in order. */
  corpus: [string, string][];
  search: SavedSearch;
  counts: WordCounts;
  families: Families;
  credits: Map<string, Credits>;
  quote: SavedQuoteBook;
  toll: TollBook;
}

/** The key of a corpus for the derived state: the code versions, then each article's id and content hash. */
export function derivedKey(versions: string, articles: Article[], keyOf: (id: string) => string | undefined): string {
  const h = createHash('sha256').update(versions).update('\0');
  for (const a of articles)
    h.update(a.id)
      .update('\0')
      .update(keyOf(a.id) ?? '')
      .update('\0');
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

/**
 * Reads the derived state. `articles` and `keyOf` are the corpus now; `earlier(key)` finds an article the saved
 * corpus had and the folder no longer has (changed or removed), in the per-article state, for taking it out.
 */
export async function loadDerived(
  dir: string,
  versions: string,
  articles: Article[],
  keyOf: (id: string) => string | undefined,
  earlier: (key: string) => Article | undefined,
): Promise<LoadedDerived> {
  const path = join(dir, DERIVED_FILE);
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch {
    return { stale: true };
  }
  try {
    const file = deserialize(buf) as DerivedFile;
    if (!file || typeof file !== 'object' || file.format !== FORMAT) throw new Error('not a state file of this bot');
    if (file.formatVersion !== FORMAT_VERSION || file.versions !== versions) return { stale: true };
    const kept = file.quote;
    if (!kept || typeof kept !== 'object') throw new Error('parts of it are missing');
    checkColumns(kept.quotes);
    checkColumns(kept.scare);
    checkColumns(kept.speakers);
    const book = kept;
    if (
      !Array.isArray(file.corpus) ||
      !(file.counts?.df instanceof Map) ||
      !(file.counts.sampled instanceof Set) ||
      !Array.isArray(file.families?.families) ||
      !(file.families.memberOf instanceof Map) ||
      !(file.credits instanceof Map) ||
      !Array.isArray(book.quoteDocs) ||
      book.quoteDocs.length !== book.quotes.n + book.scare.n ||
      !Array.isArray(book.speakerDocs) ||
      book.speakerDocs.length !== book.speakers.n ||
      !Array.isArray(file.toll?.estimates)
    )
      throw new Error('parts of it are missing');
    const byId = new Map(articles.map((a) => [a.id, a]));
    const keys = new Map<string, string>();
    const saved: Article[] = [];
    for (const [id, key] of file.corpus) {
      if (typeof id !== 'string' || typeof key !== 'string' || keys.has(id))
        throw new Error('its corpus list is damaged');
      keys.set(id, key);
      const now = byId.get(id);
      saved.push(now && keyOf(id) === key ? now : (earlier(key) ?? gone(id)));
    }
    const same = saved.length === articles.length && saved.every((a, i) => a === articles[i]);
    const search = SharedSearch.load(file.search, saved);
    if (!search) throw new Error('its search index does not fit its corpus');
    checkPacked(book.quoteIndex);
    checkPacked(book.speakerIndex);
    const quote = lazyBook(book);
    const derived = {
      search,
      counts: file.counts,
      families: file.families,
      credits: file.credits,
      quote,
      toll: file.toll,
    };
    return { derived, same, articles: saved, keys };
  } catch (err) {
    return {
      problem: `${path}: ignored and rebuilt (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    };
  }
}

/** How to make a read-back book's lists and indexes in the background (`primeIndexes`). */
const priming = new WeakMap<QuoteBook, () => Promise<void>>();

/**
 * The quotation book read back, made as it is first asked for, or in the background before that (`primeIndexes`),
 * rather than before the bot answers. Its lists (the entries, the scare quotes, the speakers) are made from their
 * columns when first read (checked when the file is read, so a damaged one is still refused at start): on 10,000
 * scale articles making them was 0.7 s of a restart's CPU, besides what the collector then copied, and only /quote
 * and /follow read them. Its two MiniSearch indexes are made from their packed form: on
 * 10,000 articles the quotation index is 2.7 million postings, 5 to 14 s of loadJS (mostly the objects of its
 * common words), which no answer but /quote needs. If the packed form cannot be read after all (it was checked
 * before it was trusted), the indexes are made from the book's documents, as a whole build makes them.
 */
function lazyBook(saved: SavedQuoteBook): QuoteBook {
  let packed: { quote: PackedIndex; speaker: PackedIndex } | null = {
    quote: saved.quoteIndex,
    speaker: saved.speakerIndex,
  };
  const {
    quoteIndex: _quote,
    speakerIndex: _speaker,
    quotes: quoteColumns,
    scare: scareColumns,
    speakers: speakerColumns,
    ...rest
  } = saved;
  type Indexes = Pick<QuoteBook, 'quoteIndex' | 'speakerIndex'>;
  let indexes: Indexes | null = null;
  const book = { ...rest, ordered: new Map() } as unknown as QuoteBook;
  // Each list made once from its columns (checked when the file was read, so this does not throw), then a plain
  // property of the book.
  const lazyList = (key: 'quotes' | 'scare' | 'speakers', columns: Columns) =>
    Object.defineProperty(book, key, {
      get: () => {
        const list = fromColumns(columns);
        Object.defineProperty(book, key, { value: list, writable: true, enumerable: true, configurable: true });
        return list;
      },
      enumerable: true,
      configurable: true,
    });
  lazyList('quotes', quoteColumns);
  lazyList('scare', scareColumns);
  lazyList('speakers', speakerColumns);
  const settle = (made: Indexes): Indexes => {
    if (!indexes) {
      indexes = made;
      packed = null; // let the packed arrays go
      holding(book);
    }
    return indexes;
  };
  const now = (): Indexes => {
    if (indexes) return indexes;
    try {
      return settle({
        quoteIndex: unpackIndex(packed!.quote, QUOTE_INDEX_OPTIONS),
        speakerIndex: unpackIndex(packed!.speaker, SPEAKER_INDEX_OPTIONS),
      });
    } catch {
      // Not a spread of `book`: reading its index getters here would come back to this fallback.
      const lists = { ...rest, quotes: book.quotes, scare: book.scare, speakers: book.speakers };
      const made = indexAfresh({ ...lists, ordered: new Map() } as unknown as Omit<
        QuoteBook,
        'quoteIndex' | 'speakerIndex'
      >);
      return settle({ quoteIndex: made.quoteIndex, speakerIndex: made.speakerIndex });
    }
  };
  Object.defineProperty(book, 'quoteIndex', { get: () => now().quoteIndex, enumerable: true });
  Object.defineProperty(book, 'speakerIndex', { get: () => now().speakerIndex, enumerable: true });
  priming.set(book, async () => {
    const from = packed;
    // The lists first, one at a time between answers.
    for (const key of ['speakers', 'quotes', 'scare'] as const) {
      void book[key];
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (!from) return;
    const stop = () => indexes !== null;
    try {
      const speakerIndex = await unpackIndexAsync(from.speaker, SPEAKER_INDEX_OPTIONS, stop);
      const quoteIndex = speakerIndex && (await unpackIndexAsync(from.quote, QUOTE_INDEX_OPTIONS, stop));
      if (quoteIndex && speakerIndex) settle({ quoteIndex, speakerIndex });
    } catch {
      // Made on first use instead (and from the documents if the packed form fails there too).
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
  const view = derived.search as SearchView;
  const { quoteIndex: _shared, speakerIndex: _speakers, ordered: _ordered, ...quote } = derived.quote;
  const { quoteIndex, speakerIndex } = bookIndexes(derived.quote);
  const file: DerivedFile = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    versions,
    corpus,
    search: view.shared.save(view),
    counts: derived.counts,
    families: derived.families,
    credits: derived.credits,
    quote: {
      ...quote,
      quotes: toColumns(quote.quotes),
      scare: toColumns(quote.scare),
      speakers: toColumns(quote.speakers),
      quoteIndex: packIndex(quoteIndex),
      speakerIndex: packIndex(speakerIndex),
    },
    toll: derived.toll,
  };
  await mkdir(dir, { recursive: true });
  const path = join(dir, DERIVED_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, serialize(file));
  await rename(tmp, path);
}
