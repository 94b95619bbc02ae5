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
import MiniSearch, { type AsPlainObject } from 'minisearch';
import type { Article } from '../corpus/schema';
import type { Credits, Families } from '../extract/provenance';
import { SharedSearch, type SavedSearch, type SearchView } from './search';
import type { WordCounts } from './sources';
import { QUOTE_INDEX_OPTIONS, SPEAKER_INDEX_OPTIONS, type QuoteBook } from './quote';
import type { TollBook } from './toll';
import type { Derived } from './coverage';

const FORMAT = 'coverage-bot-derived';
const FORMAT_VERSION = 2;
export const DERIVED_FILE = 'derived.v8';

type SavedQuoteBook = Omit<QuoteBook, 'quoteIndex' | 'speakerIndex' | 'ordered'> & {
  quoteIndex: AsPlainObject;
  speakerIndex: AsPlainObject;
};

interface DerivedFile {
  format: typeof FORMAT;
  formatVersion: number;
  /** The code versions and the corpus (ids and content hashes, in order) it was made from. */
  key: string;
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
  | { derived: Derived }
  /** No file, or one for another corpus or code: rebuilt, nothing to report. */
  | { stale: true }
  /** A damaged or foreign file: rebuilt, and the reason reported. */
  | { problem: string };

/** Reads the derived state for `articles` (whose key is `key`). */
export async function loadDerived(dir: string, key: string, articles: Article[]): Promise<LoadedDerived> {
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
    if (file.formatVersion !== FORMAT_VERSION || file.key !== key) return { stale: true };
    if (
      !(file.counts?.df instanceof Map) ||
      !(file.counts.sampled instanceof Set) ||
      !Array.isArray(file.families?.families) ||
      !(file.families.memberOf instanceof Map) ||
      !(file.credits instanceof Map) ||
      !Array.isArray(file.quote?.quotes) ||
      !Array.isArray(file.toll?.estimates)
    )
      throw new Error('parts of it are missing');
    const search = SharedSearch.load(file.search, articles);
    if (!search) throw new Error('its search index does not fit the corpus');
    const q = file.quote;
    const quote: QuoteBook = {
      ...q,
      quoteIndex: MiniSearch.loadJS(q.quoteIndex, QUOTE_INDEX_OPTIONS),
      speakerIndex: MiniSearch.loadJS(q.speakerIndex, SPEAKER_INDEX_OPTIONS),
      ordered: new Map(),
    };
    const derived = {
      search,
      counts: file.counts,
      families: file.families,
      credits: file.credits,
      quote,
      toll: file.toll,
    };
    return { derived };
  } catch (err) {
    return {
      problem: `${path}: ignored and rebuilt (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    };
  }
}

/** Writes the derived state, through a temporary file and a rename, so a crash leaves the old one whole. */
export async function saveDerived(dir: string, key: string, derived: Derived): Promise<void> {
  const view = derived.search as SearchView;
  const { quoteIndex, speakerIndex, ordered: _ordered, ...quote } = derived.quote;
  const file: DerivedFile = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    key,
    search: view.shared.save(view),
    counts: derived.counts,
    families: derived.families,
    credits: derived.credits,
    quote: { ...quote, quoteIndex: quoteIndex.toJSON(), speakerIndex: speakerIndex.toJSON() },
    toll: derived.toll,
  };
  await mkdir(dir, { recursive: true });
  const path = join(dir, DERIVED_FILE);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, serialize(file));
  await rename(tmp, path);
}
