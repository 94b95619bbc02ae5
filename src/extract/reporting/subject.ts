// The source of a reporting clause: the subject phrase before its verb ("Deputy Defense Minister Anatoly Antonov,
// 62, said"), or after an inverted one ("..., said Pentagon spokesman Rear Adm. John Kirby"), with the appositive
// that gives a role ("Ahmed Jimejmi, a resident of the city, said").
import { classifySubject, isPresentParticiple, parseName, tidyRole, type Subject } from '../speakers';
import { isPlaceName } from '../name-entities';
import { baseForms } from '../meaning/wordnet';
import { AUX, NAME_SUFFIXES, TIME_WORDS } from '../quote-words';
import { AFTER_STOP, CLAUSE, INVERTIBLE, isVerbAt, PREPS, PRONOUN_WORDS, type Tok } from './tokens';

export function appositiveLike(seg: Tok[]): boolean {
  if (seg.length === 0) return true;
  const first = seg[0].w;
  // "senior White House correspondent Peter Alexander" opens in lower case but ends in a full name: a subject.
  const whole = classifySubject(seg.map((t) => t.raw).join(' '));
  if (whole?.kind === 'person' && whole.tokens.length >= 2 && !['who', 'which', 'whose'].includes(first)) return false;
  if (/^\d/.test(first)) return true;
  if (
    [
      'a',
      'an',
      'the',
      'his',
      'her',
      'its',
      'their',
      'who',
      'which',
      'whose',
      'one',
      'another',
      'herself',
      'himself',
      'both',
      'now',
      'then',
      'formerly',
      'also',
    ].includes(first)
  )
    return true;
  // A lone abbreviation is a place after a name ("Johnnie Wilson, of Springfield, Va., said").
  if (seg.length === 1 && /^\p{Lu}[\p{L}.]*\.$/u.test(seg[0].raw.replace(/,$/, ''))) return true;
  // Party and state after a legislator's name ("R-Ky.", "D-Calif.").
  if (/^(?:[rdi]|rep|dem|ind)-\p{L}/iu.test(seg[0].raw)) return true;
  if (!/^\p{Lu}/u.test(seg[0].raw.replace(/^[("'“]+/, ''))) return true;
  const text = seg.map((t) => t.raw).join(' ');
  return parseName(text) === null;
}

export interface Found {
  subject: Subject;
  /** End (exclusive) of the subject phrase itself, before an appositive between it and the verb. */
  nameTo?: number;
  /** Token index range of the subject phrase in the token array. */
  from: number;
  to: number;
  role: string | null;
}

/**
 * "Donald Smith, Jr., said", "said Dale Roe, Sr., who ...": a suffix set off by commas is the end of the name before
 * it, not an appositive; the son is his own person, never his father with the role "Jr.".
 */
export function isSuffixSeg(seg: Tok[]): boolean {
  return seg.length === 1 && NAME_SUFFIXES.has(seg[0].raw.replace(/[.,;:]+$/, '').toLowerCase());
}

/** Words that open an indirect question ("explain why X insists", "asked how X knew"). */
const QUESTION_WORDS = new Set(['why', 'how']);
/** Relative pronouns that are the subject of the clause they open ("a group that backed X"). */
const RELATIVES = new Set(['that', 'who', 'which']);

/** "backed", "endorses": a verb's past or third-person form (WordNet's morphology), in lower case. */
function isInflectedVerb(w: string): boolean {
  return /^\p{Ll}{3,}(?:ed|s)$/u.test(w) && baseForms(w).some((b) => b.pos === 'v' && b.lemma !== w);
}

/** Determiners that open a description of an unnamed speaker: "a GOP lawmaker", "the official", "this source". */
const DESCRIBED = new Set(['a', 'an', 'the', 'this', 'that', 'one', 'another']);

/**
 * Where the relative clause holding tokens `k`..`j` opens ("who", "whom", "whose" after a comma), or null: the
 * clause runs to `j` with no other comma or quotation inside.
 */
function relativeOpening(toks: Tok[], k: number, j: number, lo: number): number | null {
  for (let r = k; r > lo; r--) {
    if (toks[r].mark || (toks[r].stop && r !== j)) return null;
    if (/^(?:who|whom|whose)$/.test(toks[r].w)) return toks[r - 1].stop === ',' ? r : null;
  }
  return null;
}

/** The subject phrase of the verb at `v`, read backwards over commas and appositives ("X, a lawyer, who ..., said"). */
export function subjectBefore(toks: Tok[], v: number, lo: number, isCommon: (w: string) => boolean): Found | null {
  let j = v - 1;
  while (j >= lo && (AUX.has(toks[j].w) || /^\p{Ll}+ly$/u.test(toks[j].raw)) && !toks[j].stop && !toks[j].mark) j--;
  if (j < lo) return null;
  // "what she calls", "she told": a pronoun next to the verb is the whole subject.
  if (PRONOUN_WORDS.has(toks[j].w) && !toks[j].stop) {
    const subject = classifySubject(toks[j].w, isCommon);
    return subject ? { subject, from: j, to: v, nameTo: j + 1, role: null } : null;
  }
  // "anybody who complains": a relative clause's verb reports nobody's words here.
  if (['who', 'which', 'that', 'whom'].includes(toks[j].w)) return null;
  // "... stressed her record during a forum sponsored by the network and said": a verb after "and" shares the
  // sentence's subject (participleClause); the words before "and" end another clause.
  if (['and', 'but', 'then'].includes(toks[j].w) && !toks[j].mark) return null;
  if (toks[j].mark) return null;
  const segs: { toks: Tok[]; from: number }[] = [];
  let cur: Tok[] = [];
  let k = j;
  let count = 0;
  let closedParen = false;
  for (; k >= lo; k--) {
    const t = toks[k];
    if (t.mark) break;
    // Contexts never cross a sentence end, so a period inside one closes an abbreviation ("Lt.", "R-Ky.").
    if (t.stop === ':' || t.stop === ';' || (/[!?]["'”’)]*$/.test(t.raw) && k !== j)) break;
    if (t.stop === ',' && cur.length) {
      segs.push({ toks: cur, from: k + 1 });
      cur = [];
      if (segs.length >= 7) break;
    }
    const lowerStart = !/^\p{Lu}/u.test(t.raw.replace(/^[("'“]+/, ''));
    // "and"/"or" inside an appositive ("a senior fellow ... and a former ambassador") joins its parts.
    let segStart = k;
    while (segStart > lo && !toks[segStart - 1].stop && !toks[segStart - 1].mark) segStart--;
    const inAppositive =
      (t.w === 'and' || t.w === 'or') &&
      segStart < k &&
      (['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one'].includes(toks[segStart].w) ||
        // "senior vice president and chief human resources officer": a role phrase, lower case from its start.
        (/^\p{Ll}/u.test(toks[segStart].raw) && toks.slice(segStart, k).every((x) => !PRONOUN_WORDS.has(x.w))) ||
        // "History and Culture", "Securities and Exchange Commission": a name's inner "and".
        (/^\p{Lu}/u.test(toks[k + 1]?.raw ?? '') && /^\p{Lu}/u.test(toks[k - 1]?.raw ?? '')) ||
        ['a', 'an'].includes(toks[k + 1]?.w ?? ''));
    // "... to explain why Roe insists on ...": a question word opens a clause whose subject follows it.
    if (lowerStart && !inAppositive && (CLAUSE.has(t.w) || QUESTION_WORDS.has(t.w) || isVerbAt(toks, k))) break;
    // "during which the U.N. says": a relative after a preposition opens a clause whose own subject follows it.
    if (['which', 'whom'].includes(t.w) && k > lo && PREPS.has(toks[k - 1].w) && !toks[k - 1].stop) break;
    cur.unshift(t);
    if (++count > 30) return null;
    // "... his party (former Speaker Tim Vale recently called him "a menace")": a parenthesis still open at the verb
    // opens a clause of its own; "Sen. Rand Paul (R., Ky.) said" closes its own.
    if (t.raw.includes(')') && !t.raw.includes('(')) closedParen = true;
    else if (t.raw.startsWith('(') && !t.raw.includes(')')) {
      if (!closedParen) {
        k--;
        break;
      }
      closedParen = false;
    }
  }
  // "Former Sen. Tom Brandt, who served as secretary of defense under former President Amos Kettering, told the
  // network": a relative clause set off by commas between the subject and its verb describes the subject; when
  // the walk stopped inside it (at "as", at a verb), the subject is the phrase before its "who".
  if (k >= lo && toks[j].stop === ',') {
    const rel = relativeOpening(toks, k, j, lo);
    if (rel !== null) return subjectBefore(toks, rel, lo, isCommon);
  }
  // "... to explain why Roe insists on talking about "jailing opponents"": a verb in an indirect question asks about
  // the words; it does not report them as said.
  if (k >= lo && QUESTION_WORDS.has(toks[k].w) && !segs.length) return null;
  // "Justice Partners, an advocacy group that backed Rep. Jane Roe of New York, said": a relative pronoun and its
  // verb before the name make the name the verb's object; the one the clause describes, before the pronoun, speaks.
  if (k > lo && !segs.length && RELATIVES.has(toks[k].w) && cur.length > 1 && isInflectedVerb(cur[0].raw))
    return subjectBefore(toks, k, lo, isCommon);
  if (cur.length) segs.push({ toks: cur, from: k + 1 });
  if (!segs.length) return null;
  for (let i = segs.length - 2; i >= 0; i--)
    if (isSuffixSeg(segs[i].toks))
      segs.splice(i, 2, { toks: [...segs[i + 1].toks, ...segs[i].toks], from: segs[i + 1].from });
  // The subject is the phrase next to the verb unless that phrase is an appositive to a name before it.
  let pick = 0;
  const roles: string[] = [];
  // "Jeff Fox, 57, of Pen Argyl, Pennsylvania, said", "Mary Lunt, a retired teacher from Easton, Pennsylvania, said":
  // a place next to the verb that closes a place phrase before it (the state after its town) belongs to that phrase.
  const words = (i: number) =>
    segs[i].toks
      .map((t) => t.raw)
      .join(' ')
      .replace(/[,;:]+$/, '');
  if (segs.length > 2 && /\b(?:of|from|in|near)\s+(?:\p{Lu}[\p{L}.'’-]*\s*)+$/u.test(words(1)) && isPlaceName(words(0)))
    pick = 1;
  // "Trump, a GOP lawmaker said, wants it done", "Obama, the official said, was furious": an appositive closes
  // with a comma before its verb; a described speaker straight before the verb, after a name and a comma, is the
  // one who speaks, and the name opens the reported clause.
  const nextToVerb = segs[0].toks;
  const unclosed =
    segs.length > 1 &&
    nextToVerb.length > 1 &&
    !nextToVerb[nextToVerb.length - 1].stop &&
    DESCRIBED.has(nextToVerb[0].w) &&
    /^\p{Ll}/u.test(nextToVerb[nextToVerb.length - 1].raw) &&
    // "this source" reads as "the source" would.
    classifySubject(words(0).replace(/^(?:this|that)\b/i, 'the'), isCommon)?.kind === 'description';
  while (!unclosed && pick < segs.length - 1 && appositiveLike(segs[pick].toks)) {
    const prev = segs[pick + 1].toks.map((t) => t.raw).join(' ');
    const prevSubject = classifySubject(prev, isCommon);
    // "The panel, which is led by Gov. Dale Roe, said": a relative clause describes the phrase before it, whatever
    // that phrase names; a name inside the clause is its object.
    // ... and that phrase may itself be an appositive to a name before it ("Jane Roe, president of the union,
    // which represents the city's teachers, said"): the walk goes on from it.
    if (prevSubject && /^(?:who|which|whose)$/.test(segs[pick].toks[0]?.w ?? '')) {
      pick++;
      continue;
    }
    // "Rebuffing Mr. Roe, the Defense Ministry said", "Her rival is not Senator Roe, these critics say": a body or a
    // plural next to the verb is no apposition of one person before it; it speaks, and the name is part of what
    // comes before (a participle's object, the reported clause).
    if (prevSubject?.kind === 'person' && pick === 0 && /^(?:the|these|those)$/.test(segs[0].toks[0]?.w ?? '')) {
      const self = classifySubject(words(0), isCommon);
      if (self?.kind === 'org' || (self?.kind === 'description' && self.plural)) break;
    }
    // "The attorney general's office, acting at the direction of Gov. Dale Roe, said": a participle phrase set off
    // by commas describes the phrase before it; a name inside it is its object.
    if (prevSubject && isPresentParticiple(segs[pick].toks[0]?.w ?? '') && /^\p{Ll}/u.test(segs[pick].toks[0].raw)) {
      pick++;
      continue;
    }
    if (!prevSubject) {
      // "Johnnie Wilson, of Springfield, Va., said": a place phrase between name and verb is skipped.
      if (appositiveLike(segs[pick + 1].toks) && pick + 2 < segs.length) {
        pick++;
        continue;
      }
      break;
    }
    // A lone abbreviation ("Md.") or an age before it is part of the chain, not the name: keep walking.
    const nextIsChain = appositiveLike(segs[pick + 1].toks) && pick + 2 < segs.length;
    const named =
      (prevSubject.kind === 'person' || prevSubject.kind === 'org') &&
      !(nextIsChain && segs[pick + 1].toks.length === 1);
    if (named || nextIsChain) {
      if (!/^(?:who|which|whose)$/.test(segs[pick].toks[0]?.w ?? '') && !/^\d/.test(segs[pick].toks[0]?.w ?? ''))
        roles.unshift(segs[pick].toks.map((t) => t.raw).join(' '));
      pick++;
      if (named) break;
    } else break;
  }
  // "The State Department under her successor, Secretary Dale Roe, has insisted": a name set off by commas after
  // "under" and a noun of one person is in apposition to that noun, the object of "under"; the phrase's head, the
  // body, is the subject.
  if (pick === 0 && segs.length > 1) {
    const head = /^(.*\S)\s+under\s+(?:his|her|their|its|the)\s+\p{Ll}+,?$/u.exec(words(1));
    const body =
      head && !/\b(?:who|whom|which|whose|that)\b/i.test(head[1]) ? classifySubject(head[1], isCommon) : null;
    if (body && body.kind !== 'person' && body.kind !== 'pronoun')
      return { subject: body, from: segs[1].from, to: v, nameTo: segs[1].from + segs[1].toks.length, role: null };
  }
  const seg = segs[pick].toks;
  if (seg.length > 14) return null;
  const text = seg.map((t) => t.raw).join(' ');
  const subject = classifySubject(text, isCommon);
  if (!subject) return null;
  const role = roles.length ? tidyRole(roles.reverse().join(', ')) : null;
  return { subject, from: segs[pick].from, to: v, nameTo: segs[pick].from + seg.length, role };
}

/** The subject after an inverted verb ("..., said an activist in the city, where ..."; "said Ahmed Jimejmi, a resident"). */
export function subjectAfter(
  toks: Tok[],
  v: number,
  hi: number,
  isCommon: (w: string) => boolean,
  quoteFollows = false,
): Found | null {
  let k = v + 1;
  while (k < hi && (TIME_WORDS.has(toks[k].w) || (toks[k].w === 'on' && k + 1 < hi && TIME_WORDS.has(toks[k + 1].w)))) {
    if (toks[k].stop) return null;
    k++;
  }
  if (k >= hi || toks[k].mark) return null;
  // "said on Twitter", "said in an interview": an adjunct, not a subject.
  if (PREPS.has(toks[k].w) || toks[k].w === 'that') return null;
  const startK = k;
  const descriptive = !/^\p{Lu}/u.test(toks[k].raw.replace(/^[("'“]+/, ''));
  // "said he hopes ...": a pronoun after the verb opens the reported clause; only "said he." inverts.
  if (PRONOUN_WORDS.has(toks[k].w) && k + 1 < hi && !toks[k].stop) return null;
  const np: Tok[] = [];
  let endedByMark = false;
  for (; k < hi; k++) {
    const t = toks[k];
    if (t.mark) {
      endedByMark = true;
      break;
    }
    if (
      np.length &&
      AFTER_STOP.has(t.w) &&
      !(descriptive && PREPS.has(t.w) && !['after', 'before', 'during', 'to'].includes(t.w))
    )
      break;
    // A name ends at a preposition unless the next word is capitalised inside a title ("Secretary of State X").
    np.push(t);
    if (t.stop || /[!?]["'”’)]*$/.test(t.raw)) {
      k++;
      break;
    }
    if (np.length > 12) return null;
  }
  // "said Dale Roe, Jr., who testified": the suffix after the comma closes the name.
  if (np[np.length - 1]?.stop === ',' && k < hi && isSuffixSeg([toks[k]]) && !toks[k].mark) np.push(toks[k++]);
  // Drop trailing time words ("said Antonov Tuesday").
  while (np.length > 1 && TIME_WORDS.has(np[np.length - 1].w)) np.pop();
  if (!np.length) return null;
  // "said North Korea's latest "provocation ..."": the phrase runs into a quotation, so it is reported speech.
  if ((endedByMark || (quoteFollows && k >= hi)) && !np[np.length - 1].stop) return null;
  if (np.some((t, i) => i > 0 && PRONOUN_WORDS.has(t.w))) return null;
  const subject = classifySubject(np.map((t) => t.raw).join(' '), isCommon);
  if (!subject) return null;
  let role: string | null = null;
  if (np[np.length - 1].stop === ',' && k < hi && (subject.kind === 'person' || subject.kind === 'org')) {
    const app: Tok[] = [];
    for (let a = k; a < hi && app.length < 16; a++) {
      const t = toks[a];
      if (t.mark) break;
      app.push(t);
      if (t.stop || /[.!?]["'”’)]*$/.test(t.raw)) break;
    }
    if (app.length && appositiveLike(app) && !['who', 'which', 'whose', 'where', 'when'].includes(app[0].w))
      role = tidyRole(
        app
          .map((t) => t.raw)
          .join(' ')
          .replace(/[.,;:]+$/, ''),
      );
  }
  // "added McConnell's whip, Sen. John Cornyn of Texas": a description, then the name it describes.
  if (subject.kind === 'description' && np[np.length - 1].stop === ',' && k < hi) {
    const app: Tok[] = [];
    for (let a = k; a < hi && app.length < 10; a++) {
      if (toks[a].mark) break;
      app.push(toks[a]);
      if (toks[a].stop) break;
    }
    const named = app.length ? classifySubject(app.map((t) => t.raw).join(' '), isCommon) : null;
    if (named?.kind === 'person') return { subject: named, from: k, to: k + app.length, role: subject.text };
  }
  return { subject, from: startK, to: k, role };
}

/**
 * Speaker of the reporting verb at token v: its subject before it, or after it when inverted ("..., said X").
 * "told", "urged" and the like take an object after a comma, so their subject is always before them.
 */
export function verbSubject(
  toks: Tok[],
  v: number,
  lo: number,
  hi: number,
  isCommon: (w: string) => boolean,
  quoteFollows = false,
): Found | null {
  const onlyPunct = toks.slice(lo, v).every((t) => t.mark || !t.w);
  if (onlyPunct) return subjectAfter(toks, v, hi, isCommon, quoteFollows);
  if (lo < v && toks[v - 1].stop === ',' && INVERTIBLE.has(toks[v].w)) {
    const after = subjectAfter(toks, v, hi, isCommon, quoteFollows);
    // "Talk show host Ray Vance, on his show on Thursday, asked Ormsby, "...?"", "Ormsby, the former governor,
    // stressed her record ...": a verb inverts only after the words it reports; with a person before it, set off by
    // an adjunct or an appositive, that person speaks and what follows the verb is its object.
    if (after && quoteFollows) {
      const before = subjectBefore(toks, v, lo, isCommon);
      if (before?.subject.kind === 'person') return before;
    }
    if (after && after.subject.kind !== 'pronoun') return after;
    if (after && after.subject.kind === 'pronoun' && ['he', 'she', 'they'].includes(after.subject.text)) return after;
  }
  return subjectBefore(toks, v, lo, isCommon) ?? null;
}
