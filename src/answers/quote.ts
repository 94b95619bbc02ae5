// /quote: every quotation once, who said it, and every article that carries it.
// Built once per corpus: quotations are extracted and attributed per article (src/extract), people are merged
// across articles (same full name up to spelling, or a surname one person alone carries), the same words in
// several articles become one entry, and quotations and speakers go into MiniSearch for answering.
import MiniSearch from 'minisearch';
import type { Article, Corpus } from '../corpus/schema';
import type { PersonCard, QuoteAnswer, QuoteArticle, QuoteEntry, SpeakerSummary } from './types';
import { attributeQuotes, type ArticleQuotes, type AttributedQuote, type Speaker } from '../extract/quote-attribute';
import { prepareWording, sameWording, type Wording } from '../extract/quote-merge';
import { STOPWORDS, wordTokens } from '../extract/quote-text';
import { normName } from '../extract/speakers';
import { fold } from '../extract/lexicon';
import { scoredIds, scoredSearch } from './scored-search';
import { kept as keptLast } from '../util/kept';
import {
  clusterPeople,
  completeSurnames,
  personKeys,
  quotationKey,
  type Made,
  type Person,
  type RecordIn,
} from '../extract/people';

/** A person or organisation as the whole corpus knows them (src/extract/people.ts), with what they said. */
interface GlobalSpeaker extends Person {
  /** The role given most often. */
  role: string | null;
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
  /**
   * The document id in `quoteIndex` of each entry of `[...quotes, ...scare]`, and in `speakerIndex` of each
   * speaker (-1: not indexed). A whole build numbers them in order; an update keeps the ids of the documents it
   * keeps (the two indexes are shared by the states of a running bot, see `indexesOf`).
   */
  quoteDocs: number[];
  speakerDocs: number[];
  /** Indices into `quotes` of each speaker's quotations. */
  byPerson: Map<number, number[]>;
  /** Quoted persons per surname. */
  surnameCount: Map<string, number>;
  /** Each asked-for speaker's quotations in answer order, computed on first ask. */
  ordered: Map<number, QuoteEntry[]>;
}

/**
 * A book whose entries are made when first read (a book read back from the saved state, derived-state.ts): how many
 * listed quotations it has, and each entry of `[...quotes, ...scare]` by its place. A /quote then makes the entries
 * it reads (a person's, the ones it shows), not the book's every entry: on 37,554 articles those are 305,000 entries
 * from 203 MB of the file, which the first /quote made all at once.
 */
export interface EntryReader {
  quotes: number;
  at(i: number): QuoteEntry;
}
const readers = new WeakMap<QuoteBook, EntryReader>();

/** Reads the book's entries through `reader` rather than its lists (which stay there for what needs them all). */
export function readEntriesOnDemand(book: QuoteBook, reader: EntryReader): void {
  readers.set(book, reader);
}

/** How many listed quotations the book has (its scare quotes come after them in the places `entryAt` takes). */
function listedCount(book: QuoteBook): number {
  return readers.get(book)?.quotes ?? book.quotes.length;
}

/** An entry of `[...quotes, ...scare]` by its place, without copying the two lists (nor making them all). */
function entryAt(book: QuoteBook, i: number): QuoteEntry {
  const reader = readers.get(book);
  if (reader) return reader.at(i);
  const n = book.quotes.length;
  return i < n ? book.quotes[i] : book.scare[i - n];
}

export interface QuoteDoc {
  id: number;
  text: string;
  speaker: string;
  aliases: string;
  role: string;
}
export interface SpeakerDoc {
  id: number;
  name: string;
  aliases: string;
  role: string;
}

