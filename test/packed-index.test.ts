// The quotation indexes as the saved state keeps them: packed into typed arrays and read back, they must be the
// index MiniSearch's own toJSON/loadJS would give, answering every search the same, and a damaged one is refused.
import { describe, expect, it, vi } from 'vitest';
import MiniSearch from 'minisearch';
import { packIndex, unpackIndex, unpackIndexAsync, walkIndex } from '../src/answers/packed-index';

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

  it('refuses parts that do not fit together', () => {
    const p = packIndex(made());
    expect(() => unpackIndex({ ...p, offsets: p.offsets.slice(1) }, OPTIONS)).toThrow(/damaged/);
    expect(() => unpackIndex({ ...p, docs: p.docs.map(() => 999) }, OPTIONS)).toThrow(/damaged/);
    expect(() => unpackIndex({ ...p, terms: 'x' as unknown as string[] }, OPTIONS)).toThrow(/damaged/);
  });
});
