// Loading a corpus folder: every .txt, .md and .html file, with corpus.json's metadata where it has an entry.
// Nothing here throws at a user for one bad file: it is skipped with a warning naming it, and the rest loads.
// Only a folder that cannot be read at all, or that yields no article, is an error (CorpusError).
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, join, relative, isAbsolute, sep } from 'node:path';
import {
  ManifestEntrySchema,
  ManifestSchema,
  type ArticleFormat,
  type Corpus,
  type LoadWarning,
  type ManifestEntry,
  type Article,
} from './schema';
import type { PageInput } from './article';
import { buildArticles, type Built } from './parallel';
import { paragraphCount } from './counts';
import { reason } from '../util/reason';

export class CorpusError extends Error {}

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
};
export const MANIFEST = 'corpus.json';

/** A file larger than this is skipped and named: a 50 MB "article" costs a minute and gigabytes to clean. */
export const DEFAULT_MAX_FILE_MB = 8;
export const MAX_FILE_ENV = 'CORPUS_MAX_FILE_MB';

export interface LoadOptions {
  /** Largest file read, in bytes; by default CORPUS_MAX_FILE_MB from the environment, else 8 MB. */
  maxFileBytes?: number;
  /** Builds the pages (clean, segment, infer); the saved state passes one that reuses what it already built. */
  build?: (inputs: LoadedInput[]) => Promise<Built[]>;
  /**
   * A file the caller already holds, unchanged since (a live corpus re-read after one file changed): given the
   * file's name and what stat says of it, the content key it had when read (and the encoding it was read in), or
   * null to read it. A file it vouches for is not read again; its input reaches `build` with `key` set and no text.
   */
  unchanged?: (name: string, stat: FileStat) => { key: string; encoding: string | null } | null;
}

/** What stat says of a file that tells whether it changed. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * A file as read for building, with its stat and the encoding it was read in (null for UTF-8); `key` is set (and
 * `text` empty) when `unchanged` vouched for the file.
 */
export interface LoadedInput extends PageInput {
  key?: string;
  stat?: FileStat;
  encoding?: string | null;
}

/** The size cap from the environment (CORPUS_MAX_FILE_MB), or a CorpusError naming the variable when it is not a number. */
export function maxFileBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[MAX_FILE_ENV]?.trim();
  if (!raw) return DEFAULT_MAX_FILE_MB * 1024 * 1024;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new CorpusError(`${MAX_FILE_ENV} must be a positive number of megabytes (got "${raw}")`);
  return Math.round(mb * 1024 * 1024);
}

/** How many files ahead of the one being read their stat is asked for (see loadCorpus). */
const STAT_AHEAD = 64;