interface Instance {
  /** The original of its article's copy family, when known. */
  family: string | null;
  article: Article;
  order: number;
  q: AttributedQuote;
  /** Global speaker id when the speaker is a person or organisation. */
  gid: number | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Building the book.

/** The options of the two indexes, which a saved index must be loaded with (derived-state.ts). */
export const QUOTE_INDEX_OPTIONS = { fields: ['text', 'speaker', 'aliases', 'role'], storeFields: [] };
export const SPEAKER_INDEX_OPTIONS = { fields: ['name', 'aliases', 'role'], storeFields: [] };

const SPEAKER_RANK = { person: 4, org: 3, description: 2, pronoun: 1 } as const;

/**
 * `prepared`: each article's quotations, when extraction already ran (in worker threads, see prepare.ts).
 * `familyOf`: the original of an article's copy family, when known, so a bare surname resolves as its family's does.
 */
export function buildQuoteBook(
  corpus: Corpus,
  prepared?: ArticleQuotes[],
  familyOf?: (id: string) => string | null,
  /** The previous state's book, whose two indexes are updated for this one rather than built again. */
  previous?: QuoteBook,
): QuoteBook {
  const { book, now } = runSync(mergeBook(corpus, prepared, familyOf, previous && mergeOf.get(previous)));
  const made = previous ? updateIndexes(previous, book) : buildIndexes(book);
  mergeOf.set(made, now);
  return made;
}

/**
 * For a book read back from the saved state (which keeps the merge's answers, not how it reached them): makes in
 * the background, handing the event loop back as it goes, what the merge keeps for the next update (the people by
 * surname, the grouping of quotations), so that the first update after a restart merges only what it touches.
 * False when what it makes is not the book it was given (a saved state made by other code), which is then left as
 * it was: its first update merges everything.
 */
export async function primeMerge(
  book: QuoteBook,
  corpus: Corpus,
  prepared: ArticleQuotes[],
  familyOf: (id: string) => string | null,
): Promise<boolean> {
  if (mergeOf.has(book)) return true;
  const { book: made, now } = await runAsync(mergeBook(corpus, prepared, familyOf, undefined));
  // Entry by entry, field by field (in the background too): then the state keeps the book's own entries, which
  // an update compares by identity (its index documents are the book's).
  const same = async (a: QuoteEntry[], b: QuoteEntry[]) => {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
      if (i % PAUSE === PAUSE - 1) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    return true;
  };
  if (
    made.speakers.length !== book.speakers.length ||
    !(await same(made.quotes, book.quotes)) ||
    !(await same(made.scare, book.scare))
  )
    return false;
  now.listed.entries = book.quotes;
  now.scare.entries = book.scare;
  mergeOf.set(book, now);
  return true;
}

/** Runs a merge to its end at once. */
function runSync<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs a merge handing the event loop back at each of its pauses. */
async function runAsync<T>(steps: Generator<void, T>): Promise<T> {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** How many articles, surname groups, quotations or groups a merge walks between two pauses (runAsync). */
const PAUSE = 500;

/** The merge itself: the book without its indexes, and what it keeps for the next update. */
function* mergeBook(
  corpus: Corpus,
  prepared: ArticleQuotes[] | undefined,
  familyOf: ((id: string) => string | null) | undefined,
  was: MergeState | undefined,
): Generator<void, { book: Unindexed; now: MergeState }> {
  const perArticle = corpus.articles.map((article, i) => ({
    article,
    result: prepared?.[i] ?? attributeQuotes(article.paragraphs),
  }));
  // A speaker known by surname alone gets the full name the article's text gives (people.ts).
  let k = 0;
  for (const { article, result } of perArticle) {
    completeOnce(result, article.paragraphs);
    if (++k % PAUSE === 0) yield;
  }
  const records: RecordIn[] = [];
  for (const { article, result } of perArticle) {
    // An article's records are made once for its extraction and copy family, and kept across updates.
    const family = familyOf?.(article.id) ?? null;
    const kept = recordsOf.get(result);
    if (kept && kept.article === article && kept.family === family) {
      for (const r of kept.records) records.push(r);
      continue;
    }
    // What each record is quoted saying: two names of one surname saying the same words are one person's.
    const said = new Map<unknown, string[]>();
    for (const q of result.quotes) {
      const key = q.speaker && 'rec' in q.speaker && !q.scare ? quotationKey(q.span.text) : null;
      if (key && q.speaker && 'rec' in q.speaker) said.set(q.speaker.rec, [...(said.get(q.speaker.rec) ?? []), key]);
    }
    // Whom else the article names in full: namesakes of one name are told apart by the stories they are in.
    const full = result.people.filter((r) => r.kind === 'person' && r.first).map((r) => normName(r.name));
    const made = result.people.map((rec) => ({
      rec,
      article: { id: article.id, published: article.published, outlet: article.outlet },
      family,
      said: said.get(rec),
      others: full.filter((n) => n !== normName(rec.name)),
    }));
    recordsOf.set(result, { article, family, records: made });
    for (const r of made) records.push(r);
    if (++k % PAUSE === 0) yield;
  }
  const { persons, idOf, groups: people, origin } = yield* clusterBySurname(records, was?.people);
  const speakers: GlobalSpeaker[] = persons.map((p) => ({ ...p, role: p.roles[0]?.role ?? null, count: 0 }));

  const instances: Instance[] = [];
  perArticle.forEach(({ article, result }, order) => {
    for (const q of result.quotes) {
      let gid =
        q.speaker && (q.speaker.kind === 'person' || q.speaker.kind === 'org')
          ? (idOf.get(q.speaker.rec) ?? null)
          : null;
      // A "she says" never names a man the corpus calls "he" (nor "he said" a woman): the article's pronoun went
      // past the one who spoke, to a person of the other sex named earlier (a professor's words are not the
      // senator's quoted two paragraphs up). The words stay listed, their speaker unnamed.
      const pronoun = q.speaker && 'pronoun' in q.speaker ? q.speaker.pronoun : undefined;
      if (gid !== null && pronoun && persons[gid].gender && persons[gid].gender !== pronoun) gid = null;
      instances.push({ article, order, q, gid, family: familyOf?.(article.id) ?? null });
    }
  });
  // Earliest article first, so an entry's first article is where the words appeared first (each date compared
  // once, as the sort would compare them, then by rank).
  const published = [...new Set(perArticle.map(({ article }) => article.published ?? '9999'))].sort((a, b) =>
    a.localeCompare(b),
  );
  const dateRank = new Map<string, number>();
  published.forEach((d, i) =>
    dateRank.set(d, i > 0 && d.localeCompare(published[i - 1]) === 0 ? dateRank.get(published[i - 1])! : i),
  );
  const rankOf = perArticle.map(({ article }) => dateRank.get(article.published ?? '9999')!);
  instances.sort((a, b) => rankOf[a.order] - rankOf[b.order] || a.order - b.order);

  groupingStats.items = groupingStats.decided = 0;
  const now: MergeState = {
    people,
    origin,
    keys: persons.map((p) => p.key),
    idOf,
    listed: EMPTY_RUN,
    scare: EMPTY_RUN,
  };
  now.listed = yield* groupRun(
    instances.filter((i) => !i.q.scare),
    was && { run: was.listed, state: was, now },
    true,
  );
  now.scare = yield* groupRun(
    instances.filter((i) => i.q.scare),
    was && { run: was.scare, state: was, now },
    false,
  );
  const label = (s: Speaker | null, gid: number | null): string | null => {
    if (gid !== null) return speakers[gid].name;
    const pronoun = unnamedPronoun(s);
    if (pronoun) return pronoun;
    return s && 'text' in s ? s.text : null;
  };

  const toEntry = (group: Instance[]): QuoteEntry => {
    const gid = leadOf(group);
    const ranked = [...group].sort((a, b) => rank(b) - rank(a));
    const lead = gid !== null ? group.find((i) => i.gid === gid)! : ranked[0];
    const longest = group.reduce((a, b) => (b.q.span.text.length > a.q.span.text.length ? b : a));
    const seen = new Set<string>();
    const articles: QuoteArticle[] = [];
    for (const i of group) {
      if (seen.has(i.article.id)) continue;
      seen.add(i.article.id);
      articles.push({
        id: i.article.id,
        published: i.article.published,
        outlet: i.article.outlet,
        title: i.article.title,
        url: i.article.url,
        wording: i.q.span.text,
        sentence: i.q.sentence,
      });
    }
    const reporter = group.find((i) => i.q.reportedBy)?.q.reportedBy ?? null;
    let reporterLabel: string | null = null;
    if (reporter && 'rec' in reporter)
      reporterLabel = speakers[idOf.get(reporter.rec) ?? -1]?.name ?? reporter.rec.name;
    else if (reporter) reporterLabel = reporter.text;
    // A person the corpus unnamed (a pronoun of the other sex) is listed as the pronoun the article wrote.
    const kind = gid === null && unnamedPronoun(lead.q.speaker) ? 'pronoun' : (lead.q.speaker?.kind ?? null);
    const dates = articles
      .map((a) => a.published)
      .filter((d): d is string => !!d)
      .sort();
    // The role as of the words: the one the person held then ("President-elect" in December 2016), else the
    // one the article gave, else the one given most often. Only the speaker's own articles give it: a word both a
    // senator and a governor called "overjoyed" is one entry, and the governor's "the former state senator from
    // Texas" is no role of the senator's.
    const role =
      (gid !== null ? roleAt(speakers[gid], dates[0] ?? null) : null) ??
      group.find((i) => i.q.role && i.gid === gid)?.q.role ??
      (gid !== null ? speakers[gid].role : null);
    return {
      speaker: label(lead.q.speaker, gid),
      role,
      reportedBy: reporterLabel,
      text: longest.q.span.text,
      articles,
      speakerKind: kind,
      aliases: gid !== null ? speakers[gid].aliases : [],
      personId: gid !== null ? speakers[gid].key : null,
      scare: group[0].q.scare || undefined,
      first: dates[0] ?? null,
    };
  };

  // An entry is made again only when its group's quotations or the persons it names changed (entriesOf).
  now.listed.entries = yield* entriesOf(now.listed, was && { run: was.listed, state: was }, now, toEntry);
  now.scare.entries = yield* entriesOf(now.scare, was && { run: was.scare, state: was }, now, toEntry);
  const quotes = now.listed.entries;
  const speakerOf = now.listed.groups.map((g) => leadOf(g.map((p) => p.inst)));
  const byPerson = new Map<number, number[]>();
  speakerOf.forEach((g, i) => {
    if (g === null) return;
    speakers[g].count++;
    const list = byPerson.get(g);
    if (list) list.push(i);
    else byPerson.set(g, [i]);
  });
  const scare = now.scare.entries;

  const surnameCount = new Map<string, number>();
  for (const sp of speakers) {
    const surname = sp.kind === 'person' && sp.count > 0 ? wordTokens(sp.name).pop() : undefined;
    if (surname) surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
  }
  const book = { quotes, scare, speakers, speakerOf, byPerson, surnameCount, ordered: new Map() };
  return { book, now };
}

// ---------------------------------------------------------------------------------------------------------------
// People, surname by surname.

/** One surname's records (of one kind) and the persons clusterPeople made of them alone. */
interface SurnameGroup {
  records: RecordIn[];
  persons: Person[];
  made: Made[];
  /** Each record's person, by its index in `persons`. */
  idOf: Map<RecordIn['rec'], number>;
}

/** Each article's records, by its extraction, with the article and copy family they were made for. */
const recordsOf = new WeakMap<ArticleQuotes, { article: Article; family: string | null; records: RecordIn[] }>();

/**
 * What a book's merge decided, for the next state's update (kept in memory only): its people by surname, the
 * person object behind each speaker, and the grouping of its quotations.
 */
interface MergeState {
  people: Map<string, SurnameGroup>;
  /** Each speaker's person object in its surname group (the same object while that group's records are the same). */
  origin: Person[];
  /** Each speaker's key ("donald-trump-2"), which a namesake listed before them can change. */
  keys: string[];
  idOf: Map<RecordIn['rec'], number>;
  listed: Run;
  scare: Run;
}
const mergeOf = new WeakMap<QuoteBook, MergeState>();

/** A record's surname group: clusterPeople only ever compares records of one kind and surname. */
const groupKey = (r: RecordIn) => `${r.rec.kind}:${r.rec.surname}`;

/** Whether a group's records are what they were: the same records of the same copy family, quoted the same. */
function sameRecords(a: RecordIn[], b: RecordIn[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.rec !== y.rec || (x.family ?? null) !== (y.family ?? null) || x.article.id !== y.article.id) return false;
    if ((x.said ?? []).join('\n') !== (y.said ?? []).join('\n')) return false;
    if ((x.others ?? []).join('\n') !== (y.others ?? []).join('\n')) return false;
  }
  return true;
}

/**
 * clusterPeople over every record, made surname by surname: the groups whose records are what they were in the
 * previous state keep their persons, the others are clustered again, and the persons are listed, numbered and
 * keyed as one run over every record lists them (people.ts, Made).
 */
function* clusterBySurname(
  records: RecordIn[],
  previous: Map<string, SurnameGroup> | undefined,
): Generator<
  void,
  {
    persons: Person[];
    idOf: Map<RecordIn['rec'], number>;
    groups: Map<string, SurnameGroup>;
    /** Each person's object in its surname group: the same object while the group's records are unchanged. */
    origin: Person[];
  }
> {
  const seq = new Map<RecordIn['rec'], number>();
  const byGroup = new Map<string, RecordIn[]>();
  records.forEach((r, i) => {
    seq.set(r.rec, i);
    const k = groupKey(r);
    const list = byGroup.get(k);
    if (list) list.push(r);
    else byGroup.set(k, [r]);
  });
  const groups = new Map<string, SurnameGroup>();
  const all: { p: Person; made: Made; group: SurnameGroup }[] = [];
  for (const [k, list] of byGroup) {
    const was = previous?.get(k);
    let group: SurnameGroup;
    if (was && sameRecords(was.records, list)) group = was;
    else {
      const run = clusterPeople(list);
      group = { records: list, persons: run.persons, made: run.made, idOf: run.idOf };
      if (groups.size % PAUSE === 0) yield;
    }
    groups.set(k, group);
    group.persons.forEach((p, i) => all.push({ p, made: group.made[i], group }));
  }
  const order = (m: Made) => [...m.key, seq.get(m.by) ?? -1];
  const keys = new Map(all.map((x) => [x, order(x.made)]));
  all.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
    return 0;
  });
  // Numbered and keyed in that order, as clusterPeople numbers them ("donald-trump", then "donald-trump-2").
  const idOf = new Map<RecordIn['rec'], number>();
  const local = new Map<SurnameGroup, Map<number, number>>();
  const keyOf = personKeys();
  const persons = all.map(({ p, group }, id) => {
    let ids = local.get(group);
    if (!ids) local.set(group, (ids = new Map()));
    ids.set(p.id, id);
    return { ...p, id, key: keyOf(p.name) };
  });
  for (const [group, ids] of local) for (const [rec, at] of group.idOf) idOf.set(rec, ids.get(at)!);
  return { persons, idOf, groups, origin: all.map((x) => x.p) };
}

