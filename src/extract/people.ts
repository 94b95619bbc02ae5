// One person across the corpus. Each article has its own alias table (speakers.ts): "Deputy Defense Minister
// Anatoly Antonov", "Mr. Antonov" and "Antonov" are one record there. Here the records of all articles become
// persons: full names by surname, first name (Sergei/Sergey) and suffix (a "Jr." is his own person); a record the
// article knows only by its surname ("Trump", "President Trump", "Mr. Trump") joins the full name its copy family
// gives, else the one person of that surname its title or gender allows, else a person the corpus names so much
// more often than any namesake that news writes them by surname alone. Otherwise it stays apart, marked ambiguous
// with the people it could be: never a guess between two Clintons.
import { normName, type Gender, type PersonRec } from './speakers';
import { cleanName, isTitleWord, middleOf, sameMiddle } from './names';
import { fold, MONTH_FULL_NAMES, WEEKDAY_NAMES } from './lexicon';
import { editDistance } from '../util/edit-distance';
import { HONORIFICS, NAME_SUFFIXES, PARTICLE_WORDS } from './quote-words';
import { isPlaceName, isRegion, isThingWord } from './name-entities';
import { escapeRegExp } from '../util/regexp';

export interface RecordIn {
  rec: PersonRec;
  article: { id: string; published: string | null; outlet: string | null };
  /** The original of the article's copy family, when it has one. */
  family?: string | null;
  /** What the article quotes this record saying, as wording keys (quotationKey): evidence that two names are one. */
  said?: string[];
  /** The other people its article names in full (normName): two namesakes live in different stories. */
  others?: string[];
}

export interface RoleSeen {
  role: string;
  /** Earliest and latest dates of the articles giving it (YYYY-MM-DD), null when undated. */
  first: string | null;
  last: string | null;
  count: number;
}

export interface Person {
  /** Index in the list. */
  id: number;
  /** A readable, stable key: "donald-trump", "donald-trump-jr", "clinton" (+ "-2" for a second namesake). */
  key: string;
  kind: 'person' | 'org';
  name: string;
  /** Other ways the corpus writes them. */
  aliases: string[];
  /** Roles, most often given first, each with the dates it was given. */
  roles: RoleSeen[];
  gender: Gender;
  /** A bare surname the corpus could not tie to one person: the full names it could be. */
  ambiguous: string[] | null;
}

/** Two first names of one person: equal, an initial of the other, or the same name transliterated (Sergey/Sergei). */
export function sameFirst(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  // Transliterations swap letters, they do not add them: Sergey/Sergei, Mohammad/Mohammed — never Ivana/Ivanka.
  return a.length === b.length && a.length >= 4 && a[0] === b[0] && editDistance(a, b) <= (a.length >= 6 ? 2 : 1);
}

/** The head word of a role, for telling whether a titled surname fits a person: "President-elect" → "president". */
function roleHeads(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 && !/^(?:the|of|and|for|then|former|elect|u\.s\.|us|vice)$/.test(w));
}

interface Cluster {
  kind: 'person' | 'org';
  surname: string;
  first: string | null;
  /** Middle names and initials ("George H. W. Bush" → H., W.), the fullest seen. */
  middle: string[];
  suffix: string | null;
  /** Other first names and suffixes the corpus showed to be this person's ("Joseph" of "Joe Biden"): joinNicknames. */
  alias: { first: string; suffix: string | null }[];
  members: RecordIn[];
  gender: Gender;
  /** He/she counts of the members: the cluster's gender is what most of its articles say. */
  genders: { m: number; f: number };
  articles: Set<string>;
  roleWords: Set<string>;
  ambiguous: string[] | null;
  /** When it was made (see Made), and the record that made it. */
  made: number[];
  by: PersonRec;
}

/**
 * When a person was made in clusterPeople: the pass (1 full names, 2 full names without their middle, 3 borrowed
 * names, 4 bare surnames, 5 organisations) and the order of the pass (borrowed, longest middle), then the record
 * that made it, whose place in the records comes last. Persons are listed in that order, and each surname's
 * persons are made from its own records alone: so the persons of some surnames can be made again and listed among
 * the others' as a run over every record would list them (src/answers/quote.ts, on a live update).
 */
export interface Made {
  key: number[];
  by: PersonRec;
}

/** How many more articles a person needs than any namesake before a bare surname is taken to mean them. */
export const DOMINANCE = 5;

/**
 * The wording of a quotation as a key for telling that two names said the same words ("Chuck Schumer" in one
 * outlet's copy, "Charles E. Schumer" in another's): letters and digits only, six words or more, else null.
 */
export function quotationKey(text: string): string | null {
  const key = fold(text)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key.split(' ').length >= 6 ? key : null;
}

