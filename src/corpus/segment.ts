// Sentence segmentation tuned to news prose. Two things make news hard for naive splitters: abbreviations
// and initials everywhere ("U.N.", "Mr.", "Gen.", "Jan. 31", "John F. Kennedy"), and quotations that hold
// several sentences of their own. A sentence here never ends inside an open quotation.
import { MONTH_ABBREVIATIONS } from '../util/calendar';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations that are followed by a period but almost never end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'ft',
  'rev',
  'hon',
  'messrs',
  'mme',
  'mlle',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'cpl',
  'pvt',
  'adm',
  'cmdr',
  'cdr',
  'brig',
  'gov',
  'sen',
  'rep',
  'reps',
  'sens',
  'pres',
  'supt',
  'insp',
  'det',
  'atty',
  'amb',
  'sec',
  'gens',
  ...MONTH_ABBREVIATIONS,
  'tue',
  'tues',
  'thu',
  'thur',
  'thurs',
  'fri',
  'no',
  'nos',
  'vol',
  'pp',
  'p',
  'para',
  'fig',
  'approx',
  'est',
  'vs',
  'v',
  'cf',
  'al',
  'ca',
  'inc',
  'corp',
  'co',
  'ltd',
  'llc',
  'bros',
  'dept',
  'univ',
  'assn',
  'govt',
  'ave',
  'blvd',
  'rd',
  'hwy',
  'ariz',
  'calif',
  'colo',
  'conn',
  'fla',
  'ga',
  'ind',
  'kan',
  'ky',
  'la',
  'md',
  'mich',
  'minn',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wis',
  'wyo',
  'del',
  'ala',
  'ark',
]);

/**
 * Words that open a new sentence after a dotted acronym ("... dominated by the U.S. Last month, ...").
 * After "U.S." a capitalised word is usually part of a name ("the U.S. Ambassador"); these function words are not.
 */
const SENTENCE_OPENERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'our',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'if',
  'in',
  'on',
  'at',
  'as',
  'for',
  'last',
  'next',
  'after',
  'before',
  'when',
  'while',
  'since',
  'meanwhile',
  'however',
  'still',
  'there',
  'here',
  'many',
  'some',
  'most',
  'one',
  'two',
  'three',
  'officials',
  'earlier',
  'later',
  'also',
  'both',
  'neither',
  'no',
  'not',
  'what',
  'why',
  'how',
  'who',
  'where',
  'then',
  'now',
  'today',
  'yesterday',
  'tomorrow',
  'according',
  'despite',
]);

const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
/** Stray marks that copying from a page leaves after a full stop (a rendered soft hyphen, zero-width space). */
const STRAYS = new Set(['¬', '\u00ad', '\u200b', '\u2060', '*', '†']);

/** Split a paragraph into sentences. Offsets are into `text`; each span's text is trimmed. */
export function splitSentences(text: string): Span[] {
  const { spans, unbalanced } = split(text, 0, text.length, true);
  if (!unbalanced || spans.length === 0) return spans;
  // A quotation mark that never closes (a typo, or a quotation running on into the next paragraph) would glue
  // the rest of the paragraph into one sentence: split that last span again without tracking quotes.
  const last = spans.pop()!;
  return spans.concat(split(text, last.start, last.end, false).spans);
}

function split(text: string, from: number, to: number, trackQuotes: boolean): { spans: Span[]; unbalanced: boolean } {
  const spans: Span[] = [];
  let start = from;
  let inStraight = false; // inside a "..." quotation
  let curlyDepth = 0; // inside “...”
  let inDoubleApos = false; // inside ''...'' (NYT style)
  const n = to;

  for (let i = from; i < n; i++) {
    const ch = text[i];
    if (ch === '"') inStraight = !inStraight;
    else if (OPEN_QUOTES.has(ch)) curlyDepth++;
    else if (CLOSE_QUOTES.has(ch)) curlyDepth = Math.max(0, curlyDepth - 1);
    else if (ch === "'" && text[i + 1] === "'") {
      inDoubleApos = !inDoubleApos;
      i++;
      continue;
    }

    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    // An ellipsis inside a sentence ("... Or are you") is not a break.
    if (ch === '.' && (text[i + 1] === '.' || text[i - 1] === '.')) continue;

    // Consume closing quotes and brackets that belong to this sentence, updating the quote state as we go.
    let j = i + 1;
    while (j < n && CLOSERS.has(text[j])) {
      const c = text[j];
      if (c === '"') inStraight = !inStraight;
      else if (c === '”' || c === '»') curlyDepth = Math.max(0, curlyDepth - 1);
      else if (c === "'" && text[j + 1] === "'") {
        inDoubleApos = !inDoubleApos;
        j++;
      }
      j++;
    }
    while (j < n && STRAYS.has(text[j])) j++;
    if (j >= n) break;
    if (!/\s/.test(text[j])) continue;
    if (trackQuotes && (inStraight || curlyDepth > 0 || inDoubleApos)) continue;

    let k = j;
    while (k < n && /\s/.test(text[k])) k++;
    if (k >= n) break;
    const next = text[k];
    // A new sentence starts with a capital, a digit, an opening quote or bracket.
    if (!/[\p{Lu}\p{N}"“‘'(\[«¿¡]/u.test(next)) continue;

    if (ch === '.' && !endsSentence(text, i, k)) continue;

    pushSpan(spans, text, start, j);
    start = k;
    i = k - 1;
  }
  pushSpan(spans, text, start, n);
  return { spans, unbalanced: inStraight || curlyDepth > 0 || inDoubleApos };
}

/** Whether the period at `dot` ends a sentence, given that the next sentence would start at `next`. */
function endsSentence(text: string, dot: number, next: number): boolean {
  // The token before the period, back to whitespace or an opening bracket/quote.
  let b = dot - 1;
  while (b >= 0 && !/[\s("“‘\[]/.test(text[b])) b--;
  const token = text.slice(b + 1, dot);
  if (token.length === 0) return true;
  const bare = token.replace(/^[^\p{L}\p{N}]+/u, '');
  const lower = bare.toLowerCase();

  // A single capital is an initial ("John F. Kennedy"), unless it is the pronoun "I".
  if (/^\p{Lu}$/u.test(bare) && bare !== 'I') return false;
  // Numbers with a period ("No. 5" is handled by the abbreviation list; "1." opens a list, not a sentence end).
  if (ABBREVIATIONS.has(lower)) {
    // "Mar." and "No." are also ordinary words at the end of a sentence only when lowercased; keep them joined.
    return false;
  }
  // Dotted acronyms (U.N., U.S., a.m., D.C.): they end a sentence only when a sentence opener follows.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) {
    const word = /^[\p{L}']+/u.exec(text.slice(next))?.[0]?.toLowerCase() ?? '';
    return SENTENCE_OPENERS.has(word);
  }
  return true;
}

function pushSpan(spans: Span[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}
