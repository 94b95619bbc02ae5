// Lists of records (the quotation entries, the speakers) saved as columns rather than object by object, for the
// derived state (derived-state.ts).
//
// Why: `v8.serialize` writes every object with its property names spelled out, and `v8.deserialize` reads each back
// as an object of its own, each name looked up again; every string is a copy of its own, even when the same title or
// outlet is repeated in every entry that carries the article. On 10,000 scale articles the quotation entries were
// 100 MB of the derived file and 5 s of a restart, and the collector then copied every one of those objects, which
// all survive, a third of the restart's CPU. As columns, a list is a few arrays per field: numbers in typed arrays,
// strings listed once each with an index per row, nested lists flattened with a length per row, so the file holds a
// few hundred objects where it held millions, and the records are made again in plain JavaScript, field by field, in
// their saved key order (so JSON.stringify of a record read back is the same text).
//
// Anything that is not a list of plain records of one shape (a field holding strings in one row and numbers in
// another, a class instance, a Map) is kept as it was, so a new field added to an entry is saved whatever it holds.
// A column that cannot be read (a wrong type, a length that does not fit, an index out of range) throws: the caller
// reports the file and rebuilds it.

export type Column =
  /** Strings (or null, undefined): `at` is the index in the list's string table, -1 null, -2 undefined. */
  | { t: 's'; at: Int32Array }
  /** Whole numbers that fit 32 bits. */
  | { t: 'i'; v: Int32Array }
  /** Other numbers. */
  | { t: 'f'; v: Float64Array }
  /** false 0, true 1, undefined 2, null 3. */
  | { t: 'b'; v: Uint8Array }
  /**
   * Lists: the length of each (-1 null, -2 undefined), their items one after the other in `items`; `same` (when a
   * list object is in several rows, as a speaker's aliases are in each of their entries) the earlier row whose list
   * it is, else -1, so that it is one list again when read back.
   */
  | { t: 'a'; len: Int32Array; same: Int32Array | null; items: Column }
  /**
   * Records of one shape: `keys` in order, one column each over every row; `present` (when some rows are not
   * records) says which: 1 a record, 0 null, 2 undefined.
   */
  | { t: 'o'; keys: string[]; present: Uint8Array | null; cols: Column[] }
  /** Anything else, as it is. */
  | { t: 'raw'; v: unknown[] };

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** The strings of a list's columns, each listed once (an entry's words and the wording of its article are often one). */
interface Strings {
  list: string[];
  index: Map<string, number>;
}