/** Articles a middle-initialled namesake needs before a name without the initials is taken as ambiguous. */
export const ESTABLISHED = 3;

/** People a namesake's stories must name before the corpus can tell that they name others than the person's. */
export const MIN_NAMED = 4;

/** Quotations two differently written first names must share before they are taken for one person's. */
export const SHARED_WORDS = 2;

export function clusterPeople(records: RecordIn[]): {
  persons: Person[];
  idOf: Map<PersonRec, number>;
  made: Made[];
} {
  const clusters: Cluster[] = [];
  let origin: number[] = [];
  const bySurname = new Map<string, Cluster[]>();
  const namesakes = (kind: string, surname: string) => bySurname.get(`${kind}:${surname}`) ?? [];
  const add = (c: Cluster) => {
    clusters.push(c);
    const k = `${c.kind}:${c.surname}`;
    bySurname.set(k, [...(bySurname.get(k) ?? []), c]);
    return c;
  };
  const join = (c: Cluster, r: RecordIn) => {
    c.members.push(r);
    // An honorific ("Mrs. Clinton") says more than pronouns counted near a name in a story about two people.
    if (r.rec.titledGender) c.genders[r.rec.titledGender] += 3;
    else if (r.rec.gender) c.genders[r.rec.gender]++;
    const { m, f } = c.genders;
    c.gender = m > 2 * f ? 'm' : f > 2 * m ? 'f' : null;
    c.articles.add(r.article.id);
    if (r.rec.role) for (const w of roleHeads(r.rec.role)) c.roleWords.add(w);
    if (r.rec.first) {
      const mid = middleOf(r.rec.name);
      if (mid.length > c.middle.length) c.middle = mid;
    }
  };
  const fresh = (kind: 'person' | 'org', r: PersonRec): Cluster => ({
    kind,
    surname: r.surname,
    first: r.first,
    middle: [],
    suffix: r.suffix ?? null,
    alias: [],
    members: [],
    gender: null,
    genders: { m: 0, f: 0 },
    articles: new Set(),
    roleWords: new Set(),
    ambiguous: null,
    made: origin,
    by: r,
  });
  // "Mrs. Clinton" is a woman whatever pronouns her article counted near the name: a titled record joins a cluster
  // of unsettled gender only when its own articles lean her way (a husband quoted in his wife's stories is
  // often counted "she").
  const compatible = (c: Cluster, r: PersonRec) => {
    const g = r.titledGender ?? r.gender;
    if (!g) return true;
    if (c.gender) return c.gender === g;
    return !r.titledGender || c.genders[g] >= c.genders[g === 'm' ? 'f' : 'm'];
  };

  // A first name and suffix a cluster goes by: its own, or one joinNicknames found to be the same person's ("Mr.
  // Biden" given "Joseph R. Biden" by his article joins Joe Biden once the corpus has joined the two).
  const named = (c: Cluster, first: string, suffix: string | null) =>
    (c.suffix === suffix && sameFirst(c.first!, first)) ||
    c.alias.some((x) => x.suffix === suffix && sameFirst(x.first, first));
  const people = records.filter((x) => x.rec.kind === 'person');
  // Full names first: same surname and suffix, first names alike, middles that fit (a "George W." is never a
  // "George H. W."). Gender never splits a full name. Names with a middle go first, so that each middle has its
  // cluster before a name without one is placed.
  const full = people.filter((x) => x.rec.first).map((x) => ({ x, middle: middleOf(x.rec.name) }));
  // A titled surname that borrowed its article's one full name (speakers.ts settle()) comes last, once the corpus
  // has told that name's gender.
  full.sort((a, b) => Number(!!a.x.rec.borrowed) - Number(!!b.x.rec.borrowed) || b.middle.length - a.middle.length);
  const unplaced: RecordIn[] = [];
  const borrowed: { r: RecordIn; middle: string[] }[] = [];
  for (const { x: r, middle } of full) {
    origin = [1, Number(!!r.rec.borrowed), -middle.length];
    const suffix = r.rec.suffix ?? null;
    const alike = namesakes('person', r.rec.surname).filter(
      (c) => c.first && !c.ambiguous && c.suffix === suffix && sameFirst(c.first, r.rec.first!),
    );
    if (r.rec.borrowed) {
      borrowed.push({ r, middle });
      continue;
    }
    const fits = alike.filter((c) => sameMiddle(c.middle, middle));
    // "George Bush" when the corpus has a George W. and a George H. W.: placed below, or left ambiguous.
    if (fits.length > 1 && !middle.length) {
      unplaced.push(r);
      continue;
    }
    join(fits[0] ?? add(fresh('person', r.rec)), r);
  }
  // Another person of the same full name, told apart by a role naming another body in another story.
  origin = [1, 0, 1];
  for (const c of [...clusters]) {
    for (const group of namesakesByRole(c)) {
      const rest = c.members.filter((m) => !group.includes(m));
      Object.assign(c, {
        members: [],
        genders: { m: 0, f: 0 },
        gender: null,
        articles: new Set(),
        roleWords: new Set(),
      });
      c.middle = [];
      for (const m of rest) join(c, m);
      const other = add(fresh('person', group[0].rec));
      for (const m of group) join(other, m);
    }
  }
  joinNicknames(namesakes, clusters);
  // Which full-name cluster each copy family names under a surname: "Trump" in a copy resolves as its original did.
  const familyNames = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    for (const m of c.members) {
      if (!m.family) continue;
      const k = `${m.family}|${c.surname}`;
      familyNames.set(k, (familyNames.get(k) ?? new Set()).add(c));
    }
  }
  // A full name without the middle initials that tell its namesakes apart: its copy family's, else one quoted in
  // far more articles than any other; else a cluster of its own, marked with whom it could be.
  // Ambiguous only between people the corpus quotes in ESTABLISHED articles or more each: a "Chuck E. Schumer" in
  // one article makes no second Chuck Schumer.
  const placeUnplaced = (r: RecordIn) => {
    origin = [r.rec.borrowed ? 3 : 2, Number(!!r.rec.borrowed), -middleOf(r.rec.name).length];
    const suffix = r.rec.suffix ?? null;
    const alike = namesakes('person', r.rec.surname).filter((c) => c.first && named(c, r.rec.first!, suffix));
    let cands = alike.filter((c) => !c.ambiguous && c.middle.length);
    const fam = r.family ? familyNames.get(`${r.family}|${r.rec.surname}`) : undefined;
    const inFamily = fam ? cands.filter((c) => fam.has(c)) : [];
    if (inFamily.length === 1) cands = inFamily;
    cands = dominant(cands);
    if (cands.length === 1) return join(cands[0], r);
    const established = cands.filter((c) => c.articles.size >= ESTABLISHED);
    const c =
      established.length >= 2
        ? (alike.find((x) => x.ambiguous && x.first === r.rec.first) ??
          add({ ...fresh('person', r.rec), ambiguous: established.map(displayName) }))
        : (alike.find((x) => !x.ambiguous && !x.middle.length) ?? add(fresh('person', r.rec)));
    join(c, r);
  };
  for (const r of unplaced) placeUnplaced(r);
  // "Mrs. Obama" given Barack Obama's name in an article that never said he or she of him (speakers.ts settle()):
  // placed once the corpus has said he, and then given back the bare surname she was written with.
  for (const { r, middle } of borrowed) {
    const kin = namesakes('person', r.rec.surname).filter(
      (c) => c.first && !c.ambiguous && named(c, r.rec.first!, r.rec.suffix ?? null),
    );
    const fits = kin.filter((c) => sameMiddle(c.middle, middle));
    const g = r.rec.titledGender;
    // The gender is asked of every namesake of that first name, middles aside: "Neither Mrs. Obama nor the
    // children" beside "President Barack H. Obama" is his wife even when no cluster has his middle initial.
    // One pronoun misread is no evidence: "Ms. Lynch acknowledged that the chat 'cast a shadow' on her ability" is
    // Attorney General Loretta Lynch, though one "he" of the seven articles quoting her was counted to her. The
    // corpus knows a man as "he" in two readings, or in half the articles that quote him.
    const known = (c: Cluster) => {
      const n = c.gender ? c.genders[c.gender] : 0;
      return n >= 2 || 2 * n >= c.articles.size;
    };
    if (g && kin.some((c) => c.gender && c.gender !== g && known(c)) && !kin.some((c) => c.gender === g)) {
      r.rec.name = r.rec.borrowed!;
      r.rec.first = null;
      r.rec.suffix = null;
    } else if (fits.length === 1) join(fits[0], r);
    else placeUnplaced(r);
  }
  const bare = people.filter((x) => !x.rec.first);
  const undecided: RecordIn[] = [];
  for (const r of bare) {
    // "Sir Graham" (Brady) is no Lindsey Graham: a first name alone stays apart.
    if (r.rec.firstOnly) {
      undecided.push(r);
      continue;
    }
    const all = namesakes('person', r.rec.surname).filter((x) => x.first && !x.ambiguous && compatible(x, r.rec));
    // A son is written "Trump Jr."; a bare surname means someone without the suffix when there is one, and a
    // "Trump Jr." only ever the son.
    const suffix = r.rec.suffix ?? null;
    const unsuffixed = all.filter((x) => !x.suffix);
    let cands = suffix ? all.filter((x) => x.suffix === suffix) : unsuffixed.length ? unsuffixed : all;
    const fam = r.family ? familyNames.get(`${r.family}|${r.rec.surname}`) : undefined;
    const inFamily = fam ? cands.filter((c) => fam.has(c)) : [];
    if (inFamily.length === 1) cands = inFamily;
    // "President Trump": only a namesake ever given that title.
    if (cands.length > 1 && r.rec.role) {
      const heads = roleHeads(r.rec.role);
      const titled = cands.filter((c) => heads.some((h) => c.roleWords.has(h)));
      if (titled.length >= 1) cands = titled;
    }
    cands = dominant(cands);
    if (cands.length === 1) join(cands[0], r);
    else undecided.push(r);
  }
  // What stays a bare surname: one cluster per surname (gender and suffix), listing whom it could be.
  for (const r of undecided) {
    origin = [4, 0, 0];
    const c =
      namesakes('person', r.rec.surname).find(
        (x) => !x.first && (x.suffix ?? null) === (r.rec.suffix ?? null) && compatible(x, r.rec),
      ) ?? add(fresh('person', r.rec));
    c.first = null;
    join(c, r);
  }
  for (const c of clusters) {
    if (c.first !== null || c.kind !== 'person') continue;
    const could = namesakes('person', c.surname).filter(
      (x) =>
        x.first &&
        !x.ambiguous &&
        (!c.suffix || x.suffix === c.suffix) &&
        (!c.gender || !x.gender || x.gender === c.gender),
    );
    if (could.length > 1) c.ambiguous = could.sort((a, b) => b.articles.size - a.articles.size).map(displayName);
  }
  for (const r of records.filter((x) => x.rec.kind === 'org')) {
    origin = [5, 0, 0];
    const c = namesakes('org', r.rec.surname)[0] ?? add(fresh('org', r.rec));
    join(c, r);
  }

  const idOf = new Map<PersonRec, number>();
  const keyOf = personKeys();
  const persons: Person[] = clusters.map((c, id) => {
    const aliases = new Set<string>();
    const roles = new Map<string, RoleSeen>();
    for (const m of c.members) {
      idOf.set(m.rec, id);
      for (const f of m.rec.forms) aliases.add(f);
      aliases.add(m.rec.name);
      if (m.rec.role) {
        const seen = roles.get(m.rec.role) ?? { role: m.rec.role, first: null, last: null, count: 0 };
        seen.count++;
        const d = m.article.published?.slice(0, 10) ?? null;
        if (d && (!seen.first || d < seen.first)) seen.first = d;
        if (d && (!seen.last || d > seen.last)) seen.last = d;
        roles.set(m.rec.role, seen);
      }
    }
    const name = displayName(c);
    aliases.delete(name);
    return {
      id,
      key: keyOf(name),
      kind: c.kind,
      name,
      aliases: [...aliases].filter((a) => a.length > 1).sort(),
      roles: [...roles.values()].sort((a, b) => b.count - a.count || (a.first ?? '').localeCompare(b.first ?? '')),
      gender: c.gender,
      ambiguous: c.ambiguous,
    };
  });
  return { persons, idOf, made: clusters.map((c) => ({ key: c.made, by: c.by })) };
}

