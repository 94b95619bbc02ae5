// A MiniSearch index in a form that is quick to save and read back: its postings as flat typed arrays.
//
// Why not MiniSearch's own toJSON as it is: its plain object holds one object per term and field, keyed by document
// number, and both v8.serialize and loadJS handle such objects slowly. Measured on the quotations of 10,000 scale
// articles (100,000 documents): v8.deserialize of the toJSON object took 5.9 s for the quotation index and 1.3 s
// for the speakers', then loadJS 3.8 s, with the collector busy throughout. Typed arrays are copied as blocks.
// Read back, the index answers as `MiniSearch.loadJS(m.toJSON())` would (the same documents, terms and postings in
// the same order), each term's postings made when a query first reads them (below); when MiniSearch's private fields
// are not where version 7 keeps them, it is made whole by the documented loadJS, from the same data toJSON gives.
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

/** MiniSearch's figures about an index as a whole (as toJSON gives them). */
export interface IndexHeader {
  documentCount: number;
  nextId: number;
  dirtCount: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  storedFields: Record<string, unknown>;
}

/**
 * What `mini.toJSON()` gives, walked rather than made: its maps as entries in the order toJSON's objects list them
 * (integer keys ascending), and its postings a term at a time. toJSON makes one object per term and field keyed by
 * document number, all at once: on 10,000 scale articles the quotation index's 2.7 million postings, and the article
 * index's more, several times the size of the index itself, made while the whole cold build is held (the peak of a
 * cold start). Read from MiniSearch's own maps when they are there (7.x), from toJSON otherwise.
 */
