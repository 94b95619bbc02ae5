// Counts of things are no tolls: "four trains of asylum-seekers have arrived" counts trains, "the crisis hurt one of
// the region's fastest growing economies" picks an economy out. Told by WordNet: the counted noun's most frequent
// sense is a made thing (noun.artifact), or the group a part is picked from names no person.
import { baseForms, sensesOf } from './meaning/wordnet';
import { lemmaOf } from './meaning/tagger';
import { isPersonKind } from './figures-general';

/** WordNet's lexicographer file of made things: "train", "ship", "bus", "hospital", "camp". */
const NOUN_ARTIFACT = 6;
/** WordNet's lexicographer file of animals: "koala", "goose", "horse". */
const NOUN_ANIMAL = 5;

/** The noun base forms WordNet holds for a word ("leaders": "leaders", a printer's term, and "leader"). */
function nounLemmas(word: string): string[] {
  return baseForms(word, lemmaOf(word))
    .filter((b) => b.pos === 'n')
    .map((b) => b.lemma);
}
const person = (word: string) => nounLemmas(word).some((l) => isPersonKind(word, l));

/**
 * Whether a counted phrase "N <noun> of <people>" counts the noun's things ("four trains of asylum-seekers", "two
 * ships of migrants"), not the people: its head is a made thing by its most frequent sense, and no person.
 */
export function countsThings(subject: string): boolean {
  const head = /^([a-z][\w-]*)\s+of\b/i.exec(subject.trim())?.[1];
  if (!head) return false;
  const lemma = nounLemmas(head)[0];
  if (!lemma || person(head)) return false;
  return sensesOf(lemma, 'n', 1)[0]?.lexFile === NOUN_ARTIFACT;
}

/** Words a part may be picked out of that stand for people: "two of them", "one of those", "one of the dead". */
const PEOPLE_WORDS =
  /^(?:them|us|you|those|these|whom|which|ours|theirs|dead|injured|wounded|killed|missing|arrested|detained|displaced|victims|others)$/i;

/**
 * Whether the group after "N of" ("one of the region's fastest growing economies") names no people: no word of it
 * stands for people and its head is a noun WordNet knows, no person kind.
 */
export function partOfThings(after: string): boolean {
  const m = /^\s+of\s+([^,.;:()"“”—–]*)/i.exec(after);
  if (!m) return false;
  // (a possessive is the group's owner, not the group: "the world's economies", "the gang's leaders")
  const words = m[1]
    .split(/\s+/)
    .filter((w) => w && !/['’]s$/i.test(w))
    .slice(0, 6);
  if (!words.length || words.some((w) => PEOPLE_WORDS.test(w) || /^\p{Lu}/u.test(w))) return false;
  // the head: the last word before a preposition or a clause
  const stop = words.findIndex((w, i) => i > 0 && /^(?:in|on|at|from|to|with|who|that|which|and|or|for|by)$/i.test(w));
  const head = words[(stop < 0 ? words.length : stop) - 1];
  return nounLemmas(head).length > 0 && !person(head);
}

/**
 * Whether a counted phrase counts animals ("about 8,000 koalas have died", "posed with four dead geese"): a word of it
 * (lower case) whose most frequent noun sense WordNet files as an animal. Animals are no casualties
 * of the kinds /toll counts.
 */
export function countsAnimals(subject: string): boolean {
  return subject
    .trim()
    .split(/\s+/)
    .slice(0, 4)
    .some((w) => {
      // (a word that is also an adjective describes the people: "young" is first an immature animal)
      if (!/^[a-z][a-z-]+$/.test(w) || baseForms(w).some((b) => b.pos === 'a')) return false;
      const lemma = nounLemmas(w)[0];
      // (by the first sense alone: "goose" is also a fool, "a man" in WordNet's second sense)
      return !!lemma && sensesOf(lemma, 'n', 1)[0]?.lexFile === NOUN_ANIMAL;
    });
}
