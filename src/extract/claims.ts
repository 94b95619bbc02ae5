// Claim matching: does this sentence say what the user's claim says?
//
// The search index only finds candidate paragraphs (it ranks by shared words, so it happily returns a paragraph
// about a different death toll or the opposite statement). The decision is made here, sentence by sentence, the
// way an editor compares two wordings of a news claim:
//  - content words, lightly stemmed and folded through a small table of generic news paraphrases ("pullout" and
//    "withdrawal", "curtail" and "halt", "killed" and "died"), weighted by rarity in the corpus so that "unilateral"
//    counts for more than "government";
//  - word order ignored (active and passive say the same), with adjacent-phrase overlap as a small bonus;
//  - numbers are hard constraints: every figure of the claim must be in the sentence ("5,400" is not "7,500");
//  - negation must agree, clause by clause ("will not stop" is "will continue"; "did not sell" is not "sold");
//  - names of the claim must be in the sentence or, for a pronoun ("he said"), in the paragraph around it.
// Nothing here knows any story: the tables are ordinary English and ordinary news wording.
import { foldAccents, IS_WEEKDAY, lexicon, MONTH_PATTERN, WEEKDAY_PATTERN } from './lexicon';
import { editDistance } from '../util/edit-distance';
import { numberValue } from './lexicon/numbers';

import { directlyOpposes, meets, opposes, related } from './meaning';
import { isStopWord, lemmaOf } from './meaning/tagger';
import { kinOf, seatNames, sensesOf } from './meaning/wordnet';
import { isPlaceName } from './name-entities';
import { escapeRegExp } from '../util/regexp';
import { kept } from '../util/kept';

/** Function words and reporting verbs: they carry no content of a claim ("Antonov told reporters" is attribution). */
const STOPWORDS = new Set(lexicon.claimStopWords);

/** Words that turn a clause's meaning around. "n't" is caught separately. */
/** Content words a negation reaches, to its right. */
const NEG_WINDOW = 2;
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'neither',
  'nor',
  'none',
  'nobody',
  'nothing',
  'nowhere',
  'without',
  'cannot',
  'deny',
  'refuse',
]);

/**
 * A negative contraction written without its apostrophe, as some feeds strip them ("I dont know", "details havent
 * been finalized"); "cant", "wont" and "aint" aside, which are words of their own.
 */
const NT_BARE = /^(?:do|does|did|is|are|was|were|have|has|had|would|should|could|must|need)nt$/;

/**
 * Classes that name the event of a claim (what happened, not to whom): a sentence that has every name and noun
 * of "Russia will stop selling arms" but not its "stop" does not say it, so these must be matched.
 */
const EVENT_CLASSES = new Set([
  '~withdraw',
  '~stop',
  '~continue',
  '~die',
  '~injure',
  '~sell',
  '~supply',
  '~buy',
  '~arrest',
  '~flee',
  '~attack',
  '~begin',
  '~rise',
  '~fall',
  '~win',
  '~accuse',
  '~reconsider',
]);

/** Classes that one negation turns into each other: "will not stop" says "will continue". */
const ANTONYM: Record<string, string> = { '~stop': '~continue', '~continue': '~stop' };

/** Irregular forms the suffix rules below would miss. */
const IRREGULAR: Record<string, string> = {
  said: 'say',
  told: 'tell',
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'people',
  news: 'news',
  sold: 'sold',
  fled: 'fled',
  won: 'won',
  met: 'met',
  began: 'began',
  begun: 'begun',
  rose: 'rose',
  fell: 'fell',
  bought: 'bought',
  withdrew: 'withdrew',
  withdrawn: 'withdrawn',
  died: 'die',
  dies: 'die',
  dying: 'die',
  slain: 'slain',
  risen: 'risen',
  fallen: 'fallen',
  was: 'was',
  has: 'has',
  does: 'does',
  is: 'is',
  this: 'this',
  us: 'us',
  its: 'its',
  his: 'his',
  less: 'less',
  united: 'united',
  states: 'states',
  arms: 'arm',
  gas: 'gas',
  bus: 'bus',
  virus: 'virus',
  crisis: 'crisis',
  analysis: 'analysis',
  basis: 'basis',
  series: 'series',
  species: 'species',
  status: 'status',
};

/** A light suffix stemmer: plural and verb endings only, so that "signed", "signing" and "signs" meet. */
export function stem(word: string): string {
  const w = foldAccents(word.toLowerCase())
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (w.length <= 3 || /\d/.test(w)) return w;
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('ied') && s.length > 4) s = s.slice(0, -3) + 'y';
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ed') && s.length > 4 && !s.endsWith('eed')) s = undouble(s.slice(0, -2));
  else if (s.endsWith('es') && /(?:ch|sh|x|z|ss)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  // A final silent e goes, so "rate", "rated" and "rating" all give "rat".
  if (s.length > 3 && s.endsWith('e') && !s.endsWith('ee')) s = s.slice(0, -1);
  return s;
}
function undouble(s: string): string {
  return /([bcdfgkmnprt])\1$/.test(s) ? s.slice(0, -1) : s;
}

/**
 * Generic paraphrases of news wording, folded to one token. Keys are stems (see stem()); values the class name.
 * Only meaning-preserving swaps a wire editor makes when rewriting a lead, never topic words of any one story.
 */
const SYNONYMS: Record<string, string> = {};
/** The words of each class as written, to widen an index query. */
const CLASS_WORDS: Record<string, string[]> = {};
function group(name: string, words: string): void {
  CLASS_WORDS[name] = words.split(/\s+/);
  for (const w of CLASS_WORDS[name]) SYNONYMS[stem(w)] = name;
}
group('~withdraw', 'withdraw withdrawal withdrew withdrawn pullout pull-out retreat abandon quit');
group('~stop', 'stop halt curtail cease suspend suspension discontinue freeze');
group('~continue', 'continue keep resume maintain');
group('~die', 'kill killed die died dies dying dead death fatality slain');
group('~injure', 'injure injury wound hurt');
group('~weapon', 'weapon arm armament munition');
group('~sell', 'sell sale sold');
group('~supply', 'supply deliver delivery');
group('~deal', 'deal contract agreement accord pact');
group('~aircraft', 'jet aircraft warplane airplane');
group('~troop', 'troop force soldier');
group('~uprising', 'uprising revolt rebellion');
group('~crackdown', 'crackdown suppression repression');
group('~protest', 'protest demonstration');
group('~arrest', 'arrest detain detention');
group('~flee', 'flee fled');
group('~attack', 'attack assault');
group('~reconsider', 'reconsider rethink');
group('~help', 'help assist aid');
group('~accuse', 'accuse blame');
group('~country', 'country nation');
group('~begin', 'begin began begun start launch');
group('~rise', 'rise rose risen increase climb');
group('~fall', 'fall fell fallen decrease decline drop');
group('~buy', 'buy bought purchase acquire');
group('~meet', 'meet met meeting');
group('~win', 'win won victory');
group('~elect', 'elect election');
group('~vote', 'vote ballot');

/** The token a word stands for in comparisons: its stem, folded through the paraphrase table. */
export function canon(word: string): string {
  let c = canonical.get(word);
  if (c === undefined) {
    const s = stem(word);
    c = SYNONYMS[s] ?? s;
    // Bounded: a corpus's words are a few hundred thousand, and a user's claims add their own.
    if (canonical.size >= CANONICAL_MAX) canonical.clear();
    canonical.set(word, c);
  }
  return c;
}
/** canon's answers, by word: every sentence /sources reads asks again for the same common words. */
const canonical = new Map<string, string>();
const CANONICAL_MAX = 200_000;

const MULT: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mln: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};
// A figure written in words must agree with one in digits ("seven" is "7"); "one" is left out, being a pronoun or
// an article more often than a figure. From the lexicon.
const WORD_NUMBERS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(lexicon.numbers.units).filter(([w]) => w !== 'one')),
  hundred: lexicon.numbers.scales.hundred,
};

/** "$550-million", "550 million", "5,400", "7.5bn", "40%", "two" → their values. */
const NUMBER =
  /(?<![\p{L}\p{N}])[$€£]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s*-?\s*(thousand|million|billion|trillion|mln|bn|tn|k|m|b)(?![\p{L}]))?/giu;

export interface Token {
  /** Canonical form (stem folded through synonyms), or "#<value>" for a number. */
  key: string;
  /** Surface form as written. */
  surface: string;
  /** Capitalised word that is not the first of its clause: probably a name. */
  name: boolean;
  /** Inside a clause whose meaning is turned around by a negation (after antonym folding). */
  negated: boolean;
  /** Under a modal of possibility ("could cast", "may rise"): a possibility, not a report that it happened. */
  modal?: boolean;
  /**
   * The first word a negation or a modal reaches ("was not shot": "shot"; "may significantly reduce": "significantly"):
   * where the two texts must agree even when a negation's reach, counted in words, differs between them.
   */
  head?: boolean;
  /** Clause number within the text, for proximity. */
  clause: number;
  /** A first name before a surname ("Michael Steele"): articles often give the surname alone. */
  given?: boolean;
  /**
   * In the claim's periphery (see peripheryOf in claim-reading.ts): an appositive, an aside, a phrase of place or
   * time. Weighing what retrieval proposed, a name or figure there may be left out by a report; a word there counts
   * toward Comparison.periphery, not Comparison.core.
   */
  periphery?: boolean;
}

