// Attribution: for each quotation span, whose words they are, read the way a reader reads a news article —
// sentence by sentence, keeping track of who has been speaking so a "he said" or an unattributed follow-on
// quotation lands on the right person.
import { findQuoteSpans, type QuoteSpan } from './quotes';
import { isSentenceEnd } from './quote-text';
import { AUX, REPORTING_VERBS, TIME_WORDS, TITLE_WORDS, WEAK_VERBS } from './quote-words';
import { BASE_FORMS as LEX_BASE_FORMS, INVERTIBLE_FORMS, PARTICIPLE_FORMS } from './lexicon';
import { AliasTable, classifySubject, cleanRole, normName, parseName, tidyRole, type PersonRec, type Subject } from './speakers';

export type Speaker =
  | { kind: 'person' | 'org'; rec: PersonRec }
  | { kind: 'description'; text: string }
  /** A pronoun nothing before it could resolve: kept as written, never guessed. */
  | { kind: 'pronoun'; text: string };

export type Via = 'after' | 'before' | 'according' | 'continues' | 'next' | 'none';

export interface AttributedQuote {
  span: QuoteSpan;
  /** The sentence(s) carrying the quotation, as printed. */
  sentence: string;
  speaker: Speaker | null;
  /** Role as the attribution gave it ("a resident", "Deputy Defense Minister"). */
  role: string | null;
  /** For nested attributions: who the article has reporting the words. */
  reportedBy: Speaker | null;
  via: Via;
  /** One- or two-word (or title-like) quotation no sentence attributes: a scare quote, not someone's words. */
  scare: boolean;
}

export interface ArticleQuotes {
  quotes: AttributedQuote[];
  people: PersonRec[];
}

interface Tok {
  raw: string;
  /** Lower case, edge punctuation removed. */
  w: string;
  start: number;
  end: number;
  /** A bare quotation mark left by masking. */
  mark: boolean;
  /** Punctuation glued to its end that closes a phrase (",", ";", ":"). */
  stop: string;
}

