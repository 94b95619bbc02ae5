// The tokenizer, tagger and lemmatizer: wink-nlp with its English web model (both on npm, loaded from disk, about
// 1.5 s once). Claims are tagged whole (one short text a question); an article's words are lemmatized one
// distinct word at a time and kept, since tagging every candidate sentence of a large corpus per question would
// cost seconds.
//
// Both are required when first used, not imported: a restart whose answers are saved tags nothing before its first
// question, and reading the model was a second of its CPU (as in corpus/verbs.ts).
import { createRequire } from 'node:module';

type Nlp = ReturnType<typeof import('wink-nlp').default>;
let nlp: Nlp | null = null;
function get(): Nlp {
  if (!nlp) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
    nlp = winkNLP(model, ['pos', 'negation']);
  }
  return nlp;
}

export interface Tagged {
  value: string;
  pos: string;
  lemma: string;
  stop: boolean;
}

/** Tokens of a text with their part of speech (Universal tags: VERB, NOUN, PROPN, AUX, PART …) and lemma. */
export function tag(text: string): Tagged[] {
  const n = get();
  const its = n.its;
  const doc = n.readDoc(text);
  const value = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemma = doc.tokens().out(its.lemma as never) as string[];
  const stop = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  return value.map((v, i) => ({ value: v, pos: pos[i], lemma: lemma[i], stop: stop[i] }));
}

const lemmas = new Map<string, string>();
/** The lemma of one word out of context ("sold" → "sell", "arms" → "arm"), kept once computed. */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  let l = lemmas.get(w);
  if (l === undefined) {
    const n = get();
    const t = n
      .readDoc(w)
      .tokens()
      .out(n.its.lemma as never) as string[];
    l = t.length === 1 ? t[0] : w;
    lemmas.set(w, l);
  }
  return l;
}

/** Whether wink's English stop-word list holds this word. */
const stops = new Map<string, boolean>();
export function isStopWord(word: string): boolean {
  const w = word.toLowerCase();
  let s = stops.get(w);
  if (s === undefined) {
    const n = get();
    const t = n.readDoc(w).tokens().out(n.its.stopWordFlag) as unknown as boolean[];
    s = t.length === 1 && t[0];
    stops.set(w, s);
  }
  return s;
}
