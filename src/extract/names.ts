// Clean names: what is glued to a name in running news text and is no part of it. A dateline ("Washington (CNN)
// Donald Trump's behavior ..."), a sentence opener or question word ("Did Trump know?", "Both Trump and ..."), a
// participle opening the sentence ("Facing Democrats, ..."), a role noun written capitalised in front of the name
// ("Witness Bashir Ahmad"), a web page's hover card glued to the next headline ("President Trump Donald John
// TrumpGOP senators balk ..."), a name printed twice, a party letter after it ("Mitch McConnell R"), a phrase
// after it ("Condoleezza Rice in her 2011 memoir"). Rules of how news is written, never names of people.
import { INNER_PARTICLES, NAME_SUFFIXES, ORG_WORDS, PARTY_MEMBERS, SENTENCE_OPENERS, TITLE_WORDS } from './quote-words';
import { PREPS } from './reporting/tokens';
import {
  isAdjectiveWord,
  isPersonNoun,
  isPersonSense,
  isRegionWord,
  isRoleNounOnly,
  isThingWord,
  isVerbOpener,
  isVerbWord,
} from './name-entities';
import { IS_MONTH, WEEKDAY_NAMES } from './lexicon';

/**
 * Closed-class words that open a sentence or a question and are capitalised only for that: auxiliaries and
 * question words ("Can Donald Trump win?"), quantifiers and determiners ("Both Trump and Cruz", "Another Trump
 * voter"), negation and sentence adverbs ("Never Trump", "Maybe Trump"). "Will" and "May" are left out: they are
 * first names and surnames too.
 */
export const NAME_OPENERS = new Set(
  (
    'can could did does do should shall would must is was are were has have had am why how what when where who whom ' +
    'whose which whether both another other others some many most several few all any each every either neither ' +
    'never not no none only even just maybe perhaps also still yet once so thus hence unlike if unless until ' +
    'though although while because and but or nor without than then now here there this that these those its his ' +
    'her their our my your one two three ex former longtime pres i anyone everyone nobody someone anybody everybody ' +
    'somebody fellow'
  ).split(/\s+/),
);

