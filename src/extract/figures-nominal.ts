// The noun phrase and its coordination: a count read from the casualty noun it hangs on, and from the people joined
// to it by "and". Rounds 1–8 read a figure from the verb of its clause ("N were killed", "killed N"); each lifted the
// sample it was written on by 15–22 points and unseen news by 0–3. What unseen news kept missing were counts in a noun
// phrase with no verb of dying near, and counts built from people listed one by one:
//   "161 arrests", "some 4,000 evacuees", "1,200 drug-related deaths"         (a count and a casualty noun)
//   "the deaths of the envoy and three other diplomats"                      (a casualty noun, "of", a coordination)
//   "officials put the country's deaths at 78,000", "a death toll of 300"    (a casualty noun and its measure)
//   "the dead included nine guests at the hotel and a night porter"          (a casualty noun and what it included)
// Every one asks the same two questions: which noun is the casualty word (its metric from WordNet: a noun whose
// senses reach death, killing, injury, wound, arrest, refugee, evacuee; ./figures-meaning.ts and the anchors
// below), and how many people the coordination of counted person phrases holds ("the envoy" is one, "three other
// diplomats" three, "a night porter" one: a person kind by WordNet, ./figures-general.ts). The parts of speech come
// from the wink-nlp tagger. It runs when the patterns of figures.ts found no metric for a number, and what it returns
// passes every guard a figure passes (supposition, rate, a study's sample, an infinitive of purpose).
import type { Metric } from './vocabulary';
import { metricOfWord } from './figures-meaning';
import { isPersonKind, tokens, type Token } from './figures-general';
import { aboveOf, baseForms, sensesOf, type Synset } from './meaning/wordnet';

/**
 * Nouns of people a casualty befell, as WordNet anchors (rules as data): [metric, lemma, sense]. A noun whose first
 * sense is one of these or a kind of one names the metric ("refugees", "evacuees"). The nouns of events (death,
 * killing, injury, wound, arrest) come from figures-meaning.ts's anchors, read in its 'noun' role. Not "hostage": the
 * labelled samples count no hostages held or freed ("a raid that freed eight hostages") as detained.
 */
const PERSON_ANCHORS: [Metric, string, number][] = [
  ['refugees', 'refugee', 1],
  ['displaced', 'evacuee', 1],
];

let personAnchors: Map<number, Metric> | null = null;
function anchorsOfPeople(): Map<number, Metric> {
  if (!personAnchors) {
    personAnchors = new Map();
    for (const [metric, lemma, sense] of PERSON_ANCHORS) {
      const s = sensesOf(lemma, 'n', sense)[sense - 1];
      if (s) personAnchors.set(s.offset, metric);
    }
  }
  return personAnchors;
}

function personMetric(senses: Synset[]): Metric | null {
  const a = anchorsOfPeople();
  for (const start of senses) {
    const hit = aboveOf([start], 2, (s) => a.get(s.offset) ?? null);
    if (hit) return hit;
  }
  return null;
}

const nounCache = new Map<string, Metric | null>();
/**
 * The metric a casualty noun names, or null: "deaths", "killings", "murders" killed; "injuries", "wounds" injured;
 * "arrests" detained; "refugees" refugees; "evacuees" displaced. A compound WordNet lacks ("asylum-seekers") is left
 * to figures.ts's patterns.
 */
export function casualtyNoun(word: string, lemma = word): Metric | null {
  const w = word.toLowerCase();
  const key = `${w}|${lemma.toLowerCase()}`;
  if (nounCache.has(key)) return nounCache.get(key)!;
  let found = metricOfWord(w, 'noun');
  if (!found) {
    for (const l of new Set([lemma.toLowerCase(), w])) {
      found = personMetric(sensesOf(l, 'n', 1));
      if (found) break;
    }
  }
  nounCache.set(key, found);
  return found;
}

/** A number's span in the sentence and its value, as figures.ts's mentions give them. */
export interface Count {
  start: number;
  end: number;
  value: number;
  /** Where the figure's own qualifier opens ("at least" in "at least three"); the number's start for any other. */
  lead: number;
  /** A vague count ("hundreds") or one with a qualifier of its own: it cannot be added to. */
  open: boolean;
}

