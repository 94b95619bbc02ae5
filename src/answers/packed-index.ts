// A MiniSearch index in a form that is quick to save and read back: its postings as flat typed arrays.
//
// Why not MiniSearch's own toJSON as it is: its plain object holds one object per term and field, keyed by document
// number, and both v8.serialize and loadJS handle such objects slowly. Measured on the quotations of 10,000 scale
// articles (100,000 documents): v8.deserialize of the toJSON object took 5.9 s for the quotation index and 1.3 s
// for the speakers', then loadJS 3.8 s, with the collector busy throughout. Typed arrays are copied as blocks.
// The index is still made by MiniSearch's documented loadJS, from the same data toJSON gives (the terms handed to it
// one at a time by a generator, so the object form is never whole in memory): `unpackIndex(packIndex(m))` is the
// index `MiniSearch.loadJS(m.toJSON())` gives.
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

/** A field length MiniSearch never set (the document had no such field): kept as a hole. */
const NO_LENGTH = 0xffffffff;

export interface PackedIndex {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** MiniSearch's short id of each document, and the document's id (numbers only). */
  shorts: Uint32Array;
  ids: Float64Array;
  /** Field lengths of the documents whose short id is `lengthShorts[k]`: `fieldCount` numbers each. */
  lengthShorts: Uint32Array;
  lengths: Uint32Array;
  fieldCount: number;
  /** Stored fields as MiniSearch keeps them (empty for indexes that store none). */
  storedFields: Record<string, unknown>;
  terms: string[];
  /** Postings of terms[t] are offsets[t] .. offsets[t + 1] in fields / docs / freqs. */
  offsets: Uint32Array;
  fields: Uint8Array;
  docs: Uint32Array;
  freqs: Uint32Array;
}

type IndexEntry = [string, Record<string, Record<string, number>>];

/**
 * What `mini.toJSON()` gives, walked rather than made: its maps as entries in the order toJSON's objects list them
 * (integer keys ascending), and its postings a term at a time. toJSON makes one object per term and field keyed by
 * document number, all at once: on 10,000 scale articles the quotation index's 2.7 million postings, and the article
 * index's more, several times the size of the index itself, made while the whole cold build is held (the peak of a
 * cold start). Read from MiniSearch's own maps when they are there (7.x), from toJSON otherwise.
 */
export interface IndexWalk {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  storedFields: Record<string, unknown>;
  /** [short id, document id], short ids ascending. */
  documentIds: [number, unknown][];
  /** [short id, field lengths], short ids ascending. */
  fieldLength: [number, number[]][];
  /** Each term with its postings: [field id, [short id, frequency][]][], both ascending. */
  terms(): Iterable<[string, [number, [number, number][]][]]>;
}

interface MiniMaps {
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
  _documentIds: Map<number, unknown>;
  _fieldLength: Map<number, number[]>;
  _storedFields: Map<number, unknown>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
}

const ascending = <T>(entries: Iterable<[number, T]>): [number, T][] => [...entries].sort((a, b) => a[0] - b[0]);