/** A column of `values` (see Column). */
function toColumn(values: readonly unknown[], table: Strings): Column {
  const n = values.length;
  let strings = 0;
  let numbers = 0;
  let booleans = 0;
  let arrays = 0;
  let records = 0;
  let none = 0;
  for (const v of values) {
    if (v === null || v === undefined) none++;
    else if (typeof v === 'string') strings++;
    else if (typeof v === 'number') numbers++;
    else if (typeof v === 'boolean') booleans++;
    else if (Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype) arrays++;
    else if (isPlain(v)) records++;
  }
  if (strings + none === n && strings > 0) {
    const { index, list } = table;
    const at = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === null) at[i] = -1;
      else if (v === undefined) at[i] = -2;
      else {
        let k = index.get(v as string);
        if (k === undefined) {
          k = list.length;
          index.set(v as string, k);
          list.push(v as string);
        }
        at[i] = k;
      }
    }
    return { t: 's', at };
  }
  if (numbers === n) {
    const whole = values.every((v) => (v as number) === ((v as number) | 0) && !Object.is(v, -0));
    return whole
      ? { t: 'i', v: Int32Array.from(values as number[]) }
      : { t: 'f', v: Float64Array.from(values as number[]) };
  }
  if (booleans + none === n && booleans > 0) {
    return { t: 'b', v: Uint8Array.from(values, (v) => (v === false ? 0 : v === true ? 1 : v === undefined ? 2 : 3)) };
  }
  if (arrays + none === n && arrays > 0) {
    const len = new Int32Array(n);
    const items: unknown[] = [];
    const rowOf = new Map<unknown, number>();
    let same: Int32Array | null = null;
    for (let i = 0; i < n; i++) {
      const v = values[i];
      const was = rowOf.get(v);
      if (v === null) len[i] = -1;
      else if (v === undefined) len[i] = -2;
      else if (was !== undefined) {
        same ??= new Int32Array(n).fill(-1);
        same[i] = was;
      } else {
        rowOf.set(v, i);
        const list = v as unknown[];
        // A sparse list (a hole is not undefined) is kept as it is.
        for (let j = 0; j < list.length; j++) if (!(j in list)) return { t: 'raw', v: [...values] };
        len[i] = list.length;
        for (const x of list) items.push(x);
      }
    }
    return { t: 'a', len, same, items: toColumn(items, table) };
  }
  if (records + none === n && records > 0) {
    let keys: string[] | null = null;
    for (const v of values) {
      if (v === null || v === undefined) continue;
      const k = Object.keys(v);
      if (!keys) keys = k;
      else if (k.length !== keys.length || k.some((x, i) => x !== keys![i])) return { t: 'raw', v: [...values] };
    }
    const shape = keys!;
    const present = none ? Uint8Array.from(values, (v) => (v === null ? 0 : v === undefined ? 2 : 1)) : null;
    const cols = shape.map((k) =>
      toColumn(
        values.map((v) => (v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k])),
        table,
      ),
    );
    return { t: 'o', keys: shape, present, cols };
  }
  return { t: 'raw', v: [...values] };
}

function damaged(what: string): never {
  throw new Error(`a saved column is damaged (${what})`);
}

/** How many items a lists column's `n` lists hold, its lengths and back references checked (else it is damaged). */
function listTotal(len: Int32Array, same: Int32Array | null, n: number): number {
  if (!(len instanceof Int32Array) || len.length !== n) damaged('lists');
  if (same !== null && (!(same instanceof Int32Array) || same.length !== n)) damaged('lists');
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (same && same[i] !== -1) {
      if (same[i] < 0 || same[i] >= i) damaged('list reference');
    } else if (len[i] < -2) damaged('list length');
    else if (len[i] > 0) total += len[i];
  }
  return total;
}

/** A records column's keys, presence marks and columns as a saved file must hold them (else it is damaged). */
function checkRecordShape(keys: unknown, present: unknown, cols: unknown, n: number): void {
  if (
    !Array.isArray(keys) ||
    !Array.isArray(cols) ||
    cols.length !== keys.length ||
    keys.some((k) => typeof k !== 'string' || k === '__proto__') ||
    new Set(keys).size !== keys.length ||
    (present !== null && (!(present instanceof Uint8Array) || present.length !== n))
  )
    damaged('records');
}

/** The values of a column, `n` of them; throws when the column is not one `toColumn` could have made. */
function fromColumn(c: Column, n: number, strings: string[]): unknown[] {
  if (!c || typeof c !== 'object') damaged('not a column');
  switch (c.t) {
    case 's': {
      if (!(c.at instanceof Int32Array) || c.at.length !== n) damaged('strings');
      const { at } = c;
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        const k = at[i];
        if (k >= 0 && k < strings.length) out[i] = strings[k];
        else if (k === -1) out[i] = null;
        else if (k === -2) out[i] = undefined;
        else damaged('string index');
      }
      return out;
    }
    case 'i':
      if (!(c.v instanceof Int32Array) || c.v.length !== n) damaged('numbers');
      return Array.from(c.v);
    case 'f':
      if (!(c.v instanceof Float64Array) || c.v.length !== n) damaged('numbers');
      return Array.from(c.v);
    case 'b': {
      if (!(c.v instanceof Uint8Array) || c.v.length !== n) damaged('booleans');
      const values = [false, true, undefined, null];
      return Array.from(c.v, (b) => (b < 4 ? values[b] : damaged('booleans')));
    }
    case 'a': {
      const { len, same } = c;
      const total = listTotal(len, same, n);
      const items = fromColumn(c.items, total, strings);
      const out = new Array<unknown>(n);
      let at = 0;
      for (let i = 0; i < n; i++) {
        const l = len[i];
        if (same && same[i] !== -1) out[i] = out[same[i]];
        else if (l === -1) out[i] = null;
        else if (l === -2) out[i] = undefined;
        else {
          out[i] = items.slice(at, at + l);
          at += l;
        }
      }
      return out;
    }
    case 'o': {
      const { keys, present, cols } = c;
      checkRecordShape(keys, present, cols, n);
      const values = cols.map((col) => fromColumn(col, n, strings));
      const out = new Array<unknown>(n);
      for (let i = 0; i < n; i++) {
        const p = present ? present[i] : 1;
        if (p === 0) out[i] = null;
        else if (p === 2) out[i] = undefined;
        else if (p !== 1) damaged('records');
        else {
          const o: Record<string, unknown> = {};
          for (let k = 0; k < keys.length; k++) o[keys[k]] = values[k][i];
          out[i] = o;
        }
      }
      return out;
    }
    case 'raw':
      if (!Array.isArray(c.v) || c.v.length !== n) damaged('values');
      return c.v;
    default:
      return damaged('unknown kind');
  }
}

