// Reading a claim as a user types it: who (names), what happened (its verbs), whose statement it is ("Lavrov said
// a unilateral withdrawal is unrealistic": Lavrov's), written as a headline or as a sentence.
import { meaningSet } from './meaning';
import { isCommonWord, kinOf, seatNames, sensesOf } from './meaning/wordnet';
import { isStopWord, tag, type Tagged } from './meaning/tagger';
import { CALENDAR, isTitle } from './claims';
import { foldAccents, lexicon } from './lexicon';
import { editDistance } from '../util/edit-distance';
import { escapeRegExp } from '../util/regexp';

export interface ClaimReading {
  /** The claim to match, without its speaker's reporting clause; a headline's capitals taken off common words. */
  text: string;
  /** Who the claim says said it ("Lavrov"), when it names a speaker; then only that speaker's statements match. */
  speaker: string[] | null;
  /** The claim's verbs as written (lower case), other than reporting verbs and auxiliaries. */
  predicates: string[];
  /**
   * Capitalised words the tagger reads as adjectives ("Western criticism", "Russian weapons"): they describe, they
   * are no party of the claim, so an article may say it in other words ("international condemnation").
   */
  modifiers: string[];
  /**
   * Whether the claim's doer is a pronoun ("As he toured Arlington National Cemetery on Saturday"): such a line does
   * not say who, so the places and things it names are met by every article that mentions them.
   */
  pronounSubject: boolean;
  /**
   * Words of the claim that stand only in its periphery (see peripheryOf), lower case: an appositive, an aside, an
   * opening adverbial, a phrase of place or time. A report of the claim may leave them out or word them otherwise;
   * weighing what retrieval proposed, they count as a soft part of the claim, its core (names, predicate, figures,
   * polarity, roles) staying hard.
   */
  periphery: string[];
  /**
   * The claim's capitalised words that name someone or somewhere (see namedWords), each with the words WordNet
   * derives it from or pertains it to ("Russian": "Russia"): an article carrying the claim holds one of each.
   */
  named: NamedWord[];
}

/** Pronouns that open a relative clause after the noun they stand for ("a rebel who was captured"). */
const RELATIVE_HEAD = /^(?:who|whom|whose|which|that)$/i;

/** Whether a verb reports speech: "say" and what WordNet files under it (tell, state, claim, add, insist …). */
export function isReportingVerb(lemma: string): boolean {
  return lemma === 'say' || lemma === 'tell' || meaningSet('say').has(lemma) || meaningSet('state').has(lemma);
}

/**
 * A headline capitalises every word ("Michael Steele Criticized for Afghanistan Comments"): the capitals of words
 * the corpus writes in lower case are taken off, so they are read as words, not names.
 */