export interface Coordination {
  /** How many people the joined phrases hold. */
  total: number;
  /** The value of the conjunct that is the figure's own number (so total − own is what the others add). */
  own: number;
  start: number;
  end: number;
}

/** Words that join counted person phrases. */
const JOIN = /^(?:and|,)$/i;
/** Determiners of one person: "a driver", "the ambassador", "their interpreter", "another guard". */
const ONE_DET = /^(?:a|an|the|his|her|their|its|our|another|one)$/i;
/**
 * Places a counted group was at, or what a person's title is of, before the next conjunct: "nine guests at the hotel
 * and a night porter", "the envoy to the island and three other diplomats".
 */
const PLACE = /^(?:in|inside|at|on|near|from|outside|to|of)$/i;

function modifier(t: Token | undefined): boolean {
  return !!t && (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.value === '-' || t.value === "'s");
}

/** The last noun of a run of modifiers from k (at most five words): its index and where the run ends. */
function headOf(ts: Token[], k: number): { head: number; next: number } | null {
  let head = -1;
  let j = k;
  while (j < ts.length && j - k < 6 && modifier(ts[j])) {
    if (ts[j].pos === 'NOUN' || ts[j].pos === 'PROPN') head = j;
    j++;
  }
  if (head < 0 || head !== j - 1) return null;
  return { head, next: j };
}

/** Whether a phrase's words name a person: its head a person kind, or a title in a name ("Ambassador J. Smith"). */
function person(t: Token): boolean {
  if (isPersonKind(t.value, t.lemma)) return true;
  // a plural name of a people the tagger leaves unlemmatized ("Americans"): WordNet's own base form
  const noun = baseForms(t.value).find((b) => b.pos === 'n');
  return !!noun && isPersonKind(t.value, noun.lemma);
}

function personPhrase(ts: Token[], from: number, head: number): boolean {
  if (person(ts[head])) return true;
  if (ts[head].pos !== 'PROPN') return false;
  for (let j = from; j < head; j++) if (ts[j].pos === 'PROPN' && isPersonKind(ts[j].value, ts[j].lemma)) return true;
  return false;
}

/**
 * One conjunct from token k: a count of people ("three other Americans", "11 people") or one person ("the
 * ambassador", "a veteran sheriff's sergeant", "Ambassador J. Smith"). Null when the phrase is no person ("a dog", "two
 * bombs") or a count carries a qualifier of its own that is not the figure's.
 */
function conjunct(
  ts: Token[],
  k: number,
  counts: Count[],
  own: Count,
): { value: number; next: number; own: boolean } | null {
  const t = ts[k];
  if (!t) return null;
  const c = counts.find((x) => x.start <= t.start && t.start < x.end);
  if (c) {
    if (c !== own && c.open) return null;
    let j = k;
    while (j < ts.length && ts[j].start < c.end) j++;
    // "three others", "three other Americans"
    if (/^others$/i.test(ts[j]?.value ?? '')) return { value: c.value, next: j + 1, own: c === own };
    if (/^other$/i.test(ts[j]?.value ?? '')) j++;
    const h = headOf(ts, j);
    if (!h || !personPhrase(ts, j, h.head)) return null;
    return { value: c.value, next: h.next, own: c === own };
  }
  // the figure's own qualifier ("at least three other diplomats") belongs to the figure
  if (t.start >= own.lead && t.start < own.start) {
    let j = k;
    while (ts[j].start < own.start) j++;
    return conjunct(ts, j, counts, own);
  }
  let j = k;
  if (ONE_DET.test(t.value) && (t.pos === 'DET' || t.pos === 'PRON' || t.pos === 'NUM')) j++;
  else if (t.pos !== 'PROPN') return null;
  const h = headOf(ts, j);
  if (!h || !personPhrase(ts, j, h.head)) return null;
  // one person: a singular head ("the ambassador", not "the guards"), or a name
  if (ts[h.head].pos !== 'PROPN' && ts[h.head].value.toLowerCase() !== ts[h.head].lemma.toLowerCase()) return null;
  // a bare name is one person only with a title in it ("Ambassador J. Smith"); "Kabul and Kandahar" are places
  if (j === k && !ts.slice(k, h.head).some((x) => isPersonKind(x.value, x.lemma))) return null;
  return { value: 1, next: h.next, own: false };
}