/**
 * Throws where `fromColumn` would, without making a value: what a list read back lazily (on first use, or in the
 * background) is checked with when its file is read, so that a damaged file is still refused whole at start.
 */
function checkColumn(c: Column, n: number, strings: number): void {
  if (!c || typeof c !== 'object') damaged('not a column');
  switch (c.t) {
    case 's': {
      if (!(c.at instanceof Int32Array) || c.at.length !== n) damaged('strings');
      for (const k of c.at) if (k >= strings || k < -2) damaged('string index');
      return;
    }
    case 'i':
      if (!(c.v instanceof Int32Array) || c.v.length !== n) damaged('numbers');
      return;
    case 'f':
      if (!(c.v instanceof Float64Array) || c.v.length !== n) damaged('numbers');
      return;
    case 'b':
      if (!(c.v instanceof Uint8Array) || c.v.length !== n) damaged('booleans');
      for (const b of c.v) if (b >= 4) damaged('booleans');
      return;
    case 'a': {
      const { len, same } = c;
      const total = listTotal(len, same, n);
      checkColumn(c.items, total, strings);
      return;
    }
    case 'o': {
      const { keys, present, cols } = c;
      checkRecordShape(keys, present, cols, n);
      if (present) for (const p of present) if (p > 2) damaged('records');
      for (const col of cols) checkColumn(col, n, strings);
      return;
    }
    case 'raw':
      if (!Array.isArray(c.v) || c.v.length !== n) damaged('values');
      return;
    default:
      return damaged('unknown kind');
  }
}

/** A list saved as columns: its length, its column, and the strings its columns index. */
export interface Columns {
  n: number;
  column: Column;
  strings: string[];
}

export function toColumns(list: readonly unknown[]): Columns {
  const table: Strings = { list: [], index: new Map() };
  const column = toColumn(list, table);
  return { n: list.length, column, strings: table.list };
}

/** The list back; throws when it cannot be read (see fromColumn). */
export function fromColumns<T>(saved: Columns): T[] {
  if (!saved || typeof saved !== 'object' || !Number.isInteger(saved.n) || saved.n < 0) damaged('no list');
  if (!Array.isArray(saved.strings) || saved.strings.some((s) => typeof s !== 'string')) damaged('strings');
  return fromColumn(saved.column, saved.n, saved.strings) as T[];
}

/** Throws when a saved list cannot be read (what `fromColumns` would throw), without making it. */
export function checkColumns(saved: Columns): void {
  if (!saved || typeof saved !== 'object' || !Number.isInteger(saved.n) || saved.n < 0) damaged('no list');
  if (!Array.isArray(saved.strings) || saved.strings.some((s) => typeof s !== 'string')) damaged('strings');
  checkColumn(saved.column, saved.n, saved.strings.length);
}