export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const maxFileBytes = options.maxFileBytes ?? maxFileBytesFromEnv();
  const warnings: LoadWarning[] = [];
  let names: string[];
  let root: string;
  try {
    root = await realpath(dir);
    const entries = await readdir(dir, { withFileTypes: true });
    names = [];
    for (const d of entries) {
      if (d.isFile()) names.push(d.name);
      else if (d.isDirectory() && !d.name.startsWith('.')) {
        // Subfolders are not read, but pages left in one are named, not lost without a word.
        const inside = await pagesInside(join(dir, d.name));
        if (inside) warnings.push({ file: d.name, message: `skipped: ${inside}` });
      } else if (d.isSymbolicLink()) {
        // A link is followed only when it leads to a file inside the corpus folder: a link to /etc/passwd
        // or to another user's files must not become an article anyone can quote.
        const why = await linkProblem(root, join(dir, d.name));
        if (why === null) names.push(d.name);
        else if (FORMATS[extname(d.name).toLowerCase()] || d.name === MANIFEST)
          warnings.push({ file: d.name, message: `skipped: ${why}` });
      }
    }
    names.sort();
  } catch (err) {
    throw new CorpusError(`${dir}: cannot read the corpus folder (${describe(err)})`);
  }
  const manifest = names.includes(MANIFEST)
    ? await readManifest(join(dir, MANIFEST), warnings)
    : new Map<string, ManifestEntry>();

  // Read every file first (I/O), then build the articles, on all cores when there are many.
  const inputs: LoadedInput[] = [];
  const ids = new Set<string>();
  // Each file's stat asked up to STAT_AHEAD files ahead of the loop: one at a time, a start on 10,000 unchanged
  // files waited 10,000 times for the thread pool (seconds on a busy machine), for work that takes microseconds.
  const stats: (Promise<Stats> | undefined)[] = new Array(names.length);
  let ahead = 0;
  const statOf = (i: number): Promise<Stats> => {
    for (; ahead < names.length && ahead <= i + STAT_AHEAD; ahead++) {
      const p = stat(join(dir, names[ahead]));
      p.catch(() => undefined); // its error is the loop's to report
      stats[ahead] = p;
    }
    const p = stats[i] ?? stat(join(dir, names[i]));
    stats[i] = undefined;
    return p;
  };
  for (const [at, name] of names.entries()) {
    const format = FORMATS[extname(name).toLowerCase()];
    // A folder's own documentation is not an article.
    if (!format || /^(?:readme|license|licence|changelog|contributing)\b/i.test(name)) continue;
    const id = name.slice(0, name.length - extname(name).length);
    if (ids.has(id)) {
      warnings.push({
        file: name,
        message: `skipped: another file already has the id "${id}" (ids are file names without extension)`,
      });
      continue;
    }
    let buf: Buffer;
    let stats: FileStat;
    try {
      const st = await statOf(at);
      const size = st.size;
      stats = { size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
      const known = size <= maxFileBytes ? (options.unchanged?.(name, stats) ?? null) : null;
      if (known) {
        if (known.encoding) warnings.push({ file: name, message: `read as ${known.encoding}: it is not valid UTF-8` });
        ids.add(id);
        inputs.push({
          id,
          file: name,
          format,
          text: '',
          manifest: manifest.get(name),
          ...known,
          stat: stats,
        });
        continue;
      }
      if (size > maxFileBytes) {
        warnings.push({
          file: name,
          message: `skipped: ${mb(size)} is over the ${mb(maxFileBytes)} limit for one file (raise it with ${MAX_FILE_ENV})`,
        });
        continue;
      }
      buf = await readFile(join(dir, name));
    } catch (err) {
      warnings.push({ file: name, message: `skipped: cannot be read (${describe(err)})` });
      continue;
    }
    const problem = binaryOrEmpty(buf);
    if (problem) {
      warnings.push({ file: name, message: `skipped: ${problem}` });
      continue;
    }
    const { text, encoding } = decode(buf, format);
    if (encoding) warnings.push({ file: name, message: `read as ${encoding}: it is not valid UTF-8` });
    ids.add(id);
    inputs.push({ id, file: name, format, text, manifest: manifest.get(name), stat: stats, encoding });
  }

  const articles: Article[] = [];
  const files = inputs.map(({ file, format }) => ({ file, format }));
  (await (options.build ?? buildArticles)(inputs)).forEach((built, i) => {
    const { file, format } = files[i];
    if ('error' in built) warnings.push({ file, message: `skipped: could not be read as ${format} (${built.error})` });
    else if (paragraphCount(built.article) === 0) {
      // Say what the furniture was, so a user can tell a real drop from a mistake ("'Subscribe now', 'Share this'").
      const seen = built.article.clutter.slice(0, 3).map((c) => `'${c.length > 40 ? `${c.slice(0, 40)}…` : c}'`);
      warnings.push({
        file,
        message: `skipped: no article text found in it (only page furniture${seen.length ? `: ${seen.join(', ')}` : ''})`,
      });
    } else articles.push(built.article);
  });
  // A Set, not `names.includes` per entry: with a manifest listing every file that was 37,554² comparisons, 3 s of a
  // restart of the whole scale corpus.
  const present = new Set(names);
  for (const file of manifest.keys()) {
    if (!present.has(file)) warnings.push({ file: MANIFEST, message: `lists "${file}", which is not in the folder` });
  }
  if (articles.length === 0) {
    const why = warnings.length ? warnings.map(formatWarning).join('; ') : 'it holds no .txt, .md or .html file';
    throw new CorpusError(`${dir}: no article could be loaded: ${why}`);
  }
  return { dir, articles, warnings };
}

/** Reads corpus.json; each entry is validated alone so one bad entry costs only itself. */
async function readManifest(path: string, warnings: LoadWarning[]): Promise<Map<string, ManifestEntry>> {
  const entries = new Map<string, ManifestEntry>();
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    warnings.push({
      file: MANIFEST,
      message: `ignored: not valid JSON (${describe(err)}); articles load with inferred metadata`,
    });
    return entries;
  }
  const top = ManifestSchema.safeParse(json);
  if (!top.success) {
    warnings.push({ file: MANIFEST, field: 'articles', message: 'ignored: expected {"articles": [ ... ]}' });
    return entries;
  }
  top.data.articles.forEach((raw, entry) => {
    const parsed = ManifestEntrySchema.safeParse(raw);
    if (parsed.success) {
      if (entries.has(parsed.data.file)) {
        warnings.push({
          file: MANIFEST,
          entry,
          field: 'file',
          message: `"${parsed.data.file}" is listed twice; the first entry is used`,
        });
      } else entries.set(parsed.data.file, parsed.data);
      return;
    }
    // Keep what is valid in the entry: a bad date should not lose its outlet and title.
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || '(entry)';
      const value =
        raw && typeof raw === 'object' && issue.path.length
          ? (raw as Record<string, unknown>)[String(issue.path[0])]
          : raw;
      warnings.push({ file: MANIFEST, entry, field, message: `${field}: ${issue.message} (got ${preview(value)})` });
    }
    if (raw && typeof raw === 'object' && !fields.has('file')) {
      const kept = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([k]) => !fields.has(k)));
      const retry = ManifestEntrySchema.safeParse(kept);
      if (retry.success && !entries.has(retry.data.file)) entries.set(retry.data.file, retry.data);
    }
  });
  return entries;
}

