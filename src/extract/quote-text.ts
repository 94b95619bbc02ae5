// Small text helpers shared by quotation finding and attribution: sentence boundaries that know common
// abbreviations, and the normalisation used to compare the same words printed by different outlets.
import { fold, STOP_SET } from './lexicon';

/** Abbreviations whose period does not end a sentence ("Mr. Antonov", "U.S. Ambassador", "Jan. 31"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'cmdr',
  'st',
  'jr',
  'sr',
  'rev',
  'hon',
  'pres',
  'vs',
  'v',
  'no',
  'inc',
  'corp',
  'co',
  'ltd',
  'dept',
  'univ',
  'mt',
  'ft',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'a.m',
  'p.m',
  'd.c',
  'e.g',
  'i.e',
  'etc',
  'al',
  'ave',
  'blvd',
  'calif',
  'fla',
  'mass',
  'ill',
  'mich',
  'pa',
  'va',
  'wash',
  'wis',
  // Titles and U.S. state abbreviations as AP style prints them after names ("Del. Stacey Plaskett", "R-Ky.").
  'del',
  'ala',
  'ariz',
  'ark',
  'colo',
  'conn',
  'ga',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'tenn',
  'tex',
  'vt',
  'wyo',
  'n.h',
  'n.j',
  'n.m',
  'n.y',
  'n.c',
  'n.d',
  's.c',
  's.d',
  'r.i',
  'w.va',
  'msgr',
  'fr',
  'sgt',
  'cpl',
  'pvt',
  'supt',
  'gens',
  'reps',
  'sens',
]);

/**
 * Whether the period at `i` ends a sentence: it must be followed by space and then a capital, a digit or a
 * quotation mark, and must not close an abbreviation or a single initial ("George W. Bush").
 */
export function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch !== '.' && ch !== '!' && ch !== '?') return false;
  let j = i + 1;
  // Closing marks and brackets may sit between the period and the space.
  while (j < text.length && /["'”’)\]]/.test(text[j])) j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j])) {
    // Pages that lost their paragraph breaks glue the next sentence on: ".”Florida Sen. ...", "... is needed.“I
    // think ...", "... told the show.But if ...". A closing mark, an opening mark, or a word of two lower-case
    // letters before the period says the period ends a sentence, not an abbreviation or a web address.
    const word = /(\p{Ll}{2,})$/u.test(text.slice(Math.max(0, i - 12), i));
    if (j > i + 1 && /[”"]/.test(text.slice(i + 1, j)) && /\p{Lu}/u.test(text[j])) return true;
    if (word && /[“]/.test(text[j])) return true;
    if (word && j === i + 1 && /^\p{Lu}\p{Ll}+\b/u.test(text.slice(j, j + 20)) && ch === '.') {
      const before = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i));
      return !before || !ABBREVIATIONS.has(before[1].toLowerCase());
    }
    return false;
  }
  while (j < text.length && /\s/.test(text[j])) j++;
  if (j >= text.length) return true;
  if (!/[A-Z0-9"“'‘(\[]/.test(text[j])) return false;
  if (ch !== '.') return true;
  const before = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i));
  if (before) {
    const word = before[1].toLowerCase().replace(/^\.+/, '');
    if (ABBREVIATIONS.has(word)) return false;
    if (/^[a-z]$/i.test(word) && /[A-Z]/.test(before[1])) return false; // an initial
    if (/^([a-z]\.)+[a-z]$/i.test(word)) return false; // U.S, U.N, D.C
  }
  return true;
}

/** Lower-case word tokens with quotes and apostrophes unified, for comparing wordings. */
export function wordTokens(text: string): string[] {
  return fold(text)
    .replace(/[^a-z0-9' ]+/g, ' ')
    .split(/\s+/)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Function words: they carry no content, so two different quotations share them freely. */
export const STOPWORDS = STOP_SET;

export function contentTokens(text: string): string[] {
  return wordTokens(text).filter((t) => !STOPWORDS.has(t));
}

/** Strips the leading/trailing punctuation a quotation carries inside its marks ("weapons," → "weapons"). */
export function tidyQuote(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s,;:–—-]+/, '')
    .replace(/[\s,;:–—-]+$/, '');
}