// ---------------------------------------------------------------------------------------------------------------
// The two indexes, shared by the states of a running bot.

type Unindexed = Omit<QuoteBook, 'quoteIndex' | 'speakerIndex' | 'quoteDocs' | 'speakerDocs'>;

const quoteDoc = (e: QuoteEntry, id: number): QuoteDoc => ({
  id,
  text: e.text,
  speaker: e.speaker ?? '',
  aliases: (e.aliases ?? []).join(' '),
  role: e.role ?? '',
});
const speakerDoc = (s: GlobalSpeaker, id: number): SpeakerDoc => ({
  id,
  name: s.name,
  aliases: s.aliases.join(' '),
  role: s.role ?? '',
});
/** What a document puts in its index: two documents with the same fields weigh the same there, whatever their id. */
const quoteDocKey = (d: QuoteDoc) => `${d.text}\u0000${d.speaker}\u0000${d.aliases}\u0000${d.role}`;
const speakerDocKey = (d: SpeakerDoc) => `${d.name}\u0000${d.aliases}\u0000${d.role}`;

/** Every document of a book's two indexes, with the ids it gives them. */
function docsOf(book: Unindexed, quoteDocs: number[], speakerDocs: number[], withQuotes = true) {
  return {
    quotes: withQuotes ? [...book.quotes, ...book.scare].map((e, i) => quoteDoc(e, quoteDocs[i])) : [],
    speakers: book.speakers.flatMap((s) => (speakerDocs[s.id] >= 0 ? [speakerDoc(s, speakerDocs[s.id])] : [])),
  };
}

function buildIndexes(book: Unindexed): QuoteBook {
  const quoteDocs = [...book.quotes, ...book.scare].map((_, i) => i);
  const speakerDocs = book.speakers.map((s) => (s.count > 0 ? s.id : -1));
  return indexAfresh({ ...book, quoteDocs, speakerDocs });
}

/** The book with indexes of its own, built from its documents. */
export function indexAfresh(book: Omit<QuoteBook, 'quoteIndex' | 'speakerIndex'>): QuoteBook {
  const docs = docsOf(book, book.quoteDocs, book.speakerDocs);
  const quoteIndex = new MiniSearch<QuoteDoc>(QUOTE_INDEX_OPTIONS);
  quoteIndex.addAll(docs.quotes);
  const speakerIndex = new MiniSearch<SpeakerDoc>(SPEAKER_INDEX_OPTIONS);
  speakerIndex.addAll(docs.speakers);
  return holding({ ...book, quoteIndex, speakerIndex });
}

/**
 * Which book's documents the shared indexes hold now, by the speaker index (the two are always shared together; the
 * speakers' is the one every /quote reads, the quotations' only a /quote with words, and a book read back makes each
 * when first asked for).
 */
const holder = new WeakMap<MiniSearch<SpeakerDoc>, QuoteBook>();
/** A book whose documents are not in its shared indexes yet: what to do to them, from the book before it. */
const pending = new WeakMap<QuoteBook, { from: QuoteBook; apply: () => void }>();
/** Indexes of its own, for a book asked after its shared indexes moved on to another state. */
const own = new WeakMap<QuoteBook, { quote: MiniSearch<QuoteDoc>; speaker: MiniSearch<SpeakerDoc> }>();

/** Marks the book's indexes as holding its documents (a book built, or read back from the saved state). */
export function holding(book: QuoteBook): QuoteBook {
  holder.set(book.speakerIndex, book);
  return book;
}

/** Brings the shared indexes to the book's documents when they hold its predecessor's; false when they cannot. */
function catchUp(book: QuoteBook): boolean {
  if (holder.get(book.speakerIndex) === book) return true;
  const p = pending.get(book);
  if (!p || !catchUp(p.from)) return false;
  p.apply();
  pending.delete(book);
  holder.set(book.speakerIndex, book);
  return true;
}

/**
 * The next state's book on the previous state's indexes: a document whose fields are the same as one the previous
 * state had keeps its id, the others are added and the previous state's left over removed. The indexes are changed
 * only when the new book is first asked (the previous state answers on them until then); a state asked after that
 * gets indexes of its own, made again from its documents, so no answer ever reads another state's documents.
 */
function updateIndexes(previous: QuoteBook, book: Unindexed): QuoteBook {
  // The previous state is the one answering: its own changes are made first.
  if (!catchUp(previous)) return buildIndexes(book);
  const before = docsOf(previous, previous.quoteDocs, previous.speakerDocs, false);
  // An entry the merge kept (the same object: its fields are the same) keeps its document; the others are matched by
  // their fields, so only what changed is compared.
  const was = [...previous.quotes, ...previous.scare];
  const docOf = new Map<QuoteEntry, number>();
  was.forEach((e, i) => docOf.set(e, previous.quoteDocs[i]));
  const entries = [...book.quotes, ...book.scare];
  const quoteDocs = entries.map((e) => {
    const id = docOf.get(e);
    if (id === undefined) return -1;
    docOf.delete(e);
    return id;
  });
  const left = new Set(docOf.values());
  const quotes = patchDocs(
    was.flatMap((e, i) => (left.has(previous.quoteDocs[i]) ? [quoteDoc(e, previous.quoteDocs[i])] : [])),
    entries.flatMap((e, i) => (quoteDocs[i] < 0 ? [quoteDoc(e, -1)] : [])),
    quoteDocKey,
    previous.quoteDocs.reduce((m, id) => Math.max(m, id + 1), 0),
  );
  let fresh = 0;
  for (let i = 0; i < quoteDocs.length; i++) if (quoteDocs[i] < 0) quoteDocs[i] = quotes.docs[fresh++].id;
  const speakers = patchDocs(
    before.speakers,
    book.speakers.filter((s) => s.count > 0).map((s) => speakerDoc(s, -1)),
    speakerDocKey,
  );
  const speakerDocs = book.speakers.map(() => -1);
  let k = 0;
  for (const s of book.speakers) if (s.count > 0) speakerDocs[s.id] = speakers.docs[k++].id;
  const next: QuoteBook = {
    ...book,
    quoteIndex: previous.quoteIndex,
    speakerIndex: previous.speakerIndex,
    quoteDocs,
    speakerDocs,
  };
  pending.set(next, {
    from: previous,
    apply: () => {
      for (const d of quotes.remove) next.quoteIndex.remove(d);
      next.quoteIndex.addAll(quotes.add);
      for (const d of speakers.remove) next.speakerIndex.remove(d);
      next.speakerIndex.addAll(speakers.add);
    },
  });
  return next;
}

