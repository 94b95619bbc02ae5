// The general reading of a figure: a number counts people when the noun it counts is a kind of person in WordNet,
// and what happened to them is the word of their clause whose meaning names a metric. Rounds 1–6 read a figure by
// the shapes of the sentences they were written on ("N people were killed", "killed N", "the deaths of N"); each
// lifted its own sample by twenty points and unseen ones by one to three. This reading asks two questions of any
// sentence instead: is the counted group people ("90 senior to midlevel leaders", "two clinic personnel", "1 Danish
// citizen"), and which word after it says what befell them ("were killed", "killed by a gunman", ", aged 40,
// killed", "who died", "drowned")? Both answers come from resources the project already holds: the wink-nlp tagger
// for the words' parts of speech, WordNet for what they mean (./figures-meaning.ts maps a word to a metric through
// its anchor senses; the group is a person kind by WordNet's lexicographer file noun.person, or a group whose
// members are such). No list of a story's words.
//
// It runs only when the patterns of figures.ts found no metric for a number, and what it returns passes the same
// guards as any figure (supposition, rate, a study's sample, an infinitive of purpose, animals, events counted).
import type { Metric } from './vocabulary';
import { metricOfWord } from './figures-meaning';
import { aboveOf, baseForms, sensesOf, synset, type Synset } from './meaning/wordnet';
import { lemmaOf, tag, type Tagged } from './meaning/tagger';
import { isPlaceName } from './name-entities';
import { readFlight } from './figures-flight';

/** WordNet's lexicographer files: people one by one ("civilian", "soldier"), groups ("people", "police"). */
const NOUN_PERSON = 18;
const NOUN_GROUP = 14;
const NOUN_TOPS = 3;

/**
 * Groups that are people by what they are, as data: WordNet files "people" and "personnel" (whose kinds are "troops",
 * "police", "staff", "crew") under noun.group, with no member link to a person for every one of them.
 */
const PEOPLE_GROUPS: [string, number][] = [
  ['people', 1],
  ['personnel', 1],
];

let groupAnchors: Set<number> | null = null;
function anchors(): Set<number> {
  if (!groupAnchors) {
    groupAnchors = new Set();
    for (const [lemma, sense] of PEOPLE_GROUPS) {
      const s = sensesOf(lemma, 'n', sense)[sense - 1];
      if (s) groupAnchors.add(s.offset);
    }
  }
  return groupAnchors;
}

/** A group sense whose members are people: a member link to a person, or a kind of people or personnel. */
function peopleGroup(s: Synset): boolean {
  if (s.lexFile !== NOUN_GROUP) return false;
  const memberIsPerson = (x: Synset) =>
    x.pointers.some((p) => p.symbol === '%m' && synset(p.pos, p.offset).lexFile === NOUN_PERSON);
  return (
    aboveOf([s], 2, (x, level) => (anchors().has(x.offset) || (level === 0 && memberIsPerson(x)) ? true : null)) ??
    false
  );
}

const personCache = new Map<string, boolean>();
/**
 * Whether a noun (its lemma as the tagger gives it) is, in one of its two most frequent senses, a kind of person:
 * "civilians", "protesters", "migrants", "Iraqis", "victims", "people", "troops", "police", "persons"; not "homes",
 * "cases", "strikes", "bombs".
 */
export function isPersonKind(word: string, lemma = word): boolean {
  const key = `${word.toLowerCase()}|${lemma.toLowerCase()}`;
  let p = personCache.get(key);
  if (p === undefined) {
    p = false;
    for (const l of new Set([word.toLowerCase(), lemma.toLowerCase()])) {
      for (const s of sensesOf(l, 'n', 2)) {
        if (s.lexFile === NOUN_PERSON || (s.lexFile === NOUN_TOPS && s.words.includes('person')) || peopleGroup(s))
          p = true;
      }
      if (p) break;
    }
    personCache.set(key, p);
  }
  return p;
}

const placeCache = new Map<string, boolean>();
/**
 * Whether a plural noun names places by its most frequent sense (WordNet's noun.location: "counties", "states",
 * "countries", "cities"): "counties with fewer than 10 deaths" sorts places by a count, it tells no toll.
 */
export function isPlaceKind(word: string): boolean {
  const w = word.toLowerCase();
  let p = placeCache.get(w);
  if (p === undefined) {
    const forms = baseForms(w).filter((f) => f.pos === 'n' && f.lemma !== w);
    p = forms.some((f) => isPlaceName(f.lemma));
    placeCache.set(w, p);
  }
  return p;
}

