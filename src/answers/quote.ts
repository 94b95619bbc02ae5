// /quote: every quotation once, who said it, and every article that carries it.
// Built once per corpus: quotations are extracted and attributed per article (src/extract), people are merged
// across articles (same full name up to spelling, or a surname one person alone carries), the same words in
// several articles become one entry, and quotations and speakers go into MiniSearch for answering.
import MiniSearch from 'minisearch';
import type { Article, Corpus } from '../corpus/schema';
import type { QuoteAnswer, QuoteArticle, QuoteEntry, SpeakerSummary } from './types';
import { attributeQuotes, type ArticleQuotes, type AttributedQuote, type Speaker } from '../extract/quote-attribute';
import { prepareWording, sameWording } from '../extract/quote-merge';
import { STOPWORDS, wordTokens } from '../extract/quote-text';
import { normName, type PersonRec } from '../extract/speakers';

/** A person or organisation as the whole corpus knows them. */
interface GlobalSpeaker {
  id: number;
  kind: 'person' | 'org';
  name: string;
  role: string | null;
  aliases: string[];
  count: number;
}

export interface QuoteBook {
  /** Quotations listed as somebody's (or nobody's, like graffiti) words, earliest first. */
  quotes: QuoteEntry[];
  /** Scare quotes: kept apart, found by words only. */
  scare: QuoteEntry[];
  speakers: GlobalSpeaker[];
  /** Global speaker id of each entry of `quotes` (null for descriptions and the unattributed). */
  speakerOf: (number | null)[];
  quoteIndex: MiniSearch<QuoteDoc>;
  speakerIndex: MiniSearch<SpeakerDoc>;
}

interface QuoteDoc { id: number; text: string; speaker: string; aliases: string; role: string }
interface SpeakerDoc { id: number; name: string; aliases: string; role: string }

interface Instance {
  article: Article;
  order: number;
  q: AttributedQuote;
  /** Global speaker id when the speaker is a person or organisation. */
  gid: number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// People across articles.

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}

/** Two first names of one person: equal, an initial of the other, or the same name transliterated (Sergey/Sergei). */
function sameFirst(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  // Transliterations swap letters, they do not add them: Sergey/Sergei, Mohammad/Mohammed — never Ivana/Ivanka.
  return a.length === b.length && a.length >= 4 && a[0] === b[0] && editDistance(a, b) <= (a.length >= 6 ? 2 : 1);
}

/**
 * Merges the per-article records into corpus-wide speakers. Returns, per record, its global id.
 * Full names cluster by surname and first-name spelling; a record known only by its surname joins the one
 * cluster with that surname, and stays apart when several people share it (never guess between two Clintons).
 */
function mergePeople(records: PersonRec[]): { speakers: GlobalSpeaker[]; idOf: Map<PersonRec, number> } {
  const idOf = new Map<PersonRec, number>();
  type Cluster = { kind: 'person' | 'org'; surname: string; first: string | null; recs: PersonRec[]; gender: 'm' | 'f' | null };
  const clusters: Cluster[] = [];
  // Gender is a veto: a "he" is never merged with a "she" of the same surname.
  const compatible = (c: Cluster, r: PersonRec) => !c.gender || !r.gender || c.gender === r.gender;
  const join = (c: Cluster, r: PersonRec) => {
    c.recs.push(r);
    c.gender ??= r.gender;
  };
  // Clusters by kind and surname, so each record is compared with its namesakes only.
  const bySurname = new Map<string, Cluster[]>();
  const namesakes = (kind: string, surname: string) => bySurname.get(`${kind}:${surname}`) ?? [];
  const add = (c: Cluster) => {
    clusters.push(c);
    const k = `${c.kind}:${c.surname}`;
    bySurname.set(k, [...(bySurname.get(k) ?? []), c]);
    return c;
  };
  const full = records.filter((r) => r.kind === 'person' && r.first);
  const bare = records.filter((r) => r.kind === 'person' && !r.first);
  for (const r of full) {
    // Same first name and surname is one person whatever a pronoun count says; gender only keeps bare surnames apart.
    const c = namesakes('person', r.surname).find((x) => x.first && sameFirst(x.first, r.first!))
      ?? add({ kind: 'person', surname: r.surname, first: r.first, recs: [], gender: null });
    join(c, r);
  }
  for (const r of bare) {
    const same = namesakes('person', r.surname).filter((x) => x.first && compatible(x, r));
    const c = (same.length === 1 ? same[0] : namesakes('person', r.surname).find((x) => !x.first && compatible(x, r)))
      ?? add({ kind: 'person', surname: r.surname, first: null, recs: [], gender: null });
    join(c, r);
  }
  for (const r of records.filter((x) => x.kind === 'org')) {
    const c = namesakes('org', r.surname)[0] ?? add({ kind: 'org', surname: r.surname, first: null, recs: [], gender: null });
    join(c, r);
  }
  const speakers: GlobalSpeaker[] = clusters.map((c, id) => {
    const names = new Map<string, number>();
    const roles = new Map<string, number>();
    const aliases = new Set<string>();
    for (const r of c.recs) {
      if (c.first === null || r.first) names.set(r.name, (names.get(r.name) ?? 0) + 1);
      if (r.role) roles.set(r.role, (roles.get(r.role) ?? 0) + 1);
      for (const f of r.forms) aliases.add(f);
      aliases.add(r.name);
      idOf.set(r, id);
    }
    const name = pickMost(names) ?? c.recs[0].name;
    aliases.delete(name);
    return { id, kind: c.kind, name, role: pickMost(roles), aliases: [...aliases].filter((a): a is string => typeof a === 'string' && a.length > 1).sort(), count: 0 };
  });
  return { speakers, idOf };
}