/** The documents `after` (ids to give) given ids: a kept document's where the fields match, else a new one. */
function patchDocs<D extends { id: number }>(before: D[], after: D[], key: (d: D) => string, start = 0) {
  let next = start;
  const free = new Map<string, number[]>();
  for (const d of before) {
    next = Math.max(next, d.id + 1);
    const k = key(d);
    const list = free.get(k);
    if (list) list.push(d.id);
    else free.set(k, [d.id]);
  }
  const add: D[] = [];
  for (const d of after) {
    const id = free.get(key(d))?.pop();
    if (id !== undefined) d.id = id;
    else {
      d.id = next++;
      add.push(d);
    }
  }
  const kept = new Set(after.map((d) => d.id));
  return { docs: after, add, remove: before.filter((d) => !kept.has(d.id)) };
}

/**
 * The indexes a book answers on, with the entry position or speaker of each document id; each read when asked for
 * (a /quote of a speaker reads only the speakers': a book read back makes its quotation index on first use).
 */
function indexesOf(book: QuoteBook) {
  let mine: { quote: MiniSearch<QuoteDoc>; speaker: MiniSearch<SpeakerDoc> } | undefined;
  if (!catchUp(book)) {
    mine = own.get(book);
    if (!mine) {
      const made = indexAfresh(book);
      holder.delete(made.speakerIndex);
      own.set(book, (mine = { quote: made.quoteIndex, speaker: made.speakerIndex }));
    }
  }
  return {
    get quote() {
      return mine?.quote ?? book.quoteIndex;
    },
    get speaker() {
      return mine?.speaker ?? book.speakerIndex;
    },
    get entryOf() {
      return entryPositions(book);
    },
    get speakerOfDoc() {
      return speakerPositions(book);
    },
  };
}

/** The two indexes holding exactly the book's documents, for saving them. */
export function bookIndexes(book: QuoteBook): {
  quoteIndex: MiniSearch<QuoteDoc>;
  speakerIndex: MiniSearch<SpeakerDoc>;
} {
  const { quote, speaker } = indexesOf(book);
  return { quoteIndex: quote, speakerIndex: speaker };
}

/** The entry position of each quotation document id, and the speaker of each speaker document id, made once each. */
const entryPositionsOf = new WeakMap<QuoteBook, Map<number, number>>();
const speakersOf = new WeakMap<QuoteBook, Map<number, number>>();
function entryPositions(book: QuoteBook): Map<number, number> {
  let entryOf = entryPositionsOf.get(book);
  if (!entryOf) entryPositionsOf.set(book, (entryOf = new Map(book.quoteDocs.map((d, i) => [d, i]))));
  return entryOf;
}
function speakerPositions(book: QuoteBook): Map<number, number> {
  let speakerOfDoc = speakersOf.get(book);
  if (!speakerOfDoc) {
    speakerOfDoc = new Map<number, number>();
    for (const [i, d] of book.speakerDocs.entries()) if (d >= 0) speakerOfDoc.set(d, i);
    speakersOf.set(book, speakerOfDoc);
  }
  return speakerOfDoc;
}

/**
 * The role a person was given around a date: of the roles whose dates span it, the one held for the shortest
 * time ("President-elect" between November and January, inside years of "President" and "businessman").
 */
function roleAt(p: Person, date: string | null): string | null {
  if (!date) return null;
  const d = date.slice(0, 10);
  const span = (r: { first: string | null; last: string | null }) => Date.parse(r.last!) - Date.parse(r.first!);
  const fits = p.roles.filter((r) => r.count >= 2 && r.first && r.last && r.first <= d && d <= r.last);
  return fits.sort((a, b) => span(a) - span(b))[0]?.role ?? null;
}

/**
 * What completeSurnames gave each record of an article, by the article's extraction: the merge runs again on the
 * same extraction at each update, and reading the text for full names again would give the same names.
 */
const completed = new WeakMap<ArticleQuotes, Map<RecordIn['rec'], Completion>>();
interface Completion {
  name: string;
  first: string | null;
  /** A lone first name completed from the article ("Paul" → "Paul Ryan") changes the surname too. */
  surname: string;
  borrowed: string | undefined;
  was: string;
}

/**
 * completeSurnames, run once per article's extraction; after that its completions are put back on the records
 * that are bare again (clusterPeople gives a borrowed full name back when the corpus says it was his, not hers),
 * which is what running it again would do.
 */
function completeOnce(result: ArticleQuotes, paragraphs: string[]): void {
  const done = completed.get(result);
  if (done) {
    for (const [rec, c] of done) {
      if (rec.first) continue;
      if (rec.titledGender) rec.borrowed = c.borrowed;
      rec.first = c.first;
      rec.surname = c.surname;
      rec.forms.add(c.was);
      rec.name = c.name;
    }
    return;
  }
  const speaking = new Set(result.quotes.flatMap((q) => (q.speaker && 'rec' in q.speaker ? [q.speaker.rec] : [])));
  const before = result.people.map((r) => ({ r, name: r.name, first: r.first }));
  completeSurnames(result.people, speaking, paragraphs);
  const changes = new Map<RecordIn['rec'], Completion>();
  for (const b of before)
    if (!b.first && b.r.first)
      changes.set(b.r, { name: b.r.name, first: b.r.first, surname: b.r.surname, borrowed: b.r.borrowed, was: b.name });
  completed.set(result, changes);
}

function rank(i: Instance): number {
  return i.q.speaker ? SPEAKER_RANK[i.q.speaker.kind] : 0;
}

/**
 * Groups instances carrying the same words. Identical wordings meet through a map; near ones through their rarest
 * content words (an inverted index), so the cost stays near linear on tens of thousands of articles. Two named,
 * different speakers only merge on identical words.
 */
/** Each quotation's wording prepared once, by the extraction's own quotation object (kept across updates). */
const wordings = new WeakMap<AttributedQuote, Wording>();

/** One quotation as the grouping reads it, in the order the grouping walks them. */
interface Item {
  inst: Instance;
  w: Wording;
  /** Its content words, each once. */
  content: string[];
  /** Its four rarest content words (by how many quotations of the run hold each), rarest first. */
  rare: string[];
}

/** The grouping of one run of quotations (listed, or scare quotes), kept for the next state's update. */
interface Run {
  items: Item[];
  /** Each item's group. */
  groupOf: number[];
  groups: Item[][];
  /** How many quotations of the run hold each content word. */
  df: Map<string, number>;
  entries: QuoteEntry[];
}
/**
 * `incremental: false` makes an update walk every quotation again, to compare with the update deciding only what a
 * change reaches (the benches set it from COVERAGE_INCREMENTAL_GROUPING=0: `bench/live-merge.ts N --update K`).
 */
export const groupingOptions = { incremental: true };

/** What the last grouping did: quotations placed, and of them decided again (the rest placed as before). For the bench. */
export const groupingStats = { items: 0, decided: 0 };

const EMPTY_RUN: Run = { items: [], groupOf: [], groups: [], df: new Map(), entries: [] };

/** Above how many times a group is listed under one word (see Grouping's byToken). */
const LISTED = 2 ** 22;

/** Two named, different speakers only merge on identical words; a group is compared by its first six quotations. */
const COMPARED = 6;

const rarest = (content: string[], df: Map<string, number>) =>
  [...content].sort((a, b) => df.get(a)! - df.get(b)!).slice(0, 4);

