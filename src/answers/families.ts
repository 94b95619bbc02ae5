// Copy families (src/extract/provenance.ts says what they are and how they are found), kept up to date article by
// article while the corpus grows: the sampled shingle postings, the boilerplate and the pairs found to be copies are
// kept in memory beside the families they made, so one new article is compared with the articles it shares sampled
// shingles with, and only the families it (or a removed article) touches are put together again. The result is
// what copyFamilies gives on the whole corpus; when what counts as boilerplate moves (the corpus crossed a size
// where the bar or the sampling changes, or a shingle became common), the families are built whole again.
import type { Article } from '../corpus/schema';
import {
  byDate,
  familyMaxDf,
  familySample,
  sentenceShingles,
  shareIn,
  shingleArticle,
  type Families,
  type Family,
  type FamilyCopy,
  type Shingled,
} from '../extract/provenance';

const MIN_SHARE = 0.5;

/** A pair found to be copies: the share of each found in the other. */
interface Edge {
  a: string;
  b: string;
  ab: number;
  ba: number;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** What a corpus's copy families are made from, kept to take the next article in. */
export class FamilyIndex {
  private articles = new Map<string, Article>();
  private sampled = new Map<string, number[]>();
  private postings = new Map<number, string[]>();
  private boiler = new Set<number>();
  private edges = new Map<string, Edge>();
  private edgesOf = new Map<string, Set<string>>();
  private sample: number;
  private maxDf: number;
  families: Families = { families: [], memberOf: new Map() };

  private constructor(n: number) {
    this.sample = familySample(n);
    this.maxDf = familyMaxDf(n);
  }

  /** The families of a whole corpus, and the index to update them. */
  static build(articles: Article[]): FamilyIndex {
    const steps = FamilyIndex.steps(articles);
    let r = steps.next();
    while (!r.done) r = steps.next();
    return r.value;
  }

  /** build, handing the event loop back every `every` articles (for an index made while the bot answers). */
  static async buildSlowly(articles: Article[], every = 100): Promise<FamilyIndex> {
    const steps = FamilyIndex.steps(articles, every);
    let r = steps.next();
    while (!r.done) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      r = steps.next();
    }
    return r.value;
  }

  private static *steps(articles: Article[], every = Infinity): Generator<void, FamilyIndex> {
    const x = new FamilyIndex(articles.length);
    let k = 0;
    for (const a of articles) {
      x.post(a);
      if (++k % every === 0) yield;
    }
    for (const h of x.postings.keys()) if (x.isBoiler(h)) x.boiler.add(h);
    // Each pair once: an article is compared with those before it in the corpus.
    const done = new Set<string>();
    for (const a of articles) {
      x.pair(a, done);
      done.add(a.id);
      if (++k % every === 0) yield;
    }
    x.families = x.assemble(null, new Set(articles.map((a) => a.id)));
    return x;
  }

  /**
   * Takes a change in: `removed` ids (changed articles among them) and `added` articles (changed ones too), the
   * corpus being `articles` after it. False when boilerplate moved and the families must be built whole instead;
   * the index is then of no use.
   */
  update(articles: Article[], removed: string[], added: Article[]): boolean {
    if (familySample(articles.length) !== this.sample || familyMaxDf(articles.length) !== this.maxDf) return false;
    const before = this.families;
    const touched = new Set<number>();
    const dirty = new Set<string>();
    for (const id of removed) {
      const a = this.articles.get(id);
      if (!a) continue;
      dirty.add(id);
      for (const h of this.sampled.get(id)!) {
        const p = this.postings.get(h)!;
        p.splice(p.indexOf(id), 1);
        if (!p.length) this.postings.delete(h);
        touched.add(h);
      }
      this.sampled.delete(id);
      this.articles.delete(id);
      for (const k of this.edgesOf.get(id) ?? []) {
        const e = this.edges.get(k)!;
        this.edges.delete(k);
        this.edgesOf.get(e.a === id ? e.b : e.a)?.delete(k);
      }
      this.edgesOf.delete(id);
    }
    for (const a of added) {
      this.post(a);
      dirty.add(a.id);
      for (const h of this.sampled.get(a.id)!) touched.add(h);
    }
    for (const h of touched) {
      const was = this.boiler.has(h);
      if (was !== this.isBoiler(h)) return false;
    }
    // New pairs: each added article with every article it shares sampled shingles with (added ones once).
    const done = new Set<string>();
    for (const a of added) {
      this.pair(a, null, done);
      done.add(a.id);
    }
    this.families = this.assemble(before, dirty);
    return true;
  }

