// A count whose noun is left out because a parallel clause of the sentence gave it (ellipsis): "Spain reported 864
// deaths on Tuesday, for a total of more than 9,000, while France registered 509 and more than 4,000 in all", "he has
// resettled 10,565 refugees so far, and his predecessor resettled 14,841". The count stands bare (no noun after it),
// as the object of a verb, of "a total of", or after another bare count and "and"; the noun it leaves out is the
// casualty noun of the nearest count before it in the sentence ("864 deaths", "10,565 refugees"), whose meaning gives
// the metric (WordNet through ./figures-meaning.ts). Only a casualty noun is carried over: "killed 120 people and
// destroyed 3,000" leaves out "homes", not "people".
import type { Metric } from './vocabulary';
import { metricOfWord } from './figures-meaning';
import { tag } from './meaning/tagger';

/** Nothing of a noun after the count: the sentence ends, a mark, a preposition or a time ("509 in all", "14,841."). */
const BARE_AFTER =
  /^(?:\s*(?:$|[,.;:)]|[—–])|\s+(?:in|on|at|and|by|during|last|this|so far|since|while|for|over|across|alone|nationwide|worldwide)\b)/i;

/** Describing words between a verb and its bare count: "registered an unprecedented 509", "reported a record 864". */
const BEFORE_COUNT = /\s+(?:(?:a|an)\s+(?:record|unprecedented|further|staggering|estimated)\s+)?$/i;

/** "for a total of 9,000", "a total of", "bringing the total to". */
const TOTAL_BEFORE = /\b(?:a|the)\s+total\s+(?:of|to)\s+$/i;

/** Nouns of casualties the meaning anchors do not hold (refugees are told by patterns elsewhere). */
const REFUGEE_NOUN = /^(?:refugees|asylum-seekers)$/i;

/**
 * Whether a verb takes the count as its object: the word before it, past describing words ("registered an
 * unprecedented 509"), tagged with the count in place (the tagger reads "resettled" at a text's end as an adjective).
 */
function verbBefore(sentence: string, start: number): boolean {
  // (the count as a plain number after the verb, whatever its qualifier: "registered more than 4,000")
  const ts = tag(`${sentence.slice(0, start).replace(BEFORE_COUNT, '').trimEnd()} 100`);
  const w = ts.at(-2);
  if (!w || /^(?:be|is|was|were|are|been)$/i.test(w.value)) return false;
  // (a past form right after its subject is the verb, whatever the tagger says: "his predecessor resettled 100")
  return (
    w.pos === 'VERB' || (w.pos === 'ADJ' && /ed$/i.test(w.value) && /^(?:NOUN|PROPN|PRON)$/.test(ts.at(-3)?.pos ?? ''))
  );
}

/** The metric a noun after an earlier count names: "deaths", "fatalities", "arrests", "refugees". */
function nounMetric(after: string): Metric | null {
  const words = /^\s+((?:[A-Za-z-]+\s+){0,2}?)([a-z][a-z-]*s)\b/.exec(after);
  if (!words) return null;
  const noun = words[2];
  return REFUGEE_NOUN.test(noun) ? 'refugees' : metricOfWord(noun, 'noun');
}

/**
 * The metric of a bare count whose noun a parallel clause before it gave, or null. `start` is where the count's bound
 * words begin (its qualifier included), `end` where its number ends; `earlier` the starts and ends of the numbers
 * before it in the sentence.
 */
export function elidedMetric(
  sentence: string,
  start: number,
  end: number,
  earlier: { start: number; end: number }[],
): Metric | null {
  if (!BARE_AFTER.test(sentence.slice(end))) return null;
  const before = sentence.slice(0, start);
  const governed = TOTAL_BEFORE.test(before) || /\d\s+and\s+$/.test(before) || verbBefore(sentence, start);
  if (!governed) return null;
  for (const x of [...earlier].reverse()) {
    if (x.end > start) continue;
    const metric = nounMetric(sentence.slice(x.end));
    if (metric) return metric;
  }
  return null;
}