export interface Analysis {
  text: string;
  /** Content tokens in order (stopwords dropped), numbers included. */
  tokens: Token[];
  numbers: number[];
  /**
   * The place value of each figure's last digit as written, its multiplier included ("$64.7 billion": 1e8; "57": 1;
   * 0 for a figure in words): a figure written to fewer digits may be another rounded (see sameFigure).
   */
  units?: number[];
  /** Keys of the claim's predicate (its verbs, from the tagger): what happened must be stated, not only who. */
  predicates?: Set<string>;
  /**
   * A claim of a headline's length (see HEADLINE_WORDS): a reader's one line on a story, which an article may tell
   * in other words (WordNet meanings, word vectors), across two sentences or in its headline and lead, and may
   * name by surname alone. A longer claim gives a sentence's detail and is met as written (stems and the paraphrase
   * table): on 3,000 scale articles, meaning let long claims find sentences of other stories sharing a name and a
   * few loosely related words (precision 70–84% against the 94% floor).
   */
  headline?: boolean;
  /**
   * The claim's doer is a pronoun ("As he toured Arlington National Cemetery on Saturday"): it does not say who, so
   * what happened must be stated, or every article naming the place would carry it.
   */
  pronounSubject?: boolean;
  /**
   * Keys of the claim's names that say where, not who: a place by WordNet (a noun.location sense) after a preposition
   * of place ("the bridge in Denver"). A passage may leave such a place out when its article names it elsewhere (a
   * dateline, the paragraph before): see compare's `placesHeld`.
   */
  places?: Set<string>;
}

/** Most words in a claim read as a headline-sized description of a story (news headlines run about 6 to 12). */
export const HEADLINE_WORDS = 12;

/** Whether a claim is no longer than a headline (HEADLINE_WORDS words, figures and "$550-million" one word each). */
export function headlineLength(text: string): boolean {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’$,.-]*/gu) ?? []).length <= HEADLINE_WORDS;
}

/**
 * Clause boundaries: punctuation that ends a thought, and "but". Quotation marks are not: a partial quotation
 * ('he didn't "want" anything') belongs to its clause, and the negation before it reaches into it.
 */
const CLAUSE_SPLIT = /([;:()—–]|,["”’]?\s|[.!?]["”’]?(?:\s|$)|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b)/giu;

/**
 * Break a text into content tokens with their clause-level polarity. Pure: without `isName`, the analysis of a text
 * is kept and given again (read it, never change it). One /sources claim reads the same sentence up to three times
 * (its reading, the proposed articles' weighing, a window of two), and the next claim on the story reads the same
 * candidate articles again.
 */
export function analyze(text: string, isName?: (lower: string) => boolean): Analysis {
  if (isName) return analyzeText(text, isName);
  return kept(analyses, text, ANALYSES_MAX, () => analyzeText(text));
}
/** The analyses of the texts read last, oldest first (a sentence's is a few kB: 20,000 are some tens of MB). */
const analyses = new Map<string, Analysis>();
const ANALYSES_MAX = 20_000;

