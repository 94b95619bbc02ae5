// The saved state: what a start builds per article (the cleaned article, its quotations and figures), kept on disk
// beside the corpus so a restart reads it back instead of rebuilding. Each entry is keyed by the hash of the page's
// bytes and its manifest entry; the file as a whole is stamped with the code version that built it, so an edit to
// the cleaner or the extractors invalidates exactly what it must (see versions.ts).
//
// Format: v8.serialize, Node's own structured-clone encoding (the one worker threads already use to hand articles
// back), in 64 bucket files. Why not SQLite or JSON: entries are read whole and never queried, v8 keeps Maps and
// typed shapes without a schema, and it needs no native module. Why buckets: an article added while running rewrites
// one bucket (about 1/64 of the state), not all of it.
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../corpus/schema';
import type { Prepared } from './prepare';

const FORMAT = 'coverage-bot-state';
const FORMAT_VERSION = 1;
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
  /** The article as built, sentence texts left out (they are slices of the paragraphs, cut again on load). */
  article?: Article;
  /** Built by corpus code of this version. */
  corpusVersion?: string;
  prepared?: Prepared;
  extractVersion?: string;
  /** When this content was first taken in (ISO 8601): what /articles shows as "added". */
  added: string;
}

interface BucketFile {
  format: typeof FORMAT;
  formatVersion: number;
  entries: Map<string, Entry>;
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
  private dirty = new Set<number>();
  private used = new Set<string>();
  /** What was wrong with the state on disk (damaged, foreign): reported, then rebuilt. */
  readonly problems: string[] = [];

  private constructor(readonly dir: string) {}

  /** Opens the state in `dir`, reading every bucket it can; a bucket that cannot be trusted is dropped and named. */
  static async open(dir: string): Promise<StateStore> {
    const store = new StateStore(dir);
    let names: string[] = [];
    try {
      names = await readdir(dir);
    } catch {
      return store; // no state yet
    }
    await Promise.all(
      Array.from({ length: BUCKETS }, async (_, b) => {
        const name = bucketName(b);
        if (!names.includes(name)) return;
        try {
          const file = deserialize(await readFile(join(dir, name))) as BucketFile;
          if (
            !file ||
            file.format !== FORMAT ||
            file.formatVersion !== FORMAT_VERSION ||
            !(file.entries instanceof Map)
          ) {
            throw new Error('not a state file of this bot or of this version');
          }
          store.buckets[b] = file.entries;
        } catch (err) {
          store.problems.push(
            `${join(dir, name)}: ignored and rebuilt (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
          );
          store.dirty.add(b);
        }
      }),
    );
    return store;
  }

  get size(): number {
    return this.buckets.reduce((n, b) => n + b.size, 0);
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
    this.buckets[b].set(key, entry);
    this.dirty.add(b);
  }

  /** Forgets entries no load asked for since the store was opened (files removed or changed). */
  prune(): number {
    let n = 0;
    this.buckets.forEach((bucket, b) => {
      for (const key of bucket.keys()) {
        if (!this.used.has(key)) {
          bucket.delete(key);
          this.dirty.add(b);
          n++;
        }
      }
    });
    return n;
  }

  /** Writes the buckets that changed; each is written to a temporary file and renamed, so a crash leaves the old one. */
  async flush(): Promise<number> {
    if (this.dirty.size === 0) return 0;
    await mkdir(this.dir, { recursive: true });
    const dirty = [...this.dirty];
    this.dirty.clear();
    await Promise.all(
      dirty.map(async (b) => {
        const path = join(this.dir, bucketName(b));
        if (this.buckets[b].size === 0) {
          await rm(path, { force: true });
          return;
        }
        const tmp = `${path}.${process.pid}.tmp`;
        await writeFile(
          tmp,
          serialize({ format: FORMAT, formatVersion: FORMAT_VERSION, entries: this.buckets[b] } satisfies BucketFile),
        );
        await rename(tmp, path);
      }),
    );
    return dirty.length;
  }
}

function bucketOf(key: string): number {
  return parseInt(key.slice(0, 2), 16) % BUCKETS;
}

function bucketName(b: number): string {
  return `bucket-${b.toString().padStart(2, '0')}.v8`;
}