/**
 * Whether two quotations may be one entry, as news copies quotations: the same person's words (the same person, or
 * the same description where none is named), or one story's copies (its copy family), which may name the speaker
 * in one copy and not in another. "A lot of people are hurting," a senator said in one story, and "a lot of people
 * will lose their coverage," a governor in another: two people's words, two entries, however many words they share.
 * Two named persons are one entry only within a copy family and on the very same words. Scare quotes are the
 * outlet's words, not a speaker's: any two may be one entry (`bySpeaker` false).
 */
function sameSource(a: Instance, b: Instance, sameKey: boolean, bySpeaker: boolean): boolean {
  if (!bySpeaker) return a.gid === null || b.gid === null || a.gid === b.gid || sameKey;
  if (a.family !== null && a.family === b.family) return a.gid === null || b.gid === null || a.gid === b.gid || sameKey;
  if (a.gid !== null || b.gid !== null) return a.gid === b.gid;
  const who = describedAs(a);
  return who !== null && who === describedAs(b);
}

/**
 * Who an unnamed speaker is, as compared across stories: the description as given ("a resident of the town"), or
 * none at all for words no one is said to have spoken (a sign's, a placard's: the same words in two stories are the
 * same sign's); null for a speaker named otherwise (an unresolved "he", who may be anyone).
 */
function describedAs(i: Instance): string | null {
  const s = i.q.speaker;
  if (!s) return '';
  return s.kind === 'description' ? s.text.toLowerCase() : null;
}

/**
 * The walk that groups quotations, one at a time in date order: a quotation joins the first group holding its
 * exact words from the same source (sameSource), else the first of the groups sharing the most of its rarest words
 * whose first quotations of the same source it repeats (sameWording), else starts a group.
 */
class Grouping {
  groups: Item[][] = [];
  groupOf: number[] = [];
  constructor(private bySpeaker: boolean) {}
  /** Per exact wording, the groups holding it, first made first. */
  private byKey = new Map<string, number[]>();
  // Per content word, the groups holding it, each with how many times it was listed (a word's list took a group
  // again whenever another group had come between) and in the order first listed: a Map, so that a word shared by
  // thousands of quotations of a few groups costs its groups, not its quotations.
  // Each group's entry holds both numbers as `place * LISTED + times`, its place being the word's list's length when
  // it was first listed.
  private byToken = new Map<string, Map<number, number>>();
  /** Per content word, the groups it listed twice or more. */
  private twice = new Map<string, number[]>();
  private lastOf = new Map<string, number>();

  /** The group the item joins, or -1 for a group of its own. */
  decide(p: Item): number {
    let found = -1;
    const holding = this.byKey.get(p.w.key);
    if (holding && !this.bySpeaker) return holding[0];
    for (const g of holding ?? []) {
      const ok = this.groups[g]
        .slice(0, COMPARED)
        .some((other) => sameSource(p.inst, other.inst, other.w.key === p.w.key, this.bySpeaker));
      if (ok) return g;
    }
    if (!p.content.length) return found;
    // Same words share their rarest words: a partial quotation's rare words are all in the full one.
    const rare = p.rare;
    const need = Math.min(2, rare.length);
    const lists = rare.map((t) => this.byToken.get(t));
    // The twelve groups sharing the most rare words, the first listed first among equals: the order of the groups
    // as the rare words' lists give them in turn (a stable sort's order). With two shared needed, a group listed
    // once under one word alone cannot be among them, so the longest list (a common word's: on 10,000 scale
    // articles, walking it for every quotation was a quarter of the whole merge) is read only for the groups it
    // listed twice or more, and for those the other lists hold.
    let longest = -1;
    if (need === 2)
      lists.forEach((l, i) => {
        if (l && (longest < 0 || l.size > lists[longest]!.size)) longest = i;
      });
    const reached: { g: number; n: number; word: number; place: number }[] = [];
    const seen = new Set<number>();
    const reach = (g: number) => {
      if (seen.has(g)) return;
      seen.add(g);
      let n = 0;
      let word = -1;
      let place = 0;
      lists.forEach((l, i) => {
        const v = l?.get(g);
        if (v === undefined) return;
        n += v % LISTED;
        if (word < 0) {
          word = i;
          place = Math.floor(v / LISTED);
        }
      });
      if (n >= need) reached.push({ g, n, word, place });
    };
    lists.forEach((l, i) => {
      if (l && i !== longest) for (const g of l.keys()) reach(g);
    });
    if (longest >= 0) for (const g of this.twice.get(rare[longest]) ?? []) reach(g);
    const cands = reached
      .sort((a, b) => b.n - a.n || a.word - b.word || a.place - b.place)
      .slice(0, 12)
      .map((x) => [x.g]);
    for (const [g] of cands) {
      const ok = this.groups[g].slice(0, COMPARED).some((other) => {
        const a = p.inst.gid;
        const b = other.inst.gid;
        if (!sameSource(p.inst, other.inst, other.w.key === p.w.key, this.bySpeaker)) return false;
        return sameWording(p.w, other.w, a !== null && a === b);
      });
      if (ok) {
        found = g;
        break;
      }
    }
    return found;
  }

  /** Puts the item in the group decided (-1: a new one); its group. */
  place(p: Item, decided: number): number {
    let found = decided;
    if (found < 0) {
      found = this.groups.length;
      this.groups.push([]);
    }
    this.groups[found].push(p);
    this.groupOf.push(found);
    const holding = this.byKey.get(p.w.key);
    if (!holding) this.byKey.set(p.w.key, [found]);
    else if (!holding.includes(found)) holding.push(found);
    for (const t of p.content) {
      if (this.lastOf.get(t) === found) continue;
      this.lastOf.set(t, found);
      const listed = this.byToken.get(t);
      if (!listed) this.byToken.set(t, new Map([[found, 1]]));
      else {
        const v = listed.get(found);
        if (v === undefined) listed.set(found, listed.size * LISTED + 1);
        else {
          listed.set(found, v + 1);
          if (v % LISTED === 1) {
            const list = this.twice.get(t);
            if (list) list.push(found);
            else this.twice.set(t, [found]);
          }
        }
      }
    }
    return found;
  }
}

/** The item of an instance: its wording prepared once per quotation (kept across updates). */
function itemOf(inst: Instance, kept: Item | undefined): Item {
  if (kept) return { inst, w: kept.w, content: kept.content, rare: kept.rare };
  let w = wordings.get(inst.q);
  if (!w) wordings.set(inst.q, (w = prepareWording(inst.q.span.text)));
  return { inst, w, content: [...new Set(w.content)], rare: [] };
}

/**
 * Groups the instances carrying the same words (Grouping). With the previous state's run, only what the change can
 * reach is decided again, and the result is the one a whole walk gives: a quotation keeps its previous group unless
 * it is new, its speaker's person changed, its rarest words changed (a word's count moved), or it reads what an
 * earlier quotation's new decision changed (the group its exact words reach, the groups listed under its rarest
 * words, or the first six quotations of those groups). Whatever may have changed is marked as the walk goes, so a
 * quotation that reads none of it is placed as before without comparing any wording.
 */