function analyzeText(text: string, isName?: (lower: string) => boolean): Analysis {
  // An abbreviation is the same written with or without its stops: "U.N." is "UN", "U.S." is "US".
  text = text.replace(
    /\b(\p{Lu})\.(\p{Lu})\.(?:(\p{Lu})\.)?(?=[\s,;:'’)]|$)/gu,
    (_m, a: string, b: string, c?: string) => a + b + (c ?? '') + ' ',
  );
  // A middle initial is written or left out ("Ronald L. Kuby", "Ron Kuby"; "John F. Johnston", "John Johnston"), and
  // its stop ends no sentence: it is taken out.
  // (the look-behind is slow on a long text: tried only where an initial stands)
  if (/\p{Lu}\.\s/u.test(text)) text = text.replace(/(?<=\p{Lu}\p{Ll}+)\s+\p{Lu}\.\s+(?=\p{Lu}\p{Ll})/gu, ' ');
  // An honorific's stop ends no sentence: in "than Mr. Romney" the name is mid-sentence, and read as a name.
  text = text.replace(/\b(Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St)\.(?=\s+\p{Lu})/gu, '$1');
  const tokens: Token[] = [];
  const numbers: number[] = [];
  const units: number[] = [];
  // Split keeping the separators (odd indices), to know where a clause stands: a capitalised word opening a
  // sentence or a quotation is no evidence of a name, one after a comma is ("..., Atkinson has been").
  const parts = text.split(CLAUSE_SPLIT);
  let clauseNo = 0;
  let offset = 0;
  for (let pi = 0; pi < parts.length; offset += (parts[pi] ?? '').length, pi++) {
    const clause = parts[pi];
    if (pi % 2 === 1 || !clause || !clause.trim()) continue;
    // (trimEnd is the regex /\s+$/ without its scan of the whole text before each clause)
    const before = text.slice(0, offset).trimEnd();
    const opensSentence =
      before === '' ||
      /[.!?:;(“]$/.test(before) ||
      (/"$/.test(before) && !/\s$/.test(text.slice(offset, offset + 1)) && /(?:^|\s)"$/.test(before));
    const ct: Token[] = [];
    // Numbers first, so "550-million" is one value and not the words "550" and "million"; a placeholder keeps
    // their place among the words.
    const values: number[] = [];
    const places: number[] = [];
    const surfaces: string[] = [];
    const rest = clause.replace(NUMBER, (m, digits: string, mult: string | undefined) => {
      const scale = mult ? (MULT[mult.toLowerCase()] ?? 1) : 1;
      const v = Number(digits.replace(/,/g, '')) * scale;
      if (!Number.isFinite(v)) return ' ';
      values.push(v);
      places.push(10 ** -(digits.split('.')[1]?.length ?? 0) * scale);
      surfaces.push(m.trim());
      return ` Ⓝ${values.length - 1} `;
    });
    const words = rest.match(/Ⓝ\d+|[\p{L}][\p{L}'’-]*[\p{L}]|[\p{L}]/gu) ?? [];
    // Negation scopes rightward over the next few content words of its clause ("did not sell arms": sell, arms;
    // "Russia has no intention of curtailing": intention, curtail). Russia, before it, stays affirmative.
    let window = 0;
    let windowStart = -1;
    const windows: [number, number][] = [];
    // A second negation inside an open window cancels the first ("there was not no deal": there was a deal).
    let head = false;
    const openWindow = () => {
      if (window > 0 && windows.length) {
        window = 0;
        for (let i = windows[windows.length - 1][0]; i < ct.length; i++) ct[i].negated = false;
        windows.pop();
        return;
      }
      window = NEG_WINDOW;
      head = true;
      windowStart = ct.length;
      windows.push([windowStart, windowStart]);
    };
    let modal = 0;
    const push = (t: Token) => {
      if (modal > 0) {
        if (modal === NEG_WINDOW) t.head = true;
        t.modal = true;
        modal--;
      }
      if (window > 0) {
        if (head) t.head = true;
        head = false;
        t.negated = true;
        window--;
        windows[windows.length - 1][1] = ct.length + 1;
      }
      ct.push(t);
    };
    let first = opensSentence;
    for (let wi = 0; wi < words.length; wi++) {
      const raw = words[wi];
      if (raw.startsWith('Ⓝ')) {
        const i = Number(raw.slice(1));
        numbers.push(values[i]);
        units.push(places[i]);
        push({ key: '#' + values[i], surface: surfaces[i], name: false, negated: false, clause: clauseNo });
        first = false;
        continue;
      }
      // "Fifty-seven" is 57, not 50 and 7.
      const compound = raw.includes('-') ? numberValue(raw, lexicon) : null;
      if (compound !== null && raw.split('-').every((x) => WORD_NUMBERS[x.toLowerCase()] !== undefined)) {
        numbers.push(compound);
        units.push(0);
        push({ key: '#' + compound, surface: raw, name: false, negated: false, clause: clauseNo });
        first = false;
        continue;
      }
      for (const part of raw.includes('-') && !/^(?:pull-out|cease-fire)$/i.test(raw) ? raw.split('-') : [raw]) {
        if (!part) continue;
        const lower = part.toLowerCase().replace(/['’]s$/, '');
        // "Not only X but also Y" affirms X.
        if (lower === 'not' && words[wi + 1]?.toLowerCase() === 'only') {
          first = false;
          continue;
        }
        // "may" only in lower case: "May" is the month.
        if (/^(?:could|might|can|may)$/.test(part)) {
          modal = NEG_WINDOW;
          first = false;
          continue;
        }
        // A negation inside a hyphenated modifier negates nothing of its clause: "the do-not-call registry", "a
        // no-confidence vote", "a not-for-profit group".
        if (raw.includes('-') && (NEGATORS.has(lower) || /n['’]t$/.test(lower))) {
          first = false;
          continue;
        }
        if (
          NEGATORS.has(lower) ||
          /n['’]t$/.test(lower) ||
          NT_BARE.test(lower) ||
          /^(?:denie[sd]|denying|refuse[sd]|refusing)$/.test(lower) ||
          // "failed to", "a failure to", "a refusal to" deny what follows as "did not" does: "the browser's failure to
          // check the file's type" is "the browser does not check the file's type".
          (/^(?:fail|fails|failed|failing|failure|refusal)$/.test(lower) && words[wi + 1]?.toLowerCase() === 'to')
        ) {
          openWindow();
          first = false;
          continue;
        }
        if (WORD_NUMBERS[lower] !== undefined) {
          numbers.push(WORD_NUMBERS[lower]);
          units.push(0);
          push({ key: '#' + WORD_NUMBERS[lower], surface: part, name: false, negated: false, clause: clauseNo });
          first = false;
          continue;
        }
        // A coordination ends what a negation or a modal reaches once it has reached a word: "without merit and we
        // will defend ourselves" does not deny the defending.
        if ((lower === 'and' || lower === 'or') && (window > 0 || modal > 0)) {
          if (window > 0 && window < NEG_WINDOW) window = 0;
          if (modal > 0 && modal < NEG_WINDOW) modal = 0;
        }
        if (STOPWORDS.has(lower) || lower.length < 2) {
          first = false;
          continue;
        }
        const key = canon(lower);
        if (STOPWORDS.has(key)) {
          first = false;
          continue;
        }
        const name = /^\p{Lu}/u.test(part) && (!first || (isName?.(lower.replace(/['’]s$/, '')) ?? false));
        push({ key, surface: part, name, negated: false, clause: clauseNo });
        first = false;
      }
    }
    // "pull out" is the phrasal form of withdraw.
    for (let i = 0; i + 1 < ct.length; i++)
      if (ct[i].key === 'pull' && ct[i + 1].key === 'out') {
        ct[i].key = '~withdraw';
        ct.splice(i + 1, 1);
      }
    // One negation of "stop" says "continue": fold it, and its window is then affirmative.
    for (const [from, to] of windows) {
      const span = ct.slice(from, to);
      const flip = span.find((t) => ANTONYM[t.key]);
      if (flip) {
        flip.key = ANTONYM[flip.key];
        for (const t of span) t.negated = false;
      }
    }
    // "Michael Steele": the first of two names written one after the other.
    for (let i = 0; i + 1 < ct.length; i++) {
      if (!ct[i].name || !ct[i + 1].name || TITLES.has(ct[i].key)) continue;
      // A middle initial between them: "Ronald L. Kuby".
      if (nextTo(clause, ct[i].surface, ct[i + 1].surface)) ct[i].given = true;
    }
    // Or a name's particle between them: "Osama bin Laden" is also "bin Laden".
    for (let i = 0; i + 2 < ct.length; i++) {
      if (!ct[i].name || !isParticle(ct[i + 1].surface) || !ct[i + 2].name || TITLES.has(ct[i].key)) continue;
      if (
        new RegExp(
          `${escapeRegExp(ct[i].surface)}\\s+${escapeRegExp(ct[i + 1].surface)}\\s+${escapeRegExp(ct[i + 2].surface)}`,
          'u',
        ).test(clause)
      )
        ct[i].given = true;
    }
    for (const t of ct) tokens.push(t);
    clauseNo++;
  }
  return { text, tokens, numbers, units };
}

/**
 * Whether `first` stands right before `second` in the text, a middle initial perhaps between them: what the pattern
 * /first\s+(?:\p{Lu}\.?\s+)?second/u finds, without compiling a pattern for every pair of names (a third of
 * analyze's time on /sources's candidate sentences).
 */
function nextTo(text: string, first: string, second: string): boolean {
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    let j = spaces(text, at + first.length);
    if (j < 0) continue;
    if (text.startsWith(second, j)) return true;
    const cp = text.codePointAt(j);
    if (cp === undefined) continue;
    if (!/^\p{Lu}$/u.test(String.fromCodePoint(cp))) continue;
    j += cp > 0xffff ? 2 : 1;
    if (text[j] === '.') j++;
    j = spaces(text, j);
    if (j >= 0 && text.startsWith(second, j)) return true;
  }
  return false;
}
/** The index past a run of one or more spaces starting at `i`, or -1 when there is none there. */
function spaces(text: string, i: number): number {
  let j = i;
  while (j < text.length && /\s/.test(text[j])) j++;
  return j > i ? j : -1;
}

/** Particles of names written in lower case between a first name and a surname ("Osama bin Laden"). */
const PARTICLES = new Set(lexicon.nameParticles.filter((p) => /^\p{Ll}+$/u.test(p)));
function isParticle(word: string): boolean {
  return PARTICLES.has(word);
}

/** Rarity weight of a content token: rare words decide a claim, common ones barely count. */
export type Weigher = ((key: string) => number) & { /** Weight of a word found in one article only. */ max?: number };

/** Weight from document frequency, damped so that a five-article corpus still has some contrast. */
export function idfWeigher(df: (key: string) => number, n: number): Weigher {
  const w: Weigher = (key) => {
    // A figure must agree anyway (a hard constraint, see compare()); in the coverage it counts as a word found
    // in one article in a hundred, so a date like "July 25" does not outweigh what the claim says happened.
    if (key.startsWith('#')) return 0.5 + Math.log(1 + n / (n / 100 + 1));
    return 0.5 + Math.log(1 + n / (df(key) + 1));
  };
  w.max = 0.5 + Math.log(1 + n);
  return w;
}

const PRONOUN_RE = /\b(?:he|she|they|him|her|his|their|them|its)\b/i;

/**
 * Whether compare (not lenient) reads the paragraph around a sentence: it refers to someone by pronoun, or is a
 * quotation. Of any other, the comparison is the same with the paragraph or without it, so a caller need not read it.
 */
export function readsContext(sentence: Analysis): boolean {
  return PRONOUN_RE.test(sentence.text) || /["“”]/.test(sentence.text);
}

export interface Comparison {
  /** Weighted share of the claim's content found (0..1). */
  coverage: number;
  /** Share of the claim's adjacent content pairs found adjacent in the sentence. */
  phrase: number;
  score: number;
  /** Why a sentence that shares the words still does not carry the claim. */
  veto:
    'number' | 'negation' | 'antonym' | 'name' | 'event' | 'content' | 'vague' | 'modal' | 'scattered' | 'role' | null;
  /** Claim keys found. */
  matched: Set<string>;
  /** Weighted share of the claim's words other than names that the passage writes as the claim does (stems). */
  literal?: number;
  /** A word the claim negates that the passage does not speak of, so it cannot say whether the passage agrees. */
  deniedUnmet?: boolean;
  /** Weighing what retrieval proposed: the weighted share of the claim's core words met, and of its periphery's. */
  core?: number;
  periphery?: number;
}

/** Lowest coverage for a sentence to carry a claim. Tuned on the seeds and on bench/eval-sources.ts. */
export const CARRY_THRESHOLD = 0.72;
/** Least specificity of what a sentence matches, in units of the rarest word's weight. */
export const SPECIFICITY = 1.0;
/** Lowest weighted share of the claim's words other than names. */
export const CONTENT_THRESHOLD = 0.6;

/**
 * Capitalised words that are titles or institutions' common nouns, not names: a claim may leave them out. With the
 * abbreviated ranks ("Lt.") and a company's legal form ("Corp.", "Inc."), which a report often drops.
 */
const TITLES = new Set(
  'president minister secretary senator governor mayor general chairman director chief prime deputy foreign defense ambassador spokesman spokeswoman leader king queen prince judge justice commissioner state states department house senate congress court government administration party national federal lt col sgt capt corp inc co ltd plc llc'
    .split(' ')
    .map((w) => canon(w)),
);

/** Whether a capitalised word is a title or an institution's common noun ("Minister", "Department"), not a name. */
export function isTitle(word: string): boolean {
  return TITLES.has(canon(word.toLowerCase()));
}

/**
 * Compare a claim with a sentence. `context` is the text around the sentence (its paragraph and the one before):
 * a name the sentence refers to by pronoun ("he said") is found there.
 */
export function compare(
  claim: Analysis,
  sentence: Analysis,
  weigh: Weigher,
  context?: Analysis,
  options: { window?: boolean; lenient?: boolean; placesHeld?: Set<string> } = {},
): Comparison {
  // Read by meaning: a headline-length claim that names someone (see Analysis.headline), or any claim when the
  // caller weighs what retrieval proposed (options.lenient, see answerSources): then every word may be met by
  // meaning, a first name may be left out, and the paragraphs around may supply one name and the figures.
  const meaning = !!claim.headline || !!options.lenient;
  const sentKeys = new Map<string, Token>();
  for (const t of sentence.tokens) if (!sentKeys.has(t.key) || !t.negated) sentKeys.set(t.key, t);
  // Polarities each key takes in each text: a word that stands both negated and not ("we do not have Obama
  // judges or Trump judges") agrees with either.
  const polarities = (a: Analysis) => {
    const m = new Map<string, number>();
    for (const t of a.tokens) m.set(t.key, (m.get(t.key) ?? 0) | (t.negated ? 2 : 1));
    return m;
  };
  const modals = (a: Analysis) => {
    const m = new Map<string, number>();
    for (const t of a.tokens) m.set(t.key, (m.get(t.key) ?? 0) | (t.modal ? 2 : 1));
    return m;
  };
  const claimMod = modals(claim);
  const sentMod = modals(sentence);
  let modalMax = 0;
  const claimPol = polarities(claim);
  // The word a negation first reaches in one text, when the other text does not write it, passes its place to the
  // next word it reaches there: "Shipyards are not feeling confident" reaches "feeling", which "Shipyards are
  // confident" does not write; the two must then agree on "confident".
  // Only where the other text negates nothing (then no negation's reach, counted in words, can differ between them):
  // "will not make a determination on the permit" and "will not decide on the permit" agree.
  const headsOf = (a: Analysis, other: Analysis): Set<string> => {
    const theirs = new Set(other.tokens.some((t) => t.negated) ? [] : other.tokens.map((t) => t.key));
    const heads = new Set<string>();
    a.tokens.forEach((t, i) => {
      if (!t.head) return;
      heads.add(t.key);
      if (theirs.has(t.key) || !t.negated) return;
      const next = a.tokens.slice(i + 1).find((x) => x.clause === t.clause && x.negated && theirs.has(x.key));
      if (next) heads.add(next.key);
    });
    return heads;
  };
  const claimHeads = headsOf(claim, sentence);
  const sentHeads = headsOf(sentence, claim);
  const claimDenied = new Set(claim.tokens.filter((t) => t.head && t.negated).map((t) => t.key));
  const sentDenied = new Set(sentence.tokens.filter((t) => t.head && t.negated).map((t) => t.key));
  const sentPol = polarities(sentence);
  // The paragraph around stands in for a name only when the sentence refers to someone by pronoun, or is a
  // quotation (its speaker is named beside it).
  const ctxKeys = new Set(
    context &&
      // Weighing what retrieval proposed, the paragraphs before are read further back, so a pronoun is not enough:
      // "as Cruz and Bush look to build on their performance" is not about Trump, named two paragraphs up.
      (options.lenient ? namesNobody(sentence) : readsContext(sentence))
      ? context.tokens.map((t) => t.key)
      : [],
  );

  // A place the claim gives as where it happened ("the Harlow Street bridge in Denver") may be left out by a passage
  // when the article names it elsewhere ("… into downtown Denver" two paragraphs on, a dateline), unless the passage
  // names another place of its own: then it speaks of somewhere else.
  const leftOut = new Set<string>();
  if (options.placesHeld?.size && !sentence.tokens.some((x) => x.name && !claimKeysOf(claim).has(x.key) && isPlace(x)))
    for (const k of options.placesHeld) if (!sentKeys.has(k)) leftOut.add(k);
  // A name of the claim the passage lacks (and no pronoun or acronym supplies) decides it: the costlier matching
  // by meaning below is spared. Coverage is then counted on words as written, for ranking the closest passages.
  const lacksName = claim.tokens.some(
    (t) =>
      t.name &&
      !leftOut.has(t.key) &&
      !t.given &&
      !TITLES.has(t.key) &&
      !sentKeys.has(t.key) &&
      !ctxKeys.has(t.key) &&
      !(options.lenient && CALENDAR.test(t.key)) &&
      !namedOtherwise(claim, t, sentence, !!options.lenient) &&
      !(options.lenient && t.periphery && !substituted(claim, t, sentence) && !otherPlace(claim, t, sentence)),
  );
  if (lacksName) {
    let all = 0;
    let got = 0;
    const once = new Set<string>();
    for (const t of claim.tokens) {
      if (once.has(t.key) || t.given) continue;
      once.add(t.key);
      const w = weigh(t.key);
      all += w;
      if (sentKeys.has(t.key)) got += w;
    }
    const coverage = all > 0 ? got / all : 0;
    const matched = new Set(claim.tokens.filter((t) => sentKeys.has(t.key)).map((t) => t.key));
    const phrase = phraseOverlap(claim, sentence);
    return {
      coverage,
      phrase,
      score: Math.round((0.85 * coverage + 0.15 * phrase) * 1000) / 1000,
      veto: 'name',
      matched,
    };
  }
  const seen = new Set<string>();
  let total = 0;
  let found = 0;
  let disagreeMax = 0;
  const matched = new Set<string>();
  // Words of the claim a negation reaches that the passage also denies.
  const deniedBoth = new Set<string>();
  let contextUsed = 0;
  let contentTotal = 0;
  let contentFound = 0;
  let contentLiteral = 0;
  let wordsTotal = 0;
  let namesInClaim = 0;
  let namesFound = 0;
  let veto: Comparison['veto'] = null;
  let meaningW = 0;
  let vectorUsed = false;
  // Each word of the claim weighed, and whether it stands in the periphery (for Comparison.core and .periphery).
  const counted = new Map<string, { w: number; soft: boolean }>();
  // Figures may come from the paragraphs around only when the sentence gives none of its own the claim lacks.
  // Weighing what retrieval proposed, a figure written to fewer digits is the other rounded (see sameFigure).
  const same = options.lenient ? sameFigure : (x: Figure, v: Figure) => sameNumber(x[0], v[0]);
  const claimFigures = figuresOf(claim);
  const sentenceFigures = figuresOf(sentence);
  const lenientFigures = !!options.lenient && !sentenceFigures.some((x) => !claimFigures.some((v) => same(x, v)));
  // A claim may hold both opposites itself ("short-lived or long-lived").
  const claimKeys = new Set(claim.tokens.map((t) => t.key));
  // The article's words already standing for a word of the claim, as written or by meaning.
  const taken = new Set([...sentKeys.keys()].filter((k) => claimKeys.has(k)));
  for (const t of claim.tokens) {
    if (seen.has(t.key)) continue;
    seen.add(t.key);
    if (leftOut.has(t.key)) continue;
    const w = weigh(t.key);
    let s = sentKeys.get(t.key);
    // A first name may be left out ("Steele" for "Michael Steele"); found, it counts. Another first name before the
    // surname is another person: "Bill Clinton" does not stand for "Hillary Clinton".
    // Only the first name just before a surname may be left out: in "Roneet Barack Obama" a word before
    // "Barack Obama" is no first name of his, and must be there.
    if (t.given && !s && meaning) {
      const next = claim.tokens[claim.tokens.indexOf(t) + 1];
      if (next?.given) veto ??= 'name';
      else if (otherGivenName(claim, t, sentence.text)) veto ??= 'name';
      continue;
    }
    // A name written otherwise: "CPAC" for "the Conservative Political Action Conference", "SEC" for "the Securities
    // and Exchange Commission"; weighing what retrieval proposed, "Fallujah" for "Falluja", "Iraqi" for "Iraq".
    if (!s && t.name && namedOtherwise(claim, t, sentence, !!options.lenient)) s = t;
    // Weighing what retrieval proposed, a day or month the passage does not give is a detail left out ("Motorola had
    // scheduled its earnings report …" without "Thursday"); another one is another date.
    if (!s && t.name && options.lenient && CALENDAR.test(t.key)) {
      const kind = (w: string) => (WEEKDAY.test(w) ? 'day' : 'month');
      if (sentence.tokens.some((x) => CALENDAR.test(x.key) && !claimKeys.has(x.key) && kind(x.key) === kind(t.key)))
        veto ??= 'number';
      continue;
    }
    total += w;
    // A name of the periphery the passage leaves out is a detail it does not give, not another party (unless the
    // passage writes another name in its place: see substituted).
    const soft = !!options.lenient && !!t.periphery;
    counted.set(t.key, { w, soft });
    if (soft && t.name && !s && (substituted(claim, t, sentence) || otherPlace(claim, t, sentence))) veto ??= 'name';
    if (t.name && !TITLES.has(t.key) && !soft) namesInClaim++;
    if (!t.name) contentTotal += w;
    if (!t.name && !t.key.startsWith('#')) wordsTotal += w;
    // Not the claim's word but one that says it (WordNet), its opposite under a negation, or a word the vectors
    // call close: matched by meaning, with polarity checked on the article's word.
    if (meaning && !s && !t.name && !t.key.startsWith('#') && !(ANTONYM[t.key] && sentKeys.has(ANTONYM[t.key]))) {
      // What happened (the predicate) is met by a vector neighbour only above a higher cosine, and never by one
      // WordNet calls its opposite (byMeaning): vectors put "stop" near "continue" and "sold" near "bought".
      const predicate = !!claim.predicates?.has(t.key) || EVENT_CLASSES.has(t.key);
      const m = byMeaning(
        t,
        sentence,
        vectorUsed || t.key.startsWith('~'),
        predicate ? VECTOR_PREDICATE_MIN : VECTOR_MIN,
        options.lenient ? taken : undefined,
      );
      if (m) {
        // One word of the article says one word of the claim: "issues" is not both "releases" and "returns".
        taken.add(m.token.key);
        // Vectors say "related", so one claim word at most may be met by a vector neighbour alone.
        if (m.strength < 1) vectorUsed = true;
        const mw = w * m.strength;
        meaningW += w - mw;
        found += mw;
        matched.add(t.key);
        if (!t.name) contentFound += mw;
        const agree = m.opposite ? t.negated !== m.token.negated : t.negated === m.token.negated;
        if (agree && t.negated && !m.opposite) deniedBoth.add(t.key);
        if (!agree) {
          if (m.opposite) veto ??= 'antonym';
          else if (!options.lenient || claimHeads.has(t.key) || sentHeads.has(m.token.key))
            disagreeMax = Math.max(disagreeMax, mw);
        }
        if (!!t.modal !== !!m.token.modal && (!options.lenient || claimHeads.has(t.key) || sentHeads.has(m.token.key)))
          modalMax = Math.max(modalMax, mw);
        continue;
      }
    }
    // The sentence also says the opposite, unnegated: "will keep selling weapons … despite calls to stop arming"
    // does not carry "will stop selling".
    if (
      s &&
      !t.name &&
      !t.key.startsWith('#') &&
      /^[\p{L}]/u.test(t.surface) &&
      sentence.tokens.some(
        (x) =>
          x.clause === s!.clause &&
          !claimKeys.has(x.key) &&
          !x.name &&
          x.negated === t.negated &&
          x.key !== t.key &&
          /^[\p{L}]/u.test(x.surface) &&
          (x.key === ANTONYM[t.key] || directlyOpposes(t.surface, x.surface)),
      )
    )
      veto ??= 'antonym';
    if (s) {
      found += w;
      matched.add(t.key);
      if (t.negated && s.negated) deniedBoth.add(t.key);
      if (t.name && !TITLES.has(t.key) && !soft) namesFound++;
      if (!t.name) contentFound += w;
      if (!t.name && !t.key.startsWith('#')) contentLiteral += w;
      // "Pence could cast the deciding vote" does not report that he cast it.
      // Weighing what retrieval proposed, only where a negation or modal first reaches in either text: "did not know
      // what to charge the men with" and "did not know what crimes to charge the men with" agree on "charge".
      const atHead = !options.lenient || claimHeads.has(t.key) || sentHeads.has(t.key);
      if ((claimMod.get(t.key)! & sentMod.get(t.key)!) === 0 && atHead) modalMax = Math.max(modalMax, w);
      if ((claimPol.get(t.key)! & sentPol.get(t.key)!) === 0 && atHead) disagreeMax = Math.max(disagreeMax, w);
      // And the word a negation first reaches is denied in both, though it stands elsewhere undenied: "most dividends
      // … would not be taxed", in a claim about a "tax bill", is not "would be taxed".
      if (
        options.lenient &&
        ((claimDenied.has(t.key) && !(sentPol.get(t.key)! & 2)) ||
          (sentDenied.has(t.key) && !(claimPol.get(t.key)! & 2)))
      )
        disagreeMax = Math.max(disagreeMax, w);
    } else if (lenientFigures && t.key.startsWith('#') && ctxKeys.has(t.key)) {
      // Weighing what retrieval proposed: the year or figure stands in the paragraphs before (see below).
      found += w;
      matched.add(t.key);
      contentFound += w;
    } else if (/^\p{Lu}/u.test(t.surface) && ctxKeys.has(t.key) && contextUsed++ === 0) {
      // A pronoun stands for one entity: the paragraph may supply one missing name, not several.
      // Named in the paragraph, referred to by pronoun in the sentence.
      found += w;
      matched.add(t.key);
      if (t.name && !TITLES.has(t.key) && !soft) namesFound++;
      if (!t.name) contentFound += w;
    } else if (ANTONYM[t.key] && sentKeys.has(ANTONYM[t.key])) {
      veto = 'antonym';
    } else if (
      !options.lenient &&
      (EVENT_CLASSES.has(t.key) || ((claim.headline || claim.pronounSubject) && claim.predicates?.has(t.key)))
    ) {
      veto ??= 'event';
    }
  }
  void meaningW;
  // Every figure of the claim must be stated in the sentence.
  // Weighing what retrieval proposed, a figure may stand in the paragraphs before ("the 30-year anniversary of a
  // massacre …" / "The three-week assault on the rebellious city in 1982 …" / "… observing a general strike").
  // A figure of the sentence the claim lacks says the sentence speaks of another: then the paragraphs are not read.
  const ownFigure = sentenceFigures.some((x) => !claimFigures.some((v) => same(x, v)));
  const figures =
    options.lenient && context && !ownFigure ? [...sentenceFigures, ...figuresOf(context)] : sentenceFigures;
  // Figures stay hard in the periphery too: "Jackson, 42, posted bond" is not carried by a report that gives no age
  // (MRPC dev: an age changed in an appositive was listed 3 times in 114 when such figures could be left out).
  for (const v of claimFigures) if (!figures.some((x) => same(x, v))) veto ??= 'number';
  // One content word whose polarity differs is enough: "was driven by" and "was not driven by" share every
  // other word. Very common words (weight under a quarter of the claim's mean) are let through, as a negation's reach
  // is only approximate.
  if (disagreeMax >= 0.25 * (total / Math.max(1, seen.size))) veto ??= 'negation';
  if (modalMax >= 0.25 * (total / Math.max(1, seen.size))) veto ??= 'modal';
  // The matched words must stand together: spread over a table or a very long sentence, they say nothing
  // together. The shortest run of the sentence's content words holding every matched word is measured.
  if (
    !options.lenient &&
    matched.size >= 3 &&
    veto === null &&
    span(sentence, matched) > Math.max(3 * seen.size, seen.size + 12)
  )
    veto = 'scattered';
  // Who did what to whom: "Syria sold arms to Russia" is not "Russia will not stop selling arms to Syria".
  if (veto === null && swappedRoles(claim, sentence)) veto = 'role';
  // Every name of the claim must be there: "California's primary" is not "Washington's primary".
  if (namesFound < namesInClaim) veto ??= 'name';

  const coverage = total > 0 ? found / total : 0;
  // Names are rare, so they weigh most; the rest of the claim (what happened to them) must be there too:
  // "Arlington National Cemetery" alone does not say "he toured Arlington National Cemetery".
  const contentCoverage = contentTotal > 0 ? contentFound / contentTotal : 1;
  if (contentCoverage < CONTENT_THRESHOLD && veto === null && !options.lenient) veto = 'content';
  // A claim of a few common words ("that's what the American people believe") is said in hundreds of articles
  // about different things: what is matched must be at least as specific as one rare word (a figure counts as
  // one). Relative to the rarest possible word, so it holds on five articles and on fifty thousand.
  if (weigh.max !== undefined && veto === null) {
    let specific = 0;
    for (const k of matched) specific += k.startsWith('#') ? weigh.max : weigh(k);
    if (specific < SPECIFICITY * weigh.max) veto = 'vague';
  }
  const phrase = phraseOverlap(claim, sentence);
  const score = Math.round((0.85 * coverage + 0.15 * phrase) * 1000) / 1000;
  const literal = wordsTotal > 0 ? contentLiteral / wordsTotal : 1;
  // What the claim denies must be spoken of: "A lawsuit has not been filed to block the removal" is not carried by
  // "Supporters asked a federal court Monday to block the removal", which says nothing of a lawsuit being filed.
  // A light verb and its object say one thing ("will not make a determination" is "will not decide"): one of the two
  // denied in the passage too is enough.
  // Only the word a negation first reaches is asked for (or the one after a light verb it reaches): "showed no
  // remorse in the brutal killing" is carried by "showed no remorse", which says nothing of the killing.
  const deniedUnmet = claim.tokens.some(
    (t, i) =>
      t.negated &&
      (t.head ||
        (claim.tokens[i - 1]?.head && claim.tokens[i - 1].negated && isLightVerb(claim.tokens[i - 1].surface))) &&
      !t.name &&
      !t.key.startsWith('#') &&
      !matched.has(t.key) &&
      !claim.tokens.some(
        (x) =>
          x !== t &&
          x.negated &&
          x.clause === t.clause &&
          deniedBoth.has(x.key) &&
          (isLightVerb(t.surface) || isLightVerb(x.surface)),
      ),
  );
  let coreAll = 0;
  let coreGot = 0;
  let periAll = 0;
  let periGot = 0;
  for (const [k, { w, soft }] of counted) {
    const got = matched.has(k) ? w : 0;
    if (soft) {
      periAll += w;
      periGot += got;
    } else {
      coreAll += w;
      coreGot += got;
    }
  }
  const core = coreAll > 0 ? coreGot / coreAll : coverage;
  const periphery = periAll > 0 ? periGot / periAll : 1;
  return { coverage, phrase, score, veto, matched, literal, deniedUnmet, core, periphery };
}

/** A verb with this many WordNet senses or more is a light verb: "make", "take", "give", "hold". */
const LIGHT_VERB_SENSES = 20;
function isLightVerb(word: string): boolean {
  return sensesOf(lemmaOf(word), 'v', 100).length >= LIGHT_VERB_SENSES;
}

const claimKeys = new WeakMap<Analysis, Set<string>>();
function claimKeysOf(a: Analysis): Set<string> {
  let k = claimKeys.get(a);
  if (!k) claimKeys.set(a, (k = new Set(a.tokens.map((t) => t.key))));
  return k;
}

/** Whether a name token is a place by WordNet: its first noun sense in noun.location ("Denver", "Ohio", "Iraq"). */
function isPlace(t: Token): boolean {
  return isPlaceName(t.surface.replace(/['’]s?$/, ''));
}

/** Prepositions that make the name after them where something happened ("in Denver", "near Mosul"). */
const LOCATIVE = /^(?:in|at|near|outside|inside|across|throughout|around)$/i;

/**
 * The claim's names that say where it happened (see Analysis.places): a WordNet place right after a preposition of
 * place, possibly behind "the" or another capitalised word ("in New Hampshire", "in the Gaza Strip").
 */
export function placesOf(claim: Analysis): Set<string> {
  const out = new Set<string>();
  const words = claim.text.split(/\s+/);
  for (const t of claim.tokens) {
    if (!t.name || !isPlace(t)) continue;
    const at = words.findIndex(
      (w) => w.replace(/[^\p{L}\p{N}'’-]/gu, '').replace(/['’]s?$/, '') === t.surface.replace(/['’]s?$/, ''),
    );
    let i = at - 1;
    while (i >= 0 && (/^the$/i.test(words[i]) || /^\p{Lu}/u.test(words[i])) && at - i <= 3) i--;
    if (at > 0 && i >= 0 && LOCATIVE.test(words[i])) out.add(t.key);
  }
  return out;
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/** A figure and the place value of its last digit as written (0: unknown, compared exactly). */
type Figure = [value: number, unit: number];
function figuresOf(a: Analysis): Figure[] {
  return a.numbers.map((v, i) => [v, a.units?.[i] ?? 0]);
}
/** Most a figure written to fewer digits may differ from the other, as a share of it. */
const ROUNDED_SHARE = 0.05;
/**
 * Whether two figures are one, the one written to fewer digits the other rounded or cut to them: "some $65 billion" /
 * "$64.7 billion", "34.7 million" / "34.75 million", "about 10 percent" / "9.6 percent". Figures written to the same
 * digits are one only when equal ("55" / "57" are two), and a rounding is close (within ROUNDED_SHARE): "2 percent"
 * is not "2.4 percent".
 */
function sameFigure([a, ua]: Figure, [b, ub]: Figure): boolean {
  if (sameNumber(a, b)) return true;
  if (!ua || !ub || sameNumber(ua, ub)) return false;
  const [coarse, unit, fine] = ua > ub ? [a, ua, b] : [b, ub, a];
  if (Math.abs(coarse - fine) > ROUNDED_SHARE * Math.abs(coarse)) return false;
  const steps = fine / unit;
  return [Math.round(steps + 1e-9), Math.trunc(steps + 1e-9 * Math.sign(steps))].some((k) =>
    sameNumber(k * unit, coarse),
  );
}

/** Length of the shortest run of a text's tokens that holds every one of `keys` (names found elsewhere aside). */
function span(a: Analysis, keys: Set<string>): number {
  const want = new Set([...keys].filter((k) => a.tokens.some((t) => t.key === k)));
  if (want.size === 0) return 0;
  const count = new Map<string, number>();
  let have = 0;
  let best = Infinity;
  let lo = 0;
  for (let hi = 0; hi < a.tokens.length; hi++) {
    const k = a.tokens[hi].key;
    if (want.has(k)) {
      const c = (count.get(k) ?? 0) + 1;
      count.set(k, c);
      if (c === 1) have++;
    }
    while (have === want.size) {
      best = Math.min(best, hi - lo + 1);
      const l = a.tokens[lo].key;
      if (want.has(l)) {
        const c = count.get(l)! - 1;
        count.set(l, c);
        if (c === 0) have--;
      }
      lo++;
    }
  }
  return best;
}

/** Adjacent content-token pairs of the claim that stand adjacent (either order) in the sentence. */
function phraseOverlap(claim: Analysis, sentence: Analysis): number {
  if (claim.tokens.length < 2) return 0;
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < sentence.tokens.length; i++) {
    pairs.add(sentence.tokens[i].key + ' ' + sentence.tokens[i + 1].key);
    pairs.add(sentence.tokens[i + 1].key + ' ' + sentence.tokens[i].key);
  }
  let hit = 0;
  for (let i = 0; i + 1 < claim.tokens.length; i++)
    if (pairs.has(claim.tokens[i].key + ' ' + claim.tokens[i + 1].key)) hit++;
  return hit / (claim.tokens.length - 1);
}

/** Lowest cosine for a vector neighbour to stand for a claim's word; it then counts for its cosine's share. */
export const VECTOR_MIN = 0.6;
/** The same for the claim's predicate. */
export const VECTOR_PREDICATE_MIN = 0.65;

/** Whether WordNet calls two words opposites either way round ("continue" is among the antonyms of "stop"). */
function oppositeByVector(a: string, b: string): boolean {
  return opposes(a, b) || opposes(b, a);
}

/**
 * The article's word that states a claim's word by meaning: WordNet first (full weight), then its opposite
 * (polarity flipped: "will not stop" for "keep"), then the nearest vector neighbour above VECTOR_MIN, weighted by
 * its cosine, unless WordNet calls the two opposites ("sold"/"bought").
 */
function byMeaning(
  t: Token,
  sentence: Analysis,
  noVectors = false,
  min = VECTOR_MIN,
  taken?: Set<string>,
): { token: Token; strength: number; opposite: boolean } | null {
  const word = t.surface;
  if (!/^[\p{L}]/u.test(word)) return null;
  let best: { token: Token; strength: number; opposite: boolean } | null = null;
  for (const s of sentence.tokens) {
    if (s.name || s.key.startsWith('#') || !/^[\p{L}]/u.test(s.surface)) continue;
    if (taken?.has(s.key)) continue;
    // A word a negation turned into its opposite ("not stop" read as "continue") no longer says what it says.
    if (s.key.startsWith('~') && s.key !== canon(s.surface)) continue;
    if (meets(word, s.surface)) return { token: s, strength: 1, opposite: false };
    // An opposite that would contradict the claim (both words affirmed, or both denied) must be WordNet's antonym word
    // to word (see directlyOpposes); one that would state it ("will not stop" for "keep") may come through synonyms.
    // A word of the paraphrase table ("declined": ~fall) has its opposites from the table only (ANTONYM): WordNet's
    // first sense of "decline" is "refuse", whose opposite "accept" is "take", and "revenues have not declined" is no
    // "revenues have taken a hit".
    if (
      !t.key.startsWith('~') &&
      opposes(word, s.surface) &&
      (t.negated !== s.negated || directlyOpposes(word, s.surface))
    ) {
      best = { token: s, strength: 1, opposite: true };
      continue;
    }
    if (best?.opposite || noVectors) continue;
    const c = related(word, s.surface);
    if (c !== null && c >= min && (!best || c > best.strength) && !oppositeByVector(word, s.surface))
      best = { token: s, strength: c, opposite: false };
  }
  return best;
}

/** Prepositions that mark a name as the one something is done to, for, from or with. */
const ROLE_PREPOSITIONS = new Set(['to', 'from', 'with', 'for', 'against', 'into', 'toward', 'towards']);

/** The word written just before each occurrence of a name in a text (lower case), or '' at its start. */
function wordsBefore(text: string, name: string): string[] {
  const out: string[] = [];
  // (most candidate sentences lack most of the claim's names: no pattern is run there; each name's pattern is made
  // once, not for every sentence it is looked for in)
  if (!text.includes(name)) return out;
  const re = kept(
    beforePatterns,
    name,
    10_000,
    () => new RegExp(`(?:([\\p{L}]+)[^\\p{L}]+)?\\b${escapeRegExp(name)}\\b`, 'gu'),
  );
  for (const m of text.matchAll(re)) out.push((m[1] ?? '').toLowerCase());
  return out;
}
/** wordsBefore's pattern for each name asked of it (global: read with matchAll only, which copies it). */
const beforePatterns = new Map<string, RegExp>();
/** The capitalised word after a role preposition ("to Damascus", "with the Kremlin"), by preposition. */
const AFTER_ROLE = new Map(
  [...ROLE_PREPOSITIONS].map((p) => [p, new RegExp(`\\b${p}\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'’-]*)`, 'u')]),
);

/** swappedRoles's reading of each claim: the preposition before each of its names ('' for none). */
const claimRoles = new Map<string, Map<string, string>>();

/**
 * Roles read from the prepositions around the names, in place of a parse: when the claim's subject (a name with
 * no preposition before it) stands in the sentence only after the preposition that marks the claim's object
 * ("to Russia" in the claim, "to Syria" in the sentence), and that object stands without it, the two are swapped.
 * A passive ("arms were sold to Syria by Russia") keeps its subject after "by", which is no role preposition.
 */
function swappedRoles(claim: Analysis, sentence: Analysis): boolean {
  const names = [...new Set(claim.tokens.filter((t) => t.name && !t.given).map((t) => t.surface))];
  if (names.length < 2) return false;
  // The claim's roles, read once per claim (and its names), not for every sentence compared with it.
  const key = `${claim.text}\u0000${names.join('\u0001')}`;
  const role = kept(
    claimRoles,
    key,
    1000,
    () =>
      new Map(
        names.map((n) => {
          const before = wordsBefore(claim.text, n)[0] ?? '';
          return [n, ROLE_PREPOSITIONS.has(before) ? before : ''];
        }),
      ),
  );
  // Each name's words before it in the sentence, read once per sentence.
  const inSentence = new Map<string, string[]>();
  const before = (n: string) => {
    let w = inSentence.get(n);
    if (!w) inSentence.set(n, (w = wordsBefore(sentence.text, n)));
    return w;
  };
  for (const a of names) {
    if (role.get(a) !== '') continue;
    for (const b of names) {
      const p = role.get(b)!;
      if (p === '') continue;
      const aBefore = before(a);
      const bBefore = before(b);
      // The claim's subject stands only as someone's object or partner ("weapons sales, with Syria").
      if (
        aBefore.length &&
        aBefore.every((w) => ROLE_PREPOSITIONS.has(w)) &&
        (bBefore.length === 0 || bBefore.some((w) => w !== p))
      )
        return true;
      // The subject is not in the sentence (a pronoun stands for someone) and the object's place holds another
      // name: "his country is not violating … by selling weapons to Damascus" for "Syria sold arms to Russia".
      const other = aBefore.length ? null : AFTER_ROLE.get(p)!.exec(sentence.text);
      if (other && other[1] !== b) return true;
    }
  }
  return false;
}

/** Whether the passage writes the surname after `given` with a different capitalised first name. */
function otherGivenName(claim: Analysis, given: Token, text: string): boolean {
  const i = claim.tokens.indexOf(given);
  // Or its particle: "Osama bin Laden" is not "Hamza bin Laden".
  const surname = claim.tokens[i + 1];
  if (!surname) return false;
  for (const m of text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}'’.-]*)\\s+${escapeRegExp(surname.surface)}\\b`, 'gu'))) {
    const before = m[1].replace(/[.]$/, '');
    // A compound modifier is no first name: "Saudi-born bin Laden".
    if (/-\p{Ll}/u.test(before)) continue;
    // "Ron Kuby" is "Ronald Kuby": a first name and its short form.
    if (
      before !== given.surface &&
      !(before.length >= 3 && (given.surface.startsWith(before) || before.startsWith(given.surface))) &&
      !isStopWord(before) &&
      !TITLES.has(canon(before.toLowerCase())) &&
      !/^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St)$/.test(before) &&
      before.length > 1
    )
      return true;
  }
  return false;
}

/**
 * Whether a passage writes another name where the claim has one of its periphery: a capitalised word the claim lacks
 * beside the same word ("U.S. Treasury Secretary Steven Mnuchin" for a claim's "U.S. Mountjoy Secretary Steven
 * Mnuchin"): then the name is not left out but replaced, and the passage speaks of someone or somewhere else.
 */
function substituted(claim: Analysis, t: Token, sentence: Analysis): boolean {
  const i = claim.tokens.indexOf(t);
  const prev = claim.tokens[i - 1]?.key;
  const next = claim.tokens[i + 1]?.key;
  const keys = claimKeysOf(claim);
  return sentence.tokens.some(
    (x, k) =>
      x.name &&
      !keys.has(x.key) &&
      ((prev !== undefined && sentence.tokens[k - 1]?.key === prev) ||
        (next !== undefined && sentence.tokens[k + 1]?.key === next)),
  );
}

/** Whether a place of the claim is missing from a passage that names another place instead: somewhere else. */
function otherPlace(claim: Analysis, t: Token, sentence: Analysis): boolean {
  if (!isPlace(t)) return false;
  const keys = claimKeysOf(claim);
  return sentence.tokens.some((x) => x.name && !keys.has(x.key) && isPlace(x));
}

/** Days and months: capitalised mid-sentence, yet no one a sentence is about ("May" left out: it is also a verb). */
export const CALENDAR = new RegExp(`^(?:${WEEKDAY_PATTERN}|${MONTH_PATTERN.replace('|may|', '|')})$`);

/**
 * Whether a sentence names no one, and so speaks of someone or somewhere named before it: "On Thursday, many of the
 * city's residents were observing a general strike" is about Hama, named two paragraphs up.
 */
function namesNobody(a: Analysis): boolean {
  // Whoever the sentence is attributed to is not what it speaks of: "…, said Ahmed Jimejmi, a resident."
  const told = a.text.replace(ATTRIBUTION_TAIL, '');
  const b = told === a.text ? a : analyze(told);
  return !b.tokens.some((t) => t.name && !CALENDAR.test(t.surface.toLowerCase()));
}
/** A trailing attribution: ", said Ahmed Jimejmi, a resident.", ", according to the U.N." */
const ATTRIBUTION_TAIL =
  /,\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}(?:said|says|told|added)|(?:said|says|according to)\s)[^]*$/u;

const WEEKDAY = IS_WEEKDAY;

/**
 * Whether a passage names what a name of the claim names, written otherwise: as initials either way ("CDC's" and "the
 * Centers for Disease Control and Prevention"; "the Securities and Exchange Commission" and "SEC"); and, weighing
 * what retrieval proposed, spelled otherwise (one letter in a name of up to seven, two in a longer one:
 * "Falluja"/"Fallujah", "al-Qaeda"/"al-Qaida", "Chretien"/"Chrétien" is folded already) or as the place its people
 * are named after ("Iraq"/"Iraqi", WordNet's pertainyms).
 */
function namedOtherwise(claim: Analysis, t: Token, sentence: Analysis, lenient: boolean): boolean {
  const bare = t.surface.replace(/['’]s?$/, '');
  if (/^\p{Lu}{3,}$/u.test(bare) && hasExpansion(sentence.text, bare)) return true;
  const initials = initialsAround(claim.text, bare);
  if (initials && sentence.tokens.some((x) => x.surface.replace(/['’]s?$/, '') === initials)) return true;
  if (sameBody(claim.text, bare, sentence.text)) return true;
  if (!lenient || bare.length < 5) return false;
  const a = foldAccents(bare.toLowerCase());
  const kin = new Set(kinOf(a).map((w) => foldAccents(w.toLowerCase())));
  for (const x of sentence.tokens) {
    if (!/^\p{Lu}/u.test(x.surface)) continue;
    const b = foldAccents(x.surface.replace(/['’]s?$/, '').toLowerCase());
    // A people's name in the plural too: "Iraqis" for "Iraq".
    const one = b.endsWith('s') && b.length > 4 ? b.slice(0, -1) : b;
    if (kin.has(b) || kin.has(one) || kinOf(one).some((w) => foldAccents(w.toLowerCase()) === a)) return true;
    if (b[0] !== a[0] || Math.abs(a.length - b.length) > 2) continue;
    if (editDistance(a, b, true) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1)) return true;
  }
  return false;
}

/**
 * Whether a passage names the body a name of the claim names under another name: a national capital for its country
 * or the country for its capital (WordNet's part holonyms, see seatNames): "Moscow would veto the draft" / "Russia
 * would veto the draft"; "has moved closer to the United States" / "has moved closer to Washington".
 */
function sameBody(claimText: string, name: string, passage: string): boolean {
  const seats = seatsOf(claimText, name);
  if (seats.size === 0) return false;
  return capitalRuns(passage).some((run) => subRuns(run).some((x) => seats.has(x.toLowerCase())));
}
/** The other names of the body a claim's name stands in (see sameBody), lower case; kept for the claims last asked. */
function seatsOf(claimText: string, name: string): Set<string> {
  const key = `${name}\u0000${claimText}`;
  let seats = seatCache.get(key);
  if (seats) return seats;
  seats = new Set(
    capitalRuns(claimText)
      .filter((run) => run.split(' ').includes(name))
      .flatMap((run) => subRuns(run))
      .filter((run) => run.split(' ').includes(name))
      .flatMap((run) => seatNames(run))
      .map((w) => w.toLowerCase()),
  );
  if (seatCache.size >= 1000) seatCache.clear();
  seatCache.set(key, seats);
  return seats;
}
const seatCache = new Map<string, Set<string>>();
/** Runs of capitalised words in a text ("the U.S. House of Representatives": "U.S. House"), possessives off. */
function capitalRuns(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*/gu) ?? []).map((r) =>
    r
      .split(/\s+/)
      .map((w) => w.replace(/['’]s?$/, '').replace(/(?<=\p{Ll})\.$/u, ''))
      .join(' '),
  );
}
/** Every run of adjacent words within a run, longest first. */
function subRuns(run: string): string[] {
  const w = run.split(' ');
  const out: string[] = [];
  for (let n = w.length; n >= 1; n--) for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
}

/** The initials of the run of capitalised words a name stands in ("Securities and Exchange Commission": "SEC"). */
function initialsAround(text: string, name: string): string | null {
  // Asked of the claim's text for every sentence compared with it: read once per claim and name.
  return kept(initialsCache, `${name}\u0000${text}`, 1000, () => initialsIn(text, name));
}
const initialsCache = new Map<string, string | null>();
function initialsIn(text: string, name: string): string | null {
  const re = /(?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:of|and|for|the)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;
  for (const m of text.matchAll(re)) {
    const caps = m[0].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (caps.some((w) => w.replace(/['’]s?$/, '') === name) && caps.length >= 2) return caps.map((w) => w[0]).join('');
  }
  return null;
}

/** Whether capitalised words of the text spell the acronym ("Conservative Political Action Conference"). */
function hasExpansion(text: string, acronym: string): boolean {
  const words = text.match(/\p{Lu}[\p{L}'’-]*|\b(?:of|the|and|for|on|in)\b/gu) ?? [];
  const caps = words.filter((w) => /^\p{Lu}/u.test(w));
  const initials = caps.map((w) => w[0]).join('');
  return initials.includes(acronym);
}

/**
 * Weighted share of the claim's words other than names that a passage writes as the claim does (see
 * Comparison.literal): cheap, so a passage that cannot reach a cut on it is not weighed by meaning at all.
 */
export function literalShare(claim: Analysis, passage: Analysis, weigh: Weigher): number {
  const keys = new Set(passage.tokens.map((t) => t.key));
  const seen = new Set<string>();
  let all = 0;
  let got = 0;
  for (const t of claim.tokens) {
    if (t.name || t.key.startsWith('#') || seen.has(t.key)) continue;
    seen.add(t.key);
    const w = weigh(t.key);
    all += w;
    if (keys.has(t.key)) got += w;
  }
  return all > 0 ? got / all : 1;
}

/** Whether a comparison says the sentence carries the claim. */
export function carries(c: Comparison, threshold = CARRY_THRESHOLD): boolean {
  return c.veto === null && c.coverage >= threshold;
}

/**
 * Words to send to the search index for a claim: its own words without stopwords, plus the surface forms of their
 * paraphrase class, so that a claim saying "withdrawal" finds a paragraph saying "pullout".
 */
export function searchTerms(claim: string): string[] {
  const out = new Set<string>();
  const a = analyze(claim);
  for (const t of a.tokens) {
    if (t.key.startsWith('#')) {
      // The index tokenises "$550-million" as "550" and "million"; "5,400" as "5" and "400".
      for (const part of t.surface.split(/[^\p{L}\p{N}]+/u)) if (part) out.add(part.toLowerCase());
      continue;
    }
    out.add(t.surface.toLowerCase());
    if (t.key.startsWith('~')) {
      for (const w of CLASS_WORDS[t.key] ?? []) out.add(w);
    }
  }
  return [...out];
}

/** Content keys of a text, for document-frequency counting. */
export function contentKeys(text: string): string[] {
  return analyze(text).tokens.map((t) => t.key);
}

/** Words and the punctuation inside a sentence that marks a slot ("On Monday, he …"), with where each stands. */
const SLOT_WORDS = /\p{L}[\p{L}\p{N}'’.-]*|\p{N}[\p{N},.]*|[,;:]/gu;

/**
 * Whether a text writes another capitalised word where the claim has one it lacks, between the same two words: the
 * claim then speaks of some day, someone or somewhere else, whatever the word is (a name, a day, a title, a people's
 * adjective) and wherever it stands (an opening phrase, an appositive, a speaker's description), though a report may
 * leave such a detail out. "In light of Bethel's agreement, …" is not carried by "In light of Saturday's agreement,
 * …", nor "…, said McCain, a former Nigerian officer" by "…, said McCain, a former Navy officer". A word written
 * otherwise is no swap: a short form ("Gen."/"General"), a spelling a letter off, a people's name and its country, a
 * capital and its country (see seatNames).
 */
export function swappedWord(claim: string, text: string): boolean {
  return swappedTester(claim)(text);
}

/**
 * swappedWord with what depends on the claim alone made once: /sources asks it of every candidate article of one
 * claim, and compiling each word's patterns and folding its accents again per article was much of the route's time.
 * `folded` is the text with its accents folded (foldAccents), when the caller keeps it.
 */
export function swappedTester(claim: string): (text: string, folded?: string) => boolean {
  const words = [...claim.matchAll(SLOT_WORDS)];
  const held = (x: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(foldAccents(x))}(?![\\p{L}])`, 'iu');
  const slots: {
    bare: string;
    whole: RegExp;
    parts: RegExp[] | null;
    acronym: string | null;
    prev: string;
    slot: RegExp | null;
  }[] = [];
  for (let i = 1; i < words.length; i++) {
    const w = words[i][0];
    if (!/^\p{Lu}/u.test(w)) continue;
    // Not a sentence's first word: its capital says nothing.
    if (/[.!?]["”’]?\s*$/u.test(claim.slice(0, words[i].index))) continue;
    const bare = w.replace(/['’]s$/u, '').replace(/\.$/, '');
    // Held otherwise: a hyphenated word by its capitalised parts ("a U.S.-chosen Iraqi authority" / "a U.S.-backed
    // Iraqi authority"), an acronym spelled out ("the U.S. market" / "the PC market in the United States").
    const caps = bare.split('-').filter((x) => /^\p{Lu}/u.test(x));
    const acronym = bare.replace(/\./g, '');
    const prev = words[i - 1][0];
    const next = words[i + 1]?.[0];
    // At the claim's end one neighbour must say enough: "a speech to Congress" is not swapped by "a speech to Israel's
    // lawmakers" in a report that calls Congress otherwise.
    const ends = !next && (isStopWord(prev.toLowerCase()) || !/^\p{L}/u.test(prev));
    slots.push({
      bare,
      whole: held(bare),
      parts: bare.includes('-') ? caps.map((x) => held(x.replace(/\.$/, ''))) : null,
      acronym: /^\p{Lu}{2,}$/u.test(acronym) ? acronym : null,
      prev,
      slot: ends
        ? null
        : new RegExp(
            `(?<![\\p{L}])${escapeRegExp(prev)}\\s+(\\p{Lu}[\\p{L}\\p{N}'’.-]*)${next ? `\\s*${escapeRegExp(next)}(?![\\p{L}])` : ''}`,
            'gu',
          ),
    });
  }
  return (text, folded = foldAccents(text)) => {
    for (const x of slots) {
      if (x.whole.test(folded)) continue;
      if (x.parts && x.parts.every((re) => re.test(folded))) continue;
      if (x.acronym && hasExpansion(text, x.acronym)) continue;
      // (the slot begins with the word before, as written: no match where the text lacks it)
      if (!x.slot || !text.includes(x.prev)) continue;
      for (const m of text.matchAll(x.slot)) {
        const other = m[1].replace(/['’]s$/u, '').replace(/\.$/, '');
        if (!sameWordOtherwise(x.bare, other)) return true;
      }
    }
    return false;
  };
}

/** Two capitalised words for one thing: a short form, a spelling a letter off, kin by WordNet, a capital's country. */
function sameWordOtherwise(a: string, b: string): boolean {
  const x = foldAccents(a.toLowerCase());
  const y = foldAccents(b.toLowerCase());
  if (x === y || (x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x)))) return true;
  if (editDistance(x, y, true) <= (Math.min(x.length, y.length) >= 8 ? 2 : 1)) return true;
  const kin = (w: string) => [...kinOf(w), ...seatNames(w)].map((k) => foldAccents(k.toLowerCase()));
  return kin(x).includes(y) || kin(y).includes(x);
}
