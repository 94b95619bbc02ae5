// The saved state: what a start builds per article (the cleaned article, its quotations and figures), kept on disk
// beside the corpus so a restart reads it back instead of rebuilding. Each entry is keyed by the hash of the page's
// bytes and its manifest entry; the file as a whole is stamped with the code version that built it, so an edit to
// the cleaner or the extractors invalidates exactly what it must (see versions.ts).
//
// Format: v8.serialize, Node's own structured-clone encoding (the one worker threads already use to hand articles
// back), in 64 bucket files. Why not SQLite or JSON: entries are read whole and never queried, v8 keeps Maps and
// typed shapes without a schema, and it needs no native module. Why buckets: an article added while running rewrites
// one bucket (about 1/64 of the state), not all of it.
//
// The articles of a bucket are saved packed (packed-articles.ts: its paragraphs as one string, its sentences as
// numbers, made again when first read), not object by object: on 2,000 scale articles `v8.deserialize` of the
// bucket files took 565 ms of CPU as objects and 270 ms packed, besides the third of a million sentence objects the
// collector no longer copies at every start.
//
// Each bucket is two files: the articles (`bucket-NN.v8`) and their extraction (`extract-NN.v8`). A restart whose
// cross-article answers are saved (derived-state.ts) needs the articles only; the extraction is what an update
// merges again, so it is read when an update first needs it, or in the background once the folder is followed
// (`loadExtraction`). On 10,000 scale articles reading it took 4.5 s of the restart's 34 s, with the collector.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../corpus/schema';
import { withSentenceTexts } from '../corpus/parallel';
import { fromColumns, toColumns, type Columns } from './columns';
import { packArticles, unpackArticles, type PackedArticles } from './packed-articles';
import type { Prepared } from './prepare';
import { reason } from '../util/reason';

const FORMAT = 'coverage-bot-state';
const FORMAT_VERSION = 2;
// Bucket files (the articles) are of version 4: packed (packed-articles.ts), their texts as UTF-8 bytes, which
// `v8.deserialize` hands back as a view of the file's buffer where a string is copied (on 10,000 scale articles 111 MB
// of two-byte strings, 0.5 s of a restart's CPU). One of version 3 (texts as strings) or 2 (entries whole) is still
// read, and written again as 4 at the next flush.
const BUCKET_VERSION = 4;
const STRINGS_BEFORE = 3;
const ARTICLES_BEFORE = 2;
export const BUCKETS = 64;

export interface StateVersions {
  /** Hash of the corpus layer's code (cleaning, segmentation, metadata): a change rebuilds the articles. */
  corpus: string;
  /** Hash of the extraction code: a change re-extracts quotations and figures, keeping the built articles. */
  extract: string;
  /** Hash of the answering code, which builds the cross-article parts (derived-state.ts). */
  answers?: string;
}

export interface Entry {
  /** The article as built (saved packed, its sentences made again when first read: packed-articles.ts). */
  article?: Article;
  /** Built by corpus code of this version. */
  corpusVersion?: string;
  /** The extraction: in memory once its bucket's extraction file is read (`StateStore.loadExtraction`). */
  prepared?: Prepared;
  /** Extracted by code of this version (set with `prepared`, and saved beside the article without it). */
  extractVersion?: string;
  /** When this content was first taken in (ISO 8601): what /articles shows as "added". */
  added: string;
}

interface BucketFile {
  format: typeof FORMAT;
  formatVersion: number;
  /** The entries' keys, and their fields but the article and the extraction, as columns (columns.ts). */
  keys: string[];
  entries: Columns;
  /** Their articles, packed (packed-articles.ts). */
  articles: PackedArticles;
}

/** A bucket file of version 2: the entries whole, without their extraction. */
interface BucketFileBefore {
  format: typeof FORMAT;
  formatVersion: typeof ARTICLES_BEFORE;
  entries: Map<string, Entry>;
}

/** A corpus file as the last build read it: what stat said, the article id and content key it gave, its encoding. */
export interface SeenFile {
  stat: { size: number; mtimeMs: number; ctimeMs: number; ino: number };
  id: string;
  key: string;
  encoding: string | null;
}

interface FilesFile {
  format: typeof FORMAT;
  formatVersion: number;
  files: Map<string, SeenFile>;
}