export function walkIndex(mini: MiniSearch<never> | MiniSearch<unknown>): IndexWalk {
  const m = mini as unknown as Partial<MiniMaps>;
  if (
    m._index &&
    m._documentIds instanceof Map &&
    m._fieldLength instanceof Map &&
    m._storedFields instanceof Map &&
    typeof m._documentCount === 'number'
  ) {
    const maps = m as MiniMaps;
    return {
      documentCount: maps._documentCount,
      nextId: maps._nextId,
      dirtCount: maps._dirtCount ?? 0,
      fieldIds: maps._fieldIds,
      averageFieldLength: maps._avgFieldLength,
      storedFields: Object.fromEntries(maps._storedFields),
      documentIds: ascending(maps._documentIds),
      fieldLength: ascending(maps._fieldLength),
      *terms() {
        for (const [term, fieldIndex] of maps._index)
          yield [term, ascending(fieldIndex).map(([f, freqs]): [number, [number, number][]] => [f, ascending(freqs)])];
      },
    };
  }
  const json = mini.toJSON();
  const numbered = <T>(o: Record<string, T>): [number, T][] => Object.entries(o).map(([k, v]) => [Number(k), v]);
  return {
    documentCount: json.documentCount,
    nextId: json.nextId,
    dirtCount: json.dirtCount ?? 0,
    fieldIds: json.fieldIds,
    averageFieldLength: json.averageFieldLength,
    storedFields: json.storedFields,
    documentIds: numbered(json.documentIds),
    fieldLength: numbered(json.fieldLength as Record<string, number[]>),
    *terms() {
      for (const [term, data] of json.index as unknown as IndexEntry[])
        yield [term, numbered(data).map(([f, freqs]): [number, [number, number][]] => [f, numbered(freqs)])];
    },
  };
}

/** The index packed, walked term by term (`walkIndex`). Documents must have number ids (the quotation indexes' do). */
export function packIndex(mini: MiniSearch<never> | MiniSearch<unknown>): PackedIndex {
  const walk = walkIndex(mini);
  const fieldCount = Object.keys(walk.fieldIds).length;
  if (fieldCount > 255) throw new Error('too many fields to pack');
  const shorts = new Uint32Array(walk.documentIds.length);
  const ids = new Float64Array(walk.documentIds.length);
  walk.documentIds.forEach(([short, id], k) => {
    if (typeof id !== 'number') throw new Error('only number document ids can be packed');
    shorts[k] = short;
    ids[k] = id;
  });
  const lengthShorts = new Uint32Array(walk.fieldLength.length);
  const lengths = new Uint32Array(walk.fieldLength.length * fieldCount).fill(NO_LENGTH);
  walk.fieldLength.forEach(([short, list], k) => {
    lengthShorts[k] = short;
    for (let f = 0; f < fieldCount; f++) if (list[f] !== undefined) lengths[k * fieldCount + f] = list[f];
  });
  // Two walks over the terms: the first counts the postings, so that the arrays are made once at their size.
  let total = 0;
  let termCount = 0;
  for (const [, data] of walk.terms()) {
    termCount++;
    for (const [, postings] of data) total += postings.length;
  }
  const terms: string[] = new Array(termCount);
  const offsets = new Uint32Array(termCount + 1);
  const fields = new Uint8Array(total);
  const docs = new Uint32Array(total);
  const freqs = new Uint32Array(total);
  let at = 0;
  let t = 0;
  for (const [term, data] of walk.terms()) {
    terms[t] = term;
    for (const [f, postings] of data) {
      for (const [short, freq] of postings) {
        fields[at] = f;
        docs[at] = short;
        freqs[at] = freq;
        at++;
      }
    }
    offsets[++t] = at;
  }
  return {
    documentCount: walk.documentCount,
    nextId: walk.nextId,
    dirtCount: walk.dirtCount,
    fieldIds: walk.fieldIds,
    averageFieldLength: walk.averageFieldLength,
    shorts,
    ids,
    lengthShorts,
    lengths,
    fieldCount,
    storedFields: walk.storedFields,
    terms,
    offsets,
    fields,
    docs,
    freqs,
  };
}