/** Whether the list goes on to a conjunct joined by "and" from token k (past more comma-joined conjuncts). */
function listCloses(ts: Token[], k: number, counts: Count[], own: Count): boolean {
  for (let n = 0; n < 6; n++) {
    const t = ts[k];
    if (!t || !JOIN.test(t.value)) return false;
    const and = /^and$/i.test(t.value) || /^and$/i.test(ts[k + 1]?.value ?? '');
    const c = conjunct(ts, k + (t.value === ',' && /^and$/i.test(ts[k + 1]?.value ?? '') ? 2 : 1), counts, own);
    if (!c) return false;
    if (and) return true;
    k = c.next;
  }
  return false;
}

/**
 * The coordination of counted person phrases starting at token k: "the ambassador and three other Americans" (4),
 * "two reporters and their driver" (3), "11 people inside the bar and a veteran sergeant" (12). The figure's own
 * number must be one of the conjuncts; a conjunct that is no person ends the coordination before its "and".
 */
export function coordination(ts: Token[], k: number, counts: Count[], own: Count): Coordination | null {
  const first = conjunct(ts, k, counts, own);
  if (!first) return null;
  let total = first.value;
  let ownValue = first.own ? first.value : 0;
  let seen = first.own;
  let j = first.next;
  let end = ts[first.next - 1].end;
  let n = 1;
  for (;;) {
    let p = j;
    // a place the group was at, read past only when another person follows
    if (PLACE.test(ts[p]?.value ?? '') && ts[p].pos === 'ADP') {
      p++;
      if (ts[p]?.pos === 'DET') p++;
      const h = headOf(ts, p);
      if (!h) break;
      p = h.next;
    }
    if (!JOIN.test(ts[p]?.value ?? '')) break;
    p++;
    let and = ts[p - 1].value !== ',';
    if (!and && /^and$/i.test(ts[p]?.value ?? '')) {
      p++;
      and = true;
    }
    const next = conjunct(ts, p, counts, own);
    if (!next) break;
    // a list joined by commas closes with "and" ("a guard, a driver and two aides"); a comma alone opens another
    // phrase ("the murder of a rancher, reluctantly dispatched 1,200 troops")
    if (!and && !listCloses(ts, next.next, counts, own)) break;
    total += next.value;
    if (next.own) {
      ownValue = next.value;
      seen = true;
    }
    j = next.next;
    end = ts[next.next - 1].end;
    n++;
  }
  if (!seen) return null;
  return { total, own: ownValue, start: ts[k].start, end: n > 1 ? end : ts[first.next - 1].end };
}

export interface NominalReading {
  metric: Metric;
  /** People the coordination adds to the figure's own number ("the ambassador and three other Americans": one). */
  added: number;
  start: number;
  end: number;
  /** How the casualty noun stands to the count. */
  relation: 'head' | 'of' | 'measure' | 'included';
  noun: string;
}

/**
 * "161 arrests", "4,000 evacuees", "1,300 drug-related deaths": the head of the phrase the number counts is a casualty
 * noun (past a few modifiers: "1,200 drug-related deaths", "two more killings").
 */
export function countedNoun(sentence: string, own: Count): NominalReading | null {
  // "died from two bullet wounds", "died of his injuries": the wounds that killed one person, no count of people
  if (
    /\b(?:died|dies|die|dying|succumbed)\s+(?:\w+\s+)?(?:from|of|to)\s+(?:\S+\s+)?$/i.test(sentence.slice(0, own.lead))
  )
    return null;
  const ts = tokens(sentence, own.start);
  let k = ts.findIndex((t) => t.start >= own.end);
  if (k < 0) return null;
  if (/^(?:more|other|additional|new)$/i.test(ts[k].value)) k++;
  const h = headOf(ts, k);
  if (!h) return null;
  const head = ts[h.head];
  if (head.pos !== 'NOUN') return null;
  const metric = casualtyNoun(head.value, head.lemma);
  if (!metric) return null;
  // a modifier that is itself a casualty noun of another kind ("death threats" has no casualty head) is read by its
  // head alone; "rates", "penalties", "sentences" are no casualty nouns
  return { metric, added: 0, start: own.start, end: head.end, relation: 'head', noun: head.value };
}

