// How far a source's clause reaches into what it says. A toll that a relative clause, a parenthesis or an aside
// gives inside what a named source says is that source's ("FBI Director James Comey said Friday that the shooting
// spree, which also injured 21, was being treated as terrorism": Comey; "The mayor said the storm, which has killed
// 12 people, was the worst in a century": the mayor). That is the gold's convention since the lead's decision of
// 2026-12-03 (holdout8's, which the later labellers follow); the earlier samples were amended to it.
//
// The reach ends where the source's words do:
//  - a verb of counting ("recorded", "registered", "tallied") gives its own object, not what a relative clause says of
//    another noun ("the U.S. has recorded its first death from the disease that has killed more than 4,900");
//  - a verb that is not one of saying proper ("claimed", "announced", "confirmed") reaches only into a clause: its
//    object told as a noun phrase is the act or thing it names ("the group claimed a bombing at the airport that
//    wounded five"; "the governor announced his proposal in response to the attack that left 14 people dead"), while
//    "the militants claimed their fighters carried out a bombing that killed nine" says the toll's event.
import { lexicon } from './lexicon';
import { lemmaOf, tag } from './meaning/tagger';

/** Verbs that give a count and no words of their own ("record", "tally", "put"): a count's source, never a speaker's. */
const COUNTING = new Set(lexicon.reportingVerbs.filter((v) => v.estimates && !v.claims).map((v) => v.lemma));
/** Verbs of saying proper, whose object is what is said ("said the storm, which …"; "told reporters the storm …"). */
const SAYING = new Set(['say', 'tell', 'add', 'state', 'write']);
/** Auxiliaries and modals that are finite: after them the words are a clause ("the toll could rise"). */
const FINITE_AUX =
  /^(?:is|are|was|were|am|has|have|had|will|would|can|could|may|might|shall|should|must|do|does|did|'s|'re|'ve|'d)$/i;

/** Whether the words after a non-saying verb hold a clause of their own: "that", or a subject and its finite verb. */
function holdsClause(words: string): boolean {
  // "announced Sunday that the administration would …", "reported over its radio service that the couple who …":
  // "that" before the clause's subject (a relative "that" is followed by its verb: "a plan that would …")
  if (/\bthat\s+(?:(?:the|a|an|its|his|her|their|this|these|those|he|she|it|they|we)\b|\p{Lu})/u.test(words))
    return true;
  const toks = tag(words);
  return toks.some(
    (t, k) =>
      (t.pos === 'AUX' && FINITE_AUX.test(t.value)) ||
      (t.pos === 'VERB' && !/ing$/i.test(t.value) && /^(?:NOUN|PROPN|PRON)$/.test(toks[k - 1]?.pos ?? '')),
  );
}

/**
 * Whether the source whose verb is `cue` (ending at `verbEnd`) speaks for a toll at `figureStart` that a relative
 * clause or an aside of its words gives. `head` is where that clause or aside opens: the words between the verb and
 * it are read for a clause when the verb is not one of saying proper.
 */
export function reachesInto(sentence: string, cue: string | null, verbEnd: number, head: number): boolean {
  // "according to police, the gunman, who killed five, …": all that follows is the source's
  if (cue === null) return true;
  const lemma = lemmaOf(cue.trim().split(/\s+/).at(-1) ?? '');
  if (COUNTING.has(lemma)) return false;
  if (SAYING.has(lemma)) return true;
  return holdsClause(sentence.slice(verbEnd, head));
}
