// Lists of records saved as columns (src/answers/columns.ts), as the derived state saves the quotation entries and
// speakers: what is read back is the same list, field for field and in the same key order, and a damaged column is
// refused rather than read.
import { describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import { fromColumns, toColumns, type Columns } from '../src/answers/columns';

// Entries shaped as /quote's: the article's metadata repeated in every entry that carries it, a speaker's aliases
// the same list in each of their entries, a field that is there with nothing in it (scare: undefined).
const aliases = ['Okafor', 'Ngozi Okafor'];
const entries = [
  {
    speaker: 'Ngozi Okafor',
    role: 'the port authority spokeswoman',
    reportedBy: null,
    text: 'The terminal will reopen on Monday',
    articles: [
      {
        id: 'a1',
        published: '2021-03-02',
        outlet: 'Wire',
        title: 'Port to reopen',
        url: null,
        wording: 'The terminal will reopen on Monday',
        sentence: '"The terminal will reopen on Monday," Okafor said.',
      },
      {
        id: 'a2',
        published: null,
        outlet: 'Daily',
        title: 'Port',
        url: 'https://example.org/p',
        wording: 'terminal will reopen',
        sentence: 'The terminal will reopen, she said.',
      },
    ],
    speakerKind: 'person',
    aliases,
    personId: 'ngozi-okafor',
    scare: undefined,
    first: '2021-03-02',
  },
  {
    speaker: null,
    role: null,
    reportedBy: 'Wire',
    text: 'unprecedented',
    articles: [],
    speakerKind: null,
    aliases,
    personId: null,
    scare: true,
    first: null,
  },
];

const roundTrip = <T>(list: T[]): T[] => fromColumns<T>(deserialize(serialize(toColumns(list))) as Columns);

describe('lists saved as columns', () => {
  it('reads back the same records, with the same keys in the same order, and shared lists shared again', () => {
    const back = roundTrip(entries);
    expect(back).toStrictEqual(entries);
    expect(JSON.stringify(back)).toBe(JSON.stringify(entries));
    expect(Object.keys(back[0])).toEqual(Object.keys(entries[0]));
    expect('scare' in back[0]).toBe(true);
    expect(back[0].aliases).toBe(back[1].aliases);
    // The strings saved once each: the metadata and the wording that repeats the entry's words.
    const saved = toColumns(entries);
    expect(saved.strings.filter((s) => s === 'The terminal will reopen on Monday')).toHaveLength(1);
  });

  it('keeps what is not a list of one-shaped records as it is: mixed fields, other shapes, numbers of any kind', () => {
    const mixed = [
      { a: 1, b: 'x', c: [1.5, -0, 2 ** 40], d: { e: null } },
      { a: 'one', b: null, c: null, d: { e: [true, false] } },
      null,
    ];
    expect(roundTrip(mixed)).toStrictEqual(mixed);
    const shapes = [{ a: 1 }, { b: 2 }, { a: 1, b: 2 }];
    expect(roundTrip(shapes)).toStrictEqual(shapes);
    const withMap = [{ m: new Map([['k', 1]]) }, { m: new Map() }];
    expect(roundTrip(withMap)).toStrictEqual(withMap);
    expect(roundTrip([])).toStrictEqual([]);
  });

  it('refuses a damaged column: an index out of range, a wrong length, a key that is no field', () => {
    const damaged = (change: (c: Columns & { column: any }) => void) => {
      const saved = deserialize(serialize(toColumns(entries))) as Columns & { column: any };
      change(saved);
      return () => fromColumns(saved);
    };
    expect(damaged((c) => (c.column.cols[0].at[0] = 10_000))).toThrow(/saved column is damaged/);
    expect(damaged((c) => (c.n = 3))).toThrow(/saved column is damaged/);
    expect(damaged((c) => (c.column.cols[4].len[0] = 1_000))).toThrow(/saved column is damaged/);
    expect(damaged((c) => (c.column.keys[0] = '__proto__'))).toThrow(/saved column is damaged/);
    expect(damaged((c) => (c.strings = [1 as unknown as string]))).toThrow(/saved column is damaged/);
    expect(damaged((c) => (c.column = { t: 'nothing' }))).toThrow(/saved column is damaged/);
  });
});