function* groupRun(
  instances: Instance[],
  previous: { run: Run; state: MergeState; now: Omit<MergeState, 'listed' | 'scare'> } | undefined,
  bySpeaker: boolean,
): Generator<void, Run> {
  const run = previous?.run;
  const oldAt = new Map<AttributedQuote, number>();
  run?.items.forEach((p, i) => oldAt.set(p.inst.q, i));
  const items = instances.map((inst) => {
    const at = oldAt.get(inst.q);
    return itemOf(inst, at === undefined ? undefined : run!.items[at]);
  });
  // How many quotations hold each word, counted afresh (the previous run's counts moved by what left and what came
  // gave other counts on 2,000 scale articles, not found why), and the words whose count moved.
  const df = new Map<string, number>();
  for (const p of items) for (const t of p.content) df.set(t, (df.get(t) ?? 0) + 1);
  const moved = new Set<string>();
  for (const [t, n] of df) if (run?.df.get(t) !== n) moved.add(t);
  if (run) for (const t of run.df.keys()) if (!df.has(t)) moved.add(t);
  const kept = new Set<AttributedQuote>();
  for (const p of items) if (oldAt.has(p.inst.q)) kept.add(p.inst.q);

  // A whole walk when there is nothing to start from, or the kept quotations are not in their previous order.
  let inOrder = !!run;
  let last = -1;
  for (const p of items) {
    const at = oldAt.get(p.inst.q);
    if (at === undefined) continue;
    if (at < last) inOrder = false;
    last = at;
  }
  const walk = new Grouping(bySpeaker);
  if (!run || !previous || !inOrder || !groupingOptions.incremental) {
    for (const p of items) p.rare = rarest(p.content, df);
    for (const p of items) {
      walk.place(p, walk.decide(p));
      if (walk.groupOf.length % PAUSE === 0) yield;
    }
    groupingStats.items += items.length;
    groupingStats.decided += items.length;
    return { items, groupOf: walk.groupOf, groups: walk.groups, df, entries: [] };
  }

  // What a quotation may read changed: exact words, words, and the previous groups whose first six changed.
  const dirtyKeys = new Set<string>();
  const dirtyTokens = new Set<string>();
  const markedOld = new Set<number>();
  const posOld = new Int32Array(run.items.length);
  run.groups.forEach((g) => g.forEach((p, k) => (posOld[oldAt.get(p.inst.q)!] = k)));
  const mark = (p: Item) => {
    dirtyKeys.add(p.w.key);
    for (const t of p.content) dirtyTokens.add(t);
  };
  const markOld = (g: number) => {
    if (markedOld.has(g)) return;
    markedOld.add(g);
    for (const m of run.groups[g]) mark(m);
  };
  for (let i = 0; i < run.items.length; i++) {
    const p = run.items[i];
    if (kept.has(p.inst.q)) continue;
    mark(p);
    if (posOld[i] < COMPARED) markOld(run.groupOf[i]);
  }
  // A quotation whose speaker's person now holds quotations of other persons than before, or lost some to another
  // (two persons merged, one split: the grouping asks only whether two quotations have the same person), or that
  // gained or lost a person: every group it is among the first six of compares with it differently. A person who
  // only gained records (one more article naming "Mary Smith") changes nothing here.
  const personOf = (gid: number | null, s: { origin: Person[] }) => (gid === null ? null : s.origin[gid]);
  const toNew = new Map<Person, Person>();
  const toOld = new Map<Person, Person>();
  const broken = new Set<Person>();
  const changed = new Set<Item>();
  for (const p of items) {
    const at = oldAt.get(p.inst.q);
    if (at === undefined) continue;
    const o = personOf(run.items[at].inst.gid, previous.state);
    const n = personOf(p.inst.gid, previous.now);
    if (!o || !n) continue;
    const wasN = toNew.get(o);
    const wasO = toOld.get(n);
    if (wasN && wasN !== n) broken.add(o).add(n).add(wasN);
    if (wasO && wasO !== o) broken.add(o).add(n).add(wasO);
    toNew.set(o, n);
    toOld.set(n, o);
  }
  for (const p of items) {
    const at = oldAt.get(p.inst.q);
    if (at === undefined) continue;
    const o = personOf(run.items[at].inst.gid, previous.state);
    const n = personOf(p.inst.gid, previous.now);
    // A quotation whose article went to another copy family (an earlier copy came) compares differently too.
    const refiled = run.items[at].inst.family !== p.inst.family;
    if (!o !== !n || (o && broken.has(o)) || (n && broken.has(n)) || refiled) {
      changed.add(p);
      if (posOld[at] < COMPARED) markOld(run.groupOf[at]);
    }
    // A word whose count moved may change which four are rarest.
    if (p.content.some((t) => moved.has(t))) {
      const rare = rarest(p.content, df);
      if (rare.length !== p.rare.length || rare.some((t, k) => t !== p.rare[k])) changed.add(p);
      p.rare = rare;
    }
  }
  for (const p of items) if (!oldAt.has(p.inst.q)) p.rare = rarest(p.content, df);

  groupingStats.items += items.length;
  const oldToNew = new Int32Array(run.groups.length).fill(-1);
  const newToOld: number[] = [];
  for (const p of items) {
    const at = oldAt.get(p.inst.q);
    const go = at === undefined ? -1 : run.groupOf[at];
    const started = at !== undefined && run.groups[go][0] === run.items[at];
    if (
      at !== undefined &&
      !changed.has(p) &&
      !dirtyKeys.has(p.w.key) &&
      !p.rare.some((t) => dirtyTokens.has(t)) &&
      (started || oldToNew[go] >= 0)
    ) {
      // Reads nothing that changed: placed as before.
      const g = walk.place(p, started ? -1 : oldToNew[go]);
      if (started) {
        oldToNew[go] = g;
        newToOld[g] = go;
      }
      continue;
    }
    const decided = walk.decide(p);
    if (++groupingStats.decided % PAUSE === 0) yield;
    const g = walk.place(p, decided);
    const same = at !== undefined && (decided < 0 ? started : !started && oldToNew[go] === decided);
    if (same && started) {
      oldToNew[go] = g;
      newToOld[g] = go;
    }
    if (!same) {
      mark(p);
      if (go >= 0 && posOld[at!] < COMPARED) markOld(go);
      if (walk.groups[g].length <= COMPARED && newToOld[g] !== undefined) markOld(newToOld[g]);
    }
  }
  return { items, groupOf: walk.groupOf, groups: walk.groups, df, entries: [] };
}

const shownOf = new WeakMap<Person, string>();
/** A person as entries show them (name, aliases, roles with their dates and counts). */
function shown(p: Person): string {
  let s = shownOf.get(p);
  if (s === undefined) shownOf.set(p, (s = JSON.stringify([p.name, p.aliases, p.roles])));
  return s;
}

/** The speaker an entry is listed under: among names, the one most articles give (null: none named). */
/** "she" or "he" for a person named only through that pronoun (whom the corpus may have unnamed). */
function unnamedPronoun(s: Speaker | null): string | null {
  return s && 'pronoun' in s && s.pronoun ? (s.pronoun === 'f' ? 'she' : 'he') : null;
}

function leadOf(group: Instance[]): number | null {
  const named = new Map<number, number>();
  for (const i of group) if (i.gid !== null) named.set(i.gid, (named.get(i.gid) ?? 0) + 1);
  let gid: number | null = null;
  for (const [g, n] of named) if (gid === null || n > named.get(gid)!) gid = g;
  return gid;
}

/**
 * Each group's entry: the previous state's where the group holds the same quotations, in the same order, and the
 * persons it names (its speakers and the one it is reported by) are the same objects under the same keys.
 */
