// A count told as the level of a number named before it: "The number of missing is in the thousands", "the number of
// people who have fled the country has risen above 2 million", "if you look at the number of Americans killed since
// 2001 by terrorism, it's less than 100". The subject is a noun of quantity ("number", "count", "tally", "total") whose
// "of" phrase names what is counted; the count is its level, after a copula or a verb of level ("is", "stands at",
// "has risen above", "reached"), or after "it" taking the number up again past a comma. What the phrase counts is read
// by meaning, as the general reading does (WordNet through ./figures-meaning.ts, a flight through ./figures-flight.ts):
// a casualty noun ("deaths", "arrests"), a predicate ("missing", "killed", "displaced") or a relative clause's verb
// ("who were killed", "who have fled the country"). The patterns of figures.ts read the few fixed shapes ("the death
// toll rose to", "the number of dead stands at"); this reads any phrase of the same structure.
import type { Metric } from './vocabulary';
import { metricOfWord } from './figures-meaning';
import { readFlight } from './figures-flight';
import { tokens } from './figures-general';

/** The noun of quantity and its "of": "the number of", "the total of", "the tally of". */
const QUANTITY_OF = /\b(?:number|count|tally|total)\s+of\s+/gi;

/**
 * Between the counted phrase and the count: a copula or a verb of level, with its preposition ("is in the", "has risen
 * above", "stands at", "reached", "nears"), or "it's" / "it is" after a comma taking the number up again.
 */
const LEVEL_BEFORE_COUNT =
  /(?:\b(?:is|was|are|were|has been|had been|stands|stood|rose|has risen|had risen|grew|has grown|reached|has reached|hit|has hit|topped|has topped|passed|has passed|surpassed|exceeded|climbed|has climbed|jumped|nears|neared|is nearing|totals|totaled|totalled)|,\s*it(?:['’]s|\s+is|\s+was))\s+(?:(?:now|already|just)\s+)?(?:(?:in the|above|over|to|at|around|about|nearly|almost|close to|more than|less than|fewer than|at least)\s+)?$/i;

/** How many words the counted phrase may take between "of" and the verb of level. */
const PHRASE_WORDS = 14;

/**
 * The metric of a count told as the level of "the number of …" before it, with the phrase it counts, or null. `sentence` is the whole sentence,
 * `start` where the count's bound words begin (its qualifier included).
 */
export function levelOfNumber(sentence: string, start: number): { metric: Metric; phrase: string } | null {
  const before = sentence.slice(0, start);
  const of = [...before.matchAll(QUANTITY_OF)].at(-1);
  if (!of) return null;
  const from = (of.index ?? 0) + of[0].length;
  const between = before.slice(from);
  // another count between is the level's, not this one; a clause of its own ends the phrase (a semicolon, a colon)
  // (a year or a day written with a slash is no count: "since 2001", "since 9/11")
  if (
    /\d|[;:]/.test(between.replace(/\b(?:1[6-9]\d\d|20\d\d|\d{1,2}\/\d{1,2})\b/g, '')) ||
    between.split(/\s+/).length > PHRASE_WORDS + 4
  )
    return null;
  const level = LEVEL_BEFORE_COUNT.exec(between);
  if (!level) return null;
  const phraseEnd = from + level.index;
  const ts = tokens(sentence, from, phraseEnd - from).filter((t) => t.end <= phraseEnd);
  if (!ts.length || ts.length > PHRASE_WORDS) return null;
  for (let k = 0; k < ts.length; k++) {
    const t = ts[k];
    const role = t.pos === 'NOUN' ? 'noun' : t.pos === 'VERB' || t.pos === 'ADJ' ? 'predicate' : null;
    if (!role) continue;
    const metric = metricOfWord(t.value, role) ?? (t.pos === 'VERB' ? readFlight(ts, k) : null);
    // (the phrase as the counted group, so the guards read it: "the number of shootings" counts events)
    if (metric) return { metric, phrase: sentence.slice(from, phraseEnd).trim() };
  }
  return null;
}
