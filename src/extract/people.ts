// One person across the corpus. Each article has its own alias table (speakers.ts): "Deputy Defense Minister
// Anatoly Antonov", "Mr. Antonov" and "Antonov" are one record there. Here the records of all articles become
// persons: full names by surname, first name (Sergei/Sergey) and suffix (a "Jr." is his own person); a record the
// article knows only by its surname ("Trump", "President Trump", "Mr. Trump") joins the full name its copy family
// gives, else the one person of that surname its title or gender allows, else a person the corpus names so much
// more often than any namesake that news writes them by surname alone. Otherwise it stays apart, marked ambiguous
// with the people it could be: never a guess between two Clintons.
import type { Gender, PersonRec } from './speakers';
import { cleanName } from './names';
import { fold } from './lexicon';

export interface RecordIn {
  rec: PersonRec;
  article: { id: string; published: string | null; outlet: string | null };
  /** The original of the article's copy family, when it has one. */
  family?: string | null;
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
  suffix: string | null;
  members: RecordIn[];
  gender: Gender;
  articles: Set<string>;
  roleWords: Set<string>;
  ambiguous: string[] | null;
}

/** How many more articles a person needs than any namesake before a bare surname is taken to mean them. */
export const DOMINANCE = 5;

export function clusterPeople(records: RecordIn[]): { persons: Person[]; idOf: Map<PersonRec, number> } {
  const clusters: Cluster[] = [];
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
    c.gender ??= r.rec.gender;
    c.articles.add(r.article.id);
    if (r.rec.role) for (const w of roleHeads(r.rec.role)) c.roleWords.add(w);
  };
  const fresh = (kind: 'person' | 'org', r: PersonRec): Cluster => ({
    kind,
    surname: r.surname,
    first: r.first,
    suffix: r.suffix ?? null,
    members: [],
    gender: null,
    articles: new Set(),
    roleWords: new Set(),
    ambiguous: null,
  });
  const compatible = (c: Cluster, r: PersonRec) => !c.gender || !r.gender || c.gender === r.gender;

  const people = records.filter((x) => x.rec.kind === 'person');
  // Full names first: same surname and suffix, first names alike. Gender never splits a full name.
  for (const r of people.filter((x) => x.rec.first)) {
    const suffix = r.rec.suffix ?? null;
    const c =
      namesakes('person', r.rec.surname).find(
        (x) => x.first && x.suffix === suffix && sameFirst(x.first, r.rec.first!),
      ) ?? add(fresh('person', r.rec));
    join(c, r);
  }
  // Which full-name cluster each copy family names under a surname: "Trump" in a copy resolves as its original did.
  const familyNames = new Map<string, Set<Cluster>>();
  for (const c of clusters) {
    for (const m of c.members) {
      if (!m.family) continue;
      const k = `${m.family}|${c.surname}`;
      familyNames.set(k, (familyNames.get(k) ?? new Set()).add(c));
    }
  }
  const bare = people.filter((x) => !x.rec.first);
  const undecided: RecordIn[] = [];
  for (const r of bare) {
    const all = namesakes('person', r.rec.surname).filter((x) => x.first && compatible(x, r.rec));
    // A son is written "Trump Jr."; a bare surname means someone without the suffix when there is one.
    const unsuffixed = all.filter((x) => !x.suffix);
    let cands = unsuffixed.length ? unsuffixed : all;
    const fam = r.family ? familyNames.get(`${r.family}|${r.rec.surname}`) : undefined;
    const inFamily = fam ? cands.filter((c) => fam.has(c)) : [];
    if (inFamily.length === 1) cands = inFamily;
    // "President Trump": only a namesake ever given that title.
    if (cands.length > 1 && r.rec.role) {
      const heads = roleHeads(r.rec.role);
      const titled = cands.filter((c) => heads.some((h) => c.roleWords.has(h)));
      if (titled.length >= 1) cands = titled;
    }
    if (cands.length > 1) {
      const sorted = [...cands].sort((a, b) => b.articles.size - a.articles.size);
      if (sorted[0].articles.size >= 3 && sorted[0].articles.size >= DOMINANCE * sorted[1].articles.size)
        cands = [sorted[0]];
    }
    if (cands.length === 1) join(cands[0], r);
    else undecided.push(r);
  }
  // What stays a bare surname: one cluster per surname (and gender), listing whom it could be.
  for (const r of undecided) {
    const c =
      namesakes('person', r.rec.surname).find((x) => !x.first && compatible(x, r.rec)) ?? add(fresh('person', r.rec));
    c.first = null;
    join(c, r);
  }
  for (const c of clusters) {
    if (c.first !== null || c.kind !== 'person') continue;
    const could = namesakes('person', c.surname).filter(
      (x) => x.first && (!c.gender || !x.gender || x.gender === c.gender),
    );
    if (could.length > 1) c.ambiguous = could.sort((a, b) => b.articles.size - a.articles.size).map(displayName);
  }
  for (const r of records.filter((x) => x.rec.kind === 'org')) {
    const c = namesakes('org', r.rec.surname)[0] ?? add(fresh('org', r.rec));
    join(c, r);
  }

  const idOf = new Map<PersonRec, number>();
  const keys = new Map<string, number>();
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
    const slug =
      fold(name)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'person';
    const n = (keys.get(slug) ?? 0) + 1;
    keys.set(slug, n);
    return {
      id,
      key: n === 1 ? slug : `${slug}-${n}`,
      kind: c.kind,
      name,
      aliases: [...aliases].filter((a) => a.length > 1).sort(),
      roles: [...roles.values()].sort((a, b) => b.count - a.count || (a.first ?? '').localeCompare(b.first ?? '')),
      gender: c.gender,
      ambiguous: c.ambiguous,
    };
  });
  return { persons, idOf };
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
 * A speaker the article's alias table knows only by a surname ("Nadler said") while its text names them in full
 * somewhere the table did not read as a name ("Committee Chairman Jerrold Nadler of New York"): the surname gets
 * the article's full name, when the article writes exactly one. News names a person in full at first mention.
 */
export function completeSurnames(recs: PersonRec[], speaking: Set<PersonRec>, paragraphs: string[]): void {
  const bare = recs.filter((r) => r.kind === 'person' && !r.first && speaking.has(r) && r.surname.length > 1);
  if (!bare.length) return;
  const text = paragraphs.join('\n');
  let lowerWords: Set<string> | null = null;
  const isCommon = (w: string) => {
    lowerWords ??= new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}'-]*/gu) ?? []);
    return lowerWords.has(w.toLowerCase());
  };
  for (const r of bare) {
    const surname = r.name.split(' ').pop()!;
    const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const found = new Map<string, string>();
    for (const m of text.matchAll(
      new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4})${esc}\\b(?!['’]?\\s*(?:Jr|Sr)\\b)`, 'gu'),
    )) {
      const c = cleanName(`${m[1]}${surname}`, isCommon);
      if (!c) continue;
      const words = c.name.split(' ');
      if (words.length < 2 || words[words.length - 1] !== surname || /^\p{Lu}\.?$/u.test(words[0])) continue;
      found.set(words[0].toLowerCase(), c.name);
    }
    if (found.size !== 1) continue;
    const [first, name] = [...found][0];
    r.first = first
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z' -]/g, '');
    r.forms.add(r.name);
    r.name = name;
  }
}