/**
 * Whether one of the next few words could be a person kind, read before the sentence is tagged: tagging costs a
 * millisecond a sentence, and most numbers and most "one"s count no people.
 */
function personAhead(sentence: string, end: number, n: number): boolean {
  const ahead =
    sentence
      .slice(end)
      .match(/[A-Za-z][\w'’-]*/g)
      ?.slice(0, n) ?? [];
  // WordNet's own forms first ("civilians" → "civilian"); the lemmatizer only for an irregular plural ("children")
  return ahead.some((w) => {
    if (w.length < 3) return false;
    const noun = baseForms(w).find((b) => b.pos === 'n');
    return noun ? isPersonKind(w, noun.lemma) : isPersonKind(w, lemmaOf(w));
  });
}

export interface Token extends Tagged {
  start: number;
  end: number;
}

const tagCache = new Map<string, Token[]>();
/**
 * The tokens of the stretch of a sentence from a number on (at most WINDOW characters, the clause the reading walks),
 * with their offsets in the sentence (wink's values are the text's own words, in order). Tagging the stretch, not the
 * sentence, keeps the cost to the words the reading needs.
 */
const WINDOW = 160;
export function tokens(sentence: string, from: number, window = WINDOW): Token[] {
  const text = sentence.slice(from, from + window);
  let t = tagCache.get(text);
  if (!t) {
    let at = 0;
    t = [];
    for (const x of tag(text)) {
      const i = text.indexOf(x.value, at);
      if (i < 0) continue;
      t.push({ ...x, start: i, end: i + x.value.length });
      at = i + x.value.length;
    }
    if (tagCache.size > 2_000) tagCache.clear();
    tagCache.set(text, t);
  }
  return t.map((x) => ({ ...x, start: x.start + from, end: x.end + from }));
}

export interface GeneralReading {
  metric: Metric;
  /** The counted group as written ("senior to midlevel leaders", "Danish citizen"). */
  group: string;
  /** The word that names the metric ("killed", "died"). */
  word: string;
}

/** How much of the sentence from the number the general reading tags: room for a long aside before the verb. */
const GENERAL_WINDOW = 240;

/** Modals: what they govern is supposed, not told ("three protesters could die"). */
const MODAL = /^(?:could|would|might|may|will|shall|should|must|can|ca|wo)$/i;
/** Negation between the group and its predicate ("twelve soldiers did not die"). */
const NEGATION = /^(?:not|n't|never|no)$/i;
/** A passive or stative helper: the participle after it tells what befell its subject. */
const BE = /^(?:be|is|are|was|were|been|being|am)$/i;
/** Relative pronouns that open a clause on the counted group ("six children who died"). */
const RELATIVE = /^(?:who|that|which)$/i;

/** Tokens of the counted noun phrase: adjectives, nouns, names, hyphens and "to" inside a range ("senior to midlevel"). */
function inGroup(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') return true;
  if (t.pos === 'PUNCT' && /^[-‐]$/.test(t.value)) return true;
  // "senior to midlevel leaders": "to" between two adjectives or nouns of the phrase
  if (/^to$/i.test(t.value) && next && (next.pos === 'ADJ' || next.pos === 'NOUN')) return true;
  return false;
}

/** The counted group from token k: its head (a person kind) is the last noun of a run of group words. */
function readGroup(ts: Token[], k: number): { head: number } | null {
  const groupStart = k;
  let head = -1;
  while (k < ts.length && k - groupStart < 6) {
    // an owner before the group is no head of it: "28 of the network's leading members" (the possessive, then the
    // group), and a participle before the head's noun describes it ("leading members", "the 12 remaining hostages")
    if (head >= 0 && ts[k].pos === 'PART' && /^['’]s$/.test(ts[k].value)) {
      head = -1;
      k++;
      continue;
    }
    if (head < 0 && ts[k].pos === 'VERB' && /(?:ing|ed)$/i.test(ts[k].value) && ts[k + 1]?.pos === 'NOUN') {
      k++;
      continue;
    }
    if (!inGroup(ts[k], ts[k + 1])) break;
    // a participle after the head with its preposition is no word of the group but a clause on it: "2,000 soldiers
    // involved in the coup" (the tagger reads such a participle as an adjective)
    if (head === k - 1 && ts[k].pos === 'ADJ' && /(?:ed|en)$/i.test(ts[k].value) && ts[k + 1]?.pos === 'ADP') break;
    // a word of the group that already names a metric ("200 wounded civilians") is the patterns' to read
    if (ts[k].pos !== 'PROPN' && metricOfWord(ts[k].value, 'predicate') && ts[k].pos !== 'NOUN') return null;
    if (ts[k].pos === 'NOUN' || ts[k].pos === 'PROPN') head = k;
    k++;
  }
  if (head < 0 || head !== k - 1) return null;
  if (!isPersonKind(ts[head].value, ts[head].lemma)) return null;
  return { head };
}

/**
 * Whether "one" at [start, end) counts a person: a singular noun WordNet files as a person kind follows it, after at
 * most a few describing words ("One patient died", "One young man had been shot and killed"). Elsewhere "one" is a
 * pronoun or an article ("one said", "one of the", "one day").
 */
export function oneCountsPerson(sentence: string, end: number): boolean {
  if (!personAhead(sentence, end, 4)) return false;
  const ts = tokens(sentence, Math.max(0, end - 3));
  const k = ts.findIndex((t) => t.start >= end);
  if (k < 0 || /^of$/i.test(ts[k].value)) return false;
  const g = readGroup(ts, k);
  // singular: "one patient", not "one hundred protesters" (read as a number) nor "one in five Americans"
  return !!g && ts[g.head].value.toLowerCase() === ts[g.head].lemma.toLowerCase();
}

/**
 * What befell the people a number at [start, end) counts, read from the tagged sentence: the counted group's head must
 * be a person kind, and the first content word after it (past helpers, adverbs, a relative pronoun, or an aside set
 * off by commas or dashes) must name a metric. Null when the group is no people, the clause says something else
 * first ("two gunmen tried to storm ..."), the predicate is negated or supposed, or the group is the agent of an
 * active verb with an object ("two gunmen killed a reporter").
 */
export function readGeneral(sentence: string, start: number, end: number): GeneralReading | null {
  if (!personAhead(sentence, end, 7)) return null;
  const ts = tokens(sentence, start, GENERAL_WINDOW);
  let k = ts.findIndex((t) => t.start >= end);
  if (k < 0) return null;
  // "thousands of Iraqis": the vague count's "of"
  if (/^of$/i.test(ts[k].value) && ts[k + 1] && ts[k + 1].pos !== 'DET' && ts[k + 1].pos !== 'PRON') k++;
  const g = readGroup(ts, k);
  if (!g) return null;
  const groupStart = k;
  const head = g.head;
  k = head + 1;
  const group = sentence.slice(ts[groupStart].start, ts[head].end);
  // where the people are from or where they were, before their verb: "hundreds of migrants from Angola, India and
  // Sri Lanka have been detained", "three guards at the gate were killed" (names, nouns and a list of names only; the
  // phrase must end at a helper verb)
  // (a chain of such phrases too: "three district police chiefs on duty at the square were injured")
  const PLACE_PREP = /^(?:from|in|at|of|on|inside|near|outside)$/i;
  if (ts[k]?.pos === 'ADP' && PLACE_PREP.test(ts[k].value)) {
    let j = k + 1;
    while (
      j < ts.length &&
      j - k <= 12 &&
      (/^(?:DET|ADJ|NOUN|PROPN)$/.test(ts[j].pos) ||
        ((ts[j].value === ',' || /^and$/i.test(ts[j].value)) && ts[j + 1]?.pos === 'PROPN') ||
        (ts[j].pos === 'ADP' && PLACE_PREP.test(ts[j].value) && /^(?:DET|ADJ|NOUN|PROPN)$/.test(ts[j + 1]?.pos ?? '')))
    )
      j++;
    if (j > k + 1 && ts[j]?.pos === 'AUX') k = j;
  }
  // between the group and its predicate: helpers, adverbs, a relative pronoun, an aside set off by commas or dashes
  let passive = false;
  let relative = false;
  let aside = false;
  for (let steps = 0; k < ts.length && steps < 12; steps++) {
    const t = ts[k];
    if (NEGATION.test(t.value) || MODAL.test(t.value)) return null;
    if (t.pos === 'AUX') {
      if (BE.test(t.value) || BE.test(t.lemma)) passive = true;
      k++;
      continue;
    }
    if (t.pos === 'ADV') {
      k++;
      continue;
    }
    if (!relative && !aside && RELATIVE.test(t.value) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ')) {
      relative = true;
      k++;
      continue;
    }
    // ", aged 40, killed": an aside of a few words with no helper verb, closed by the same mark, once
    if (!aside && !relative && (t.value === ',' || /^[—–]$|^--$/.test(t.value))) {
      const close = ts.findIndex((x, j) => j > k && x.value === t.value);
      const inner = close < 0 ? [] : ts.slice(k + 1, close);
      if (
        close < 0 ||
        close - k > 6 ||
        !inner.length ||
        inner.some((x) => x.pos === 'AUX' || x.pos === 'PRON' || /^(?:and|or|but)$/i.test(x.value))
      ) {
        // a longer aside is the subject's when the mark that closes it is followed by the group's helper verb: a
        // relative clause ("Three officers, who were returning from a ceremony, were also injured"), a part ("Five
        // men, including two former guards, were arrested"), an age span ("Six children, between the ages of 12 and
        // 16, were among the dead")
        const after = closingBeforeHelper(ts, k);
        if (after < 0) return null;
        k = after;
      } else k = close + 1;
      aside = true;
      continue;
    }
    break;
  }
  const w = ts[k];
  if (!w) return null;
  // "were also among the wounded": a copula and the people of a casualty noun the group is counted among
  if (passive && /^among$/i.test(w.value) && /^(?:the|those)$/i.test(ts[k + 1]?.value ?? '')) {
    const among = ts[k + 2];
    const metric = among ? metricOfWord(among.value, 'predicate') : null;
    return metric ? { metric, group, word: among!.value } : null;
  }
  // (a passive the tagger reads as a name: "were Tasered")
  const predicate = w.pos === 'VERB' || w.pos === 'ADJ' || (passive && w.pos === 'PROPN' && /ed$/.test(w.value));
  if (!predicate) return null;
  const metric = w.pos === 'PROPN' ? null : metricOfWord(w.value, 'predicate');
  // people told by their flight: "thousands of Christians have fled the region" (see figures-flight.ts)
  const fled = metric ? null : readFlight(ts, k);
  if (fled) return { metric: fled, group, word: w.value };
  if (!metric) {
    // the group's first predicate names no casualty: one it shares further on may ("Four men were Tasered or beaten
    // in separate incidents and then died")
    // (a participle right after the group with its preposition, no helper before it, is a reduced relative clause
    // on the group, and the helper verb after it opens the main predicate: "2,000 soldiers involved in the coup have
    // been arrested", "four people living in the building were killed")
    const reduced =
      !relative &&
      !passive &&
      (w.pos === 'VERB' || w.pos === 'ADJ') &&
      /(?:ed|en|ing)$/i.test(w.value) &&
      ts[k + 1]?.pos === 'ADP' &&
      !ts.slice(groupStart, k).some((x) => x.pos === 'AUX');
    const later = laterPredicate(ts, k + 1, relative || reduced);
    return later ? { metric: later.metric, group, word: later.word } : null;
  }
  // an active verb with an object: the counted people did it ("two gunmen killed a reporter", "who also wounded five
  // others")
  const next = ts[k + 1];
  if (
    w.pos === 'VERB' &&
    !passive &&
    next &&
    (next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'NOUN')
  )
    return null;
  return { metric, group, word: w.value };
}

/** How many tokens an aside between the counted group and its helper verb may take. */
const ASIDE_REACH = 30;

/**
 * The token after the mark that closes an aside opened at token k, when the mark is followed (past adverbs) by a
 * helper verb, the group's own; -1 when no such mark comes before the clause ends.
 */
function closingBeforeHelper(ts: Token[], k: number): number {
  for (let j = k + 1; j < ts.length && j - k <= ASIDE_REACH; j++) {
    if (/^[;:.!?"“”()]$/.test(ts[j].value)) return -1;
    if (ts[j].value !== ts[k].value) continue;
    let n = j + 1;
    while (ts[n]?.pos === 'ADV') n++;
    if (ts[n]?.pos === 'AUX') return j + 1;
  }
  return -1;
}

/**
 * The parse's links from a clause's first predicate to another of the same subject, as data: a coordinated verb
 * phrase ("were Tasered or beaten in separate incidents and then died"), a passive of time ("tried to storm the
 * event, before being shot dead"), and the main verb after a relative clause on the subject ("100,000 people who
 * were alive three months ago are dead"). What opens a clause of its own (a new subject, a reporting verb, a
 * subordinate clause) ends the search: the predicate there is someone else's.
 */
const SHARED_SUBJECT = {
  /** "and then died", "or were wounded": the subject of the first verb is the subject of this one. */
  coordinate: /^(?:and|or)$/i,
  /** "before being shot dead", "after being wounded": a passive gerund whose subject is the clause's. */
  passiveOfTime: /^(?:before|after|until)$/i,
  /** Words that open another clause, with a subject of its own or a speaker: the search stops there. */
  clauseEnd:
    /^(?:that|which|who|whom|whose|because|but|while|when|where|if|although|though|said|says|say|told|according|as)$/i,
  /** "are either dead or arrested": one of two fates is a count of neither. */
  disjunction: /^(?:either|whether)$/i,
  /** Marks that end the clause. */
  markEnd: /^[;:"“”()]$|^[—–]$|^--$/,
  /** How many tokens past the first predicate the search reads. */
  reach: 20,
};

/**
 * A predicate naming a casualty that the counted group is also the subject of, past its first predicate (token k on),
 * or null. After a relative clause on the group, its first helper verb opens the main predicate. Negated or supposed
 * predicates ("and could die") and active verbs with an object ("and killed a guard": what the group did) count none.
 */
function laterPredicate(ts: Token[], k: number, afterRelative: boolean): { metric: Metric; word: string } | null {
  const stop = Math.min(ts.length, k + SHARED_SUBJECT.reach);
  for (let j = k; j < stop; j++) {
    const t = ts[j];
    if (
      SHARED_SUBJECT.markEnd.test(t.value) ||
      SHARED_SUBJECT.clauseEnd.test(t.value) ||
      SHARED_SUBJECT.disjunction.test(t.value)
    )
      return null;
    let from = -1;
    let passive = false;
    // (a bare pair of verbs is one act told twice, often a stock phrase: "millions of men had fought and died for
    // their country"; the second predicate counts when the first has words of its own: "were trapped underground
    // and later died")
    if (SHARED_SUBJECT.coordinate.test(t.value) && t.pos === 'CCONJ' && j > k) from = j + 1;
    else if (SHARED_SUBJECT.passiveOfTime.test(t.value) && /^being$/i.test(ts[j + 1]?.value ?? '')) {
      from = j + 2;
      passive = true;
    } else if (afterRelative && t.pos === 'AUX' && j > k && ts[j - 1].pos !== 'AUX') from = j;
    // after a relative clause, a finite verb right after the clause's last noun opens the main predicate:
    // "dozens of people who lived in the valley drowned" (not a participle on that noun, "people who saw a man
    // killed by police", nor a noun the tagger reads as a verb, "students who survived the school shooting")
    else if (
      afterRelative &&
      t.pos === 'VERB' &&
      !/ing$/i.test(t.value) &&
      j > k &&
      /^(?:NOUN|PROPN|ADV)$/.test(ts[j - 1].pos) &&
      !/^by$/i.test(ts[j + 1]?.value ?? '')
    )
      from = j;
    if (from < 0) continue;
    // "and another demanded …": a conjunction before a subject of its own opens another clause
    if (ts[from]?.pos === 'PRON' || /^another$/i.test(ts[from]?.value ?? '')) return null;
    // helpers and adverbs between: "and then", "and were later", "are now"
    let i = from;
    while (i < stop && (ts[i].pos === 'AUX' || ts[i].pos === 'ADV' || ts[i].pos === 'PART')) {
      if (NEGATION.test(ts[i].value) || MODAL.test(ts[i].value)) return null;
      if (ts[i].pos === 'AUX' && (BE.test(ts[i].value) || BE.test(ts[i].lemma))) passive = true;
      i++;
    }
    let v = ts[i];
    if (!v || !(v.pos === 'VERB' || v.pos === 'ADJ')) continue;
    // an adjective before its noun describes the noun: "excessive or deadly force"
    if (v.pos === 'ADJ' && ts[i + 1]?.pos === 'NOUN') continue;
    let metric = metricOfWord(v.value, 'predicate');
    // a verb and the state it left: "shot dead", "found dead"
    if (
      !metric &&
      v.pos === 'VERB' &&
      ts[i + 1]?.pos === 'ADJ' &&
      (metric = metricOfWord(ts[i + 1].value, 'predicate'))
    )
      v = ts[++i];
    if (!metric) continue;
    const next = ts[i + 1];
    if (
      v.pos === 'VERB' &&
      !passive &&
      next &&
      (next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'NOUN')
    )
      return null;
    return { metric, word: v.value };
  }
  return null;
}