interface ExtractFile {
  format: typeof FORMAT;
  formatVersion: number;
  prepared: Map<string, Prepared>;
}

/** A key for one page: its bytes and the manifest entry that completes it. */
export function contentKey(text: string, manifest: unknown): string {
  return createHash('sha256')
    .update(text)
    .update('\0')
    .update(JSON.stringify(manifest ?? null))
    .digest('hex')
    .slice(0, 32);
}

export class StateStore {
  private buckets: Map<string, Entry>[] = Array.from({ length: BUCKETS }, () => new Map());
  /** Buckets whose article file changed, and whose extraction file changed. */
  private dirty = new Set<number>();
  private dirtyExtraction = new Set<number>();
  /** Buckets whose extraction has been read (or found absent) and merged into their entries. */
  private extracted: (Promise<void> | null)[] = Array.from({ length: BUCKETS }, () => null);
  private used = new Set<string>();
  /**
   * The corpus files as the last build read them (`files.v8`): a start reads again only a file whose stat (size,
   * times, inode) differs, the others vouched for by the content key they had. Empty when there is none.
   */
  private seen = new Map<string, SeenFile>();
  private seenDirty = false;
  /** What was wrong with the state on disk (damaged, foreign): reported, then rebuilt. */
  readonly problems: string[] = [];

  private constructor(readonly dir: string) {}

