// One file of named sections, each read only when asked for (derived-state.ts keeps the answers' parts in one).
//
// Why: a restart with nothing changed answers its first question from a few of the saved parts (the copy families
// and credits wait for /articles, the quotation lists and indexes for /quote, the word counts for /sources); read as
// one `v8.deserialize`, every string and Map of every part was made before the bot could answer, and the collector
// then copied them. Here each part is a `v8.serialize` of its own at an offset the header names, decoded on first use.
//
// Trust: every section's CRC-32 is checked when the file is opened (a pass over its bytes, without decoding them), so
// a file cut short by a crash or changed on disk is refused at start, as a file read whole was, and rebuilt; a section
// read later is read from the same open file (a new state is written to a temporary file and renamed over it, so the
// bytes checked are the bytes read).
//
// Layout: 8 bytes of magic, the header's length (4 bytes, little-endian), the header (`v8.serialize`: the caller's
// fields and each section's offset, length and CRC), then the sections one after the other.
import { closeSync, openSync, readSync, fstatSync } from 'node:fs';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';

const MAGIC = Buffer.from('CBSECT01', 'latin1');
const CHUNK = 1 << 22;

interface Place {
  at: number;
  length: number;
  crc: number;
}

interface Header {
  fields: Record<string, unknown>;
  sections: Record<string, Place>;
}

/**
 * Writes `fields` and `sections` (each serialized here), through a temporary file and a rename. A section given as a
 * function is made when its turn comes, serialized and written, and let go before the next is made: the packed form
 * of every part (and its `v8.serialize`) is never all in memory at once. Sections given as an iterable of names and
 * values are asked for one at a time too (so a part may name the sections it splits into once it is made). The
 * sections are written to a file of their own first, then copied after the header, which names their offsets and CRCs.
 */
export async function writeSections(
  path: string,
  fields: Record<string, unknown>,
  sections: Record<string, unknown> | Iterable<[string, unknown]>,
): Promise<void> {
  const named = Symbol.iterator in sections ? sections : Object.entries(sections);
  const places: Record<string, Place> = {};
  const tmp = `${path}.${process.pid}.tmp`;
  const bodies = `${tmp}.sections`;
  try {
    let at = 0;
    const out = await open(bodies, 'w');
    try {
      for (const [name, value] of named) {
        if (Object.hasOwn(places, name)) throw new Error(`two parts named "${name}"`);
        const body = serialize(typeof value === 'function' ? (value as () => unknown)() : value);
        places[name] = { at, length: body.length, crc: crc32(body) };
        at += body.length;
        await out.write(body);
      }
    } finally {
      await out.close();
    }
    const header = serialize({ fields, sections: places } satisfies Header);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length);
    await writeFile(tmp, Buffer.concat([MAGIC, length, header]));
    await pipeline(createReadStream(bodies), createWriteStream(tmp, { flags: 'a' }));
    await rename(tmp, path);
  } finally {
    await rm(bodies, { force: true });
  }
}

/** A section file never read to its end (a part no answer asked for) closes its descriptor when it is collected. */
const unclosed = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
});

/** An open section file: its header's fields, and its sections decoded on demand. */
export class SectionFile {
  private fd: number | null;
  private left: Set<string>;

  private constructor(
    readonly path: string,
    fd: number,
    readonly fields: Record<string, unknown>,
    private readonly places: Record<string, Place>,
    private readonly base: number,
  ) {
    this.fd = fd;
    this.left = new Set(Object.keys(places));
    unclosed.register(this, fd, this);
  }

  /**
   * Opens `path` and checks every section's CRC. Throws (with a reason a log can show) when the file is not one of
   * these or does not check; returns null when there is no file.
   */
  static open(path: string): SectionFile | null {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return null;
    }
    try {
      const size = fstatSync(fd).size;
      const start = Buffer.alloc(12);
      if (size < 12 || readSync(fd, start, 0, 12, 0) !== 12 || !start.subarray(0, 8).equals(MAGIC))
        throw new Error('not a state file of this bot');
      const headerLength = start.readUInt32LE(8);
      if (12 + headerLength > size) throw new Error('it is cut short');
      const header = deserialize(readAt(fd, 12, headerLength)) as Header;
      if (!header || typeof header !== 'object' || !header.fields || typeof header.fields !== 'object')
        throw new Error('its header is damaged');
      const base = 12 + headerLength;
      const places = header.sections;
      if (!places || typeof places !== 'object') throw new Error('its header is damaged');
      let end = 0;
      for (const p of Object.values(places)) {
        if (!Number.isInteger(p?.at) || !Number.isInteger(p.length) || !Number.isInteger(p.crc) || p.at !== end)
          throw new Error('its header is damaged');
        end = p.at + p.length;
      }
      if (base + end !== size) throw new Error(base + end > size ? 'it is cut short' : 'it has bytes past its end');
      // Each section's CRC, read in chunks: a pass over the bytes, none of them decoded.
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, Math.max(1, end)));
      for (const [name, p] of Object.entries(places)) {
        let crc = 0;
        for (let off = 0; off < p.length; off += CHUNK) {
          const n = Math.min(CHUNK, p.length - off);
          if (readSync(fd, chunk, 0, n, base + p.at + off) !== n) throw new Error('it is cut short');
          crc = crc32(chunk.subarray(0, n), crc);
        }
        if (crc !== p.crc) throw new Error(`its part "${name}" is damaged`);
      }
      return new SectionFile(path, fd, header.fields, places, base);
    } catch (err) {
      closeSync(fd);
      throw err;
    }
  }

  /** Where each section's bytes are in the file (from its start), for tools and tests. */
  get layout(): Record<string, { at: number; length: number }> {
    const out: Record<string, { at: number; length: number }> = {};
    for (const [name, p] of Object.entries(this.places)) out[name] = { at: this.base + p.at, length: p.length };
    return out;
  }

  /** The names of the sections, in the file's order. */
  get names(): string[] {
    return Object.keys(this.places);
  }

  has(name: string): boolean {
    return name in this.places;
  }

  /** The section decoded (each is read once; the file is closed when every one has been). */
  read<T>(name: string): T {
    const p = this.places[name];
    if (!p || this.fd === null || !this.left.has(name)) throw new Error(`${this.path}: no part "${name}" left to read`);
    const value = deserialize(readAt(this.fd, this.base + p.at, p.length)) as T;
    this.left.delete(name);
    if (this.left.size === 0) this.close();
    return value;
  }

  close(): void {
    if (this.fd !== null) {
      unclosed.unregister(this);
      closeSync(this.fd);
    }
    this.fd = null;
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, done, length - done, position + done);
    if (n <= 0) throw new Error('it is cut short');
    done += n;
  }
  return buf;
}
