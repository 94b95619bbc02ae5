// Whether a sentence has a verb, by the project's tagger (wink-nlp with its English web model). Only asked of
// the few blocks of a page that would otherwise be empty (see readsAsProse in clean.ts), so the model (about a
// second to load) is loaded the first time it is needed, not at every start.
import { createRequire } from 'node:module';

type Tagger = (text: string) => { words: string[]; tags: string[] };
let tagger: Tagger | null = null;

function load(): Tagger {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
  const nlp = winkNLP(model);
  return (text) => {
    const tokens = nlp.readDoc(text).tokens();
    return { words: tokens.out() as string[], tags: tokens.out(nlp.its.pos) as string[] };
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
