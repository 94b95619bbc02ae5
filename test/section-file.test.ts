// One file of named sections (src/answers/section-file.ts), as the saved answers use it: each part read back as it
// was written and only when asked for, and a file cut short, changed on disk or of another kind refused when opened.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SectionFile, writeSections } from '../src/answers/section-file';

let dir: string;
let path: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sections-'));
  path = join(dir, 'derived.v8');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const parts = {
  counts: new Map([
    ['ceasefire', 12],
    ['geneva', 3],
  ]),
  headline: 'Talks on a ceasefire in Geneva resume on Monday, the envoy said.',
  postings: Uint32Array.from([4, 8, 15, 16, 23, 42]),
};

describe('a file of sections', () => {
  it('reads each part back as written, when asked for', async () => {
    await writeSections(path, { format: 'test', key: 'k1' }, parts);
    const file = SectionFile.open(path)!;
    expect(file.fields).toEqual({ format: 'test', key: 'k1' });
    expect(file.names).toEqual(['counts', 'headline', 'postings']);
    expect(file.read('headline')).toBe(parts.headline);
    expect(file.read('postings')).toEqual(parts.postings);
    expect(file.read('counts')).toEqual(parts.counts);
    expect(() => file.read('counts')).toThrow(/no part "counts" left/);
  });

  it('makes a part given as a function when its turn comes, and names in the header what the parts filled in', async () => {
    const made: string[] = [];
    const fields = { format: 'test', quotes: 0 };
    await writeSections(path, fields, {
      headline: () => {
        made.push('headline');
        return parts.headline;
      },
      quotes: () => {
        // The header is written after the parts: a count known only once a part is made still reaches it.
        made.push('quotes');
        fields.quotes = 2;
        return ['"We will rebuild the bridge," the mayor said.', '"Not before winter," the engineer said.'];
      },
      postings: parts.postings,
    });
    expect(made).toEqual(['headline', 'quotes']);
    const file = SectionFile.open(path)!;
    expect(file.fields).toEqual({ format: 'test', quotes: 2 });
    expect(file.names).toEqual(['headline', 'quotes', 'postings']);
    expect(file.read('quotes')).toHaveLength(2);
    expect(file.read('headline')).toBe(parts.headline);
    expect(file.read('postings')).toEqual(parts.postings);
    // Nothing left beside it: the parts were written to a file of their own, copied in, and removed.
    expect(await readdir(dir)).toEqual(['derived.v8']);
  });

  it('is null when there is no file, and refuses one cut short, changed on disk or of another kind', async () => {
    expect(SectionFile.open(path)).toBeNull();
    await writeSections(path, { format: 'test' }, parts);
    const bytes = await readFile(path);
    await writeFile(path, bytes.subarray(0, bytes.length - 5));
    expect(() => SectionFile.open(path)).toThrow(/cut short/);
    const changed = Buffer.from(bytes);
    changed[changed.length - 3] ^= 0x10;
    await writeFile(path, changed);
    expect(() => SectionFile.open(path)).toThrow(/its part "postings" is damaged/);
    await writeFile(path, 'The envoy said talks would resume on Monday.');
    expect(() => SectionFile.open(path)).toThrow(/not a state file of this bot/);
  });
});
