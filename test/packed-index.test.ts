// The quotation indexes as the saved state keeps them: packed into typed arrays and read back, they must be the
// index MiniSearch's own toJSON/loadJS would give, answering every search the same, and a damaged one is refused.
import { describe, expect, it, vi } from 'vitest';
import MiniSearch from 'minisearch';
import {
  indexOfParts,
  loadWhole,
  packIndex,
  partsOf,
  unpackIndex,
  unpackIndexAsync,
  walkIndex,
} from '../src/answers/packed-index';

const OPTIONS = { fields: ['text', 'speaker', 'role'], storeFields: [] };
const DOCS = [
  { id: 0, text: 'We will rebuild the bridge before winter', speaker: 'Maria Lopez', role: 'mayor' },
  { id: 1, text: 'The bridge was never safe', speaker: 'John Okafor', role: 'engineer' },
  { id: 2, text: 'Talks will resume in Geneva next week', speaker: 'the ministry', role: '' },
  // A document without one of the fields: MiniSearch records no length for it.
  { id: 3, text: 'No comment', speaker: 'Lopez' } as { id: number; text: string; speaker: string; role?: string },
  { id: 4, text: 'Winter is coming early to the valley', speaker: 'Ana Ruiz', role: 'forecaster' },
];

function made() {
  const m = new MiniSearch<(typeof DOCS)[number]>(OPTIONS);
  m.addAll(DOCS);
  // A removed and a discarded document leave what they leave in a running bot's index.
  m.remove(DOCS[1]);
  m.discard(4);
  m.add({ id: 7, text: 'The bridge reopens on Monday', speaker: 'Maria Lopez', role: 'mayor' });
  return m;
}

describe('a packed MiniSearch index', () => {
  it('reads back as the index toJSON and loadJS give, with the same answers', () => {
    const m = made();
    const back = unpackIndex(packIndex(m), OPTIONS);
    expect(back.toJSON()).toEqual(MiniSearch.loadJS(m.toJSON(), OPTIONS).toJSON());
    for (const q of ['bridge', 'Lopez winter', 'geneva', 'brige', 'comment', 'valley'])
      for (const o of [{}, { fuzzy: 0.2, prefix: true }]) expect(back.search(q, o)).toEqual(m.search(q, o));
    expect(back.search('bridge').map((r) => r.id)).toEqual(expect.arrayContaining([0, 7]));
  });

  it("is walked from MiniSearch's own maps in the order toJSON lists them, without making toJSON's objects", () => {
    const m = made();
    // What toJSON alone gives (an index whose maps cannot be reached is walked from it).
    const json = m.toJSON();
    const fromJSON = walkIndex({ toJSON: () => json } as unknown as MiniSearch<never>);
    const walked = walkIndex(m);
    const terms = (w: typeof walked) => [...w.terms()];
    expect(terms(walked)).toEqual(terms(fromJSON));
    expect(walked.documentIds).toEqual(fromJSON.documentIds);
    expect(walked.fieldLength).toEqual(fromJSON.fieldLength);
    // "bridge": in the text field (0) of the mayor's two sentences, once each (ids 0 and 7, MiniSearch's 0 and 5).
    expect(terms(walked).find(([t]) => t === 'bridge')?.[1]).toEqual([
      [
        0,
        [
          [0, 1],
          [5, 1],
        ],
      ],
    ]);
    const toJSON = vi.spyOn(m, 'toJSON');
    expect(packIndex(m)).toEqual(packIndex({ toJSON: () => json } as unknown as MiniSearch<never>));
    expect(toJSON).not.toHaveBeenCalled();
  });

  it('reads back the same in the background, or gives up when told to', async () => {
    const m = made();
    const back = await unpackIndexAsync(packIndex(m), OPTIONS, () => false);
    expect(back?.toJSON()).toEqual(MiniSearch.loadJS(m.toJSON(), OPTIONS).toJSON());
    expect(back?.search('bridge')).toEqual(m.search('bridge'));
    expect(await unpackIndexAsync(packIndex(m), OPTIONS, () => true)).toBeNull();
  });

  it('makes no posting at a restart: a term is read when a search first asks for it, and a save reads without keeping', () => {
    const m = made();
    const parts = partsOf(packIndex(m));
    const read: string[] = [];
    const source = parts.source;
    parts.source = { postings: (t) => (read.push(parts.terms[t]), source.postings(t)) };
    const back = indexOfParts(parts, OPTIONS)!;
    expect(read).toEqual([]);
    // "Where is the bridge?": the mayor's two sentences, and only "bridge" read to find them.
    expect(back.search('bridge')).toEqual(m.search('bridge'));
    expect(read).toEqual(['bridge']);
    back.search('bridge');
    expect(read).toEqual(['bridge']);
    // Saving walks every term: each is read for the walk and not kept, so the next search reads it again.
    expect(packIndex(back)).toEqual(packIndex(loadWhole(packIndex(m), OPTIONS)));
    expect(read.filter((t) => t === 'bridge')).toEqual(['bridge']);
    expect(new Set(read).size).toBe(back.termCount);
    read.length = 0;
    back.search('valley');
    expect(read).toEqual(['valley']);
  });

  it('takes additions, removals and a vacuum as the index loadJS makes', async () => {
    const whole = loadWhole(packIndex(made()), OPTIONS);
    const back = unpackIndex(packIndex(made()), OPTIONS);
    for (const m of [whole, back]) {
      m.add({ id: 8, text: 'The bridge toll rises in spring', speaker: 'John Okafor', role: 'engineer' });
      m.remove(DOCS[0]);
      m.discard(2);
      await m.vacuum();
    }
    expect(back.toJSON()).toEqual(whole.toJSON());
    for (const q of ['bridge', 'Lopez', 'geneva', 'okafor toll', 'sprin'])
      expect(back.search(q, { fuzzy: 0.2, prefix: true })).toEqual(whole.search(q, { fuzzy: 0.2, prefix: true }));
  });

  it('puts postings saved out of order in the order loadJS would give them', () => {
    const p = packIndex(made());
    const t = p.terms.indexOf('bridge');
    const [from, to] = [p.offsets[t], p.offsets[t + 1]];
    expect(to - from).toBe(2);
    const docs = p.docs.slice();
    const freqs = p.freqs.slice();
    [docs[from], docs[from + 1]] = [docs[from + 1], docs[from]];
    [freqs[from], freqs[from + 1]] = [freqs[from + 1], freqs[from]];
    const swapped = { ...p, docs, freqs };
    expect(unpackIndex(swapped, OPTIONS).toJSON()).toEqual(loadWhole(swapped, OPTIONS).toJSON());
    expect(unpackIndex(swapped, OPTIONS).search('bridge')).toEqual(loadWhole(p, OPTIONS).search('bridge'));
  });

  it('refuses parts that do not fit together', () => {
    const p = packIndex(made());
    expect(() => unpackIndex({ ...p, offsets: p.offsets.slice(1) }, OPTIONS)).toThrow(/damaged/);
    expect(() => unpackIndex({ ...p, docs: p.docs.map(() => 999) }, OPTIONS)).toThrow(/damaged/);
    expect(() => unpackIndex({ ...p, terms: 'x' as unknown as string[] }, OPTIONS)).toThrow(/damaged/);
  });
});
