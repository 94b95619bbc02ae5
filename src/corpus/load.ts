// Loading a corpus folder: every .txt, .md and .html file, with corpus.json's metadata where it has an entry.
// Nothing here throws at a user for one bad file: it is skipped with a warning naming it, and the rest loads.
// Only a folder that cannot be read at all, or that yields no article, is an error (CorpusError).
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { ManifestEntrySchema, ManifestSchema, type ArticleFormat, type Corpus, type LoadWarning, type ManifestEntry, type Article } from './schema';
import type { PageInput } from './article';
import { buildArticles, type Built } from './parallel';

export class CorpusError extends Error {}

const FORMATS: Record<string, ArticleFormat> = { '.txt': 'txt', '.md': 'md', '.markdown': 'md', '.html': 'html', '.htm': 'html' };
export const MANIFEST = 'corpus.json';

export interface LoadOptions {
  /** Builds the pages (clean, segment, infer); the saved state passes one that reuses what it already built. */
  build?: (inputs: PageInput[]) => Promise<Built[]>;
}

export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile()).map((d) => d.name).sort();
  } catch (err) {
    throw new CorpusError(`${dir}: cannot read the corpus folder (${describe(err)})`);
  }
  const warnings: LoadWarning[] = [];
  const manifest = names.includes(MANIFEST) ? await readManifest(join(dir, MANIFEST), warnings) : new Map<string, ManifestEntry>();

  // Read every file first (I/O), then build the articles, on all cores when there are many.
  const inputs: PageInput[] = [];
  const ids = new Set<string>();
  for (const name of names) {
    const format = FORMATS[extname(name).toLowerCase()];
    // A folder's own documentation is not an article.
    if (!format || /^(?:readme|license|licence|changelog|contributing)\b/i.test(name)) continue;
    const id = name.slice(0, name.length - extname(name).length);
    if (ids.has(id)) {
      warnings.push({ file: name, message: `skipped: another file already has the id "${id}" (ids are file names without extension)` });
      continue;
    }
    let buf: Buffer;
    try {
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
    ids.add(id);
    inputs.push({ id, file: name, format, text: buf.toString('utf8'), manifest: manifest.get(name) });
  }

  const articles: Article[] = [];
  const files = inputs.map(({ file, format }) => ({ file, format }));
  (await (options.build ?? buildArticles)(inputs)).forEach((built, i) => {
    const { file, format } = files[i];
    if ('error' in built) warnings.push({ file, message: `skipped: could not be read as ${format} (${built.error})` });
    else if (built.article.paragraphs.length === 0) warnings.push({ file, message: 'skipped: no article text found in it (only page furniture)' });
    else articles.push(built.article);
  });
  for (const file of manifest.keys()) {
    if (!names.includes(file)) warnings.push({ file: MANIFEST, message: `lists "${file}", which is not in the folder` });
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
    warnings.push({ file: MANIFEST, message: `ignored: not valid JSON (${describe(err)}); articles load with inferred metadata` });
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
        warnings.push({ file: MANIFEST, entry, field: 'file', message: `"${parsed.data.file}" is listed twice; the first entry is used` });
      } else entries.set(parsed.data.file, parsed.data);
      return;
    }
    // Keep what is valid in the entry: a bad date should not lose its outlet and title.
    const fields = new Set(parsed.error.issues.map((i) => String(i.path[0] ?? '')));
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || '(entry)';
      const value = raw && typeof raw === 'object' && issue.path.length ? (raw as Record<string, unknown>)[String(issue.path[0])] : raw;
      warnings.push({ file: MANIFEST, entry, field, message: `${field}: ${issue.message} (got ${JSON.stringify(value)})` });
    }
    if (raw && typeof raw === 'object' && !fields.has('file')) {
      const kept = Object.fromEntries(Object.entries(raw as Record<string, unknown>).filter(([k]) => !fields.has(k)));
      const retry = ManifestEntrySchema.safeParse(kept);
      if (retry.success && !entries.has(retry.data.file)) entries.set(retry.data.file, retry.data);
    }
  });
  return entries;
}

/** Why a file is not text we can use, or null when it is fine. */
function binaryOrEmpty(buf: Buffer): string | null {
  if (buf.length === 0) return 'the file is empty';
  const sample = buf.subarray(0, 8192);
  if (sample.includes(0)) return 'binary content (not text)';
  const text = sample.toString('utf8');
  const bad = (text.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad / text.length > 0.05) return 'not UTF-8 text';
  if (text.trim() === '') return 'the file has only white space';
  return null;
}

export function formatWarning(w: LoadWarning): string {
  const where = w.entry !== undefined ? `${w.file} entry ${w.entry}${w.field ? ` (${w.field})` : ''}` : w.file;
  return `${where}: ${w.message}`;
}

function describe(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') {
    const code = (err as { code: string }).code;
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a folder';
    return code;
  }
  return err instanceof Error ? err.message.split('\n')[0] : String(err);
}
