// Word meaning for claim matching: does a word of an article say what a word of the claim says, or its opposite?
// From WordNet (synonyms, derivations, more specific words, antonyms) over the lemmatizer's base forms; word
// vectors (./vectors.ts) only say "related", and never decide polarity or direction: "sold" and "bought" stand at
// 0.90 there, and are WordNet antonyms.
import { antonyms, baseForms, directAntonyms, meetsSet, sensesOf } from './wordnet';
import { lemmaOf } from './tagger';
import { NO_VECTORS, type Vectors } from './vectors';
export { loadVectors, type Vectors } from './vectors';

const formsCache = new Map<string, string[]>();
/** Base forms of a word as written ("slammed" → slam; "sold" → sell, sold; "arms" → arms, arm). */
export function forms(word: string): string[] {
  const w = word.toLowerCase();
  let f = formsCache.get(w);
  if (!f) {
    const lemma = /^[a-z][a-z'’-]*$/.test(w) ? lemmaOf(w) : w;
    f = [...new Set([lemma, ...baseForms(w, lemma).map((b) => b.lemma)])];
    formsCache.set(w, f);
  }
  return f;
}

const meetCache = new Map<string, Set<string>>();
/** Every base form that states at least what `word` states (see meetsSet). */
export function meaningSet(word: string): Set<string> {
  const w = word.toLowerCase();
  let s = meetCache.get(w);
  if (!s) {
    s = new Set<string>();
    for (const f of forms(w)) for (const x of meetsSet(f)) s.add(x);
    meetCache.set(w, s);
  }
  return s;
}

const oppCache = new Map<string, Set<string>>();
/**
 * Base forms meaning the opposite of `word`: the antonyms of it and of its synonyms in its first senses ("keep"
 * is "continue", whose antonym is "stop": so "will not stop selling" says "will keep selling").
 */
export function oppositeSet(word: string): Set<string> {
  const w = word.toLowerCase();
  let s = oppCache.get(w);
  if (!s) {
    s = new Set<string>();
    for (const f of forms(w)) {
      for (const x of antonyms(f)) s.add(x);
      for (const pos of ['v', 'a', 'n'] as const)
        for (const syn of sensesOf(f, pos, 2))
          for (const x of syn.words) if (x !== f) for (const y of antonyms(x)) s.add(y);
    }
    for (const f of forms(w)) s.delete(f);
    oppCache.set(w, s);
  }
  return s;
}

/** Whether the article's word states the claim's word (same base form, synonym, derivation, more specific). */
export function meets(claimWord: string, sentWord: string): boolean {
  const m = meaningSet(claimWord);
  for (const f of forms(sentWord)) if (m.has(f)) return true;
  return false;
}

/** Whether the article's word is an antonym of the claim's word. */
export function opposes(claimWord: string, sentWord: string): boolean {
  const o = oppositeSet(claimWord);
  for (const f of forms(sentWord)) if (o.has(f)) return true;
  return false;
}

/**
 * Whether two words are WordNet antonyms word to word, either way round ("bought"/"sold"), not through a synonym of
 * either: what says two unnegated words contradict each other. Through synonyms, WordNet's rarer senses make
 * opposites of words that are not: "lead" is "go" (whose antonym is "come"), "halt" is "hold" ("release"), "decline"
 * is "refuse" ("accept", "take"); "Revenues … have declined" and "… have taken a hit" say one thing.
 */
export function directlyOpposes(a: string, b: string): boolean {
  const fa = forms(a);
  const fb = forms(b);
  return fa.some((x) => {
    const o = directAntonyms(x);
    return fb.some((y) => o.has(y) || directAntonyms(y).has(x));
  });
}

let vectors: Vectors = NO_VECTORS;
/** The corpus's word vectors, once loaded (see loadVectors): until then no word is related by vector. */
export function useVectors(v: Vectors): void {
  vectors = v;
}

/** Cosine of two words' vectors, on their base forms when the written forms have none; null without vectors. */
export function related(a: string, b: string): number | null {
  let best: number | null = vectors.cosine(a, b);
  if (vectors.size === 0) return best;
  for (const x of forms(a))
    for (const y of forms(b)) {
      const c = vectors.cosine(x, y);
      if (c !== null && (best === null || c > best)) best = c;
    }
  return best;
}
