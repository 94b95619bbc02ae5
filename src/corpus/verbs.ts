// Whether a sentence has a verb, by the project's tagger (wink-nlp with its English web model). Only asked of
// the few blocks of a page that would otherwise be empty (see readsAsProse in clean.ts), so the model (about a
// second to load) is loaded the first time it is needed, not at every start.
import { createRequire } from 'node:module';

type Tagger = (text: string) => { words: string[]; tags: string[]; lemmas: string[] };
let tagger: Tagger | null = null;

function load(): Tagger {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
  const nlp = winkNLP(model);
  return (text) => {
    const tokens = nlp.readDoc(text).tokens();
    return {
      words: tokens.out() as string[],
      tags: tokens.out(nlp.its.pos) as string[],
      // The lemma is typed as a model add-on, which the lite web model carries.
      lemmas: tokens.out(nlp.its.lemma as unknown as typeof nlp.its.value) as string[],
    };
  };
}

/** At most this many words of one sentence are asked again (below); each asking is one more tagging. */
const MAX_RETAGGED = 4;

/**
 * A finite clause's verb or auxiliary ("Ships carry 95 percent of international trade.", "... will report to
 * So."). A menu ("Home | News | World") or a credit ("Photo by Maria Lopez for The Chronicle.") has none.
 */
export function hasVerb(text: string): boolean {
  tagger ??= load();
  const all = tagger(text);
  const words: string[] = [];
  const tags: string[] = [];
  all.tags.forEach((pos, k) => {
    if (pos !== 'PUNCT') {
      words.push(all.words[k]);
      tags.push(pos);
    }
  });
  const retag: number[] = [];
  for (let i = 1; i < tags.length; i++) {
    // A verb right after a preposition or "to" is a gerund or an infinitive ("by subscribing", "to read"),
    // which no clause stands on alone.
    if (tags[i] === 'AUX' || (tags[i] === 'VERB' && tags[i - 1] !== 'ADP' && tags[i - 1] !== 'PART')) return true;
    // A noun right after a noun and right before a determiner, number or name is a verb the tagger took for a
    // noun: a noun phrase does not run on into a determiner ("The lawsuit names Shelley", "The Z200 features a
    // color screen", "Two new schemes target families").
    if (
      tags[i] === 'NOUN' &&
      /^(?:NOUN|PROPN)$/.test(tags[i - 1]) &&
      /^(?:DET|NUM|PROPN|PRON)$/.test(tags[i + 1] ?? '')
    )
      return true;
    // A lower-case word the tagger called a noun right after the words that could be its subject may still be
    // the verb ("However, the group points to a number of conflicting standards", "Both executives face up to
    // 10 years in prison", "her temperament behind the scenes matters."): asked again after a bare subject
    // pronoun ("It points to a number"), where only a verb can stand, the tagger says which it is. A word in
    // -ing is a gerund or a noun ("Momentous happenings at the World Climate Conference"), never a finite verb.
    // So may a word in -ed it called an adjective ("Another exchange from the day before referenced a change").
    if (
      (tags[i] === 'NOUN'
        ? /^(?:NOUN|PROPN|ADV|NUM)$/.test(tags[i - 1])
        : tags[i] === 'ADJ' && /ed$/.test(words[i]) && /^(?:NOUN|PROPN|ADV|NUM|ADP)$/.test(tags[i - 1])) &&
      /^\p{Ll}+$/u.test(words[i]) &&
      !/ings?$/.test(words[i]) &&
      retag.length < MAX_RETAGGED
    )
      retag.push(i);
  }
  // An imperative's nouns are its objects, not a subject before a verb ("Follow their Twitter accounts and our
  // Facebook page for updates."): a page's prompts speak so.
  const imperative = tags[0] === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !/(?:ing|ed)$/.test(words[0]);
  if (imperative) return false;
  for (const i of retag) {
    // "It" before a word in -s ("It points to"), "They" before any other ("They face up to").
    const subject = /[^s]s$/.test(words[i]) ? 'It' : 'They';
    const again = tagger(`${subject} ${words.slice(i, i + 6).join(' ')}`).tags;
    if (again[1] === 'VERB') return true;
  }
  // The first word alone: a verb there is an imperative ("Start your free trial today.", "Unlock this
  // article"), the voice of a page's prompts, not of a news report.
  return false;
}

/**
 * Whether a clause opens with a verb in the imperative, the voice in which a page addresses its reader ("Contact
 * our newsroom securely via Signal.", "Choose a plan to keep reading."). The tagger reads a capitalised first
 * word as a name ("Contact" PROPN, "Call" PROPN), so the clause is asked after "Please", where a verb can only be
 * in its base form. A noun that is also a verb is not taken for one when a verb of its clause follows it in a
 * finite form ("Rain fell on the city", "Residents were told to log in", "Ford declined to comment"): an
 * imperative has no subject.
 */
export function opensImperative(clause: string): boolean {
  const words = clause.trim();
  if (!/^\p{L}/u.test(words)) return false;
  tagger ??= load();
  const t = tagger(`Please ${words[0].toLowerCase()}${words.slice(1)}`);
  if (t.tags[1] !== 'VERB' || t.lemmas[1] !== t.words[1].toLowerCase()) return false;
  // A verb in -ed right after the first word is its subject's past ("Ford declined to comment for this article").
  if (t.tags[2] === 'VERB' && t.lemmas[2] !== t.words[2].toLowerCase() && !/ing$/.test(t.words[2])) return false;
  for (let i = 2; i < t.tags.length; i++) {
    if (t.tags[i] === 'AUX') return false;
    if (t.tags[i] === 'VERB' && t.lemmas[i] !== t.words[i].toLowerCase() && !/(?:ing|ed)$/.test(t.words[i]))
      return false;
  }
  return true;
}