/** What a number after a casualty noun measures: "deaths at 78,000", "a death toll of 300", "injuries to 40 people". */
const MEASURE_BEFORE =
  /\b([A-Za-z][\w-]*)(?:\s+(?:toll|count|tally|total|figure|figures|number))?\s+(?:(?:has|have|had|now|already|officially|was|were|is|are)\s+)*(?:at|of|to|reached|hit|topped|passed|rose to|risen to|climbed to|stood at|stands at|numbered|totaled|totalled)\s+$/i;

/**
 * "the country's deaths at 78,000", "a death toll of 300", "injuries to 40 people": the casualty noun before a
 * preposition or a verb of measure; the number counts no other thing (it stands alone, or counts people).
 */
function measured(sentence: string, own: Count, bare: string): NominalReading | null {
  const m = MEASURE_BEFORE.exec(bare);
  if (!m) return null;
  const metric = casualtyNoun(m[1]);
  if (!metric) return null;
  const ts = tokens(sentence, own.start);
  const k = ts.findIndex((t) => t.start >= own.end);
  // what follows the number: nothing of its own ("at 78,000.", "of 300 in March"), or people
  if (k >= 0 && (ts[k].pos === 'NOUN' || ts[k].pos === 'ADJ' || ts[k].pos === 'PROPN')) {
    const h = headOf(ts, k);
    if (!h || !personPhrase(ts, k, h.head)) return null;
  }
  return { metric, added: 0, start: own.start, end: own.end, relation: 'measure', noun: m[1] };
}

/**
 * "The deaths of the envoy and three other diplomats" (4), "the executions of two reporters and an aid worker" (3):
 * a casualty noun, "of", and a coordination of counted person phrases the figure's number is one of.
 * ("The dead included nine guests at the hotel and a night porter" (10), "Among the dead were ..." : a casualty noun
 * and what it included.)
 */
function ofCoordination(sentence: string, own: Count, counts: Count[], bare: string): NominalReading | null {
  // the coordination opens at most a few conjuncts before the number
  const re =
    /\b([A-Za-z][\w-]*)\s+(?:(of)\s+(?:all\s+)?|(included|include|includes|were|was|are)\s+)(?=[^;:!?]{0,90}$)/gi;
  let best: NominalReading | null = null;
  for (const m of bare.matchAll(re)) {
    const noun = m[1];
    let metric = casualtyNoun(noun);
    if (m[3]) {
      // "The dead included", "Among the dead were": the subject is the casualty noun (with "the" before it)
      if (!/\bthe\s+$/i.test(bare.slice(0, m.index))) metric = null;
      if (/^(?:were|was|are)$/i.test(m[3]) && !/\bamong\s+the\s+$/i.test(bare.slice(0, m.index))) metric = null;
    }
    if (!metric) continue;
    const from = (m.index ?? 0) + m[0].length;
    const ts = tokens(sentence, from);
    const c = coordination(ts, 0, counts, own);
    if (!c) continue;
    best = { metric, added: c.total - c.own, start: c.start, end: c.end, relation: m[2] ? 'of' : 'included', noun };
  }
  return best;
}

/**
 * The nominal reading of a count at `own` (its qualifier already read by figures.ts: `bare` is the sentence before
 * the figure, qualifier excluded): a casualty noun the count is the head of, is measured by, or is joined to by "of"
 * or "included". Null when no casualty noun stands to the number in one of these ways.
 */
export function readNominal(sentence: string, own: Count, counts: Count[], bare: string): NominalReading | null {
  return ofCoordination(sentence, own, counts, bare) ?? countedNoun(sentence, own) ?? measured(sentence, own, bare);
}