/**
 * The holder's noun of a role and the body it ties them to, when the role names one: "president of Achieve" →
 * president, Achieve; "senior counsel with the Campaign Legal Center" → counsel, Campaign Legal Center. Null for a
 * role that names no body, or a place ("Governor of Indiana" is an office, held by one person there).
 */
export function roleBody(role: string): { head: string; body: string } | null {
  const m = /(?:^|\s)(\p{Ll}[\p{Ll}-]+)\s+(?:of|with|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.'’-]*\s*)+)$/u.exec(
    role.trim(),
  );
  if (!m) return null;
  const body = m[2].trim();
  if (isPlaceName(body) || isRegion(body.split(' '))) return null;
  return { head: m[1], body };
}

/** The holder's noun of any role: the word before its first preposition, else its last word ("former Trump attorney"). */
function roleHead(role: string): string {
  const words = role
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/\s+/);
  const p = words.findIndex((w, i) => i > 0 && /^(?:of|with|at|for|to|from|on|under|in)$/.test(w));
  return (p > 0 ? words[p - 1] : words[words.length - 1]).replace(/[^a-z-]/g, '');
}

/** Words of a role that say who holds it: lower-case words of four letters or more (not another's, "the president's"),
 * capitalised words, and the initials of the body ("National Education Association" → nea). */