function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const raw = m[0].slice(0, Math.max(0, to - m.index));
    const w = raw.replace(/^[("'“”‘\[—–]+|[)"'”’\],.;:!?—–]+$/g, '').toLowerCase();
    const mark = /^[\s"“”„«»'`,.;:!?—–-]*$/.test(raw) && /["“”„«»]|''/.test(raw);
    const stopM = /([,;:])["'”’)\]]*$/.exec(raw);
    out.push({ raw, w, start: m.index, end: m.index + raw.length, mark, stop: stopM ? stopM[1] : '' });
  }
  return out;
}

const INVERTIBLE = INVERTIBLE_FORMS;
const PARTICIPLES = PARTICIPLE_FORMS;
const BASE_FORMS = LEX_BASE_FORMS;
const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const CLAUSE = new Set(['that', 'because', 'and', 'but', 'while', 'when', 'as', 'after', 'before', 'if', 'although', 'though', 'so', 'since', 'where', 'whether', 'until', 'unless', 'than', 'or', 'said', 'says']);
const PREPS = new Set(['in', 'at', 'from', 'to', 'of', 'for', 'with', 'on', 'by', 'near', 'into', 'against', 'about', 'like', 'than', 'over', 'under', 'between', 'among', 'toward', 'towards', 'after', 'before', 'during', 'via', 'through', 'without', 'within', 'across', 'upon', 'amid', 'per']);
const AFTER_STOP = new Set(['who', 'which', 'where', 'when', 'while', 'as', 'because', 'that', 'according', 'adding', 'referring', 'after', 'before', 'during', 'but', 'and', 'in', 'on', 'at', 'to', 'told', 'said', 'via', 'citing', 'noting', 'speaking', 'writing', 'if', 'although']);

const isVerbTok = (t: Tok) => !t.mark && (REPORTING_VERBS.has(t.w) || t.w === 'pointed') && !/^\p{Lu}/u.test(t.raw.replace(/^["“'‘(]+/, ''));
/** A finite reporting verb: not an infinitive ("fails to respond") nor a noun after a determiner ("the report"). */
const isVerbAt = (toks: Tok[], i: number) => {
  if (!isVerbTok(toks[i])) return false;
  const prev = i > 0 ? toks[i - 1] : null;
  if (prev && ['to', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that', 'whose', 'of', 'late-night', 'my', 'our', 'your'].includes(prev.w)) return false;
  const w = toks[i].w;
  // "pointed out" reports; "pointed" alone does not.
  if (w === 'pointed') return toks[i + 1]?.w === 'out';
  // After a possessive comes a noun: "Mr. Obama's remarks".
  if (prev && /['’]s$|s['’]$/.test(prev.raw)) return false;
  // A bare base form reports only after a pronoun or an auxiliary ("they say", "would tell"); otherwise it is a
  // noun or an infinitive's tail ("the Times report", "directly declare").
  if (BASE_FORMS.has(w) && !(prev && (['i', 'we', 'you', 'they'].includes(prev.w) || AUX.has(prev.w)))) return false;
  // "was quoted as saying" reports; a bare "saying" opens a participle clause (handled apart).
  if (w === 'saying') return prev?.w === 'as';
  // Third-person -s forms double as plural nouns ("tweets", "claims", "reports"): a verb only after its subject —
  // a name, a pronoun, a relative, an adverb or the end of an appositive.
  if (w !== 'says' && /s$/.test(w) && !/ss$/.test(w)) {
    if (!prev) return false;
    const capital = /^\p{Lu}/u.test(prev.raw.replace(/^[("'“]+/, ''));
    // ... or it closes its clause ("a narrator in the ad asks.").
    const closes = !!toks[i].stop || /[.!?]["'”’)]*$/.test(toks[i].raw);
    return capital || closes || prev.stop === ',' || ['he', 'she', 'it', 'who', 'that', 'which', 'also', 'now', 'still', 'often', 'later', 'then', 'again', 'repeatedly'].includes(prev.w) || /ly$/.test(prev.w);
  }
  return true;
};

function appositiveLike(seg: Tok[]): boolean {
  if (seg.length === 0) return true;
  const first = seg[0].w;
  // "senior White House correspondent Peter Alexander" opens in lower case but ends in a full name: a subject.
  const whole = classifySubject(seg.map((t) => t.raw).join(' '));
  if (whole?.kind === 'person' && whole.tokens.length >= 2 && !['who', 'which', 'whose'].includes(first)) return false;
  if (/^\d/.test(first)) return true;
  if (['a', 'an', 'the', 'his', 'her', 'its', 'their', 'who', 'which', 'whose', 'one', 'another', 'herself', 'himself', 'both', 'now', 'then', 'formerly', 'also'].includes(first)) return true;
  // A lone abbreviation is a place after a name ("Johnnie Wilson, of Springfield, Va., said").
  if (seg.length === 1 && /^\p{Lu}[\p{L}.]*\.$/u.test(seg[0].raw.replace(/,$/, ''))) return true;
  // Party and state after a legislator's name ("R-Ky.", "D-Calif.").
  if (/^(?:[rdi]|rep|dem|ind)-\p{L}/iu.test(seg[0].raw)) return true;
  if (!/^\p{Lu}/u.test(seg[0].raw.replace(/^[("'“]+/, ''))) return true;
  const text = seg.map((t) => t.raw).join(' ');
  return parseName(text) === null;
}

interface Found {
  subject: Subject;
  /** Token index range of the subject phrase in the token array. */
  from: number;
  to: number;
  role: string | null;
}

/** The subject phrase of the verb at `v`, read backwards over commas and appositives ("X, a lawyer, who ..., said"). */
function subjectBefore(toks: Tok[], v: number, lo: number, isCommon: (w: string) => boolean): Found | null {
  let j = v - 1;
  while (j >= lo && (AUX.has(toks[j].w) || /^\p{Ll}+ly$/u.test(toks[j].raw)) && !toks[j].stop && !toks[j].mark) j--;
  if (j < lo) return null;
  // "what she calls", "she told": a pronoun next to the verb is the whole subject.
  if (PRONOUN_WORDS.has(toks[j].w) && !toks[j].stop) {
    const subject = classifySubject(toks[j].w, isCommon);
    return subject ? { subject, from: j, to: v, role: null } : null;
  }
  // "anybody who complains": a relative clause's verb reports nobody's words here.
  if (['who', 'which', 'that', 'whom'].includes(toks[j].w)) return null;
  if (toks[j].mark) return null;
  const segs: { toks: Tok[]; from: number }[] = [];
  let cur: Tok[] = [];
  let k = j;
  let count = 0;
  for (; k >= lo; k--) {
    const t = toks[k];
    if (t.mark) break;
    // Contexts never cross a sentence end, so a period inside one closes an abbreviation ("Lt.", "R-Ky.").
    if (t.stop === ':' || t.stop === ';' || /[!?]["'”’)]*$/.test(t.raw) && k !== j) break;
    if (t.stop === ',' && cur.length) {
      segs.push({ toks: cur, from: k + 1 });
      cur = [];
      if (segs.length >= 7) break;
    }
    const lowerStart = !/^\p{Lu}/u.test(t.raw.replace(/^[("'“]+/, ''));
    // "and"/"or" inside an appositive ("a senior fellow ... and a former ambassador") joins its parts.
    let segStart = k;
    while (segStart > lo && !toks[segStart - 1].stop && !toks[segStart - 1].mark) segStart--;
    const inAppositive = (t.w === 'and' || t.w === 'or') && segStart < k && (['a', 'an', 'the', 'his', 'her', 'its', 'their', 'one'].includes(toks[segStart].w)
      // "senior vice president and chief human resources officer": a role phrase, lower case from its start.
      || /^\p{Ll}/u.test(toks[segStart].raw) && toks.slice(segStart, k).every((x) => !PRONOUN_WORDS.has(x.w))
      // "History and Culture", "Securities and Exchange Commission": a name's inner "and".
      || /^\p{Lu}/u.test(toks[k + 1]?.raw ?? '') && /^\p{Lu}/u.test(toks[k - 1]?.raw ?? '')
      || ['a', 'an'].includes(toks[k + 1]?.w ?? ''));
    if (lowerStart && !inAppositive && (CLAUSE.has(t.w) || isVerbAt(toks, k))) break;
    cur.unshift(t);
    if (++count > 30) return null;
  }
  if (cur.length) segs.push({ toks: cur, from: k + 1 });
  if (!segs.length) return null;
  // The subject is the phrase next to the verb unless that phrase is an appositive to a name before it.
  let pick = 0;
  const roles: string[] = [];
  while (pick < segs.length - 1 && appositiveLike(segs[pick].toks)) {
    const prev = segs[pick + 1].toks.map((t) => t.raw).join(' ');
    const prevSubject = classifySubject(prev, isCommon);
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
    const named = (prevSubject.kind === 'person' || prevSubject.kind === 'org') && !(nextIsChain && segs[pick + 1].toks.length === 1);
    if (named || nextIsChain) {
      if (!/^(?:who|which|whose)$/.test(segs[pick].toks[0]?.w ?? '') && !/^\d/.test(segs[pick].toks[0]?.w ?? '')) roles.unshift(segs[pick].toks.map((t) => t.raw).join(' '));
      pick++;
      if (named) break;
    } else break;
  }
  const seg = segs[pick].toks;
  if (seg.length > 14) return null;
  const text = seg.map((t) => t.raw).join(' ');
  const subject = classifySubject(text, isCommon);
  if (!subject) return null;
  const role = roles.length ? tidyRole(roles.reverse().join(', ')) : null;
  return { subject, from: segs[pick].from, to: v, role };
}

/** The subject after an inverted verb ("..., said an activist in the city, where ..."; "said Ahmed Jimejmi, a resident"). */
function subjectAfter(toks: Tok[], v: number, hi: number, isCommon: (w: string) => boolean, quoteFollows = false): Found | null {
  let k = v + 1;
  while (k < hi && (TIME_WORDS.has(toks[k].w) || toks[k].w === 'on' && k + 1 < hi && TIME_WORDS.has(toks[k + 1].w))) {
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
    if (np.length && AFTER_STOP.has(t.w) && !(descriptive && PREPS.has(t.w) && !['after', 'before', 'during', 'to'].includes(t.w))) break;
    // A name ends at a preposition unless the next word is capitalised inside a title ("Secretary of State X").
    np.push(t);
    if (t.stop || /[!?]["'”’)]*$/.test(t.raw)) { k++; break; }
    if (np.length > 12) return null;
  }
  // Drop trailing time words ("said Antonov Tuesday").
  while (np.length > 1 && TIME_WORDS.has(np[np.length - 1].w)) np.pop();
  if (!np.length) return null;
  // "said North Korea's latest "provocation ..."": the phrase runs into a quotation, so it is reported speech.
  if ((endedByMark || quoteFollows && k >= hi) && !np[np.length - 1].stop) return null;
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
    if (app.length && appositiveLike(app) && !['who', 'which', 'whose', 'where', 'when'].includes(app[0].w)) role = tidyRole(app.map((t) => t.raw).join(' ').replace(/[.,;:]+$/, ''));
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

// ---------------------------------------------------------------------------------------------------------------

interface Mention {
  sent: number;
  paragraph: number;
  at: number;
  speaker: Speaker;
  /** Subject of a reporting verb (a speaker), not just a name in passing. */
  fromVerb: boolean;
}

/** Replaces the words inside quotation marks by spaces, keeping offsets and a sentence-final mark. */
/** A nickname inside a name (Marcia "Cia" Price): one or two capitalised words between capitalised words. */
export function isNickname(span: QuoteSpan, paragraphs: string[]): boolean {
  if (span.words > 2 || !span.closed || span.parts.length !== 1) return false;
  if (!span.text.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return false;
  const text = paragraphs[span.parts[0].paragraph];
  const before = text.slice(0, span.openAt).trimEnd().split(/\s+/).pop() ?? '';
  const after = text.slice(span.closeAt).trimStart().split(/\s+/)[0] ?? '';
  return /^\p{Lu}[\p{L}.'’-]*$/u.test(before) && /^\p{Lu}[\p{L}'’-]*[,.]?$/u.test(after);
}

function mask(text: string, spans: QuoteSpan[], p: number): string {
  const chars = text.split('');
  for (const s of spans) {
    for (const part of s.parts) {
      if (part.paragraph !== p) continue;
      for (let i = part.start; i < part.end; i++) chars[i] = ' ';
      const inner = text.slice(part.start, part.end).trimEnd();
      const lastCh = inner[inner.length - 1];
      if (lastCh && /[.!?]/.test(lastCh) && part.end < text.length) chars[part.start + inner.length - 1] = lastCh;
    }
  }
  return chars.join('');
}

interface Sent { index: number; paragraph: number; start: number; end: number }

function sentencesOf(masked: string, paragraph: number, base: number): Sent[] {
  const out: Sent[] = [];
  let start = 0;
  const push = (s: number, e: number) => {
    while (s < e && /\s/.test(masked[s])) s++;
    while (e > s && /\s/.test(masked[e - 1])) e--;
    if (e > s) out.push({ index: base + out.length, paragraph, start: s, end: e });
  };
  for (let i = 0; i < masked.length; i++) {
    if (isSentenceEnd(masked, i)) {
      let end = i + 1;
      while (end < masked.length && /["'”’)\]]/.test(masked[end])) end++;
      push(start, end);
      start = end;
    }
  }
  push(start, masked.length);
  return out;
}

/** Attributes every quotation of one article. */
export function attributeQuotes(paragraphs: string[]): ArticleQuotes {
  const allSpans = findQuoteSpans(paragraphs);
  // Nicknames stay part of the name around them: not masked, not quotations.
  const spans = allSpans.filter((s) => !isNickname(s, paragraphs));
  const table = new AliasTable();
  // An article without quotations has nothing to attribute (most of a large corpus's paragraphs are like that).
  if (!spans.length) return { quotes: [], people: [] };
  // Speakers matter only a few paragraphs before a quotation (pronouns reach back three); names anywhere earlier
  // still feed the alias table.
  const near = new Set<number>();
  for (const sp of spans) for (let p = sp.parts[0].paragraph - 3; p <= sp.parts[sp.parts.length - 1].paragraph + 1; p++) near.add(p);
  const lowerWords = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(/(?:^|[^\p{L}])(\p{Ll}[\p{L}'-]*)/gu)) lowerWords.add(m[1]);
  const isCommon = (w: string) => lowerWords.has(w.toLowerCase());
  // Words the article writes after "in", "to", "from" ... are places ("in Moscow"): a lone one that speaks
  // ("Moscow says") is a government, never the "he" of a later sentence.
  const placeWords = new Set<string>();
  for (const p of paragraphs) for (const m of p.matchAll(/\b(?:in|from|across|into|near|toward|towards|outside|inside|throughout)\s+(\p{Lu}[\p{L}-]+)(?!['’\p{L}])(?!\s+\p{Lu})/gu)) placeWords.add(m[1].toLowerCase());

  const runCache = new Map<string, { parse: ReturnType<typeof parseName>; subject: Subject | null }>();
  const masked = paragraphs.map((t, p) => mask(t, spans, p));
  const sents: Sent[] = [];
  masked.forEach((m, p) => sents.push(...sentencesOf(m, p, sents.length)));
  const mentions: Mention[] = [];
  const results: AttributedQuote[] = new Array(spans.length);
  const spanSent = spans.map((s) => sents.findIndex((x) => x.paragraph === s.parts[0].paragraph && x.start <= s.openAt && s.openAt < x.end + 1));
  const endSent = spans.map((s) => {
    const last = s.parts[s.parts.length - 1];
    const i = sents.findIndex((x) => x.paragraph === last.paragraph && x.start <= Math.max(s.closeAt - 1, 0) && s.closeAt - 1 < x.end + 1);
    return i < 0 ? spanSent[spans.indexOf(s)] : i;
  });
  let lastQuote: { sent: number; paragraph: number; speaker: Speaker | null; role: string | null } | null = null;

  const toSpeaker = (subject: Subject, sent: Sent, at: number, form: string): Speaker => {
    if (subject.kind === 'person' || subject.kind === 'org') {
      const rec = table.resolve(subject, form);
      return { kind: subject.kind, rec };
    }
    if (subject.kind === 'description') return { kind: 'description', text: subject.text };
    const resolved = resolvePronoun(subject.pron, sent, at);
    return resolved ?? { kind: 'pronoun', text: subject.text };
  };

  // He/she words per sentence (outside quotations), to tell a person's gender from how the article refers to them.
  const pronCounts = sents.map((x) => {
    const t = masked[x.paragraph].slice(x.start, x.end).toLowerCase();
    // Subject pronouns only: "Warren asked him about his pay" says nothing about Warren.
    return { m: (t.match(/\b(?:he|himself)\b/g) ?? []).length, f: (t.match(/\b(?:she|herself)\b/g) ?? []).length };
  });
  /** 'm' or 'f' when the sentences where a person is named (and the next ones) clearly use one set of pronouns. */
  // Sentences naming each capitalised word (outside quotations), indexed in one pass over the article.
  let namedIn: Map<string, number[]> | null = null;
  function sentencesNaming(surname: string): number[] {
    if (!namedIn) {
      namedIn = new Map();
      for (const x of sents) {
        for (const m of masked[x.paragraph].slice(x.start, x.end).matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
          const key = normName(m[0].replace(/['’]s$/, ''));
          const list = namedIn.get(key);
          if (!list) namedIn.set(key, [x.index]);
          else if (list[list.length - 1] !== x.index) list.push(x.index);
        }
      }
    }
    return namedIn.get(surname) ?? [];
  }
  function genderEvidence(rec: PersonRec, upTo: number): 'm' | 'f' | null {
    let m = 0;
    let f = 0;
    const seen = new Set<number>();
    // Where the article names them (as a speaker or in passing) and the sentence after: how it refers back.
    // A surname two people share (Barack and Michelle Obama) says nothing: then only the first name counts.
    const shared = rec.first && table.people.some((p) => p !== rec && p.kind === 'person' && p.surname === rec.surname);
    for (const k0 of sentencesNaming(shared ? rec.first! : rec.surname)) {
      for (const k of [k0, k0 + 1]) {
        if (k > upTo || seen.has(k) || !pronCounts[k]) continue;
        seen.add(k);
        m += pronCounts[k].m;
        f += pronCounts[k].f;
      }
    }
    if (m >= 2 && m >= 3 * f) return 'm';
    if (f >= 2 && f >= 3 * m) return 'f';
    return null;
  }

  function resolvePronoun(pron: 'm' | 'f' | 'n' | 'p', sent: Sent, at: number): Speaker | null {
    for (let s = sent.index; s >= 0 && s >= sent.index - 8; s--) {
      if (sents[s].paragraph < sent.paragraph - 3) break;
      const cands = mentions.filter((m) => m.sent === s && (s !== sent.index || m.at < at));
      // A sentence's first speaker is its subject: "Lavrov said Assad wouldn't agree" — a later "he" is Lavrov.
      cands.sort((a, b) => Number(b.fromVerb) - Number(a.fromVerb) || a.at - b.at);
      for (const c of cands) {
        const sp = c.speaker;
        if (pron === 'm' || pron === 'f') {
          // A bare one-word speaker may be a company or a government ("Google said"): only a person if the
          // article itself calls them he or she.
          const personLike = sp.kind === 'person' && (sp.rec.strong || c.fromVerb && !placeWords.has(sp.rec.surname) && (sp.rec.gender ?? genderEvidence(sp.rec, sent.index)) === pron);
          if (sp.kind === 'person' && personLike && (sp.rec.gender ?? genderEvidence(sp.rec, sent.index)) !== (pron === 'm' ? 'f' : 'm')) {
            return sp;
          }
          if (sp.kind === 'description' && !isPlural(sp.text) && personNoun(sp.text) && !/^(?:a lot|lots|a number|a group|a couple|a majority|a handful|a dozen|many|some|most|all)\b/i.test(sp.text) && c.fromVerb) return sp;
        } else if (pron === 'p') {
          if (sp.kind === 'org' || sp.kind === 'description' && isPlural(sp.text)) return sp;
        } else if (pron === 'n') {
          if (sp.kind === 'org' || sp.kind === 'description' && !isPlural(sp.text) && !/\b(?:man|woman|official|resident|activist|spokes\w*)\b/.test(sp.text)) return sp;
        }
      }
    }
    return null;
  }

  const register = (sent: Sent, at: number, speaker: Speaker, fromVerb: boolean) => {
    if (speaker.kind === 'pronoun') return;
    const same = mentions.find((m) => m.paragraph === sent.paragraph && m.at === at);
    if (same) {
      // A name first seen in passing turns out to be the subject of a reporting verb: a speaker.
      if (fromVerb) same.fromVerb = true;
      return;
    }
    mentions.push({ sent: sent.index, paragraph: sent.paragraph, at, speaker, fromVerb });
  };

  /** Speaker of the reporting verb at token v (subject before it, or after it when inverted). */
  const verbSubject = (toks: Tok[], v: number, lo: number, hi: number, quoteFollows = false): Found | null => {
    const onlyPunct = toks.slice(lo, v).every((t) => t.mark || !t.w);
    if (onlyPunct) return subjectAfter(toks, v, hi, isCommon, quoteFollows);
    // "..., said X": after a comma, verbs that can be inverted take their subject from what follows;
    // "told", "urged" and the like take an object there, so their subject is always before them.
    if (lo < v && toks[v - 1].stop === ',' && INVERTIBLE.has(toks[v].w)) {
      const after = subjectAfter(toks, v, hi, isCommon, quoteFollows);
      if (after && after.subject.kind !== 'pronoun') return after;
      if (after && after.subject.kind === 'pronoun' && ['he', 'she', 'they'].includes(after.subject.text)) return after;
    }
    return subjectBefore(toks, v, lo, isCommon) ?? null;
  };

  for (const sent of sents) {
    const text = masked[sent.paragraph];
    const toks = tokenize(text, sent.start, sent.end);
    // 1. Names in passing and speakers of reporting verbs, in reading order, for later pronouns.
    registerNames(toks, sent);
    if (!near.has(sent.paragraph)) continue;
    for (let v = 0; v < toks.length; v++) {
      if (!isVerbAt(toks, v)) continue;
      let lo = v;
      while (lo > 0 && !toks[lo - 1].mark) lo--;
      let hi = v + 1;
      while (hi < toks.length && !toks[hi].mark) hi++;
      const found = verbSubject(toks, v, lo, hi);
      if (found) {
        const sp = toSpeaker(found.subject, sent, toks[found.from].start, toks.slice(found.from, found.to).map((t) => t.raw).join(' '));
        const role = found.role ? cleanRole(found.role, 'appositive') : null;
        if (role && sp.kind === 'person') sp.rec.role ??= role;
        register(sent, toks[found.from].start, sp, true);
      }
    }
    // 2. The quotations that open in this sentence.
    spans.forEach((span, qi) => {
      if (spanSent[qi] !== sent.index) return;
      results[qi] = attribute(span, qi, sent);
      if (results[qi].speaker) lastQuote = { sent: endSent[qi], paragraph: span.parts[span.parts.length - 1].paragraph, speaker: results[qi].speaker, role: results[qi].role };
    });
  }

  function registerNames(toks: Tok[], sent: Sent) {
    // A headline in title case names nobody in particular: most of its words are capitalised.
    const words = toks.filter((t) => /\p{L}{2,}/u.test(t.w));
    const last = toks[toks.length - 1]?.raw ?? '';
    if (words.length >= 5 && !/[.!?]["'”’)]*$/.test(last) && words.filter((t) => /^\p{Lu}/u.test(t.raw.replace(/^[("'“‘]+/, ''))).length >= 0.7 * words.length) return;
    for (let i = 0; i < toks.length; i++) {
      const startsName = /^\p{Lu}/u.test(toks[i].raw.replace(/^[("'“]+/, '')) && !toks[i].mark;
      if (!startsName) continue;
      let j = i;
      while (j < toks.length && /^\p{Lu}|^(?:al-|el-|bin$|de$|van$|von$|of$)/u.test(toks[j].raw.replace(/^[("'“]+/, '')) && !toks[j].mark) {
        j++;
        if (toks[j - 1].stop || /[!?]["'”’)]*$/.test(toks[j - 1].raw)) break;
      }
      const run = toks.slice(i, j).map((t) => t.raw).join(' ');
      // Names recur through an article: parse each run once.
      let parsed = runCache.get(run);
      if (!parsed) runCache.set(run, (parsed = { parse: parseName(run, isCommon), subject: null as Subject | null }));
      const parse = parsed.parse;
      if (parse) {
        parsed.subject ??= classifySubject(run, isCommon);
        const subject = parsed.subject;
        const prev = toks[i - 1];
        const known = table.people.some((p) => p.kind === 'person' && p.surname === parse.tokens[parse.tokens.length - 1].toLowerCase());
        if (subject?.kind === 'person' && (parse.tokens.length >= 2 || parse.honorific || parse.role || known)) {
          // Every full or titled name joins the alias table (so a later bare "Assad" finds "Bashar Assad"), but
          // only a name in subject position is someone a later pronoun may mean. Names in passing give no role:
          // a capitalised run may have swallowed an organisation before the name.
          const sp = toSpeaker({ ...subject, role: null }, sent, toks[i].start, run.replace(/[,.;:]+$/, ''));
          // A title or honorific ("President Obama") still tells us this is a person.
          if ('rec' in sp && (parse.role && /\p{Lu}/u.test(parse.role) || parse.honorific)) sp.rec.strong = true;
          // A subject is followed by its verb (or an appositive): a name closing the sentence is an object.
          const closesSentence = j >= toks.length || (j === toks.length - 1 && /^[.!?"”']+$/.test(toks[j].raw));
          const subjectLike = (!prev || prev.stop === ',' || prev.mark || ['that', 'and', 'but'].includes(prev.w)) && !(prev && PREPS.has(prev.w)) && !closesSentence;
          if (subjectLike) register(sent, toks[i].start, sp, false);
        }
      }
      i = Math.max(i, j - 1);
    }
  }

  function attribute(span: QuoteSpan, qi: number, sent: Sent): AttributedQuote {
    const p0 = span.parts[0].paragraph;
    const last = span.parts[span.parts.length - 1];
    const sentence = sentenceText(sent, sents[endSent[qi]] ?? sent);
    const base = { span, sentence, reportedBy: null as Speaker | null };
    // Context before the opening mark: back to the sentence start or the previous quotation's close.
    const prevClose = spans.slice(0, qi).reduce((acc, s) => (s.parts[s.parts.length - 1].paragraph === p0 && s.closeAt <= span.openAt && s.closeAt > acc ? s.closeAt : acc), sent.start);
    const beforeToks = tokenize(masked[p0], Math.max(sent.start, prevClose), span.openAt);
    // Context after the closing mark: to the sentence end or the next quotation's opening.
    const endS = sents[endSent[qi]] ?? sent;
    const nextOpen = spans.slice(qi + 1).find((s) => s.parts[0].paragraph === last.paragraph && s.openAt >= span.closeAt);
    const afterEnd = Math.min(endS.paragraph === last.paragraph ? endS.end : masked[last.paragraph].length, nextOpen ? nextOpen.openAt : Infinity);
    const afterToks = span.closed ? tokenize(masked[last.paragraph], span.closeAt, afterEnd) : [];
    const short = span.words <= 2;
    const titleLike = span.words <= 6 && span.text.split(/\s+/).filter((w) => /\p{L}{4,}/u.test(w)).every((w) => /^\p{Lu}/u.test(w)) && !/[.!?,]$/.test(span.text);

    const make = (f: Found, toks: Tok[], via: Via, distance: number): AttributedQuote => {
      const sp = toSpeaker(f.subject, endS, toks[f.from]?.start ?? span.closeAt, toks.slice(f.from, f.to).map((t) => t.raw).join(' '));
      const role = (f.role ? cleanRole(f.role, 'appositive') : null) ?? (f.subject.kind === 'person' && f.subject.role ? cleanRole(f.subject.role, 'prefix') : null);
      if (role && sp.kind === 'person') sp.rec.role ??= role;
      const scare = (short || titleLike) && distance > 8;
      return { ...base, speaker: sp, role: role ?? null, via, scare };
    };

    // A0. “...” ― Name: a dash after the closing mark signs the quotation (captions, lists of reader voices).
    if (afterToks.length >= 2 && /^[—―–]|^--?$/.test(afterToks[1]?.raw ?? '') || /^[—―–]/.test(afterToks[0]?.raw.replace(/^["”'“]+/, '') ?? '')) {
      const start = afterToks.findIndex((t) => /\p{L}/u.test(t.raw));
      if (start >= 0 && start <= 2) {
        const np: Tok[] = [];
        for (let k = start; k < afterToks.length && np.length < 6; k++) {
          np.push(afterToks[k]);
          if (afterToks[k].stop) break;
        }
        const text = np.map((t) => t.raw.replace(/^[—―–-]+/, '')).join(' ');
        const subject = classifySubject(text, isCommon);
        if (subject && (subject.kind === 'person' || subject.kind === 'org')) return make({ subject, from: start, to: start + np.length, role: null }, afterToks, 'after', 0);
      }
    }
    // A. "...," X said / said X — the verb right after the closing mark.
    for (let v = 0; v < Math.min(afterToks.length, 32); v++) {
      if (!isVerbAt(afterToks, v)) continue;
      const f = verbSubject(afterToks, v, 0, afterToks.length);
      // The subject must sit right after the closing mark, or be the last phrase before the verb ("to do the same, he said").
      if (f && (f.from > v || f.from === 0 || afterToks[f.from - 1].stop === ',' || afterToks[f.from - 1].mark) && v <= 30) {
        if (f.subject.kind === 'pronoun' && f.subject.pron === 'p' && f.subject.text === 'i') break;
        return make(f, afterToks, 'after', v);
      }
      break;
    }
    // A'. "...?" Clinton said. — the quotation ended its sentence and the next, short one only attributes it.
    if (!afterToks.filter((t) => !t.mark).length && /[.!?]$/.test(span.text)) {
      const next = sents[endSent[qi] + 1];
      if (next && next.paragraph === last.paragraph && spanSent.indexOf(next.index) < 0) {
        const nt = tokenize(masked[next.paragraph], next.start, next.end);
        const v = nt.findIndex((_t, i) => isVerbAt(nt, i));
        if (v >= 0 && v <= 6 && nt.length <= v + 8) {
          const f = verbSubject(nt, v, 0, nt.length);
          if (f && f.from === 0) return make(f, nt, 'after', 0);
        }
      }
    }
    // A''. "... the former candidate Mitt Romney -- "..." --": a dash hands the floor to the name before it.
    const lastTok = beforeToks[beforeToks.length - 1];
    if (lastTok && /^(?:--|—|―|–)$/.test(lastTok.raw)) {
      let a = beforeToks.length - 1;
      while (a > 0 && /^\p{Lu}/u.test(beforeToks[a - 1].raw) && !beforeToks[a - 1].stop) a--;
      const afterPrep = a > 0 && PREPS.has(beforeToks[a - 1].w);
      const subject = a < beforeToks.length - 1 && !afterPrep ? classifySubject(beforeToks.slice(a, -1).map((t) => t.raw).join(' '), isCommon) : null;
      if (subject?.kind === 'person') return make({ subject, from: a, to: beforeToks.length - 1, role: null }, beforeToks, 'before', 0);
    }
    // B. X said (that) "..." / X told reporters: "..." — the last verb before the opening mark.
    for (let v = beforeToks.length - 1; v >= 0; v--) {
      if (!isVerbAt(beforeToks, v)) continue;
      const distance = beforeToks.length - 1 - v;
      if (WEAK_VERBS.has(beforeToks[v].w) && distance > 7) continue;
      const f = verbSubject(beforeToks, v, 0, beforeToks.length, true);
      if (!f) continue;
      // "it would tell", "they say": a pronoun that names nobody leaves the floor to an earlier speaker.
      if (f.subject.kind === 'pronoun' && (f.subject.pron === 'n' || f.subject.pron === 'p') && !resolvePronoun(f.subject.pron, sent, beforeToks[f.from].start)) continue;
      const q = make(f, beforeToks, 'before', distance);
      // Nested: "Wahhab said Assad told him ... because" — the outer speaker reports the inner one's words.
      let k = f.from - 1;
      if (k >= 0 && beforeToks[k].w === 'that') k--;
      if (k >= 0 && isVerbAt(beforeToks, k)) {
        const outer = verbSubject(beforeToks, k, 0, beforeToks.length);
        if (outer) q.reportedBy = toSpeaker(outer.subject, sent, beforeToks[outer.from].start, beforeToks.slice(outer.from, outer.to).map((t) => t.raw).join(' '));
      }
      return q;
    }
    // B0. "senior correspondent Peter Alexander hyped: "..."": a person, one word, a colon, the quotation.
    const colon = beforeToks.length - 1;
    if (colon >= 1 && beforeToks[colon].stop === ':' && /^\p{Ll}+$/u.test(beforeToks[colon].w)) {
      const f = subjectBefore(beforeToks, colon, 0, isCommon);
      if (f && f.subject.kind === 'person' && (f.subject.tokens.length >= 2 || f.subject.role || f.subject.honorific)) return make(f, beforeToks, 'before', 0);
    }
    // B'. "X, ..., tweeting, "..."", "X stressed ... and said: "..."": the sentence's own subject speaks.
    const participle = beforeToks.findIndex((t, i) => PARTICIPLES.has(t.w) && (i === 0 || beforeToks[i - 1].stop === ',' || ['and', 'while', 'before', 'after', 'by'].includes(beforeToks[i - 1].w)));
    const coordinated = beforeToks.findIndex((t, i) => isVerbAt(beforeToks, i) && i > 0 && ['and', 'but', 'then'].includes(beforeToks[i - 1].w));
    // "footage of Hillary Clinton asking, "..."": the name right before the participle is its subject.
    const bareParticiple = beforeToks.findIndex((t, i) => PARTICIPLES.has(t.w) && i > 0 && !beforeToks[i - 1].stop && /^\p{Lu}/u.test(beforeToks[i - 1].raw));
    if (bareParticiple >= 0) {
      let a = bareParticiple;
      while (a > 0 && /^\p{Lu}/u.test(beforeToks[a - 1].raw) && !beforeToks[a - 1].stop) a--;
      const f = { subject: classifySubject(beforeToks.slice(a, bareParticiple).map((t) => t.raw).join(' '), isCommon), from: a, to: bareParticiple, role: null };
      if (f.subject && f.subject.kind === 'person') return make(f as Found, beforeToks, 'before', 0);
    }
    if (participle >= 0 || coordinated >= 0) {
      const subj = sentenceSubject(sent, span.openAt);
      if (subj) return { ...base, speaker: subj, role: null, via: 'before', scare: false };
    }
    // B''. A second quotation in a sentence whose first one was attributed: "...", "but ...".
    const prevInSentence = spans.slice(0, qi).reverse().find((s, i) => spanSent[qi - 1 - i] === sent.index);
    if (prevInSentence && beforeToks.every((t) => !isVerbTok(t))) {
      const prev = results[spans.indexOf(prevInSentence)];
      if (prev?.speaker) return { ...base, speaker: prev.speaker, role: prev.role, via: 'continues', scare: false };
    }
    // C. "according to X" on either side.
    for (const toks of [afterToks, beforeToks]) {
      const a = toks.findIndex((t, i) => t.w === 'according' && toks[i + 1]?.w === 'to');
      if (a >= 0) {
        const f = subjectAfter(toks, a + 1, toks.length, isCommon);
        if (f) return make(f, toks, 'according', 0);
      }
    }
    const opensSentence = beforeToks.every((t) => t.mark || !t.w);
    if (opensSentence && !short && !titleLike) {
      // D. A quotation opening its sentence right after someone spoke continues them — or the one just
      // introduced as speaking ("X said:" at the end of the previous paragraph).
      const lq = lastQuote as { sent: number; paragraph: number; speaker: Speaker | null; role: string | null } | null;
      const recent = mentions.filter((m) => m.fromVerb && m.sent < sent.index && m.paragraph >= p0 - 1 && m.speaker.kind !== 'pronoun');
      const lastMention = recent[recent.length - 1];
      // The person the paragraph is about, named before the quotation in it, speaks it ("Sanders ... identified
      // young voters' exhaustion ... "The younger people are ...""), unless they are the last speaker anyway.
      const topic = mentions.filter((m) => m.paragraph === p0 && m.sent < sent.index && m.speaker.kind !== 'pronoun').sort((a, b) => a.sent - b.sent || a.at - b.at)[0];
      if (topic && (!lq || lq.paragraph < p0 || lq.sent < topic.sent)) {
        return { ...base, speaker: topic.speaker, role: null, via: 'continues', scare: false };
      }
      if (lq && lq.paragraph >= p0 - 1 && (!lastMention || lastMention.sent <= lq.sent)) {
        return { ...base, speaker: lq.speaker, role: lq.role, via: 'continues', scare: false };
      }
      if (lastMention && (lastMention.paragraph === p0 || /:\s*$/.test(paragraphs[p0 - 1] ?? ''))) {
        return { ...base, speaker: lastMention.speaker, role: null, via: 'continues', scare: false };
      }
      // E. The speaker named in the next sentence of the paragraph ("... ." That was how X put it.)
      const next = sents[endSent[qi] + 1];
      if (next && next.paragraph === last.paragraph && !spans.some((s, i) => i !== qi && spanSent[i] === next.index)) {
        const nt = tokenize(masked[next.paragraph], next.start, next.end);
        const v = nt.findIndex((_t, i) => isVerbAt(nt, i));
        if (v >= 0 && v <= 6) {
          const f = verbSubject(nt, v, 0, nt.length);
          if (f && f.subject.kind !== 'pronoun') return make(f, nt, 'next', 0);
        }
      }
    }
    // Nobody says it: a phrase of three words or fewer in marks is a term or a scare quote, not a quotation.
    return { ...base, speaker: null, role: null, via: 'none', scare: span.words <= 3 || titleLike };
  }

  /** The first speaker-like mention of a sentence before `at`: its grammatical subject, as far as rules can tell. */
  function sentenceSubject(sent: Sent, at: number): Speaker | null {
    const here = mentions.filter((m) => m.sent === sent.index && m.at < at).sort((a, b) => a.at - b.at);
    if (here.length) return here[0].speaker;
    const toks = tokenize(masked[sent.paragraph], sent.start, at);
    const first = toks.find((t) => !t.mark);
    if (first && (first.w === 'he' || first.w === 'she')) return resolvePronoun(first.w === 'he' ? 'm' : 'f', sent, first.start);
    return null;
  }

  function sentenceText(a: Sent, b: Sent): string {
    if (a.paragraph === b.paragraph) return paragraphs[a.paragraph].slice(a.start, Math.max(a.end, b.end)).trim();
    const parts = [paragraphs[a.paragraph].slice(a.start)];
    for (let p = a.paragraph + 1; p < b.paragraph; p++) parts.push(paragraphs[p]);
    parts.push(paragraphs[b.paragraph].slice(0, b.end));
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }

  // Settle surname-only records into full names, and point every quotation at the settled record.
  // Each person's gender, where the article's own pronouns make it clear: it keeps a "Cruz" who is "he" from being
  // merged with the corpus's one full-named Cruz who is "she".
  for (const rec of table.people) if (rec.kind === 'person' && !rec.gender) rec.gender = genderEvidence(rec, Infinity);
  const settled = table.settle();
  const fix = (s: Speaker | null): Speaker | null => (s && (s.kind === 'person' || s.kind === 'org') ? { kind: s.kind, rec: settled.get(s.rec.id) ?? s.rec } : s);
  const quotes = results.filter(Boolean).map((q) => ({ ...q, speaker: fix(q.speaker), reportedBy: fix(q.reportedBy) }));
  const people = [...new Set(settled.values())];
  return { quotes, people };
}

/** Whether a description's head noun names a person ("an activist", "one aide", "a source"), not "the military". */
function personNoun(text: string): boolean {
  const words = text.split(' ');
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|in|at|for|from|with|on|to|near|who|close|familiar)$/i.test(w));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase().replace(/[^a-z-]/g, '');
  return TITLE_WORDS.has(head) || /(?:er|or|ist|ian|ant|ent|man|woman|person|source|aide|official|witness|friend|neighbou?r|mother|father|wife|husband|son|daughter|veteran|voter|student|teacher|nurse|doctor|officer|guard|soldier|resident|activist|spokesperson|insider|observer|protester|protestor)$/.test(head);
}

function isPlural(text: string): boolean {
  const words = text.split(' ');
  const first = words[0].toLowerCase();
  if (['a', 'an', 'one', 'each', 'every', 'this', 'that', 'the'].includes(first) && !/s$/.test(words[words.length - 1])) return false;
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|in|at|for|from|with|on|to|near)$/i.test(w));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase().replace(/[^a-z]/g, '');
  return (/[^su]s$/.test(head) && !['a', 'an', 'one'].includes(first)) || ['people', 'police', 'men', 'women', 'children'].includes(head);
}