const bare = (w: string) => w.replace(/^[("'“‘\[]+|[)"'”’\],.;:!?]+$/g, '');

/** A word a title stands for, written without its period ("Adm", "Sgt", "Lt") or in the plural ("Justices"). */
export function isTitleWord(w: string): boolean {
  const l = bare(w)
    .toLowerCase()
    .replace(/['’]s$/, '');
  if (!l) return false;
  if (TITLE_WORDS.has(l) || TITLE_WORDS.has(`${l}.`)) return true;
  // "President-elect", "Vice-Chair", "ex-Senator": a compound of a title.
  if (l.includes('-') && l.split('-').some((part) => part.length > 2 && TITLE_WORDS.has(part))) return true;
  return l.length >= 4 && /s$/.test(l) && !/(?:ss|us|is)$/.test(l) && TITLE_WORDS.has(l.slice(0, -1));
}

/**
 * What surrounds a subject phrase before it is read as a name: a dateline in front, a hover card's glued headline
 * behind, two sentences run together inside a word. Returns the phrase to read.
 */
export function stripNoise(phrase: string): string {
  let s = phrase.trim();
  // "Trump Donald John TrumpGOP senators", "John CornynGOP", "Rep. Ted Poe Theodore PoeSheila Jackson Lee": a
  // linked name's hover card runs into the next
  // headline; the name ends where the glued word's second half begins (an acronym, or the name repeated). Read
  // before the dateline below: "Sen. Mitt Romney Willard (Mitt) Mitt RomneyTwelve things you need to know" has a
  // bracket that looks like a dateline's, and the repeated "Romney" that shows the glue is in front of it.
  const words = s.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const g = /^([("'“‘]?\p{Lu}\p{Ll}{2,})(\p{Lu}{2,}|\p{Lu}\p{Ll}+)(['’]s)?[,.;:]?$/u.exec(words[k]);
    if (!g) continue;
    const left = bare(g[1]);
    // "Louis CardinSenate": the next headline opens with an institution.
    const acronym =
      /^\p{Lu}{2,}$/u.test(g[2]) || ORG_WORDS.has(g[2].toLowerCase()) || TITLE_WORDS.has(g[2].toLowerCase());
    const repeated = words.slice(0, k).some((w) => bare(w) === left);
    if (acronym || repeated) {
      s = [...words.slice(0, k), g[1]].join(' ');
      break;
    }
  }
  // "Washington (CNN) Donald Trump's", "LOS ANGELES (Reuters) - Donald Trump": a place and an outlet in brackets.
  // Not a hover card's legal name with the nickname in brackets: "Sen. Thom Tillis Thomas (Thom) Roland Tillis"
  // prints the surname on both sides of the bracket; the name shown first is the one the site writes.
  const lastWord = bare(s.split(/\s+/).pop() ?? '');
  const open = s.indexOf('(');
  const before = open > 0 ? s.slice(0, open).split(/\s+/) : [];
  const shown = lastWord.length > 1 ? before.findIndex((w) => bare(w) === lastWord) : -1;
  if (shown >= 1) s = before.slice(0, shown + 1).join(' ');
  else
    s = s.replace(
      /^(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}\p{Lu}[\p{L}.'’-]*,?\s*\((?:\p{Lu}[\p{L}.&'’]*\s?){1,4}\)\s*(?:[-—–]+\s*)?(?=\p{Lu})/u,
      '',
    );
  // "WASHINGTON — Donald Trump", "NETIV HAASARA, Israel — A rocket": a dateline in capitals, then a dash.
  s = s.replace(/^\p{Lu}{2,}(?:[\s.,'’-]+\p{Lu}[\p{L}.'’-]*)*\s*(?:--|—|–)\s*/u, '');
  // "QUEBEC CITY (Reuters)", "Quebec (Reuters)": a dateline with nothing after it names no one.
  // A person's bracket holds a party or a state ("Sen. Bernie Sanders (Vt.)", "Roy Cooper (D)"), not an outlet.
  if (
    /^(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}\p{Lu}[\p{L}.'’-]*,?\s*\((?:\p{Lu}[\p{L}&'’]+\s?){1,4}\)[\s,:—–-]*$/u.test(s) &&
    !s.split(/\s+/).some((w) => isTitleWord(w))
  )
    return '';
  // "Americans.He said": a sentence break lost inside a word; what speaks is after it.
  const glue = /\p{Ll}[.!?](?=\p{Lu}\p{Ll})/gu;
  let m: RegExpExecArray | null;
  let cut = -1;
  while ((m = glue.exec(s))) cut = m.index + 2;
  if (cut > 0) s = s.slice(cut);
  return s;
}

/** "Trump-endorser", "Kremlin-backed", "Brexit-backing": a compound whose second half is a lower-case agent noun or participle. */
// "Senate-elects Thom Tillis and Gary Peters", "Governor-designate": a compound ending in "elect" or "designate" is
// an office not yet taken up, a role.
const DESCRIBING_COMPOUND = /^\p{Lu}\p{L}*-(?:\p{Ll}{2,}(?:er|or|ed|ist|ing|born)|elects?|designate)$/u;

/** A title that is also an adjective, modifying the noun after it: "Chief Constable", "Senior Inspector". */
export function modifyingTitle(w: string | undefined): boolean {
  return !!w && /^\p{Lu}/u.test(w) && isTitleWord(w) && isAdjectiveWord(bare(w));
}

const MONTHS = IS_MONTH;

/** A name's opening word that is no part of it, given the words of the name run (at least two). */
function openerToDrop(run: string[], isCommon: (w: string) => boolean, afterTitle = false): boolean {
  const w = bare(run[0]);
  const l = w.toLowerCase();
  if (NAME_OPENERS.has(l) || SENTENCE_OPENERS.has(l)) return true;
  // "Across China, factories ...", "Under Obama, ...": a preposition opening the sentence is no first name.
  if (PREPS.has(l) && /^\p{Lu}\p{Ll}+$/u.test(w)) return true;
  if (isTitleWord(w)) return true;
  // "Fellow Tory Ben Bradley, who had backed the deal, said": a party's member before a first name and a surname is
  // the person's role.
  if (run.length >= 3 && PARTY_MEMBERS.has(l) && !/^\p{Lu}\.?$/u.test(bare(run[1]))) return true;
  // "Meet Eric Early, the challenger who ...", "Add Donald Trump to the list": a word WordNet knows mostly as a
  // verb, opening a feature's lead or a caption in the imperative, before a first name and a surname.
  if (run.length >= 3 && /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !/^\p{Lu}\.?$/u.test(bare(run[1])) && isVerbOpener(w))
    return true;
  // "Declaring Trump the winner, ...", "Take Trump at his word": a verb (a participle, or a bare verb WordNet never
  // tags as a noun) opening a lead or a headline before a surname is no first name.
  if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !/^\p{Lu}\.?$/u.test(bare(run[1])) && isVerbWord(w)) return true;
  // "... of Midwest Trump nominees meet fiercest opposition": two link texts run together put a region (WordNet's
  // geographical area, not a town or a state whose name is also a first name) before a name; no one is named so.
  if (/^\p{Lu}\p{Ll}+$/u.test(w) && isRegionWord(w)) return true;
  // "Greater Manchester Police Chief Constable Ian Hopkins told reporters": after a title that is also an adjective
  // ("Chief", "Senior"), a word whose first sense in WordNet is a kind of person, before a first name and a surname,
  // is the noun the title modifies.
  if (
    afterTitle &&
    run.length >= 3 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
    !/^\p{Lu}\.?$/u.test(bare(run[1])) &&
    isPersonSense(w)
  )
    return true;
  // A contraction is a clause: "I’m Amy Goodman". An elided participle is a nickname's epithet: "Lyin’ Ted Cruz".
  if (/['’](?:m|re|ve|ll|d)$/i.test(w)) return true;
  if (run.length >= 3 && /^\p{Lu}\p{Ll}+in['’]$/u.test(run[0])) return true;
  // "EPA Administrator Gina McCarthy is expected to announce": an acronym before a role and a name is the body they
  // serve, never a first name.
  if (run.length >= 3 && /^\p{Lu}{2,}$/u.test(w) && l !== 'i') return true;
  // "what Trump-endorser Sarah Palin might call", "Kremlin-backed Viktor Yanukovych": a compound whose second half
  // is a lower-case agent noun or participle describes the person; a double-barrelled name capitalises both halves
  // ("Ocasio-Cortez", "Jean-Luc"), and a Korean given name's second syllable is no such word ("Kyung-wha Kang").
  if (DESCRIBING_COMPOUND.test(w)) return true;
  const common = isCommon(l);
  // "Facing Democrats", "Apparently Trump", "Images Trump" (a photo credit's tail): a participle, an adverb or a
  // plural noun the article also writes in lower case.
  if (common && (/\p{Ll}{2,}(?:ing|ly)$/u.test(w) || /^\p{Lu}\p{Ll}{3,}ed$/u.test(w))) return true;
  if (common && /^\p{Lu}\p{Ll}{3,}s$/u.test(w) && !/(?:ss|us|is)$/.test(l)) return true;
  // "Republicans Trump", "Democrats Pelosi": a group before a name is the group.
  if (/^\p{Lu}\p{Ll}+(?:ans|ats|ists)$/u.test(w) && run.length >= 2) return true;
  // "Businesswoman Carly Fiorina", "Committeeman Henry Barbour", "Journalist Didier Francois", "Archbishop Carlo
  // Maria Vigano": a role noun's shape (-man, -woman, -ist, a compound ending in a title) before a full name.
  if (
    run.length >= 3 &&
    (/^\p{Lu}\p{Ll}{3,}(?:man|woman|ist)$/u.test(w) ||
      (/^\p{Lu}\p{Ll}+$/u.test(w) &&
        [...TITLE_WORDS].some((t) => t.length >= 5 && /^[a-z]+$/.test(t) && l.length > t.length + 2 && l.endsWith(t))))
  )
    return true;
  // "Virginia Delegate Kathy Tran, said in a committee hearing", "Missouri Highway Patrol Captain Ron Johnson": a
  // place, a body or a thing (WordNet's first sense is no person) before a role noun and a first name and surname
  // is whose role it is; the role noun is dropped next (below). "Mary Gay Scanlon" keeps "Mary": WordNet's Mary is
  // a person.
  if (run.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommon(l) && isThingWord(w)) {
    for (let k = 1; k <= run.length - 3; k++) {
      const r = bare(run[k]);
      if (
        /^\p{Lu}\p{Ll}{2,}$/u.test(r) &&
        (isTitleWord(r) || isPersonNoun(r)) &&
        !/^\p{Lu}\.?$/u.test(bare(run[k + 1]))
      )
        return true;
      if (!(/^\p{Lu}{2,}$/u.test(r) || (/^\p{Lu}\p{Ll}+$/u.test(r) && isThingWord(r)))) break;
    }
  }
  // "Rabbi Zev Johnson of the Jewish Center", "Ayatollah Ruhollah Khomeini": a word whose usual sense in WordNet is
  // a kind of person, before a first name and a surname, is the role (not "Michael C. Burgess": see isPersonNoun).
  if (
    run.length >= 3 &&
    /^\p{Lu}\p{Ll}{2,}$/u.test(w) &&
    !/^\p{Lu}\.?$/u.test(run[1]) &&
    (isPersonNoun(w) || isRoleNounOnly(w))
  )
    return true;
  // "Witness Bashir Ahmad", "Archbishop Carlo Maria Vigano", "Intelligence James Clapper" (the tail of a
  // title): a common word the article writes in lower case, before a first name and a surname.
  if (run.length >= 3 && common && !/^\p{Lu}\.$/u.test(bare(run[1])) && !/^\p{Lu}\.?$/u.test(w)) return true;
  return false;
}

/**
 * Trims the words of a name run: openers, titles and role nouns in front, a party letter behind, a name printed
 * twice. Returns the bounds [from, to) of the name within the run (from === to when no name is left).
 */
export function nameBounds(
  run: string[],
  isCommon: (w: string) => boolean = () => false,
  afterTitle = false,
): [number, number] {
  let from = 0;
  let to = run.length;
  // "Mitch McConnell R", "Nancy Pelosi D": a party letter (with its state, the bracket is already gone).
  while (to - from >= 2 && /^[RDI]$/.test(bare(run[to - 1]))) to--;
  // "Trump Donald John Trump", "Trump Trump": the name printed twice; the last full form is the name.
  const key = (w: string) =>
    bare(w)
      .toLowerCase()
      .replace(/['’]s$/, '');
  for (let k = to - 1; k > from; k--) {
    const at = run
      .slice(from, k)
      .findIndex((w) => key(w) === key(run[k]) && !NAME_SUFFIXES.has(key(w)) && !/^\p{Lu}\.$/u.test(bare(w)));
    if (at >= 0) {
      from += at + 1;
      break;
    }
  }
  // "N.C. He said": a pronoun ends no name.
  // "... in Benghazi I'd": nor a pronoun with its verb.
  if (to > from && /^(?:he|she|it|they|we|you|i)(?:['’](?:d|ll|m|re|ve))?$/.test(key(run[to - 1]))) return [to, to];
  // "— Aaron Rupar (@atrupar) January 3, 2020": an embedded post's signature puts its date after the name; a month
  // after a full name is no part of it ("April Ryan" keeps hers in front).
  while (to - from >= 3 && MONTHS.test(key(run[to - 1]))) to--;
  while (
    to - from >= 2 &&
    openerToDrop(run.slice(from, to), isCommon, afterTitle || (from > 0 && modifyingTitle(run[from - 1])))
  )
    from++;
  // "Sen. Tess Varga, R-South Carolina, said": a party letter and its state are no name.
  if (to > from && /^[RDI]-\p{Lu}/u.test(bare(run[from]))) from = to;
  // A lone opener is no name ("Both said"), nor a describing compound ("But Brexit-backing former foreign secretary
  // Boris Johnson told MPs": the capitalised run ends before "former").
  if (to - from === 1 && NAME_OPENERS.has(key(run[from]))) from = to;
  // ... nor a run ending in one: "Pulitzer Prize-winning reporter Judith Miller" opens with a modifier, not a name.
  if (to > from && DESCRIBING_COMPOUND.test(bare(run[to - 1]))) from = to;
  return [from, to];
}

/**
 * "Federated Farmers spokesman Miles Anderson said": a role noun written in lower case (a title word, or a kind of
 * person in WordNet) right before a capitalised run introduces a name, so the run's first word is a first name even
 * when the article also writes it as a common word ("miles"). Returns the `isCommon` to read that run with.
 */
export function afterLowerRole(
  before: string | undefined,
  firstWord: string | undefined,
  isCommon: (w: string) => boolean,
): (w: string) => boolean {
  const b = bare(before ?? '');
  if (!firstWord || !/^\p{Ll}{3,}$/u.test(b) || !(isTitleWord(b) || isPersonNoun(b))) return isCommon;
  const f = bare(firstWord).toLowerCase();
  return (w) => bare(w).toLowerCase() !== f && isCommon(w);
}

export function trimNameRun(
  run: string[],
  isCommon: (w: string) => boolean = () => false,
  afterTitle = false,
): string[] {
  const [from, to] = nameBounds(run, isCommon, afterTitle);
  return run.slice(from, to);
}

/**
 * A phrase that ends in a name, then a phrase about the occasion: "then-National Security Adviser Condoleezza Rice
 * in her 2011 memoir", "Sen. Jane Doe on Tuesday's call", "President Barack Obama on Wednesday said". Returns the
 * part up to the name, or null.
 */
export function cutTrailingPhrase(phrase: string): string | null {
  const m = new RegExp(
    String.raw`^(.*?\p{Lu}[\p{L}.'’-]*)\s+(?:(?:in|on|at|during|via|through|after|before|with|to)\s+(?:his|her|their|its|a|an|the|this|that|last|next|an?|\d)\b|on\s+(?:${WEEKDAY_NAMES})\b).*$`,
    'u',
  ).exec(phrase);
  return m ? m[1] : null;
}

export interface CleanName {
  name: string;
  role: string | null;
}

/**
 * A raw name phrase as it stands before a reporting verb, made into the name a reader would write and its role:
 * "then-National Security Adviser Condoleezza Rice in her 2011 memoir" → {name "Condoleezza Rice", role
 * "then-National Security Adviser"}; "Washington (CNN) Donald Trump" → {name "Donald Trump", role null}.
 * Null when no name is left. `isCommon` says whether the article writes a word in lower case.
 */
export function cleanName(phrase: string, isCommon: (w: string) => boolean = () => false): CleanName | null {
  let s = stripNoise(phrase)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  s = cutTrailingPhrase(s) ?? s;
  const words = s.split(' ').filter(Boolean);
  // The name is the trailing run of capitalised words (initials, particles and suffixes included).
  let i = words.length;
  while (
    i > 0 &&
    (/^[("'“‘]?(?:\p{Lu}|\p{Lu}\.)[\p{L}.'’-]*[,]?$/u.test(words[i - 1]) ||
      (INNER_PARTICLES.has(words[i - 1]) && i < words.length))
  ) {
    if (isTitleWord(words[i - 1]) && i < words.length) break;
    // A possessive before the name is whose person it is ("the Atlantic's Peter Beinart", "RealClearPolitics'
    // Robert Tracinski has called ..."): the name starts after it.
    if (i < words.length && /(?:['’]s|\p{L}s['’])[,]?$/u.test(words[i - 1])) break;
    i--;
  }
  let from = i;
  // "Speaker of the House Nancy Pelosi": news puts no article before a person's name, so the capitalised word after
  // "the" ends the office or the body, and the name starts after it.
  if (i > 0 && /^the$/i.test(words[i - 1]) && words.length - i >= 3 && !/^\p{Lu}\.$/u.test(words[i + 1])) from++;
  const run = trimNameRun(
    words.slice(from).map((w) => w.replace(/,$/, '')),
    afterLowerRole(words[from - 1], words[from], isCommon),
    from > 0 && modifyingTitle(words[from - 1]),
  );
  if (!run.length) return null;
  // Initials and suffixes keep their periods as printed ("Loretta E. Lynch", "Clapper Jr.").
  const keep = (w: string) => {
    const t = w.replace(/^[("'“‘\[]+|[)"'”’\],;:!?]+$/g, '');
    return /^(?:\p{Lu}\.|Jr\.|Sr\.|St\.)$/u.test(t) ? t : bare(t).replace(/['’]s$/, '');
  };
  const name = run.map(keep).join(' ');
  const role =
    words
      .slice(0, words.length - run.length)
      .join(' ')
      .replace(/^[,\s]+|[,\s]+$/g, '') || null;
  return { name, role };
}

const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The middle of a full name: the words between the first name and the surname, suffix left out, run-together
 * initials split ("George H.W. Bush" → ["H.", "W."]; "Charles E. Schumer" → ["E."]; "Joe Biden" → []).
 */
export function middleOf(name: string): string[] {
  const words = name
    .split(/\s+/)
    .filter((w) => w && !NAME_SUFFIXES.has(w.toLowerCase()))
    .flatMap((w) => (/^(?:\p{Lu}\.){2,}$/u.test(w) ? (w.match(/\p{Lu}\./gu) ?? []) : [w]));
  return words.length > 2 ? words.slice(1, -1) : [];
}

/**
 * Whether two middles can be one person's. A dropped middle fits any ("George Bush"), an initial fits the name it
 * stands for ("Charles E. Schumer", "Charles Ellis Schumer"), and a full middle name may be dropped from a longer
 * one ("Hillary Rodham Clinton", "Hillary Diane Rodham Clinton"). But initials are printed to tell people apart:
 * "George W. Bush" is not "George H. W. Bush", nor "George P. Bush".
 */
export function sameMiddle(a: string[], b: string[]): boolean {
  if (!a.length || !b.length) return true;
  const key = (w: string) => bare(w).toLowerCase();
  const fit = (x: string, y: string) =>
    INITIAL.test(bare(x) || x) || INITIAL.test(bare(y) || y) ? key(x)[0] === key(y)[0] : key(x) === key(y);
  if (a.length === b.length) return a.every((x, i) => fit(x, b[i]));
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.some((w) => INITIAL.test(w))) return false;
  let j = 0;
  for (const w of long) if (j < short.length && fit(short[j], w)) j++;
  return j === short.length;
}