export interface IndexWalk extends IndexHeader {
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
        for (const [term, data] of maps._index) {
          // A term no query has read yet: its postings made for the walk, not kept.
          const fieldIndex = data instanceof PackedPostings ? data.peek() : data;
          yield [term, ascending(fieldIndex).map(([f, freqs]): [number, [number, number][]] => [f, ascending(freqs)])];
        }
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

// ---------------------------------------------------------------------------------------------------------------
// The index read back as it is searched: every term in MiniSearch's tree, each term's postings made into its Maps
// only when a query (or an update) first reads them. loadJS makes a Map per term and field with an entry per
// posting before the first answer: on the quotations of the whole scale corpus (37,554 articles: 72,642 terms,
// 12 million postings) that was 34 s of the first /quote after a restart and most of its 1.6 GB, when a query reads
// the postings of a few words. The postings made are the ones loadJS makes from the same packed form, in the same
// order (fields, then documents, ascending), so every search gives the same results to the bit.

/** Term postings in MiniSearch's shape: field id → short document id → term frequency. */
export type FieldPostings = Map<number, Map<number, number>>;

/** Where a term's postings are read from, by the term's position in the saved list. */
export interface PostingsSource {
  postings(t: number): FieldPostings;
}

/**
 * One term's postings, made from the packed arrays when first read (then a Map like any loadJS makes); what
 * MiniSearch and scored-search.ts read of a term's data is a Map's interface, which this keeps whole.
 */
export class PackedPostings implements Map<number, Map<number, number>> {
  private made: FieldPostings | null = null;
  constructor(
    private from: PostingsSource | null,
    private readonly t: number,
  ) {}
  private get map(): FieldPostings {
    if (!this.made) {
      this.made = this.from!.postings(this.t);
      this.from = null;
    }
    return this.made;
  }
  /** The postings without keeping them made (a save walks every term once: it would make them all). */
  peek(): FieldPostings {
    return this.made ?? this.from!.postings(this.t);
  }
  get size(): number {
    return this.map.size;
  }
  get(field: number): Map<number, number> | undefined {
    return this.map.get(field);
  }
  has(field: number): boolean {
    return this.map.has(field);
  }
  set(field: number, postings: Map<number, number>): this {
    this.map.set(field, postings);
    return this;
  }
  delete(field: number): boolean {
    return this.map.delete(field);
  }
  clear(): void {
    this.map.clear();
  }
  forEach(f: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, that?: unknown) {
    this.map.forEach((v, k) => f.call(that, v, k, this));
  }
  keys(): MapIterator<number> {
    return this.map.keys();
  }
  values(): MapIterator<Map<number, number>> {
    return this.map.values();
  }
  entries(): MapIterator<[number, Map<number, number>]> {
    return this.map.entries();
  }
  [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.map[Symbol.iterator]();
  }
  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}

/**
 * Postings `from` .. `to` of the packed arrays as loadJS makes them from toJSON's objects: fields ascending, and in
 * each field documents ascending (a later duplicate's frequency wins in the first one's place, as an object key).
 * Saved postings are in that order already; any other order is put in it.
 */
export function postingsAt(
  from: number,
  to: number,
  field: (i: number) => number,
  doc: (i: number) => number,
  freq: (i: number) => number,
): FieldPostings {
  const out: FieldPostings = new Map();
  let ordered = true;
  for (let i = from + 1; i < to && ordered; i++) {
    const f = field(i);
    const g = field(i - 1);
    ordered = f > g || (f === g && doc(i) > doc(i - 1));
  }
  if (ordered) {
    let current: Map<number, number> | null = null;
    let currentField = -1;
    for (let i = from; i < to; i++) {
      const f = field(i);
      if (f !== currentField) out.set((currentField = f), (current = new Map()));
      current!.set(doc(i), freq(i));
    }
    return out;
  }
  const byField = new Map<number, [number, number][]>();
  for (let i = from; i < to; i++) {
    let list = byField.get(field(i));
    if (!list) byField.set(field(i), (list = []));
    list.push([doc(i), freq(i)]);
  }
  for (const f of [...byField.keys()].sort((a, b) => a - b)) {
    const pairs = byField.get(f)!;
    const last = new Map<number, number>();
    for (const [d, n] of pairs) last.set(d, n);
    out.set(f, new Map([...last].sort((a, b) => a[0] - b[0])));
  }
  return out;
}

/** What a MiniSearch index is made of, read back: its documents' maps whole, its terms' postings on demand. */
export interface IndexParts extends IndexHeader {
  /** Short id → document id, and short id → field lengths, short ids ascending. */
  documentIds: Map<number, unknown>;
  fieldLength: Map<number, number[]>;
  terms: string[];
  source: PostingsSource;
}

/** MiniSearch 7's private fields this sets (the ones loadJS sets). */
interface Settable {
  _index: { set(term: string, data: unknown): unknown };
  _documentIds: Map<number, unknown>;
  _idToShortId: Map<unknown, number>;
  _fieldLength: Map<number, number[]>;
}

/** How many terms go into the tree between two pauses of the background (a few ms each). */
const TERMS_A_STEP = 4000;

/**
 * The index, its terms put in MiniSearch's tree a step at a time (the generator yields between steps, so the
 * background can hand the event loop back), their postings left packed. Null when this MiniSearch does not keep
 * the private fields loadJS fills (another major release): the caller then loads it whole through loadJS.
 */
function* indexSteps<T>(
  parts: IndexParts,
  options: Options<T>,
  stop: () => boolean,
): Generator<void, MiniSearch<T> | null> {
  const mini = MiniSearch.loadJS<T>(
    {
      documentCount: parts.documentCount,
      nextId: parts.nextId,
      documentIds: {},
      fieldIds: parts.fieldIds,
      fieldLength: {},
      averageFieldLength: parts.averageFieldLength,
      storedFields: parts.storedFields,
      dirtCount: parts.dirtCount,
      index: [],
      serializationVersion: 2,
    } as unknown as AsPlainObject,
    options,
  );
  const m = mini as unknown as Partial<Settable>;
  if (
    typeof m._index?.set !== 'function' ||
    !(m._documentIds instanceof Map) ||
    !(m._idToShortId instanceof Map) ||
    !(m._fieldLength instanceof Map)
  )
    return null;
  const inside = m as Settable;
  inside._documentIds = parts.documentIds;
  inside._fieldLength = parts.fieldLength;
  const toShort = new Map<unknown, number>();
  for (const [short, id] of parts.documentIds) toShort.set(id, short);
  inside._idToShortId = toShort;
  for (let t = 0; t < parts.terms.length; t++) {
    if (t % TERMS_A_STEP === 0) {
      yield;
      if (stop()) return null;
    }
    inside._index.set(parts.terms[t], new PackedPostings(parts.source, t));
  }
  return mini;
}

/** The index made at once (`indexSteps` run through); null as there. */
export function indexOfParts<T>(parts: IndexParts, options: Options<T>): MiniSearch<T> | null {
  const steps = indexSteps(parts, options, () => false);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** The same, handing the event loop back between steps; null also when `stop()` said to give up. */
export async function indexOfPartsAsync<T>(
  parts: IndexParts,
  options: Options<T>,
  stop: () => boolean,
): Promise<MiniSearch<T> | null> {
  const steps = indexSteps(parts, options, stop);
  for (let r = steps.next(); ; r = steps.next()) {
    if (r.done) return stop() ? null : r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** A packed index's parts (`checkPacked` first): its documents' maps as loadJS makes them, its postings packed. */
export function partsOf(p: PackedIndex): IndexParts {
  const { documentIds, fieldLength } = documentsOf(p);
  return {
    documentCount: p.documentCount,
    nextId: p.nextId,
    dirtCount: p.dirtCount,
    fieldIds: p.fieldIds,
    averageFieldLength: p.averageFieldLength,
    storedFields: p.storedFields,
    documentIds,
    fieldLength,
    terms: p.terms,
    source: {
      postings: (t) =>
        postingsAt(
          p.offsets[t],
          p.offsets[t + 1],
          (i) => p.fields[i],
          (i) => p.docs[i],
          (i) => p.freqs[i],
        ),
    },
  };
}

/** The k-th document's field lengths as MiniSearch made them: up to the last field the document had. */
function lengthsAt(p: PackedIndex, k: number): number[] {
  let end = p.fieldCount;
  while (end > 0 && p.lengths[k * p.fieldCount + end - 1] === NO_LENGTH) end--;
  const list: number[] = new Array(end);
  for (let f = 0; f < end; f++) {
    const v = p.lengths[k * p.fieldCount + f];
    if (v !== NO_LENGTH) list[f] = v;
  }
  return list;
}

const ascendingIn = (a: Uint32Array) => a.every((v, k) => k === 0 || v > a[k - 1]);

/**
 * The documents' two maps as loadJS makes them from toJSON's objects (keys ascending, a later duplicate's value in
 * the first one's place): at once from the arrays, which a save writes ascending; through those objects otherwise.
 */
function documentsOf(p: PackedIndex): { documentIds: Map<number, unknown>; fieldLength: Map<number, number[]> } {
  if (ascendingIn(p.shorts) && ascendingIn(p.lengthShorts)) {
    const documentIds = new Map<number, unknown>();
    for (let k = 0; k < p.shorts.length; k++) documentIds.set(p.shorts[k], p.ids[k]);
    const fieldLength = new Map<number, number[]>();
    for (let k = 0; k < p.lengthShorts.length; k++) fieldLength.set(p.lengthShorts[k], lengthsAt(p, k));
    return { documentIds, fieldLength };
  }
  const { documentIds, fieldLength } = plainDocuments(p);
  const numbered = <T>(o: Record<number, T>) => new Map(Object.entries(o).map(([k, v]) => [parseInt(k, 10), v]));
  return { documentIds: numbered(documentIds), fieldLength: numbered(fieldLength) };
}

function plainDocuments(p: PackedIndex) {
  const documentIds: Record<number, number> = {};
  for (let k = 0; k < p.shorts.length; k++) documentIds[p.shorts[k]] = p.ids[k];
  const fieldLength: Record<number, number[]> = {};
  for (let k = 0; k < p.lengthShorts.length; k++) fieldLength[p.lengthShorts[k]] = lengthsAt(p, k);
  return { documentIds, fieldLength };
}

/** What loadJS is given: the documents' maps whole, the terms one at a time (`stop` ends them early). */
function plain(p: PackedIndex, stop: () => boolean): AsPlainObject {
  checkPacked(p);
  const n = p.terms.length;
  const { documentIds, fieldLength } = plainDocuments(p);
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
 * The index back, with `options` (the ones it was made with), its postings made term by term when first read. Throws
 * when the parts do not fit together (a damaged file): the caller reports it and builds the index again.
 */
export function unpackIndex<T>(p: PackedIndex, options: Options<T>): MiniSearch<T> {
  checkPacked(p);
  return indexOfParts(partsOf(p), options) ?? loadWhole(p, options);
}

/** The index through MiniSearch's loadJS, every posting made at once (what `unpackIndex` gives, sooner or later). */
export function loadWhole<T>(p: PackedIndex, options: Options<T>): MiniSearch<T> {
  return MiniSearch.loadJS<T>(
    plain(p, () => false),
    options,
  );
}

/**
 * The same, handing the event loop back every few thousand terms, so a running bot can make it in the background.
 * Null when `stop()` said to give up (the index was made another way meanwhile).
 */
export async function unpackIndexAsync<T>(
  p: PackedIndex,
  options: Options<T>,
  stop: () => boolean,
): Promise<MiniSearch<T> | null> {
  checkPacked(p);
  const parts = partsOf(p);
  await new Promise<void>((resolve) => setImmediate(resolve));
  const made = await indexOfPartsAsync(parts, options, stop);
  if (stop()) return null;
  return made ?? (await MiniSearch.loadJSAsync<T>(plain(p, stop), options));
}
