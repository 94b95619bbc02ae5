// An infinitive whose act the governing verb says was done. "to" before a count is most often a plan or a threat
// ("threatened to kill 30", "plans to bring 10,000"), and figures.ts drops those; but an implicative verb in the past
// tells that the act took place: "a gunman used an assault rifle to kill 58 people", "the rifle was used to murder 26
// worshippers", "the militia managed to kill 12 soldiers". Verbs are compared by lemma (the wink-nlp tagger), so any
// tense or voice of them is read; the governing verb must itself be told, not supposed or negated.
import { tag } from './meaning/tagger';

/**
 * Implicative verbs (the act of their infinitive took place when they are asserted in the past), as data: a
 * linguistic class (Karttunen's "manage"-type verbs and "use … to"), not any story's words.
 */
export const IMPLICATIVE_LEMMAS = new Set(['use', 'manage', 'proceed', 'go', 'succeed', 'bother', 'dare']);

/** Modals and negation before the governing verb make its act supposed or denied ("could use it to kill 30"). */
const UNTOLD = /^(?:could|would|might|may|will|shall|should|must|can|not|n't|never|no)$/i;

/**
 * Whether the "to" that ends `before` (the sentence up to the count, "to" and at most one verb after it) is governed
 * by an implicative verb in the past: "used multiple rifles to kill" is; "used to kill" (a habit), "plans to kill",
 * "could use it to kill" are not.
 */
export function realizedInfinitive(before: string): boolean {
  // (tagging costs a millisecond: only where an infinitive's "to" is near)
  if (!/\bto\s+[a-z]+\s+(?:[a-z]+\s+){0,3}$/i.test(before)) return false;
  const ts = tag(before.slice(-160));
  let to = -1;
  for (let i = ts.length - 1; i >= Math.max(0, ts.length - 6); i--) {
    if (/^to$/i.test(ts[i].value)) {
      to = i;
      break;
    }
  }
  if (to < 1) return false;
  // the governing verb: the nearest verb before "to", past its object (a few words, no clause mark between)
  for (let i = to - 1; i >= Math.max(0, to - 10); i--) {
    const t = ts[i];
    if (/^[,;:.!?"“”]$/.test(t.value)) return false;
    if (t.pos !== 'VERB') continue;
    // a participle after a noun describes the object: "used rifles equipped with bump stocks to kill"
    if (i > 0 && ts[i - 1].pos === 'NOUN' && /ed$/i.test(t.value) && !IMPLICATIVE_LEMMAS.has(t.lemma.toLowerCase()))
      continue;
    if (!IMPLICATIVE_LEMMAS.has(t.lemma.toLowerCase())) return false;
    // a past form ("used", "managed", "went"): its lemma is not the word itself
    if (t.value.toLowerCase() === t.lemma.toLowerCase()) return false;
    // "used to kill" with no helper is a habit, not an act
    const helped = i > 0 && /^(?:was|were|been|is|are)$/i.test(ts[i - 1].value);
    if (t.lemma.toLowerCase() === 'use' && i === to - 1 && !helped) return false;
    for (let j = Math.max(0, i - 3); j < i; j++) if (UNTOLD.test(ts[j].value)) return false;
    return true;
  }
  return false;
}