function* entriesOf(
  run: Run,
  previous: { run: Run; state: MergeState } | undefined,
  now: Omit<MergeState, 'listed' | 'scare'>,
  toEntry: (group: Instance[]) => QuoteEntry,
): Generator<void, QuoteEntry[]> {
  const old = previous?.run;
  const oldAt = new Map<AttributedQuote, number>();
  old?.items.forEach((p, i) => oldAt.set(p.inst.q, i));
  // What an entry shows of a person: the same object, or one made again with the same name, aliases and roles.
  const samePerson = (a: number | null | undefined, b: number | null | undefined) =>
    (a ?? null) === null
      ? (b ?? null) === null
      : (b ?? null) !== null &&
        previous!.state.keys[a!] === now.keys[b!] &&
        (previous!.state.origin[a!] === now.origin[b!] || shown(previous!.state.origin[a!]) === shown(now.origin[b!]));
  const entries: QuoteEntry[] = [];
  for (const group of run.groups) {
    if (entries.length % PAUSE === PAUSE - 1) yield;
    entries.push(entryOf(group));
  }
  return entries;
  function entryOf(group: Item[]): QuoteEntry {
    const first = oldAt.get(group[0].inst.q);
    const before = first === undefined ? undefined : old!.groups[old!.groupOf[first]];
    const same =
      before &&
      before.length === group.length &&
      group.every((p, k) => {
        const o = before[k];
        return o.inst.q === p.inst.q && o.inst.article === p.inst.article && samePerson(o.inst.gid, p.inst.gid);
      });
    if (same) {
      const reporter = group.find((p) => p.inst.q.reportedBy)?.inst.q.reportedBy;
      const rec = reporter && 'rec' in reporter ? reporter.rec : null;
      if (!rec || samePerson(previous!.state.idOf.get(rec), now.idOf.get(rec)))
        return old!.entries[old!.groupOf[first!]];
    }
    return toEntry(group.map((p) => p.inst));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Answering.

/** Newest first: the latest first-appearance date wins; undated quotations go last. */
const byDateDesc = (a: QuoteEntry, b: QuoteEntry) => (b.first ?? '').localeCompare(a.first ?? '');

/** Lowercased letters and digits, for loose matching of words and outlets ("The Moscow Times" ~ "moscow times"). */
export function looseWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface QuoteQuery {
  /** Only quotations carried by an outlet whose name (or an article id) holds these words. */
  outlet?: string;
  /** Only quotations holding every one of these words (in any article's wording). */
  words?: string;
  limit?: number;
}

/** The filters every transport applies the same way: `words` and `outlet`. */
export function quoteFilter(options: QuoteQuery): (e: QuoteEntry) => boolean {
  const wanted = options.words ? looseWords(options.words) : [];
  const outlet = options.outlet ? looseWords(options.outlet).join(' ') : '';
  return (e) => {
    if (wanted.length) {
      const text = keptLast(foldedEntries, e, FOLDED_KEPT, () =>
        fold([e.text, ...e.articles.map((a) => a.wording)].join(' ')),
      );
      if (!wanted.every((w) => holdsWord(text, w))) return false;
    }
    if (
      outlet &&
      !e.articles.some((a) => looseText(a.outlet ?? '').includes(outlet) || looseText(a.id).includes(outlet))
    )
      return false;
    return true;
  };
}

/**
 * Each entry's words as the `words` filter reads them (its text and every article's wording, folded), kept for the
 * entries filtered last: the filter runs over every quotation a query found (the most quoted person's thousands),
 * which were folded and split into words at every query.
 */
const foldedEntries = new Map<QuoteEntry, string>();
const FOLDED_KEPT = 1 << 16;
/** An outlet's name or an article id as the `outlet` filter reads it (looseWords, joined), kept. */
const looseTexts = new Map<string, string>();
const looseText = (text: string) => keptLast(looseTexts, text, FOLDED_KEPT, () => looseWords(text).join(' '));

const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;
/**
 * Whether `word` (a run of letters and digits, as looseWords gives) is one of looseWords' words of the folded text:
 * written there with no letter or digit either side.
 */
function holdsWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (
      !LETTER_OR_DIGIT_BEFORE.test(folded.slice(Math.max(0, at - 2), at)) &&
      !LETTER_OR_DIGIT_AFTER.test(folded.slice(end, end + 2))
    )
      return true;
  }
  return false;
}

export function answerQuote(book: QuoteBook, query: string, options: QuoteQuery = {}): QuoteAnswer {
  const q = query.trim();
  const at = (i: number) => entryAt(book, i);
  const filter = options.outlet || options.words ? quoteFilter(options) : null;
  const limit = options.limit !== undefined && options.limit >= 0 ? options.limit : Infinity;
  let entries: QuoteEntry[];
  let person: PersonCard | null = null;
  if (!q) {
    entries = book.quotes
      .map((_, i) => i)
      .sort((a, b) => byDateDesc(book.quotes[a], book.quotes[b]))
      .map(at);
  } else {
    // Exact before fuzzy, speakers before words: "Antonov" is a person, "price" is a word not a misspelled "Rice",
    // and "Antonv" only reaches Antonov once nothing matches exactly.
    // A person's id ("donald-trump-2", as autocomplete offers for namesakes) names that person alone.
    const byKey = speakersByKey(book)
      .get(q)
      ?.find((sp) => sp.count > 0);
    let people = byKey ? [byKey.id] : bySpeaker(book, q, false);
    let picked: number[] | null = null;
    if (!people) {
      picked = byWords(book, q, 'AND', false);
      if (!picked) people = bySpeaker(book, q, true);
    }
    if (people) {
      // The person asked for first, with their card; namesakes the query also names after them.
      entries = people.flatMap((id) => personQuotes(book, id));
      person = personCard(book, people[0], people.slice(1));
    } else {
      picked ??= byWords(book, q, 'AND', true) ?? byWords(book, q, 'OR', true) ?? [];
      // Unfiltered, only the entries shown are made: the count is the hits'.
      if (!filter) {
        const quotes = picked.slice(0, limit).map(at);
        return { query, total: picked.length, quotes };
      }
      entries = picked.map(at);
    }
  }
  if (filter) entries = entries.filter(filter);
  const total = entries.length;
  if (limit !== Infinity) entries = entries.slice(0, limit);
  return person ? { query, total, quotes: entries, person } : { query, total, quotes: entries };
}

/** Each book's speakers by key, in their order: made at the first query rather than a scan of them at every one. */
const byKeyOf = new WeakMap<QuoteBook, Map<string, GlobalSpeaker[]>>();
function speakersByKey(book: QuoteBook): Map<string, GlobalSpeaker[]> {
  let m = byKeyOf.get(book);
  if (!m) {
    m = new Map();
    for (const sp of book.speakers) {
      const list = m.get(sp.key);
      if (list) list.push(sp);
      else m.set(sp.key, [sp]);
    }
    byKeyOf.set(book, m);
  }
  return m;
}

/** Quotations of one or two words that a sentence attributes ("law and order"): a fragment, not a statement. */
const FRAGMENT_WORDS = 3;
/** Words of a quotation, counted by its spaces: cheap enough to run over every quotation of the most quoted person. */
const wordCount = (e: QuoteEntry) =>
  e.text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * How much a quotation matters, 0–6: how widely it was carried (distinct outlets: 1, 2–3, 4–7, 8+) and how much
 * it says (words: under 8, 8–15, 16–29, 30+). A statement carried by ten outlets comes before an aside in one.
 */
export function weight(e: QuoteEntry): number {
  const outlets = new Set(e.articles.map((a) => a.outlet ?? a.id)).size;
  const words = wordCount(e);
  const carried = outlets >= 8 ? 3 : outlets >= 4 ? 2 : outlets >= 2 ? 1 : 0;
  const said = words >= 30 ? 3 : words >= 16 ? 2 : words >= 8 ? 1 : 0;
  return carried + said;
}

/**
 * One person's quotations, the weightiest first and newest first among equals; fragments of one to three words
 * folded under the statement of the same sentence (as `fragments`), or, when none, listed last. Cached per person.
 */
function personQuotes(book: QuoteBook, id: number): QuoteEntry[] {
  const cached = book.ordered.get(id);
  if (cached) return cached;
  const mine = (book.byPerson.get(id) ?? []).map((i) => entryAt(book, i));
  const counts = mine.map(wordCount);
  const statements = mine.filter((_, k) => counts[k] > FRAGMENT_WORDS);
  const fragments = mine.filter((_, k) => counts[k] <= FRAGMENT_WORDS);
  const bySentence = new Map<string, number>();
  statements.forEach((e, k) => {
    for (const a of e.articles) bySentence.set(`${a.id}\u0000${a.sentence}`, k);
  });
  const folded = new Map<number, string[]>();
  const loose: QuoteEntry[] = [];
  for (const f of fragments) {
    const k = f.articles.map((a) => bySentence.get(`${a.id}\u0000${a.sentence}`)).find((x) => x !== undefined);
    if (k === undefined) loose.push(f);
    else folded.set(k, [...(folded.get(k) ?? []), f.text]);
  }
  const w = statements.map(weight);
  const order = statements.map((_, k) => k).sort((a, b) => w[b] - w[a] || byDateDesc(statements[a], statements[b]));
  const out = order.map((k) => (folded.has(k) ? { ...statements[k], fragments: folded.get(k) } : statements[k]));
  out.push(...loose.sort(byDateDesc));
  book.ordered.set(id, out);
  return out;
}