  /**
   * Opens the state in `dir`, reading the articles of every bucket it can (their extraction is read by
   * `loadExtraction`); a bucket that cannot be trusted is dropped and named.
   */
  static async open(dir: string): Promise<StateStore> {
    const store = new StateStore(dir);
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      return store; // no state yet
    }
    if (names.includes(FILES)) {
      try {
        const file = deserialize(await readFile(join(dir, FILES))) as FilesFile;
        if (!file || file.format !== FORMAT || file.formatVersion !== FORMAT_VERSION || !(file.files instanceof Map))
          throw new Error('not a state file of this bot or of this version');
        for (const [name, f] of file.files)
          if (
            typeof name !== 'string' ||
            typeof f?.key !== 'string' ||
            typeof f.id !== 'string' ||
            typeof f.stat?.size !== 'number' ||
            typeof f.stat.mtimeMs !== 'number' ||
            typeof f.stat.ctimeMs !== 'number' ||
            typeof f.stat.ino !== 'number'
          )
            throw new Error('an entry of it is damaged');
        store.seen = file.files;
      } catch (err) {
        // Nothing vouched for: every file is read and hashed, and the table written again.
        store.problems.push(`${join(dir, FILES)}: ignored and rebuilt (${reason(err)})`);
        store.seenDirty = true;
      }
    }
    await Promise.all(
      Array.from({ length: BUCKETS }, async (_, b) => {
        const name = bucketName(b);
        if (!names.includes(name)) return;
        try {
          const file = deserialize(await readFile(join(dir, name))) as BucketFile | BucketFileBefore;
          if (file?.format === FORMAT && file.formatVersion === ARTICLES_BEFORE && file.entries instanceof Map) {
            // Written by the version before: read as it is, and written again packed.
            for (const entry of file.entries.values()) if (entry.article) withSentenceTexts(entry.article);
            store.buckets[b] = file.entries;
            store.dirty.add(b);
            return;
          }
          if (
            !file ||
            file.format !== FORMAT ||
            (file.formatVersion !== BUCKET_VERSION && file.formatVersion !== STRINGS_BEFORE)
          )
            throw new Error('not a state file of this bot or of this version');
          store.buckets[b] = readBucket(file);
          if (file.formatVersion === STRINGS_BEFORE) store.dirty.add(b);
        } catch (err) {
          store.problems.push(`${join(dir, name)}: ignored and rebuilt (${reason(err)})`);
          store.dirty.add(b);
          store.dirtyExtraction.add(b);
          store.extracted[b] = Promise.resolve();
        }
      }),
    );
    return store;
  }

  get size(): number {
    return this.buckets.reduce((n, b) => n + b.size, 0);
  }

  /** Whether the extraction of every bucket has been read: until then, entries have no `prepared`. */
  get extractionLoaded(): boolean {
    return this.extracted.every((p) => p !== null);
  }

  /**
   * Reads the extraction of every bucket not read yet into its entries. An extraction file that cannot be trusted
   * is named in `problems` (and `onProblem`) and its entries lose their extraction, which is then made again.
   * `pause` is awaited between buckets (a running bot reads it in the background, yielding to answers).
   */
  async loadExtraction(onProblem?: (message: string) => void, pause?: () => Promise<void>): Promise<void> {
    for (let b = 0; b < BUCKETS; b++) {
      if (this.extracted[b] === null) {
        this.extracted[b] = this.readExtraction(b, onProblem);
        if (pause) {
          await this.extracted[b];
          await pause();
        }
      }
    }
    await Promise.all(this.extracted);
  }

  private async readExtraction(b: number, onProblem?: (message: string) => void): Promise<void> {
    const bucket = this.buckets[b];
    if (bucket.size === 0) return;
    const path = join(this.dir, extractName(b));
    let file: ExtractFile;
    try {
      file = deserialize(await readFile(path)) as ExtractFile;
      if (!file || file.format !== FORMAT || file.formatVersion !== FORMAT_VERSION || !(file.prepared instanceof Map))
        throw new Error('not a state file of this bot or of this version');
    } catch (err) {
      const missing = err && typeof err === 'object' && 'code' in err && err.code === 'ENOENT';
      // Entries that say they have an extraction and do not: made again, and the file written again.
      let lost = false;
      for (const entry of bucket.values())
        if (entry.extractVersion !== undefined && !entry.prepared) {
          entry.extractVersion = undefined;
          lost = true;
        }
      if (lost) {
        const message = `${path}: ${missing ? 'missing' : 'ignored'}; its articles are extracted again (${reason(err)})`;
        this.problems.push(message);
        onProblem?.(message);
        this.dirty.add(b);
        this.dirtyExtraction.add(b);
      }
      return;
    }
    // In place: a build under way holds these entries.
    for (const [key, entry] of bucket) {
      if (entry.prepared || entry.extractVersion === undefined) continue;
      const prepared = file.prepared.get(key);
      // An entry stamped with an extraction the file lacks: made again rather than trusted.
      if (prepared) entry.prepared = prepared;
      else entry.extractVersion = undefined;
    }
  }

  /** The corpus files as the last saved build read them. */
  get files(): ReadonlyMap<string, SeenFile> {
    return this.seen;
  }

  /** The files a build read, written with the next flush when they differ from those saved. */
  setFiles(files: ReadonlyMap<string, SeenFile>): void {
    if (!this.seenDirty && sameFiles(this.seen, files)) return;
    this.seen = new Map(files);
    this.seenDirty = true;
  }

  get(key: string): Entry | undefined {
    this.used.add(key);
    return this.buckets[bucketOf(key)].get(key);
  }

  /** The entry without counting it as asked for: it is pruned at the next save unless a load asks for it. */
  peek(key: string): Entry | undefined {
    return this.buckets[bucketOf(key)].get(key);
  }

  put(key: string, entry: Entry): void {
    this.used.add(key);
    const b = bucketOf(key);
    const before = this.buckets[b].get(key);
    this.buckets[b].set(key, entry);
    this.dirty.add(b);
    if (entry.prepared !== before?.prepared || entry.extractVersion !== before?.extractVersion)
      this.dirtyExtraction.add(b);
  }

  /** Forgets entries no load asked for since the store was opened (files removed or changed). */
  prune(): number {
    let n = 0;
    this.buckets.forEach((bucket, b) => {
      for (const [key, entry] of bucket) {
        if (!this.used.has(key)) {
          bucket.delete(key);
          this.dirty.add(b);
          if (entry.extractVersion !== undefined) this.dirtyExtraction.add(b);
          n++;
        }
      }
    });
    return n;
  }

  /**
   * Writes the buckets that changed; each file is written to a temporary file and renamed, so a crash leaves the
   * old one. An extraction file is written whole, so its bucket's extraction is read first if it was not.
   */
  async flush(): Promise<number> {
    if (this.dirty.size === 0 && this.dirtyExtraction.size === 0 && !this.seenDirty) return 0;
    await mkdir(this.dir, { recursive: true });
    const dirty = [...this.dirty];
    const dirtyExtraction = [...this.dirtyExtraction];
    this.dirty.clear();
    this.dirtyExtraction.clear();
    for (const b of dirtyExtraction) await (this.extracted[b] ??= this.readExtraction(b));
    const write = async (path: string, empty: boolean, data: () => Buffer) => {
      if (empty) {
        await rm(path, { force: true });
        return;
      }
      const tmp = `${path}.${process.pid}.tmp`;
      await writeFile(tmp, data());
      await rename(tmp, path);
    };
    const files = this.seenDirty ? this.seen : null;
    this.seenDirty = false;
    // One file at a time: each bucket's packed articles and serialized bytes are let go before the next is made
    // (a cold start writes all 128 files at once, and its state held besides).
    if (files)
      await write(join(this.dir, FILES), false, () =>
        serialize({ format: FORMAT, formatVersion: FORMAT_VERSION, files } satisfies FilesFile),
      );
    for (const b of dirty)
      await write(join(this.dir, bucketName(b)), this.buckets[b].size === 0, () =>
        serialize(bucketFile(this.buckets[b])),
      );
    for (const b of dirtyExtraction) {
      const prepared = new Map<string, Prepared>();
      for (const [key, entry] of this.buckets[b]) if (entry.prepared) prepared.set(key, entry.prepared);
      await write(join(this.dir, extractName(b)), prepared.size === 0, () =>
        serialize({ format: FORMAT, formatVersion: FORMAT_VERSION, prepared } satisfies ExtractFile),
      );
    }
    return new Set([...dirty, ...dirtyExtraction]).size + (files ? 1 : 0);
  }
}