function roleWordsOf(role: string): Set<string> {
  // "President Trump's former personal attorney": a capitalised title before a name is that other person's office.
  const words = role.split(/\s+/).filter((w) => !/['’]s$/.test(w) && !(/^\p{Lu}\p{Ll}/u.test(w) && isTitleWord(w)));
  const out = new Set(
    words
      .map((w) => fold(w).replace(/[^a-z-]/g, ''))
      .filter((w, i) => (w.length >= 4 || /^\p{Lu}{2,}/u.test(words[i])) && !ROLE_FILLERS.test(w)),
  );
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase());
  if (caps.length >= 2) out.add(caps.join(''));
  return out;
}

/**
 * Namesakes told apart by what the corpus says of them ("Michael Cohen, president of Achieve, a nonprofit that helped
 * write the standards" is not the lawyer of the same name): the records of a full name whose role ties them to a body
 * (roleBody) are another person of that name when the others' roles show one settled identity (a noun held in
 * ESTABLISHED records or more: "attorney") that shares no word, body or initials with theirs, and their stories name
 * almost none of the people the others' stories name. A person who moves between offices or bodies keeps words, a
 * body or the people around them ("NEA President" and "head of the National Education Association"; "chairman of the
 * Council of Economic Advisers" and "director of the National Economic Council").
 */
function namesakesByRole(c: Cluster): RecordIn[][] {
  if (c.articles.size <= ESTABLISHED) return [];
  const parts = new Map<string, RecordIn[]>();
  let members = c.members;
  for (const m of c.members) {
    const rb = m.rec.role ? roleBody(m.rec.role) : null;
    if (rb) parts.set(fold(rb.body), [...(parts.get(fold(rb.body)) ?? []), m]);
  }
  const out: RecordIn[][] = [];
  for (const group of parts.values()) {
    const rest = members.filter((m) => !group.includes(m));
    const restArticles = new Set(rest.map((m) => m.article.id));
    if (restArticles.size < ESTABLISHED || group.some((m) => restArticles.has(m.article.id))) continue;
    const restRoles = rest.filter((m) => m.rec.role).map((m) => m.rec.role!);
    const heads = new Map<string, number>();
    for (const r of restRoles) {
      const head = roleHead(r);
      heads.set(head, (heads.get(head) ?? 0) + 1);
    }
    if (![...heads.values()].some((n) => n >= ESTABLISHED)) continue;
    const theirWords = new Set(group.flatMap((m) => [...roleWordsOf(m.rec.role!)]));
    if (restRoles.some((r) => [...roleWordsOf(r)].some((w) => theirWords.has(w)))) continue;
    // Two stories of one person name the same people; a famous name met in both is no evidence either way.
    const named = new Set(rest.flatMap((m) => m.others ?? []));
    const theirs = new Set(group.flatMap((m) => m.others ?? []));
    const shared = [...theirs].filter((o) => named.has(o)).length;
    if (theirs.size < MIN_NAMED || shared * 4 > theirs.size) continue;
    out.push(group);
    members = rest;
  }
  return out;
}

/** Of several namesakes, the one quoted in at least DOMINANCE times as many articles as any other (news then
 * writes them by surname alone), else all of them. */
function dominant(cands: Cluster[]): Cluster[] {
  if (cands.length < 2) return cands;
  const sorted = [...cands].sort((a, b) => b.articles.size - a.articles.size);
  return sorted[0].articles.size >= 3 && sorted[0].articles.size >= DOMINANCE * sorted[1].articles.size
    ? [sorted[0]]
    : cands;
}

/**
 * Words that open a title without saying which office it is: "former", "then-", a party, "U.S.". "Former Vice
 * President" and "Vice President" are one office; "Democratic Sen." says only that its holder is a senator, which
 * two namesakes can be at once (two Udalls sat in the Senate together).
 */
const TITLE_FILLERS =
  /^(?:former|then|then-|now|incoming|outgoing|acting|u\.s\.|us|democratic|republican|gop|independent|the|top)$/;

/**
 * The offices a cluster's members hold, as keys of two words or more after the fillers ("senate minority leader",
 * "attorney general", "vice president"), with the dates of the articles giving them.
 */
function titlesHeld(c: Cluster): Map<string, { first: string; last: string }> {
  const held = new Map<string, { first: string; last: string }>();
  for (const m of c.members) {
    const words = (m.rec.role ?? '')
      .toLowerCase()
      .replace(/[^a-z .-]/g, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    const d = m.article.published?.slice(0, 10);
    if (!d || /^(?:a|an|the|his|her|their)$/.test(words[0] ?? '')) continue;
    let k = 0;
    while (k < words.length && TITLE_FILLERS.test(words[k])) k++;
    const role = words.slice(k).join(' ');
    if (words.length - k < 2) continue;
    const h = held.get(role);
    if (!h) held.set(role, { first: d, last: d });
    else {
      if (d < h.first) h.first = d;
      if (d > h.last) h.last = d;
    }
  }
  return held;
}

/**
 * Whether two first names may be one name written formally and familiarly, by their letters alone: the same
 * initial and one the start of the other or three letters in common at the start ("Joe"/"Joseph",
 * "Bernie"/"Bernard", "Rudy"/"Rudolph", "Josh"/"Joshua"). No table of given names: the corpus must then show them
 * in the same role.
 */
export function familiarFirst(a: string, b: string): boolean {
  if (a[0] !== b[0] || a.length < 3 || b.length < 3) return false;
  return a.startsWith(b) || b.startsWith(a) || a.slice(0, 3) === b.slice(0, 3);
}

/** Role words that say nothing of which person holds them. */
const ROLE_FILLERS =
  /^(?:former|then|democratic|republican|gop|independent|u\.s\.|new|said|who|and|the|mr\.|mrs\.|ms\.)$/;

/**
 * Nicknames and formal names: "Chuck Schumer" in one outlet's copy is "Charles E. Schumer" in another's, "Joe
 * Biden" is "Joseph R. Biden", "Bill Barr" is "William Barr", "Eric H. Holder Jr." is "Eric Holder". Two full names
 * of one surname and fitting middles are one person when few of their articles name both (an article that names
 * Bill and Hillary Clinton, or Ron and Rand Paul, has two people; one in ten shared is an article printing both
 * forms of one name) and the corpus gives the evidence: both quoted saying the same words (SHARED_WORDS quotations
 * or more), or both holding one office of two words or more in overlapping dates ("Attorney General" Bill and
 * William Barr in 2019; an office is held by one person at a time), or, for first names alike in their letters
 * ("Bernie"/"Bernard"), both given a role word in common. A suffix ("Jr.") that one writes and the other does not
 * is joined only through an office: "Donald Trump Jr." shares none with his father. Genders that differ never join.
 * No table of given names: the corpus is the evidence.
 */
function joinNicknames(namesakes: (kind: string, surname: string) => Cluster[], clusters: Cluster[]): void {
  const said = (c: Cluster) => new Set(c.members.flatMap((m) => m.said ?? []));
  const sameTitle = (a: Cluster, b: Cluster) => {
    const ta = titlesHeld(a);
    for (const [role, h] of titlesHeld(b)) {
      const o = ta.get(role);
      if (o && o.first <= h.last && h.first <= o.last) return true;
    }
    return false;
  };
  const firm = (c: Cluster) => 2 * c.genders[c.gender!] >= c.articles.size;
  const roleInCommon = (a: Cluster, b: Cluster) =>
    [...b.roleWords].filter((w) => !ROLE_FILLERS.test(w) && a.roleWords.has(w)).length;
  for (const a of [...clusters].sort((x, y) => y.articles.size - x.articles.size)) {
    if (!a.first || !a.members.length) continue;
    let aSaid: Set<string> | null = null;
    for (const b of namesakes('person', a.surname)) {
      if (b === a || !b.first || !b.members.length || b.articles.size > a.articles.size) continue;
      const suffixed = a.suffix !== b.suffix;
      if ((sameFirst(a.first, b.first) && !suffixed) || !sameMiddle(a.middle, b.middle)) continue;
      if (suffixed && a.suffix && b.suffix) continue;
      // Pronouns counted near a name are noisy ("Eric H. Holder Jr." came out "she" in a story about his deputy); a
      // gender firmly told in both (in half their articles) keeps an office from joining a husband and wife.
      const genders = !(a.gender && b.gender && a.gender !== b.gender)
        ? 'fit'
        : firm(a) && firm(b)
          ? 'differ'
          : 'loose';
      if (genders === 'differ') continue;
      let both = 0;
      for (const id of b.articles) if (a.articles.has(id)) both++;
      if (both > Math.floor(b.articles.size / 10)) continue;
      let joined = sameTitle(a, b);
      if (!joined && !suffixed && genders === 'fit') {
        aSaid ??= said(a);
        let shared = 0;
        for (const k of said(b)) if (aSaid.has(k)) shared++;
        joined =
          shared >= SHARED_WORDS ||
          (familiarFirst(a.first, b.first) &&
            roleInCommon(a, b) >= (a.first.startsWith(b.first) || b.first.startsWith(a.first) ? 1 : 2));
      }
      if (!joined) continue;
      for (const m of b.members) {
        a.members.push(m);
        a.articles.add(m.article.id);
        if (m.rec.titledGender) a.genders[m.rec.titledGender] += 3;
        else if (m.rec.gender) a.genders[m.rec.gender]++;
        if (aSaid) for (const k of m.said ?? []) aSaid.add(k);
      }
      const { m, f } = a.genders;
      a.gender = m > 2 * f ? 'm' : f > 2 * m ? 'f' : null;
      for (const w of b.roleWords) a.roleWords.add(w);
      if (b.middle.length > a.middle.length) a.middle = b.middle;
      a.alias.push({ first: b.first, suffix: b.suffix }, ...b.alias);
      b.members = [];
      b.articles = new Set();
    }
  }
  // Emptied clusters leave the lists.
  for (let i = clusters.length - 1; i >= 0; i--) {
    const c = clusters[i];
    if (c.members.length) continue;
    clusters.splice(i, 1);
    const list = namesakes(c.kind, c.surname);
    list.splice(list.indexOf(c), 1);
  }
}

/** The name most of its articles give in full (for a bare surname, the surname as written). */
function displayName(c: Cluster): string {
  const names = new Map<string, number>();
  for (const m of c.members)
    if (c.first === null || m.rec.first) names.set(m.rec.name, (names.get(m.rec.name) ?? 0) + 1);
  let best: string | null = null;
  let n = -1;
  for (const [k, v] of names) if (v > n || (v === n && best !== null && k.length > best.length)) [best, n] = [k, v];
  return best ?? c.members[0].rec.name;
}

/**
 * Each person's readable key, in the order persons are listed: "donald-trump", then "donald-trump-2" for a second
 * person of that name.
 */
export function personKeys(): (name: string) => string {
  const seen = new Map<string, number>();
  return (name) => {
    const slug =
      fold(name)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'person';
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  };
}

/** Particles that carry a surname on after the name a story calls someone by ("Lula da Silva", "Van der Bellen"). */
const TAIL_PARTICLES = `(?:${PARTICLE_WORDS})`;
/** A day or a month after a name is when, not more of the name: "defeated Del. Bob Marshall Tuesday". */
const DATE_WORDS = `(?:${WEEKDAY_NAMES}|${MONTH_FULL_NAMES})`;

/**
 * A speaker the article's alias table knows only by a surname ("Nadler said") while its text names them in full
 * somewhere the table did not read as a name ("Committee Chairman Jerrold Nadler of New York"): the surname gets
 * the article's full name, when the article writes exactly one. News names a person in full at first mention.
 */
export function completeSurnames(recs: PersonRec[], speaking: Set<PersonRec>, paragraphs: string[]): void {
  const bare = recs.filter((r) => r.kind === 'person' && !r.first && speaking.has(r) && r.surname.length > 1);
  if (!bare.length) return;
  const text = paragraphs.join('\n');
  // The article names a person in its own words, not inside someone's quotation ("he introduced himself by saying,
  // “Soy Rob Portman, candidato para el Senado”" names no "Soy Rob Portman").
  const narration = text.replace(/“[^”\n]*”|"[^"\n]*"/g, (q) => ' '.repeat(q.length));
  let lowerWords: Set<string> | null = null;
  const isCommon = (w: string) => {
    lowerWords ??= new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}'-]*/gu) ?? []);
    return lowerWords.has(w.toLowerCase());
  };
  for (const r of bare) {
    const surname = r.name.split(' ').pop()!;
    const esc = escapeRegExp(surname);
    const found = new Map<string, string>();
    // Within a sentence: "... in collaboration with The New York Times.\nAdmild, an undocumented immigrant" names
    // no "Times Admild". The word before the run goes with it, for cleanName to see an office's "of the".
    // The run starts at a word's start ("post-Trayvon America" names no "Trayvon America") and the surname ends
    // it: "the South China Morning Post" names no "South China"; a particle and a last word go with it ("Luiz
    // Inácio Lula da Silva has been freed ... Lula was favourite": the full name is the whole of it).
    for (const m of narration.matchAll(
      new RegExp(
        `(?:(\\p{Ll}+)[ \\t]+)?(?<![\\p{L}\\p{N}'’-])((?:\\p{Lu}[\\p{L}.'’-]*[ \\t]+){1,4})((?:[ae]l-)?)${esc}\\b` +
          `((?:[ \\t]+${TAIL_PARTICLES}[ \\t]+\\p{Lu}[\\p{L}'’-]+)?)` +
          `(?!['’]?\\s*(?:Jr|Sr)\\b)(?![ \\t]+(?!${DATE_WORDS}\\b)(?:\\p{Lu}\\p{Ll}|${TAIL_PARTICLES}[ \\t]+\\p{Lu}))`,
        'gu',
      ),
    )) {
      const run = m[2].split(/[ \t]+/).filter(Boolean);
      // A word with a full stop after three letters or more ends a sentence ("Times.", "voted against NAFTA.
      // Sanders broke with ..."), unlike "Sen.", "Mr.", "St." or "J.".
      const ends = (w: string) =>
        /\p{L}\p{Ll}\.$|\p{Lu}{3,}\.$/u.test(w) &&
        !isTitleWord(w) &&
        HONORIFICS[w.toLowerCase().replace(/\.$/, '')] === undefined &&
        !/^(?:St|Jr|Sr)\.$/.test(w);
      let k = run.length;
      while (k > 0 && !ends(run[k - 1])) k--;
      const before = k > 0 ? '' : (m[1] ?? '').trim();
      let c = cleanName(`${before ? `${before} ` : ''}${run.slice(k).join(' ')} ${surname}`, isCommon);
      if (!c) continue;
      // "“This outfit is not very strong,” Will McCants, director of the project, tells me": a modal that opens
      // questions ("Will Trump sign it?") is a first name before a surname and its appositive's comma.
      if (
        c.name === surname &&
        c.role &&
        /^(?:Will|May)$/.test(c.role) &&
        run.slice(k).join(' ') === c.role &&
        narration[(m.index ?? 0) + m[0].length] === ','
      )
        c = { name: `${c.role} ${surname}`, role: null };
      // News puts no article before a person's name: "the South China seafood market" is a place.
      if (c.role && /^(?:the|a|an)$/i.test(c.role)) continue;
      const words = c.name.split(' ');
      if (words.length < 2 || words[words.length - 1] !== surname || /^\p{Lu}\.?$/u.test(words[0])) continue;
      // "Southern Israel had been the target of rockets" names a region, not an Israel's first name.
      if (isRegion(words)) continue;
      // "Syrian Opposition Coalition president Hadi al-Bahra": the particle glued to the surname is the name's.
      if (m[3]) words[words.length - 1] = m[3] + surname;
      found.set(words[0].toLowerCase(), words.join(' ') + m[4]);
    }
    // "... which probably includes House Speaker Paul Ryan": a phrase cut after "Paul" left a lone word the
    // article writes only as someone's first name, never as a surname. A first name alone is that person when the
    // article names exactly one so; never a namesake the corpus calls by that surname (Rand Paul), and never after
    // an honorific ("Mr. Paul" is a surname).
    if (found.size === 0 && !r.titledGender && !r.firstOnly && ![...r.forms].some(honored)) {
      const full = fullFromFirst(surname, narration, isCommon);
      if (full) {
        r.forms.add(r.name);
        r.first = normName(surname);
        r.surname = normName(full.split(' ').pop()!);
        r.name = full;
      }
      continue;
    }
    if (found.size !== 1) continue;
    const [first, name] = [...found][0];
    // "Mrs. Bush said" where the article's one full name is George W. Bush: borrowed, for the corpus to check
    // against his gender (clusterPeople).
    if (r.titledGender) r.borrowed = r.name;
    r.first = first
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z' -]/g, '');
    r.forms.add(r.name);
    r.name = name;
  }
}

/** A form written with an honorific ("Mr. Paul", "Mrs. Obama"): its lone word is a surname. */
function honored(form: string): boolean {
  const first = form.split(/\s/, 1)[0].toLowerCase();
  return form.includes(' ') && (HONORIFICS[first] !== undefined || HONORIFICS[`${first}.`] !== undefined);
}

/**
 * The one full name an article's narration gives with `first` as its first name ("Paul Ryan" for "Paul"), or null
 * when it gives none or several ("Paul Ryan" and "Paul Manafort").
 */
function fullFromFirst(first: string, narration: string, isCommon: (w: string) => boolean): string | null {
  const esc = escapeRegExp(first);
  // "Dale Ormsby Jr. met the lawyer": a word the article writes after a first name is a surname, whatever follows it.
  for (const m of narration.matchAll(new RegExp(`(\\p{Lu}[\\p{L}.'’-]*)[ \\t]+${esc}(?![\\p{L}-])`, 'gu')))
    if (!isTitleWord(m[1]) && HONORIFICS[m[1].toLowerCase()] === undefined) return null;
  const names = new Set<string>();
  for (const m of narration.matchAll(
    new RegExp(
      `(?<![\\p{L}\\p{N}'’.-])${esc}[ \\t]+((?:\\p{Lu}\\.[ \\t]+)?)(\\p{Lu}\\p{Ll}[\\p{L}'’-]*)(?![\\p{L}-])`,
      'gu',
    ),
  )) {
    const last = m[2].replace(/['’]s$/, '');
    // "Trump Tower", "Biden administration": a word WordNet knows as a thing makes no surname here.
    if (
      isCommon(last) ||
      isTitleWord(last) ||
      HONORIFICS[last.toLowerCase()] !== undefined ||
      NAME_SUFFIXES.has(last.toLowerCase()) ||
      isThingWord(last)
    )
      return null;
    names.add(`${first} ${m[1]}${last}`);
  }
  if (names.size !== 1) return null;
  const [name] = names;
  return cleanName(name, isCommon)?.name === name ? name : null;
}