/** Who the query names: their roles with dates, how much they said, where, and when. */
function personCard(book: QuoteBook, id: number, others: number[]): PersonCard {
  const sp = book.speakers[id];
  const { mine, articles, outlets, first, last } = cardCounts(book, id);
  return {
    id: sp.key,
    name: sp.name,
    kind: sp.kind,
    roles: sp.roles.slice(0, 8).map((r) => ({ role: r.role, first: r.first, last: r.last, count: r.count })),
    aliases: sp.aliases.slice(0, 20),
    quotations: mine,
    articles,
    outlets,
    first,
    last,
    ambiguous: sp.ambiguous,
    namesakes: others.map((o) => ({
      id: book.speakers[o].key,
      name: book.speakers[o].name,
      role: book.speakers[o].role,
      count: book.speakers[o].count,
    })),
  };
}

/**
 * A person's counts for the card, made at the first query naming them: the most quoted have tens of thousands of
 * quotations on the scale corpus, walked at every query before.
 */
const countsOf = new WeakMap<
  QuoteBook,
  Map<number, { mine: number; articles: number; outlets: number; first: string | null; last: string | null }>
>();
function cardCounts(book: QuoteBook, id: number) {
  let byId = countsOf.get(book);
  if (!byId) countsOf.set(book, (byId = new Map()));
  let c = byId.get(id);
  if (!c) {
    const mine = (book.byPerson.get(id) ?? []).map((i) => entryAt(book, i));
    const articles = new Set<string>();
    const outlets = new Set<string>();
    let first: string | null = null;
    let last: string | null = null;
    for (const e of mine) {
      for (const a of e.articles) {
        articles.add(a.id);
        if (a.outlet) outlets.add(a.outlet);
        // (the earliest and latest as a sort of every date would give them)
        if (a.published) {
          if (first === null || a.published < first) first = a.published;
          if (last === null || a.published > last) last = a.published;
        }
      }
    }
    byId.set(id, (c = { mine: mine.length, articles: articles.size, outlets: outlets.size, first, last }));
  }
  return c;
}

/** The speakers the query names (every term a word of their name or aliases), the one meant first. */
function bySpeaker(book: QuoteBook, q: string, fuzzy: boolean): number[] | null {
  const { speaker, speakerOfDoc } = indexesOf(book);
  // Each hit by its speaker; equal scores in the speakers' order, whatever ids the index gave them.
  const hits = scoredSearch(speaker, q, {
    fields: ['name', 'aliases'],
    combineWith: 'AND',
    prefix: (term) => term.length >= 4,
    fuzzy: fuzzy ? (term) => (term.length >= 5 ? 0.25 : term.length >= 4 ? 1 : 0) : false,
    anyTieOrder: true,
  })
    .map((h) => ({ ...h, id: speakerOfDoc.get(h.id as number)! }))
    .sort((a, b) => b.score - a.score || a.id - b.id);
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
    if (asked.length === 1)
      return terms.has(surname) || sp.aliases.some((a) => wordTokens(a).length === 1 && terms.has(wordTokens(a)[0]));
    return (
      terms.has(nameTokens[0]) ||
      sp.aliases.some((a) => {
        const at = wordTokens(a);
        return at.length >= asked.length && at.every((t) => terms.has(t));
      })
    );
  });
  if (!named.length) return null;
  // Speakers whose name matches the query word for word come first (the full name typed), then those with the
  // most quotations: "Trump" means the Trump most quoted before a relative quoted once.
  const qTokens = wordTokens(q);
  // Each speaker's exactness once, not in the sort's every comparison: "Trump" names thousands of speakers on the
  // scale corpus, each with up to scores of aliases to tokenise.
  const exact = new Map<number, number>();
  const exactness = (id: number) => {
    let e = exact.get(id);
    if (e === undefined) {
      const sp = book.speakers[id];
      const forms = [sp.name, ...sp.aliases].map((f) => wordTokens(f).join(' '));
      e = forms.includes(qTokens.join(' ')) ? 2 : wordTokens(sp.name).join(' ').endsWith(qTokens.join(' ')) ? 1 : 0;
      exact.set(id, e);
    }
    return e;
  };
  const ranked = named
    .map((h) => h.id as number)
    .filter((id) => book.speakers[id].count > 0)
    .sort((a, b) => exactness(b) - exactness(a) || book.speakers[b].count - book.speakers[a].count);
  return ranked.length ? ranked : null;
}

/** Quotations whose words (or speaker's words) match; best first, listed quotations before scare quotes. */
function byWords(book: QuoteBook, q: string, combineWith: 'AND' | 'OR', fuzzy: boolean): number[] | null {
  const { quote, entryOf } = indexesOf(book);
  const hits = scoredIds(quote, q, {
    combineWith,
    boost: { text: 3, speaker: 1, aliases: 0.5, role: 0.3 },
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
    fuzzy: fuzzy ? (term) => (term.length >= 6 ? 0.2 : false) : false,
    anyTieOrder: true,
  });
  const count = hits.ids.length;
  if (!count) return null;
  const n = listedCount(book);
  // Best first; equal scores in the entries' order, whatever ids the index gave them (so one order, whatever order the
  // index returned them in).
  const at = new Int32Array(count);
  for (let k = 0; k < count; k++) at[k] = entryOf.get(hits.ids[k]) ?? -1;
  const { scores } = hits;
  const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => scores[b] - scores[a] || at[a] - at[b]);
  const ids: number[] = [];
  for (const k of order) if (at[k] >= 0 && at[k] < n) ids.push(at[k]);
  for (const k of order) if (at[k] >= n) ids.push(at[k]);
  return ids;
}

/** Speakers with how many quotations each, for autocomplete: any word of a name or alias starting with the prefix. */
export function listSpeakers(book: QuoteBook, prefix?: string): SpeakerSummary[] {
  const p = fold(prefix?.trim() ?? '');
  return quotedSpeakers(book)
    .filter(
      (s) =>
        !p ||
        [s.name, ...s.aliases].some(
          (n) =>
            fold(n).startsWith(p) ||
            fold(n)
              .split(/[\s-]+/)
              .some((w) => w.startsWith(p)),
        ),
    )
    .map((s) => ({
      name: s.name,
      role: s.role,
      aliases: s.aliases,
      count: s.count,
      id: s.key,
      namesakes: namesakeCount(book, s),
    }));
}

/**
 * The quoted speakers, most quoted first, then by name: sorted once per book, since the bot lists them all at start
 * and autocomplete filters them at every keystroke (a filter of the sorted list is in the order a sort of it gives).
 * The names compared by one collator, as `localeCompare` compares them without its setup at every comparison: most
 * speakers are quoted once or twice, so most of 100,000 comparisons go to the names.
 */
const sortedOf = new WeakMap<QuoteBook, GlobalSpeaker[]>();
const byName = new Intl.Collator().compare;
function quotedSpeakers(book: QuoteBook): GlobalSpeaker[] {
  let sorted = sortedOf.get(book);
  if (!sorted) {
    sorted = book.speakers.filter((s) => s.count > 0).sort((a, b) => b.count - a.count || byName(a.name, b.name));
    sortedOf.set(book, sorted);
  }
  return sorted;
}

/** How many other quoted persons share this one's surname (a role then tells them apart in a list). */
function namesakeCount(book: QuoteBook, s: GlobalSpeaker): number {
  if (s.kind !== 'person') return 0;
  const surname = wordTokens(s.name).pop();
  return surname ? (book.surnameCount.get(surname) ?? 1) - 1 : 0;
}

/** Every listed quotation (no scare quotes), earliest first: the `quotes` of `export`. */
export function exportQuotes(book: QuoteBook): QuoteEntry[] {
  return [...book.quotes].sort((a, b) => (a.first ?? '9999').localeCompare(b.first ?? '9999'));
}

export { normName };

/**
 * For the bench (bench/quote-speakers.ts): each listed entry's quotations as speaker and copy family, in the
 * entry's order — the speaker being the person's id, else the description as written, else none.
 */
export function entrySpeakers(book: QuoteBook): { speaker: string | null; family: string | null }[][] {
  const run = mergeOf.get(book)?.listed;
  if (!run) return [];
  return run.groups.map((g) =>
    g.map(({ inst }) => ({
      speaker: inst.gid !== null ? `#${inst.gid}` : inst.q.speaker?.kind === 'description' ? inst.q.speaker.text : null,
      family: inst.family,
    })),
  );
}