  private post(a: Article): void {
    this.articles.set(a.id, a);
    const set = new Set<number>();
    for (const s of a.sentences) for (const h of sentenceShingles(s.text)) if (h % this.sample === 0) set.add(h);
    const arr = [...set];
    this.sampled.set(a.id, arr);
    for (const h of arr) {
      const p = this.postings.get(h);
      if (p) p.push(a.id);
      else this.postings.set(h, [a.id]);
    }
  }

  /** Boilerplate: a shingle in very many articles, or in four or more of one outlet (its footer, its sign-off). */
  private isBoiler(h: number): boolean {
    const p = this.postings.get(h);
    if (!p) return false;
    if (p.length > this.maxDf) return true;
    if (p.length < 4) return false;
    const byOutlet = new Map<string, number>();
    for (const id of p) {
      const o = this.articles.get(id)!.outlet ?? '';
      const c = (byOutlet.get(o) ?? 0) + 1;
      byOutlet.set(o, c);
      if (o && c >= 4) return true;
    }
    return false;
  }

  /**
   * Compares `a` with the articles sharing enough sampled shingles with it: those in `only` (when given), or all
   * but those in `skip`.
   */
  private pair(a: Article, only: Set<string> | null, skip?: Set<string>): void {
    const counts = new Map<string, number>();
    const mine = this.sampled.get(a.id)!;
    for (const h of mine) {
      if (this.boiler.has(h)) continue;
      for (const j of this.postings.get(h)!)
        if (j !== a.id && (only ? only.has(j) : !skip?.has(j))) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    let own: Shingled | null = null;
    for (const [j, c] of counts) {
      const smaller = Math.min(mine.length, this.sampled.get(j)!.length);
      if (c < 2 || c < 0.25 * smaller) continue;
      own ??= shingleArticle(a);
      const other = shingleArticle(this.articles.get(j)!);
      const ab = shareIn(own, other, this.boiler);
      const ba = shareIn(other, own, this.boiler);
      if (Math.max(ab, ba) < MIN_SHARE) continue;
      const k = pairKey(a.id, j);
      this.edges.set(k, { a: a.id, b: j, ab, ba });
      for (const x of [a.id, j]) {
        const s = this.edgesOf.get(x);
        if (s) s.add(k);
        else this.edgesOf.set(x, new Set([k]));
      }
    }
  }

  /** The articles linked to `id` by pairs, `id` included. */
  private component(id: string, seen: Set<string>): string[] {
    const out: string[] = [];
    const stack = [id];
    seen.add(id);
    while (stack.length) {
      const x = stack.pop()!;
      out.push(x);
      for (const k of this.edgesOf.get(x) ?? []) {
        const e = this.edges.get(k)!;
        const y = e.a === x ? e.b : e.a;
        if (!seen.has(y)) {
          seen.add(y);
          stack.push(y);
        }
      }
    }
    return out;
  }

  /**
   * The families: those of `before` that hold no `dirty` article kept as they were, the others made again from the
   * pairs (every family when there is no `before`).
   */
  private assemble(before: Families | null, dirty: Set<string>): Families {
    const families: Family[] = [];
    const seen = new Set<string>();
    const redo = new Set<string>();
    if (before) {
      // What a dirty article now reaches through pairs, and every family that held one of those or a dirty
      // article, are made again; the other families are kept as they were.
      const reach = new Set<string>();
      for (const id of dirty) if (this.articles.has(id) && !reach.has(id)) this.component(id, reach);
      const hit = new Set<string>();
      for (const id of [...dirty, ...reach]) {
        const m = before.memberOf.get(id);
        if (m) hit.add(m.original);
      }
      for (const f of before.families) {
        if (hit.has(f.original)) {
          for (const id of [f.original, ...f.copies.map((c) => c.id)]) if (this.articles.has(id)) redo.add(id);
        } else families.push(f);
      }
      for (const f of families) {
        seen.add(f.original);
        for (const c of f.copies) seen.add(c.id);
      }
      for (const id of reach) redo.add(id);
    } else for (const id of this.edgesOf.keys()) redo.add(id);
    for (const id of redo) {
      if (seen.has(id) || !this.edgesOf.get(id)?.size) continue;
      const members = this.component(id, seen);
      if (members.length > 1) families.push(this.family(members));
    }
    families.sort((x, y) => y.copies.length - x.copies.length || (x.original < y.original ? -1 : 1));
    const memberOf = new Map<string, { original: string; shared: number }>();
    for (const f of families) {
      memberOf.set(f.original, { original: f.original, shared: 1 });
      for (const c of f.copies) memberOf.set(c.id, { original: f.original, shared: c.shared });
    }
    return { families, memberOf };
  }

  /** One family from its members: the original first (as provenance.ts chooses it), the copies by share. */
  private family(ids: string[]): Family {
    const holdsOf = new Map<string, number>();
    for (const id of ids) {
      // Summed in a fixed order, so the same pairs give the same sum however they were found.
      const parts = [...(this.edgesOf.get(id) ?? [])].map((k) => {
        const e = this.edges.get(k)!;
        return e.a === id ? e.ba : e.ab;
      });
      parts.sort((x, y) => x - y);
      holdsOf.set(
        id,
        parts.reduce((s, v) => s + v, 0),
      );
    }
    const members = ids.map((id) => this.articles.get(id)!);
    members.sort(
      (x, y) =>
        byDate(x, y) ||
        holdsOf.get(y.id)! - holdsOf.get(x.id)! ||
        y.sentences.length - x.sentences.length ||
        (x.id < y.id ? -1 : 1),
    );
    const orig = members[0];
    let origShingled: Shingled | null = null;
    const copies: FamilyCopy[] = [];
    for (const m of members.slice(1)) {
      const e = this.edges.get(pairKey(m.id, orig.id));
      // Share of the copy found in the original; for a member linked through another copy, compared directly.
      let shared: number;
      if (e) shared = e.a === m.id ? e.ab : e.ba;
      else {
        origShingled ??= shingleArticle(orig);
        shared = shareIn(shingleArticle(m), origShingled, this.boiler);
      }
      copies.push({ id: m.id, shared: Math.round(shared * 100) / 100 });
    }
    copies.sort((x, y) => y.shared - x.shared);
    return { original: orig.id, copies };
  }
}

/** Each state's families, with the index that made them (only the newest state's: an update moves it on). */
const indexes = new WeakMap<Families, FamilyIndex>();

/** The copy families of a corpus, built whole; the index is kept for the next update. */
export function buildFamilies(articles: Article[]): Families {
  const index = FamilyIndex.build(articles);
  indexes.set(index.families, index);
  return index.families;
}

/**
 * Makes the index of families read back from the saved state (which keeps the families, not what made them), a
 * little at a time so that answers go on meanwhile, so that the next article is taken in without building them
 * whole. The index is kept only if it gives exactly those families (the same code on the same corpus does).
 */
export async function primeFamilies(families: Families, articles: Article[]): Promise<boolean> {
  if (indexes.has(families)) return true;
  const index = await FamilyIndex.buildSlowly(articles);
  if (indexes.has(families) || JSON.stringify(index.families.families) !== JSON.stringify(families.families))
    return indexes.has(families);
  index.families = families;
  indexes.set(families, index);
  return true;
}

/**
 * The copy families after a change, from those of the state before it: updated in place when that state's index is
 * at hand (the one built or updated last), else built whole.
 */
export function nextFamilies(before: Families, articles: Article[], removed: string[], added: Article[]): Families {
  const index = indexes.get(before);
  // The index moves on to the next state: the earlier one's families stay as they were, but cannot be updated again.
  indexes.delete(before);
  if (index && index.update(articles, removed, added)) {
    indexes.set(index.families, index);
    return index.families;
  }
  return buildFamilies(articles);
}
