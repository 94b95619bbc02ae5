// Copy families kept up to date article by article (src/answers/families.ts) are the families a build of the whole
// corpus gives (src/extract/provenance.ts), whatever is added, changed or removed, in any order.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../src/corpus/article';
import type { Article } from '../src/corpus/schema';
import { copyFamilies } from '../src/extract/provenance';
import { buildFamilies, nextFamilies, primeFamilies } from '../src/answers/families';
import { rng } from '../src/util/rng';
import { randomChange } from './helpers/changes';

const DATA = join(import.meta.dirname, '../data');

/** The seed articles' paragraphs, to make copies of. */
const seeds = readdirSync(DATA)
  .filter((f) => /\.(?:txt|md)$/.test(f))
  .sort()
  .map((f) =>
    buildArticle({
      id: f,
      file: f,
      format: f.endsWith('.md') ? 'md' : 'txt',
      text: readFileSync(join(DATA, f), 'utf8'),
    }),
  );

const OUTLETS = ['Wire Daily', 'The Courier', 'Evening Post', 'Harbour News'];
const FOOTER = 'Copyright 2012 The Courier. All rights reserved. This material may not be published or broadcast.';

/**
 * A made-up article: a seed story reprinted whole, cut to its first paragraphs, or run with a paragraph of its own
 * (as outlets reprint a wire story), or a story of its own; one outlet signs every story with its footer.
 */
function madeUp(id: string, rand: () => number): Article {
  const seed = seeds[Math.floor(rand() * seeds.length)];
  const outlet = OUTLETS[Math.floor(rand() * OUTLETS.length)];
  const day = String(10 + Math.floor(rand() * 12));
  let paragraphs = seed.paragraphs;
  const how = rand();
  if (how < 0.3) paragraphs = paragraphs.slice(0, Math.max(2, Math.ceil(paragraphs.length * rand())));
  else if (how < 0.5)
    paragraphs = [
      `Officials in ${outlet} country said on day ${day} that talks on the matter would go on.`,
      ...paragraphs,
    ];
  else if (how < 0.65)
    paragraphs = [
      `The harbour board of district ${id} voted on Tuesday to repaint the lighthouse before the storm season ${day}.`,
      `Its chairman said the work on lighthouse ${id} would take three weeks and cost less than the board feared.`,
    ];
  if (outlet === 'The Courier') paragraphs = [...paragraphs, FOOTER];
  const text = [`Title ${id}`, '', ...paragraphs].join('\n\n');
  return buildArticle({
    id,
    file: `${id}.txt`,
    format: 'txt',
    text,
    manifest: { file: `${id}.txt`, outlet, published: `2012-03-${day}`, title: `Title ${id}` },
  });
}

describe('copy families updated article by article', () => {
  it('give what a build of the whole corpus gives, after every addition, change and removal', () => {
    for (const seed of [1, 2, 3]) {
      const rand = rng(seed);
      let corpus: Article[] = [...seeds];
      let families = buildFamilies(corpus);
      expect(families).toEqual(copyFamilies(corpus));
      let next = 0;
      for (let step = 0; step < 40; step++) {
        const change = randomChange(corpus, rand, (id) => madeUp(id ?? `made-${seed}-${next++}`, rand), 3);
        const { removed, added } = change;
        corpus = change.now;
        families = nextFamilies(families, corpus, removed, added);
        const whole = copyFamilies(corpus);
        expect(families.families).toEqual(whole.families);
        expect(new Map([...families.memberOf].sort())).toEqual(new Map([...whole.memberOf].sort()));
      }
      // Copies were found, and kept apart from stories of their own.
      expect(families.families.length).toBeGreaterThan(0);
    }
  });

  it('families read back from the saved state get their index made in the background, and only when it fits', async () => {
    const rand = rng(11);
    const corpus = [...seeds, madeUp('made-a', rand), madeUp('made-b', rand)];
    // Read back: the families, without the index that made them.
    const saved = structuredClone(copyFamilies(corpus));
    expect(await primeFamilies(saved, corpus)).toBe(true);
    const added = madeUp('made-c', rand);
    expect(nextFamilies(saved, [...corpus, added], [], [added])).toEqual(copyFamilies([...corpus, added]));
    // Families of another corpus are not given an index made from this one.
    const other = structuredClone(copyFamilies(seeds));
    const copy = { ...seeds[0], id: 'copy-of-first', file: 'copy-of-first.txt', published: '2012-03-30' };
    expect(await primeFamilies(other, [...seeds, copy])).toBe(false);
  });

  it('an earlier state keeps its families when a later one is updated', () => {
    const rand = rng(9);
    const first = buildFamilies(seeds);
    const was = JSON.stringify(first);
    const copy = madeUp('made-copy', rand);
    const second = nextFamilies(first, [...seeds, copy], [], [copy]);
    expect(JSON.stringify(first)).toBe(was);
    // The earlier state cannot be moved on again in place: built whole, it still gives the right families.
    const other = madeUp('made-other', rand);
    expect(nextFamilies(first, [...seeds, other], [], [other])).toEqual(copyFamilies([...seeds, other]));
    expect(second).toEqual(copyFamilies([...seeds, copy]));
  });
});