export function unheadline(text: string, isName: (lower: string) => boolean): string {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  const caps = long.filter((w) => /^\p{Lu}/u.test(w));
  // Title case capitalises nearly every long word; a sentence full of names ("Biden was expected to invoke … George W.
  // Bush and Democrat Bill Clinton") reaches 60% and is no headline.
  if (long.length < 3 || caps.length < 0.8 * long.length) return text;
  return text.replace(/[\p{L}][\p{L}'’-]*/gu, (w, at: number) =>
    /^\p{Lu}\p{Ll}/u.test(w) && at > 0 && !isName(w.toLowerCase().replace(/['’]s$/, '')) ? w.toLowerCase() : w,
  );
}

/** Parts of speech a reporting verb's subject is made of. */
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PUNCT', 'CCONJ']);

export function readClaim(raw: string, isName: (lower: string) => boolean): ClaimReading {
  const text = unheadline(raw.trim(), isName);
  const tokens = tag(text);
  let speaker: string[] | null = null;
  let body = text;
  // "X said (that) Y": a reporting verb after a subject with a name, before a clause of its own.
  for (let i = 1; i < tokens.length - 3; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || !isReportingVerb(t.lemma.toLowerCase())) continue;
    // Part of a compound modifier, no reporting verb: "The Denver-based producer said …".
    if (tokens[i - 1]?.value === '-') continue;
    // An adverb just before the verb belongs to it: "Bush also said", "Smith later told reporters".
    const before = tokens.slice(0, tokens[i - 1]?.pos === 'ADV' && i > 1 ? i - 1 : i);
    const names = before.filter((x) => x.pos === 'PROPN').map((x) => x.value);
    // Only a subject before it ("Lavrov", "Russian Foreign Minister Sergei Lavrov"): no auxiliary, negation or
    // other verb ("Atkinson was not responding to a letter" names no speaker), and a clause after it, not "to".
    // Only a subject before it: names, with their titles, articles and apposition ("Russian Foreign Minister Sergei
    // Lavrov", "The New York Times report"); no verb, negation, preposition or figure ("In 2013, when Obama stated
    // that …" is not Obama's statement alone, and its year must still be matched).
    // Or a personal pronoun alone ("She said six were from Douglas County"): anyone's statement.
    const pronoun = before.length === 1 && before[0].pos === 'PRON' && /^(?:he|she|they|we)$/i.test(before[0].value);
    if (
      !pronoun &&
      (before.some((x) => !SUBJECT_POS.has(x.pos)) || !before.some((x) => x.pos === 'PROPN' || x.pos === 'NOUN'))
    )
      break;
    if (tokens[i + 1]?.pos === 'ADP') break;
    // And what follows is a clause with a verb of its own: "Chris Christie announces bid for presidency" says what he
    // did (announcing a bid), not what he said.
    if (!tokens.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) break;
    const at = text.indexOf(t.value, before.map((x) => x.value).join(' ').length - 1);
    // Words that name no one ("Officials said", "Analysts said", "The company said") make no speaker: the claim is
    // anyone's statement, and the reporting clause is no part of what it says.
    // A people's or a place's adjective before a noun describes the speaker, it names no one: "Iraqi officials say".
    const named = names.filter(
      (w) =>
        namesSomeone(w, isName) &&
        !(
          before[before.findIndex((x) => x.value === w) + 1]?.pos === 'NOUN' &&
          sensesOf(w.toLowerCase(), 'a', 1).length > 0
        ),
    );
    speaker = named.length ? named : null;
    body = text.slice(at + t.value.length).replace(/^[\s,:]*(?:that\s+)?/i, '');
    break;
  }
  // "The plan will fail, Smith said", "…, said Tom Smith", "…, according to Smith": the speaker named after the
  // statement is its speaker as much as one named before it; a tail that names no one ("…, officials said", "…, he
  // said") is taken off, and the statement is anyone's.
  // Where or to whom it was said ("he told a rally in New Hampshire") is no part of the claim: the names an article
  // must hold are the statement's and its speaker's.
  let namedFrom = raw;
  if (!speaker) {
    const tail = trailingSpeaker(body, body === text ? tokens : tag(body), isName);
    if (tail) {
      speaker = tail.names.length ? tail.names : null;
      if (text === raw.trim()) namedFrom = `${text.slice(0, text.length - body.length)}${tail.body} ${tail.subject}`;
      body = tail.body;
    }
  }
  const bodyTokens = speaker ? tag(body) : tokens;
  const predicates = bodyTokens
    .filter((t) => t.pos === 'VERB' && !isReportingVerb(t.lemma.toLowerCase()))
    .map((t) => t.value.toLowerCase());
  // An adjective by the tagger, or a capitalised word WordNet knows as an adjective written before a common noun.
  const modifiers = bodyTokens
    .filter(
      (t, i) =>
        /^\p{Lu}\p{Ll}/u.test(t.value) &&
        (t.pos === 'ADJ' ||
          (/^\p{Ll}/u.test(bodyTokens[i + 1]?.value ?? '') &&
            bodyTokens[i + 1].pos === 'NOUN' &&
            sensesOf(t.value.toLowerCase(), 'a', 1).length > 0)),
    )
    .map((t) => t.value);
  // The subject: what stands before the first verb or auxiliary.
  const firstVerb = bodyTokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const subject = firstVerb < 0 ? [] : bodyTokens.slice(0, firstVerb);
  // Its doer is a pronoun when the subject's head (its last noun, name or pronoun) is one: not a relative after a noun
  // ("A rebel who was captured said …"), nor a possessive before a noun ("Her detention brings …"), and not where the
  // claim names its speaker, for whom the pronoun stands ("Acme said it filed suit"). "There are …" and "What are
  // they …" say no doer either way.
  const at = subject.findLastIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON');
  const head = subject[at];
  const relative =
    !!head && RELATIVE_HEAD.test(head.value) && subject.slice(0, at).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  const pronounSubject = !speaker && head?.pos === 'PRON' && !relative && !subject.some((t) => t.pos === 'PROPN');
  return {
    text: body,
    speaker,
    predicates,
    modifiers,
    pronounSubject,
    periphery: peripheryWords(bodyTokens),
    named: namedWords(namedFrom, isName),
  };
}

/**
 * Whether a capitalised word of a reporting clause's subject names someone: a name, not a common noun written with a
 * capital at the start of a line ("Officials", "Analysts", "Sources"), unless this corpus writes it as a name.
 */
function namesSomeone(word: string, isName: (lower: string) => boolean): boolean {
  const lower = word.toLowerCase().replace(/['’]s?$/, '');
  if (!/^\p{Lu}/u.test(word) || isTitle(word) || CALENDAR.test(lower) || isStopWord(lower)) return false;
  return isName(lower) || !isCommonWord(lower);
}

/** Parts of speech after a trailing reporting verb that add no clause: "said Tuesday", "told reporters on Monday". */
const TAIL_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PUNCT', 'CCONJ', 'ADP', 'ADV', 'NUM', 'PRON', 'PART']);

/**
 * A reporting clause after the statement, behind one of its last two commas: "…, Smith said (on Tuesday)", "…, said
 * Smith, a city councilman", "…, according to Smith". Returns the statement before it and the names of its subject.
 */
function trailingSpeaker(
  text: string,
  tokens: ReturnType<typeof tag>,
  isName: (lower: string) => boolean,
): { body: string; names: string[]; subject: string } | null {
  const commas = tokens
    .flatMap((t, i) => (t.value === ',' && i > 0 ? [i] : []))
    .slice(-2)
    .reverse();
  for (const c of commas) {
    // The statement before it has a verb of its own.
    if (!tokens.slice(0, c).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    // The closing mark of a quotation before it ('…twice," said Smith') is no part of the clause.
    let from = c + 1;
    while (tokens[from]?.pos === 'PUNCT') from++;
    const tail = tokens.slice(from);
    if (tail.length < 2) continue;
    let subject: typeof tokens;
    if (tail[0].value.toLowerCase() === 'according' && tail[1].value.toLowerCase() === 'to') {
      subject = tail.slice(2);
      if (subject.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    } else {
      const v = tail.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
      if (v < 0 || tail[v].pos !== 'VERB' || !isReportingVerb(tail[v].lemma.toLowerCase())) continue;
      const rest = tail.slice(v + 1);
      if (rest.some((x) => !TAIL_POS.has(x.pos))) continue;
      if (v === 0) {
        // Inverted: "said Tom Smith", up to a comma ("said Smith, a city councilman") or a time ("said Smith on Monday").
        const end = rest.findIndex((x) => x.pos !== 'PROPN');
        subject = end < 0 ? rest : rest.slice(0, end);
      } else {
        subject = tail.slice(0, v);
        if (subject.some((x) => !SUBJECT_POS.has(x.pos) && x.pos !== 'PRON')) continue;
      }
    }
    const first = tail[0].value;
    const cut = text.lastIndexOf(',', text.lastIndexOf(first));
    if (cut <= 0) continue;
    const names = subject.filter((x) => x.pos === 'PROPN' && namesSomeone(x.value, isName)).map((x) => x.value);
    return { body: text.slice(0, cut).trim(), names, subject: subject.map((x) => x.value).join(' ') };
  }
  return null;
}

/** "Mr", "Mrs", "Rev", "Lt": an honorific or an abbreviated title, written with its stop or without; no name. */
const ABBREVIATED = new Set([
  ...Object.keys(lexicon.honorifics).map((w) => w.replace(/\.$/, '')),
  ...lexicon.titleWords.filter((w) => w.endsWith('.')).map((w) => w.slice(0, -1)),
]);
function isHonorific(lower: string): boolean {
  return ABBREVIATED.has(lower);
}

/** A named word of a claim, with the words that may stand for it in an article. */
export interface NamedWord {
  /**
   * The word, and what WordNet writes for it or for the name it stands in, lower case: "russian", "russia";
   * "united", "united states", "america", "american", and "US" (an acronym, matched as written, stops aside).
   */
  alts: string[];
  /**
   * For a first name this corpus knows as a name ("Donald" of "Donald Trump"), the surname after it: an article may
   * give the surname alone ("Mr. Trump"), but not with another first name only ("Melania Trump").
   */
  surname?: string;
}

/** Particles of names written in lower case between a first name and a surname ("bin", "van", "de"). */
const PARTICLE_RE = `(?:${lexicon.nameParticles.filter((p) => /^\p{Ll}+$/u.test(p)).join('|')})`;

/** Parts of speech of words that name nothing ("Per-user pricing", "Also", "Among them"). */
const FUNCTION_POS = new Set(['ADP', 'DET', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'NUM', 'INTJ', 'ADV']);

/**
 * Capitalised words of a claim that are names, wherever they stand: the first word of a sentence ("Dunmore residents
 * marked the anniversary …"), a word before a title ("Kessler Minister Tomas Ekberg said …"), a first name, every
 * word of a headline. The reading lets such a word go as a modifier or an opening capital; a word WordNet never
 * writes in lower case (and is no day, month, title or function word) is another place or person, and an article
 * that never mentions it (nor a word WordNet gives for it) does not carry the claim. A common word ("Residents",
 * "Western criticism", "Trade Minister") is exempt, unless this corpus writes it as a name ("Bush") and the tagger
 * does not read it as an adjective.
 */
export function namedWords(raw: string, isName: (lower: string) => boolean): NamedWord[] {
  const pos = new Map<string, string>();
  for (const t of tag(raw)) if (!pos.has(t.value)) pos.set(t.value, t.pos);
  // Runs of capitalised words, for the names they spell together ("United States": "US", "America", "American").
  const words = [...raw.matchAll(/(?<![\p{L}.])\p{Lu}[\p{L}'’-]*/gu)];
  const out = new Map<string, NamedWord>();
  for (let k = 0; k < words.length; k++) {
    const m = words[k];
    const at = m.index ?? 0;
    const whole = m[0].replace(/['’]s?$/, '');
    const caps = whole.split('-').filter((x) => /^\p{Lu}/u.test(x));
    // "Wal-Mart" is also written "Walmart"; "Per-user" names nothing but "Per", a preposition.
    const parts = caps.length > 1 && caps.length === whole.split('-').length ? [whole.replace(/-/g, '')] : caps;
    const kept: NamedWord[] = [];
    for (const part of parts) {
      const lower = part.toLowerCase();
      // An acronym ("UN", "NATO") may be spelled out in the article; the comparison already requires it.
      if (part.length < 2 || /^\p{Lu}+$/u.test(part) || /\p{Lu}\./u.test(raw.slice(at, at + part.length + 2))) continue;
      if (out.has(lower) || isStopWord(lower) || isTitle(part) || CALENDAR.test(lower) || isHonorific(lower)) continue;
      // "I'm", "We'll": a pronoun with its verb, no name.
      if (/['’]/.test(part) && isStopWord(lower.split(/['’]/)[0])) continue;
      if (FUNCTION_POS.has(pos.get(part) ?? pos.get(m[0]) ?? '')) continue;
      // A common word, unless this corpus writes it as a name and the tagger does not read it as an adjective: "Bush
      // residents" names a place, "Western criticism" describes (an adjective by the tagger, or by WordNet before a noun).
      const after = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(raw.slice(at + m[0].length))?.[1];
      const adjective =
        (pos.get(part) ?? pos.get(m[0])) === 'ADJ' ||
        (!!after && pos.get(after) === 'NOUN' && sensesOf(lower, 'a', 1).length > 0);
      if (isCommonWord(lower) && (!isName(lower) || adjective)) continue;
      // Past a middle initial or a name's particle ("Osama bin Laden").
      const next = new RegExp(`^\\s+(?:\\p{Lu}\\.\\s+|${PARTICLE_RE}\\s+)?(\\p{Lu}[\\p{L}'’-]*)`, 'u').exec(
        raw.slice(at + m[0].length),
      );
      // A first name: one this corpus writes as a name, or one a middle initial follows ("Ronald J. Pettibone").
      const initial = !!next && /^\s+\p{Lu}\.\s/u.test(raw.slice(at + m[0].length));
      const surname =
        part === whole && (isName(lower) || initial) && next && !isTitle(next[1])
          ? next[1].replace(/['’]s?$/, '')
          : undefined;
      // What a name pertains to ("Russian": "Russia"); a common word's derivations ("united": "union") are no name.
      // And the country of a capital, or the capital of a country ("Moscow": "Russia"; see seatNames).
      const alts = new Set([
        foldAccents(lower),
        ...(isCommonWord(lower) ? [] : [...kinOf(lower), ...seatNames(lower)].map(nameForm)),
      ]);
      for (const x of runNames(raw, words, k)) alts.add(x);
      const n: NamedWord = { alts: [...alts], surname };
      out.set(lower, n);
      kept.push(n);
    }
    // A hyphenated name's parts stand together: one of them is enough.
    if (kept.length > 1) {
      for (const p of parts) out.delete(p.toLowerCase());
      out.set(whole.toLowerCase(), { alts: kept.flatMap((x) => x.alts) });
    }
  }
  return [...out.values()];
}

/**
 * What WordNet writes for a name of several capitalised words around the k-th ("United States": "America", "US",
 * "U.S.", and "American", derived from it), and the run's initials ("US").
 */
function runNames(raw: string, words: RegExpMatchArray[], k: number): string[] {
  const out: string[] = [];
  const adjacent = (i: number) => /^\s+$/.test(raw.slice(words[i].index! + words[i][0].length, words[i + 1].index));
  let lo = k;
  while (lo > 0 && k - lo < 3 && adjacent(lo - 1)) lo--;
  let hi = k;
  while (hi < words.length - 1 && hi - k < 3 && adjacent(hi)) hi++;
  for (let i = lo; i <= k; i++)
    for (let j = Math.max(k, i + 1); j <= hi; j++) {
      const run = words.slice(i, j + 1).map((w) => w[0].replace(/['’]s?$/, ''));
      out.push(run.map((w) => w[0]).join(''));
      // And the body it is the capital or the country of ("United States": "Washington"; see seatNames).
      for (const { written } of [
        ...sensesOf(run.join('_').toLowerCase(), 'n', 100),
        { written: seatNames(run.join(' ')) },
      ])
        for (const w of written) {
          const name = w.replace(/_/g, ' ');
          out.push(nameForm(name));
          for (const x of kinOf(w)) out.push(x.toLowerCase());
        }
    }
  return out;
}

/** Whether a text holds every named word of a claim, or a word WordNet gives for it (see NamedWord). */
export function holdsNamed(text: string | NameHaystack, named: NamedWord[]): boolean {
  if (named.length === 0) return true;
  const { cased, lower, words } = typeof text === 'string' ? nameHaystack(text) : text;
  const source = typeof text === 'string' ? text : text.text;
  const holds = (alt: string) => {
    const acronym = /^\p{Lu}+$/u.test(alt);
    const hay = acronym ? cased : lower;
    const needle = alt.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return (
      hay.includes(` ${needle} `) ||
      (!acronym && hay.includes(` ${needle}s `)) ||
      (!acronym && /s$/.test(needle) && hay.includes(` ${needle.slice(0, -1)} `))
    );
  };
  // A name spelled otherwise, as transliterations are ("Falluja", "Fallujah"): one letter in up to seven, two beyond.
  const spelled = (alt: string) =>
    alt.length >= 5 &&
    /^\p{Ll}+$/u.test(alt) &&
    words.some(
      (w) =>
        w[0] === alt[0] &&
        Math.abs(w.length - alt.length) <= 2 &&
        editDistance(w, alt, true) <= (Math.min(w.length, alt.length) >= 8 ? 2 : 1),
    );
  return named.every((n) => {
    if (n.alts.some(holds) || spelled(n.alts[0])) return true;
    if (!n.surname) return false;
    // The surname with another first name, and never with this one: another person of that name.
    for (const m of source.matchAll(
      new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+${escapeRegExp(n.surname)}(?![\\p{L}])`, 'gu'),
    ))
      if (
        !isTitle(m[1]) &&
        !isStopWord(m[1]) &&
        !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)$/.test(m[1]) &&
        !shortForm(m[1].toLowerCase(), n.alts[0])
      )
        return false;
    return true;
  });
}

/** A text made ready for holdsNamed: read once per article, asked for every claim that reaches it. */
export interface NameHaystack {
  text: string;
  /** The words as written, between spaces, with hyphenated words also written joined. */
  cased: string;
  lower: string;
  /** Its distinct lower-case words. */
  words: string[];
}

export function nameHaystack(text: string): NameHaystack {
  // Words and names as written, stops out of acronyms ("U.S." is "US"), possessives and plurals aside.
  const flat = foldAccents(text)
    .replace(/\b(\p{Lu})\.(?=\p{Lu}\.|\p{Lu}\b)/gu, '$1')
    .replace(/(\p{Lu})\.(?=[\s,;:)'’"”]|$)/gu, '$1');
  // Hyphens both ways: "Wal-Mart" holds "Walmart" and "Mart".
  const spaced = flat.replace(/['’]s\b/g, '');
  const cased = ` ${spaced.replace(/[^\p{L}\p{N}]+/gu, ' ')} ${spaced.replace(/(?<=\p{L})-(?=\p{L})/gu, '').replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const lower = cased.toLowerCase();
  return { text, cased, lower, words: [...new Set(lower.split(' '))].filter(Boolean) };
}

/** A name as a claim's words are compared: an acronym as written ("US", never the pronoun "us"), else lower case. */
function nameForm(name: string): string {
  return /^[\p{Lu}.]+$/u.test(name) ? name.replace(/\./g, '') : name.toLowerCase();
}

/** A first name and its short form: "Ron" for "Ronald", "Rob" for "Robert" (three letters or more, either way). */
export function shortForm(a: string, b: string): boolean {
  return a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
}

/** Marks that open a remark set into a sentence, and what may close each. */
const REMARK_CLOSE: Record<string, RegExp> = {
  ',': /^[,.;:!?—–)]$/,
  '—': /^[—–.;:!?]$/,
  '–': /^[—–.;:!?]$/,
  '(': /^\)$/,
};
/** Words that open a relative clause inside a remark ("the southwestern county that includes Roseburg"). */
const RELATIVE = /^(?:that|who|which|whom|whose|where|when)$/i;
/** Prepositions of place whose phrase says where something happened ("in a New York court", "at a nightclub"). */
const PLACE_ADP = /^(?:in|at|near|outside|inside|across|throughout|around)$/i;
/** Prepositions of time whose phrase says when ("since December 2002", "during the war"). */
const TIME_ADP = /^(?:since|during|until|through)$/i;
/** Words a prepositional phrase is made of, up to its noun. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADV']);

/**
 * Whether a verb inside a remark is a participle modifying the noun before it ("a show called Cupid", "the attorney
 * representing the parents", "the network led by bin Laden"): no clause of its own.
 */
function participle(tokens: Tagged[], i: number): boolean {
  return /(?:ed|ing|en|wn)$/i.test(tokens[i].value) && /^(?:NOUN|PROPN|ADV|ADJ)$/.test(tokens[i - 1]?.pos ?? '');
}

/**
 * The claim's periphery, word by word (see ClaimReading.periphery): what a sentence adds around its core (who did
 * what to whom, with what figures), which a report may word otherwise or leave out. Read from the tagger, no parse:
 *  - a remark set off by commas, dashes or brackets that makes no clause of its own: an appositive ("Andy Bryant,
 *    Intel's chief financial officer"; "Fletcher — a three-term congressman from Lexington —"; "her parents, Ed and
 *    Lois Smart"), an age or origin ("Johnston, 64, of Jackson Heights,"), an aside ("agreements, also for four
 *    years, with …"), with a relative clause or participle inside it ("the county that includes Roseburg");
 *  - an opening adverbial phrase up to its comma ("At a news conference on Staten Island, …", "Under the
 *    Constitution, …");
 *  - a phrase of place or time naming somewhere or a date ("filed suit in a New York court", "since December 2002"),
 *    of place only after the main verb: before it, it says which one ("The council in Marlow voted").
 * Not a list ("Ford, Chrysler and Visteon"), nor a phrase that is the verb's partner ("sold arms to Syria").
 */
export function peripheryOf(tokens: Tagged[]): boolean[] {
  const out = tokens.map(() => false);
  const finite = (t: Tagged) => t.pos === 'AUX' || t.pos === 'VERB';
  // Remarks.
  for (let i = 1; i < tokens.length; i++) {
    const close = REMARK_CLOSE[tokens[i].value];
    if (!close) continue;
    const prev = tokens[i - 1];
    if (!/^(?:NOUN|PROPN|NUM)$/.test(prev.pos) && !out[i - 1]) continue;
    let j = i + 1;
    // A stop closes a remark only at the end of the sentence: "the Rev. John Johnston" goes on.
    while (j < tokens.length && !(close.test(tokens[j].value) && (tokens[j].value !== '.' || j === tokens.length - 1)))
      j++;
    const span = tokens.slice(i + 1, j);
    if (span.length === 0 || span.length > 16) continue;
    // No clause of its own: a verb only after a relative word, or as a participle.
    const rel = span.findIndex((t) => t.pos !== 'DET' && RELATIVE.test(t.value));
    if (span.some((t, k) => finite(t) && !(rel >= 0 && k > rel) && !participle(tokens, i + 1 + k))) continue;
    const first = span[0];
    const possessive = first.pos === 'PROPN' && span[1]?.pos === 'PART';
    const dash = tokens[i].value !== ',';
    const opens =
      dash ||
      /^(?:DET|NUM|ADJ|ADV)$/.test(first.pos) ||
      /^(?:his|her|its|their)$/i.test(first.value) ||
      possessive ||
      (first.pos === 'PROPN' && prev.pos === 'NOUN') ||
      (first.pos === 'ADP' && /^(?:of|from)$/i.test(first.value) && /^(?:PROPN|NUM)$/.test(prev.pos));
    if (!opens) continue;
    // An item of a list, not a remark: "the cars, the trucks and the buses".
    if (tokens[i].value === ',' && tokens[j]?.value === ',') {
      const after = tokens.slice(j + 1);
      const stop = after.findIndex((t) => t.pos === 'PUNCT');
      const rest = stop < 0 ? after : after.slice(0, stop);
      if (rest[0]?.pos === 'CCONJ' && !rest.some(finite)) continue;
    }
    if (span.some((t) => t.pos === 'CCONJ') && !span.some((t) => t.pos === 'NOUN') && prev.pos === 'PROPN') continue;
    for (let k = i + 1; k < j; k++) out[k] = true;
  }
  // An opening adverbial phrase.
  if (tokens[0] && (tokens[0].pos === 'ADP' || tokens[0].pos === 'ADV')) {
    const comma = tokens.findIndex((t) => t.value === ',');
    if (comma > 0 && comma <= 14 && !tokens.slice(0, comma).some((t, k) => finite(t) && !participle(tokens, k)))
      for (let k = 0; k < comma; k++) out[k] = true;
  }
  // Phrases of place and time naming somewhere or a date; of place only after the main verb, where they say where it
  // happened: before it they say which one ("The council in Marlow voted …", "The bridge in Denver will close").
  // The main verb: the first outside a remark, unless it is a participle after a noun ("Rescue workers arriving at the
  // fire met …", "Mills affected by the closure are …"): "-ing", or "-ed" before "by".
  const main = tokens.findIndex(
    (t, k) =>
      !out[k] &&
      finite(t) &&
      !(
        participle(tokens, k) &&
        (/ing$/i.test(t.value) || (/(?:ed|en|wn)$/i.test(t.value) && /^by$/i.test(tokens[k + 1]?.value ?? '')))
      ),
  );
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADP' || out[i]) continue;
    const place = PLACE_ADP.test(t.value);
    if (!place && !TIME_ADP.test(t.value)) continue;
    if (place && (main < 0 || i < main)) continue;
    let j = i + 1;
    while (j < tokens.length && (PHRASE_POS.has(tokens[j].pos) || /^[.'’-]$/.test(tokens[j].value))) j++;
    const phrase = tokens.slice(i + 1, j);
    if (!phrase.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'NUM')) continue;
    if (place && !phrase.some((x) => x.pos === 'PROPN')) continue;
    for (let k = i; k < j; k++) out[k] = true;
  }
  return out;
}

/** The claim's words that stand only in its periphery (lower case, possessives off). */
export function peripheryWords(tokens: Tagged[]): string[] {
  const marks = peripheryOf(tokens);
  const norm = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
  const core = new Set(tokens.filter((_, i) => !marks[i]).map((t) => norm(t.value)));
  return [...new Set(tokens.filter((t, i) => marks[i] && !core.has(norm(t.value))).map((t) => norm(t.value)))];
}

/**
 * Capitalised words of a claim that only describe someone or something named beside them, lower case: a name before
 * a hyphenated description ("The Denver-based natural gas producer"), or a people's adjective ("The Belgian probe"). A report may leave such a detail out without
 * speaking of anyone else; a report that writes another word there is caught as a swapped word (see swappedWord).
 */
export function describingNames(text: string): string[] {
  const tokens = tag(text);
  const out = new Set<string>();
  const capital = (t: Tagged | undefined) => !!t && /^\p{Lu}/u.test(t.value) && !isTitle(t.value);
  for (let i = 0; i < tokens.length; i++) {
    if (!capital(tokens[i])) continue;
    let j = i;
    while (capital(tokens[j + 1])) j++;
    const next = tokens[j + 1];
    const after = tokens[j + 2];
    const run = tokens.slice(i, j + 1);
    const describes =
      (next?.value === '-' && !!after && /^\p{Ll}/u.test(after.value)) ||
      (run.length === 1 &&
        !!next &&
        /^\p{Ll}/u.test(next.value) &&
        (tokens[i].pos === 'ADJ' || sensesOf(tokens[i].value.toLowerCase(), 'a', 1).length > 0));
    if (describes)
      for (const t of run) if (!isStopWord(t.value.toLowerCase())) out.add(t.value.toLowerCase().replace(/['’]s$/, ''));
    i = j;
  }
  return [...out];
}