const FILES = 'files.v8';

/** An entry's fields saved beside its article (the extraction is in the bucket's extraction file). */
interface EntryFields {
  added: string;
  corpusVersion: string | undefined;
  extractVersion: string | undefined;
}

function bucketFile(bucket: Map<string, Entry>): BucketFile {
  const keys = [...bucket.keys()];
  const entries = [...bucket.values()];
  return {
    format: FORMAT,
    formatVersion: BUCKET_VERSION,
    keys,
    entries: toColumns(
      entries.map((e): EntryFields => ({
        added: e.added,
        corpusVersion: e.corpusVersion,
        extractVersion: e.extractVersion,
      })),
    ),
    articles: packArticles(entries.map((e) => e.article)),
  };
}

/** The entries of a bucket file; throws when its parts do not fit together. */
function readBucket(file: BucketFile): Map<string, Entry> {
  const { keys } = file;
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string') || new Set(keys).size !== keys.length)
    throw new Error('its keys are damaged');
  const fields = fromColumns<EntryFields>(file.entries);
  const articles = unpackArticles(file.articles);
  if (fields.length !== keys.length || articles.length !== keys.length) throw new Error('its parts do not fit');
  const entries = new Map<string, Entry>();
  keys.forEach((key, i) => {
    const f = fields[i];
    if (!f || typeof f.added !== 'string') throw new Error('an entry of it is damaged');
    const entry: Entry = { added: f.added };
    if (articles[i]) entry.article = articles[i];
    if (f.corpusVersion !== undefined) entry.corpusVersion = f.corpusVersion;
    if (f.extractVersion !== undefined) entry.extractVersion = f.extractVersion;
    entries.set(key, entry);
  });
  return entries;
}

function sameFiles(a: ReadonlyMap<string, SeenFile>, b: ReadonlyMap<string, SeenFile>): boolean {
  if (a.size !== b.size) return false;
  for (const [name, x] of a) {
    const y = b.get(name);
    if (
      !y ||
      x.key !== y.key ||
      x.id !== y.id ||
      x.encoding !== y.encoding ||
      x.stat.size !== y.stat.size ||
      x.stat.mtimeMs !== y.stat.mtimeMs ||
      x.stat.ctimeMs !== y.stat.ctimeMs ||
      x.stat.ino !== y.stat.ino
    )
      return false;
  }
  return true;
}

function bucketOf(key: string): number {
  return parseInt(key.slice(0, 2), 16) % BUCKETS;
}

function bucketName(b: number): string {
  return `bucket-${b.toString().padStart(2, '0')}.v8`;
}

function extractName(b: number): string {
  return `extract-${b.toString().padStart(2, '0')}.v8`;
}
