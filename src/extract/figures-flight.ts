// People told by their flight: "Thousands of Christians have fled the region", "a million people fleeing war and
// poverty", "hundreds of families fled their homes". The verb is a kind of fleeing by WordNet (flee, and any sense
// whose more general senses reach it: escape, defect, run away), and what was fled decides whether it is a
// displacement: a country, a region or a war (refugees), a town or a home (the displaced). What was fled must be one
// of those: "two men fled the scene", "fled the building", "fled police" tell no displacement.
import type { Metric } from './vocabulary';
import { aboveOf, baseForms, sensesOf, type Pos, type Synset } from './meaning/wordnet';
import { isPlaceName } from './name-entities';
import type { Token } from './figures-general';

/** The sense a verb of flight reaches: [lemma, part of speech, sense number]. */
const FLIGHT: [string, Pos, number] = ['flee', 'v', 1];

/**
 * What was fled, by the WordNet sense its noun reaches (rules as data): [metric, lemma, sense]. The first that a noun's
 * most frequent sense reaches decides. A town or a home left is a displacement; a country, a region, a war, a
 * persecution left are what refugees flee. Not "area" or "place": "the scene" is an area.
 */
const FLED: [Metric, string, number][] = [
  ['displaced', 'municipality', 1], // a city, a town
  ['displaced', 'residence', 1], // home, homes
  ['displaced', 'village', 1],
  ['refugees', 'political_unit', 1], // a country, a nation
  ['refugees', 'district', 1], // a state, a province, a homeland
  ['refugees', 'geographical_area', 1],
  ['refugees', 'war', 1],
  ['refugees', 'violence', 1],
  ['refugees', 'persecution', 1],
  ['refugees', 'conflict', 1],
];
/** Words that are a district only in name: "region" itself is fled as a homeland is ("fled the region"). */
const FLED_ITSELF: [Metric, string][] = [['refugees', 'region']];

let anchorsOf: Map<number, Metric> | null = null;
function anchors(): Map<number, Metric> {
  if (!anchorsOf) {
    anchorsOf = new Map();
    for (const [metric, lemma, sense] of FLED) {
      const s = sensesOf(lemma, 'n', sense)[sense - 1];
      if (s && !anchorsOf.has(s.offset)) anchorsOf.set(s.offset, metric);
    }
  }
  return anchorsOf;
}

const verbCache = new Map<string, boolean>();
/** Whether a verb's first sense is fleeing or a kind of it ("fled", "fleeing", "escaped"). */
export function isFlight(word: string): boolean {
  const w = word.toLowerCase();
  let f = verbCache.get(w);
  if (f === undefined) {
    const target = sensesOf(FLIGHT[0], FLIGHT[1], FLIGHT[2])[FLIGHT[2] - 1];
    const starts: Synset[] = baseForms(w)
      .filter((b) => b.pos === 'v')
      .flatMap((b) => sensesOf(b.lemma, 'v', 1));
    f = !!target && (aboveOf(starts, 2, (s) => (s.offset === target.offset ? true : null)) ?? false);
    verbCache.set(w, f);
  }
  return f;
}

const nounCache = new Map<string, Metric | null>();
/** The metric of what was fled, by its noun (its most frequent sense) or a place's name, or null. */
function fledMetric(word: string, lemma: string, proper: boolean): Metric | null {
  const key = `${word}|${lemma}|${proper}`;
  if (nounCache.has(key)) return nounCache.get(key)!;
  let m: Metric | null = null;
  const l = lemma.toLowerCase();
  const itself = FLED_ITSELF.find(([, w]) => w === l);
  if (itself) m = itself[0];
  else if (proper) m = isPlaceName(word) ? 'refugees' : null;
  else {
    const starts = sensesOf(l, 'n', 1);
    m = aboveOf(starts, 10, (s) => anchors().get(s.offset) ?? null);
  }
  nounCache.set(key, m);
  return m;
}

/**
 * What the flight told by the verb at token k says of the people before it, or null: the noun of its object, or of
 * "to"/"from"/"into"/"across" after it ("fled to neighbouring countries"), must be a place or a war fled.
 */
export function readFlight(ts: Token[], k: number): Metric | null {
  const v = ts[k];
  // (by the tagger's lemma too: WordNet's forms miss the irregular past, "fled")
  if (!v || v.pos !== 'VERB' || !(isFlight(v.value) || isFlight(v.lemma))) return null;
  let i = k + 1;
  if (ts[i]?.pos === 'ADP' && /^(?:to|from|into|across)$/i.test(ts[i].value)) i++;
  // the object's head: past a determiner and describing words ("their war-ravaged country")
  let head = -1;
  for (let n = 0; i < ts.length && n < 6; i++, n++) {
    const t = ts[i];
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PRON' || (t.pos === 'PUNCT' && /^[-‐]$/.test(t.value)))
      continue;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      head = i;
      if (ts[i + 1]?.pos === t.pos) continue;
    }
    break;
  }
  if (head < 0) return null;
  return fledMetric(ts[head].value, ts[head].lemma, ts[head].pos === 'PROPN');
}