/**
 * A value from the manifest as a warning shows it, without walking it: an entry may be nested a hundred
 * thousand deep, and JSON.stringify would overflow the stack on it.
 */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (value && typeof value === 'object') return 'an object';
  return String(value);
}

/** How many entries of a subfolder's tree are looked at, at most, for pages left in it (bounds a huge tree). */
const MAX_LOOKED_AT = 10_000;

/**
 * What a warning says of a subfolder holding pages (a format the loader reads), or null when it holds none (a folder
 * of images, the bot's own state). Its tree is walked with a list, not by recursion, so no depth can exhaust the
 * stack; links are not followed, so a link back to a parent cannot make it loop and a broken one costs nothing; a
 * folder that cannot be opened is passed over.
 */
export async function pagesInside(folder: string): Promise<string | null> {
  const todo = [folder];
  let pages = 0;
  let looked = 0;
  while (todo.length && looked < MAX_LOOKED_AT) {
    const at = todo.pop()!;
    let entries;
    try {
      entries = await readdir(at, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const d of entries) {
      if (++looked > MAX_LOOKED_AT) break;
      if (d.isDirectory()) todo.push(join(at, d.name));
      else if (d.isFile() && FORMATS[extname(d.name).toLowerCase()]) pages++;
    }
  }
  const more = looked > MAX_LOOKED_AT || todo.length > 0;
  if (!pages && !more) return null;
  const why = 'subfolders are not read: move the pages into the corpus folder to load them';
  if (!pages) return `a folder too large to look through for pages (${why})`;
  return `a folder with ${more ? 'at least ' : ''}${pages} page${pages === 1 ? '' : 's'} in it (${why})`;
}

/** Why a link inside the corpus folder may not be followed, or null when it leads to a file inside it. */
async function linkProblem(root: string, path: string): Promise<string | null> {
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return 'a link to nothing (its target does not exist)';
  }
  const rel = relative(root, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel))
    return 'a link leading outside the corpus folder (not followed)';
  try {
    if (!(await stat(target)).isFile()) return 'a link to a folder, not a file';
  } catch (err) {
    return `a link that cannot be followed (${describe(err)})`;
  }
  return null;
}

/**
 * The file's text. UTF-8 (with or without a byte-order mark) is read as such; UTF-16 by its byte-order mark; an
 * HTML page in the charset it declares; and anything else that is not valid UTF-8 as Windows-1252, the superset
 * of Latin-1 that older Western pages are written in (every byte is a character there, so nothing is lost).
 * `encoding` names what was used when it was not UTF-8, for a warning.
 */
export function decode(buf: Buffer, format: ArticleFormat): { text: string; encoding: string | null } {
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf), encoding: null };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf), encoding: null };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: null };
  } catch {
    // Not UTF-8: fall through.
  }
  if (format === 'html') {
    const head = buf.subarray(0, 4096).toString('latin1');
    const declared = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1];
    if (declared && !/^utf-?8$/i.test(declared)) {
      try {
        return { text: new TextDecoder(declared).decode(buf), encoding: declared };
      } catch {
        // An unknown label: Windows-1252 below.
      }
    }
  }
  return { text: new TextDecoder('windows-1252').decode(buf), encoding: 'Windows-1252 (Latin-1)' };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Why a file is not text we can use, or null when it is fine. */
function binaryOrEmpty(buf: Buffer): string | null {
  if (buf.length === 0) return 'the file is empty';
  // UTF-16 has a NUL in every other byte of Latin text; its byte-order mark says so.
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) return null;
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) return 'binary content (not text)';
  // Control characters other than white space are what a binary format looks like when it is not NUL-bearing.
  let controls = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  if (controls > 16 && controls / sample.length > 0.05) return 'binary content (not text)';
  if (sample.toString('latin1').trim() === '') return 'the file has only white space';
  return null;
}

export function formatWarning(w: LoadWarning): string {
  const where = w.entry !== undefined ? `${w.file} entry ${w.entry}${w.field ? ` (${w.field})` : ''}` : w.file;
  return printable(`${where}: ${w.message}`);
}

/**
 * A file name or manifest value as a terminal may show it: control characters (an escape sequence in a file
 * name could clear the screen or retitle the window) become visible escapes.
 */
export function printable(s: string): string {
  return s.replace(
    /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    const code = (err as { code: string }).code;
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
    return code;
  }
  return reason(err);
}
