// Whether a sentence has a verb, by the project's tagger (wink-nlp with its English web model). Only asked of
// the few blocks of a page that would otherwise be empty (see readsAsProse in clean.ts), so the model (about a
// second to load) is loaded the first time it is needed, not at every start.
import { createRequire } from 'node:module';

type Tagger = (text: string) => string[];
let tagger: Tagger | null = null;

function load(): Tagger {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
  const nlp = winkNLP(model);
  return (text) => nlp.readDoc(text).tokens().out(nlp.its.pos) as string[];
}

/**
 * A finite clause's verb or auxiliary ("Ships carry 95 percent of international trade.", "... will report to
 * So."). A menu ("Home | News | World") or a credit ("Photo by Maria Lopez for The Chronicle.") has none.
 */
export function hasVerb(text: string): boolean {
  tagger ??= load();
  const tags = tagger(text).filter((pos) => pos !== 'PUNCT');
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
  }
  // The first word alone: a verb there is an imperative ("Start your free trial today.", "Unlock this
  // article"), the voice of a page's prompts, not of a news report.
  return false;
}