function pickMost(m: Map<string, number>): string | null {
  let best: string | null = null;
  let n = -1;
  for (const [k, v] of m) if (v > n || (v === n && best !== null && k.length > best.length)) [best, n] = [k, v];
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// Building the book.

const SPEAKER_RANK = { person: 4, org: 3, description: 2, pronoun: 1 } as const;

/** `prepared`: each article's quotations, when extraction already ran (in worker threads, see prepare.ts). */
export function buildQuoteBook(corpus: Corpus, prepared?: ArticleQuotes[]): QuoteBook {
  const perArticle = corpus.articles.map((article, i) => ({ article, result: prepared?.[i] ?? attributeQuotes(article.paragraphs) }));
  const { speakers, idOf } = mergePeople(perArticle.flatMap((a) => a.result.people));

  const instances: Instance[] = [];
  perArticle.forEach(({ article, result }, order) => {
    for (const q of result.quotes) {
      const gid = q.speaker && (q.speaker.kind === 'person' || q.speaker.kind === 'org') ? idOf.get(q.speaker.rec) ?? null : null;
      instances.push({ article, order, q, gid });
    }
  });
  // Earliest article first, so an entry's first article is where the words appeared first.
  instances.sort((a, b) => (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999') || a.order - b.order);

  const groups = clusterInstances(instances.filter((i) => !i.q.scare));
  const scareGroups = clusterInstances(instances.filter((i) => i.q.scare));
  const label = (s: Speaker | null, gid: number | null): string | null => {
    if (gid !== null) return speakers[gid].name;
    return s && 'text' in s ? s.text : null;
  };

  const toEntry = (group: Instance[]): { entry: QuoteEntry; gid: number | null } => {
    // The speaker: a name beats a description beats a bare pronoun; among names, the one most articles give.
    const named = new Map<number, number>();
    for (const i of group) if (i.gid !== null) named.set(i.gid, (named.get(i.gid) ?? 0) + 1);
    let gid: number | null = null;
    for (const [g, n] of named) if (gid === null || n > named.get(gid)!) gid = g;
    const ranked = [...group].sort((a, b) => rank(b) - rank(a));
    const lead = gid !== null ? group.find((i) => i.gid === gid)! : ranked[0];
    const longest = group.reduce((a, b) => (b.q.span.text.length > a.q.span.text.length ? b : a));
    const seen = new Set<string>();
    const articles: QuoteArticle[] = [];
    for (const i of group) {
      if (seen.has(i.article.id)) continue;
      seen.add(i.article.id);
      articles.push({
        id: i.article.id, published: i.article.published, outlet: i.article.outlet, title: i.article.title, url: i.article.url,
        wording: i.q.span.text, sentence: i.q.sentence,
      });
    }
    const reporter = group.find((i) => i.q.reportedBy)?.q.reportedBy ?? null;
    let reporterLabel: string | null = null;
    if (reporter && 'rec' in reporter) reporterLabel = speakers[idOf.get(reporter.rec) ?? -1]?.name ?? reporter.rec.name;
    else if (reporter) reporterLabel = reporter.text;
    const kind = lead.q.speaker?.kind ?? null;
    const role = (gid !== null ? speakers[gid].role : null) ?? group.find((i) => i.q.role)?.q.role ?? null;
    const dates = articles.map((a) => a.published).filter((d): d is string => !!d).sort();
    return {
      gid,
      entry: {
        speaker: label(lead.q.speaker, gid),
        role,
        reportedBy: reporterLabel,
        text: longest.q.span.text,
        articles,
        speakerKind: kind,
        aliases: gid !== null ? speakers[gid].aliases : [],
        scare: group[0].q.scare || undefined,
        first: dates[0] ?? null,
      },
    };
  };

  const built = groups.map(toEntry);
  const quotes = built.map((b) => b.entry);
  const speakerOf = built.map((b) => b.gid);
  for (const g of speakerOf) if (g !== null) speakers[g].count++;
  const scare = scareGroups.map((g) => toEntry(g).entry);

  const quoteIndex = new MiniSearch<QuoteDoc>({ fields: ['text', 'speaker', 'aliases', 'role'], storeFields: [] });
  quoteIndex.addAll([...quotes, ...scare].map((e, id) => ({
    id, text: e.text, speaker: e.speaker ?? '', aliases: (e.aliases ?? []).join(' '), role: e.role ?? '',
  })));
  const speakerIndex = new MiniSearch<SpeakerDoc>({ fields: ['name', 'aliases', 'role'], storeFields: [] });
  speakerIndex.addAll(speakers.filter((s) => s.count > 0).map((s) => ({ id: s.id, name: s.name, aliases: s.aliases.join(' '), role: s.role ?? '' })));
  return { quotes, scare, speakers, speakerOf, quoteIndex, speakerIndex };
}

function rank(i: Instance): number {
  return i.q.speaker ? SPEAKER_RANK[i.q.speaker.kind] : 0;
}

/**
 * Groups instances carrying the same words. Identical wordings meet through a map; near ones through their rarest
 * content words (an inverted index), so the cost stays near linear on tens of thousands of articles. Two named,
 * different speakers only merge on identical words.
 */
function clusterInstances(instances: Instance[]): Instance[][] {
  const prepared = instances.map((inst) => {
    const w = prepareWording(inst.q.span.text);
    return { inst, w, key: w.key, content: [...new Set(w.content)] };
  });
  const df = new Map<string, number>();
  for (const p of prepared) for (const t of p.content) df.set(t, (df.get(t) ?? 0) + 1);
  const groups: (typeof prepared)[] = [];
  const byKey = new Map<string, number>();
  const byToken = new Map<string, number[]>();
  for (const p of prepared) {
    let found = byKey.get(p.key) ?? -1;
    if (found < 0 && p.content.length) {
      // Same words share their rarest words: a partial quotation's rare words are all in the full one.
      const rare = [...p.content].sort((a, b) => df.get(a)! - df.get(b)!).slice(0, 4);
      const counts = new Map<number, number>();
      for (const t of rare) for (const g of byToken.get(t) ?? []) counts.set(g, (counts.get(g) ?? 0) + 1);
      const need = Math.min(2, rare.length);
      const cands = [...counts].filter(([, n]) => n >= need).sort((a, b) => b[1] - a[1]).slice(0, 12);
      for (const [g] of cands) {
        const ok = groups[g].slice(0, 6).some((other) => {
          const a = p.inst.gid;
          const b = other.inst.gid;
          if (a !== null && b !== null && a !== b) return false;
          return sameWording(p.w, other.w, a !== null && a === b);
        });
        if (ok) {
          found = g;
          break;
        }
      }
    }
    if (found < 0) {
      found = groups.length;
      groups.push([]);
    }
    groups[found].push(p);
    if (!byKey.has(p.key)) byKey.set(p.key, found);
    for (const t of p.content) {
      const list = byToken.get(t);
      if (!list) byToken.set(t, [found]);
      else if (list[list.length - 1] !== found) list.push(found);
    }
  }
  return groups.map((g) => g.map((p) => p.inst));
}

// ---------------------------------------------------------------------------------------------------------------
// Answering.

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** Newest first: the latest first-appearance date wins; undated quotations go last. */
const byDateDesc = (a: QuoteEntry, b: QuoteEntry) => (b.first ?? '').localeCompare(a.first ?? '');

export function answerQuote(book: QuoteBook, query: string, options: { outlet?: string; limit?: number }): QuoteAnswer {
  const q = query.trim();
  const all = [...book.quotes, ...book.scare];
  let picked: number[];
  if (!q) {
    picked = book.quotes.map((_, i) => i).sort((a, b) => byDateDesc(book.quotes[a], book.quotes[b]));
  } else {
    // Exact before fuzzy, speakers before words: "Antonov" is a person, "price" is a word not a misspelled "Rice",
    // and "Antonv" only reaches Antonov once nothing matches exactly.
    picked = bySpeaker(book, q, false) ?? byWords(book, q, 'AND', false) ?? bySpeaker(book, q, true)
      ?? byWords(book, q, 'AND', true) ?? byWords(book, q, 'OR', true) ?? [];
  }
  let entries = picked.map((i) => all[i]);
  if (options.outlet) {
    const o = fold(options.outlet);
    entries = entries.filter((e) => e.articles.some((a) => fold(a.outlet ?? '').includes(o) || fold(a.id).includes(o)));
  }
  const total = entries.length;
  if (options.limit !== undefined && options.limit >= 0) entries = entries.slice(0, options.limit);
  return { query, total, quotes: entries };
}

/** Quotations of the speakers the query names (every term a word of their name or aliases); newest first. */
function bySpeaker(book: QuoteBook, q: string, fuzzy: boolean): number[] | null {
  const hits = book.speakerIndex.search(q, {
    fields: ['name', 'aliases'],
    combineWith: 'AND',
    prefix: (term) => term.length >= 4,
    fuzzy: fuzzy ? (term) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : 0) : false,
  });
  // The query must name the speaker, not share a word with them: a person's surname (or a whole alias), an
  // organisation's every word — "health care" is words, not the "Coventry Health Care" company.
  const named = hits.filter((h) => {
    const sp = book.speakers[h.id as number];
    const terms = new Set(h.terms);
    const nameTokens = wordTokens(sp.name).filter((t) => !STOPWORDS.has(t));
    if (sp.kind === 'org') return nameTokens.every((t) => terms.has(t));
    // A person: the surname alone ("Antonov"), or a query holding the first name too ("Anatoly Antonov") —
    // never just inner words of a long name.
    const surname = nameTokens[nameTokens.length - 1];
    const asked = wordTokens(q);
    if (!surname) return true;
    if (asked.length === 1) return terms.has(surname) || sp.aliases.some((a) => wordTokens(a).length === 1 && terms.has(wordTokens(a)[0]));
    return terms.has(nameTokens[0]) || sp.aliases.some((a) => {
      const at = wordTokens(a);
      return at.length >= asked.length && at.every((t) => terms.has(t));
    });
  });
  if (!named.length) return null;
  // Speakers whose name matches the query word for word come first (the full name typed), then those with the
  // most quotations: "Trump" means the Trump most quoted before a relative quoted once.
  const qTokens = wordTokens(q);
  const exactness = (id: number) => {
    const sp = book.speakers[id];
    const forms = [sp.name, ...sp.aliases].map((f) => wordTokens(f).join(' '));
    return forms.includes(qTokens.join(' ')) ? 2 : wordTokens(sp.name).join(' ').endsWith(qTokens.join(' ')) ? 1 : 0;
  };
  const ranked = named.map((h) => h.id as number).sort((a, b) => exactness(b) - exactness(a) || book.speakers[b].count - book.speakers[a].count);
  const order = new Map<number, number>(ranked.map((id, i) => [id, i]));
  const picked = book.quotes
    .map((_, i) => i)
    .filter((i) => book.speakerOf[i] !== null && order.has(book.speakerOf[i]!));
  picked.sort((a, b) => order.get(book.speakerOf[a]!)! - order.get(book.speakerOf[b]!)! || byDateDesc(book.quotes[a], book.quotes[b]));
  return picked.length ? picked : null;
}

/** Quotations whose words (or speaker's words) match; best first, listed quotations before scare quotes. */
function byWords(book: QuoteBook, q: string, combineWith: 'AND' | 'OR', fuzzy: boolean): number[] | null {
  const hits = book.quoteIndex.search(q, {
    combineWith,
    boost: { text: 3, speaker: 1, aliases: 0.5, role: 0.3 },
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: fuzzy ? (term) => (term.length >= 6 ? 0.2 : false) : false,
  });
  if (!hits.length) return null;
  const n = book.quotes.length;
  const ids = hits.map((h) => h.id as number);
  return [...ids.filter((i) => i < n), ...ids.filter((i) => i >= n)];
}

/** Speakers with how many quotations each, for autocomplete: any word of a name or alias starting with the prefix. */
export function listSpeakers(book: QuoteBook, prefix?: string): SpeakerSummary[] {
  const p = fold(prefix?.trim() ?? '');
  return book.speakers
    .filter((s) => s.count > 0)
    .filter((s) => !p || [s.name, ...s.aliases].some((n) => fold(n).startsWith(p) || fold(n).split(/[\s-]+/).some((w) => w.startsWith(p))))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .map((s) => ({ name: s.name, role: s.role, aliases: s.aliases, count: s.count }));
}

/** Every listed quotation (no scare quotes), earliest first: the `quotes` of `export`. */
export function exportQuotes(book: QuoteBook): QuoteEntry[] {
  return [...book.quotes].sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999'));
}

export { normName };
