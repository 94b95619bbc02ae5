// Exact-name speaker accuracy for eval:quotes: the full name of the person meant, not just the surname. PolNeAR's
// gold gives the speaker as the sentence wrote it ("Trump", "Spokeswoman Jessica Ditto"); the full name meant is
// the gold's own first name and surname when it gives both, else the one first name the article puts before that
// surname anywhere ("Melania Trump" and "Donald Trump" in one article leave a bare "Trump" undecided: skipped).
import { TITLE_WORDS, HONORIFICS } from '../src/extract/quote-words';
import { isTitleWord } from '../src/extract/names';

export interface NamedCase {
  article: string;
  gold: string;
  ours: string;
}

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase();
const isName = (w: string) =>
  /^\p{Lu}[\p{L}'’-]*$/u.test(w) &&
  !TITLE_WORDS.has(w.toLowerCase()) &&
  !isTitleWord(w) &&
  HONORIFICS[w.toLowerCase()] === undefined &&
  !/^(?:Jr|Sr|II|III)$/.test(w);

/** The first name and surname the gold phrase gives, or only the surname. */
function goldName(source: string): { first: string | null; surname: string } | null {
  const head = source.split(/[,(]/)[0].replace(/\s(?:of|from)\s+(?:the\s+)?\p{Lu}.*$/u, '');
  const words = head
    .split(/\s+/)
    .map((w) =>
      w
        .replace(/['’]s$/, '')
        .replace(/[^\p{L}'’.-]/gu, '')
        .replace(/\.$/, ''),
    )
    .filter(Boolean);
  // A surname may be a title word too ("Charlie King"), after a first name.
  const names = words.filter(
    (w, i) => isName(w) || (i === words.length - 1 && i > 0 && isName(words[i - 1]) && /^\p{Lu}\p{Ll}+$/u.test(w)),
  );
  if (!names.length) return null;
  // "Mr. Guajardo Villarreal": news puts an honorific of address before the surname only, so every name word after
  // it is the surname (a double one), and the first name is the article's (Ildefonso).
  const honorific = words.findIndex((w) => /^(?:mr|mrs|ms|miss)$/i.test(w));
  if (honorific >= 0 && honorific + 1 < words.length && words.slice(honorific + 1).every(isName))
    return { first: null, surname: words.slice(honorific + 1).join(' ') };
  const surname = names[names.length - 1];
  // The first name opens the run of name words and initials that ends in the surname ("Benjamin J. Rhodes").
  let k = words.lastIndexOf(surname) - 1;
  let first: string | null = null;
  while (k >= 0 && (isName(words[k]) || /^\p{Lu}$/u.test(words[k]))) {
    if (words[k].length > 1) first = words[k];
    k--;
  }
  return { first, surname };
}

/** The one first name the article writes before the surname, or undefined when it writes several. */
function firstNameIn(text: string, surname: string): string | null | undefined {
  const firsts = new Set<string>();
  const esc = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of text.matchAll(
    new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+(?:\\p{Lu}\\.\\s+)?${esc}\\b(?!\\s+(?:Jr|Sr))`, 'gu'),
  )) {
    if (
      isName(m[1]) &&
      !/^(?:The|A|An|But|And|In|On|At|When|As|If|For|With|After|Before|While|Both|Then|Now|Said|Says|Asked|Told)$/.test(
        m[1],
      )
    )
      firsts.add(m[1]);
  }
  if (firsts.size > 1) return undefined;
  return [...firsts][0] ?? null;
}

export function exactNameReport(
  cases: NamedCase[],
  textOf: (article: string) => string,
): { right: number; judged: number; skipped: number; wrong: string[] } {
  let right = 0;
  let judged = 0;
  let skipped = 0;
  const wrong: string[] = [];
  for (const c of cases) {
    const g = goldName(c.gold);
    if (!g) {
      skipped++;
      continue;
    }
    const first = g.first ?? firstNameIn(textOf(c.article), g.surname);
    if (first === undefined) {
      skipped++;
      continue;
    }
    judged++;
    const ours = c.ours.split(/\s+/).filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w));
    const sur = g.surname.split(' ');
    const ok =
      fold(ours.slice(-sur.length).join(' ')) === fold(g.surname) &&
      (first === null ? ours.length >= 1 : ours.length > sur.length && fold(ours[0]) === fold(first));
    if (ok) right++;
    else wrong.push(`${c.article}: gold [${c.gold}] meant [${first ? `${first} ` : ''}${g.surname}] ours [${c.ours}]`);
  }
  return { right, judged, skipped, wrong };
}