/** Throws when the parts of a packed index do not fit together (a damaged file): checked before it is trusted. */
export function checkPacked(p: PackedIndex): void {
  const n = p?.terms?.length;
  if (
    !Array.isArray(p.terms) ||
    !(p.offsets instanceof Uint32Array) ||
    !(p.fields instanceof Uint8Array) ||
    !(p.docs instanceof Uint32Array) ||
    !(p.freqs instanceof Uint32Array) ||
    !(p.shorts instanceof Uint32Array) ||
    !(p.ids instanceof Float64Array) ||
    !(p.lengthShorts instanceof Uint32Array) ||
    !(p.lengths instanceof Uint32Array) ||
    p.offsets.length !== n + 1 ||
    p.shorts.length !== p.ids.length ||
    p.lengths.length !== p.lengthShorts.length * p.fieldCount ||
    p.fields.length !== p.docs.length ||
    p.freqs.length !== p.docs.length ||
    p.offsets[n] !== p.docs.length ||
    !Array.isArray(p.averageFieldLength) ||
    typeof p.fieldIds !== 'object' ||
    Object.keys(p.fieldIds).length !== p.fieldCount ||
    typeof p.nextId !== 'number' ||
    typeof p.documentCount !== 'number'
  )
    throw new Error('a packed index is damaged');
  for (let t = 0; t < n; t++) if (p.offsets[t] > p.offsets[t + 1]) throw new Error('a packed index is damaged');
  for (let i = 0; i < p.docs.length; i++)
    if (p.docs[i] >= p.nextId || p.fields[i] >= p.fieldCount) throw new Error('a packed index is damaged');
  for (let t = 0; t < n; t++) if (typeof p.terms[t] !== 'string') throw new Error('a packed index is damaged');
}

/** What loadJS is given: the documents' maps whole, the terms one at a time (`stop` ends them early). */
function plain(p: PackedIndex, stop: () => boolean): AsPlainObject {
  checkPacked(p);
  const n = p.terms.length;
  const documentIds: Record<number, number> = {};
  for (let k = 0; k < p.shorts.length; k++) documentIds[p.shorts[k]] = p.ids[k];
  const fieldLength: Record<number, number[]> = {};
  for (let k = 0; k < p.lengthShorts.length; k++) {
    // As long as MiniSearch made it: up to the last field the document had.
    let end = p.fieldCount;
    while (end > 0 && p.lengths[k * p.fieldCount + end - 1] === NO_LENGTH) end--;
    const list: number[] = new Array(end);
    for (let f = 0; f < end; f++) {
      const v = p.lengths[k * p.fieldCount + f];
      if (v !== NO_LENGTH) list[f] = v;
    }
    fieldLength[p.lengthShorts[k]] = list;
  }
  function* entries(): Generator<IndexEntry> {
    for (let t = 0; t < n && !stop(); t++) {
      const data: Record<string, Record<string, number>> = {};
      for (let i = p.offsets[t]; i < p.offsets[t + 1]; i++) (data[p.fields[i]] ??= {})[p.docs[i]] = p.freqs[i];
      yield [p.terms[t], data];
    }
  }
  return {
    documentCount: p.documentCount,
    nextId: p.nextId,
    documentIds,
    fieldIds: p.fieldIds,
    fieldLength,
    averageFieldLength: p.averageFieldLength,
    storedFields: p.storedFields,
    dirtCount: p.dirtCount,
    // loadJS walks `index` with for...of: a generator hands it one term at a time.
    index: entries() as unknown as AsPlainObject['index'],
    serializationVersion: 2,
  } as AsPlainObject;
}

/**
 * The index back, through MiniSearch's loadJS with `options` (the ones it was made with). Throws when the parts do
 * not fit together (a damaged file): the caller reports it and builds the index again.
 */
export function unpackIndex<T>(p: PackedIndex, options: Options<T>): MiniSearch<T> {
  return MiniSearch.loadJS<T>(
    plain(p, () => false),
    options,
  );
}

/**
 * The same through loadJSAsync, which yields to the event loop every thousand terms, so a running bot can make it in
 * the background. Null when `stop()` said to give up (the index was made another way meanwhile).
 */
export async function unpackIndexAsync<T>(
  p: PackedIndex,
  options: Options<T>,
  stop: () => boolean,
): Promise<MiniSearch<T> | null> {
  const made = await MiniSearch.loadJSAsync<T>(plain(p, stop), options);
  return stop() ? null : made;
}
