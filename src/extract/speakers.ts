// Who a noun phrase names: a person (with role and honorific peeled off), an organisation, a description kept as
// written, or a pronoun to resolve. Plus the per-article alias table that makes "Deputy Defense Minister Anatoly
// Antonov", "Mr. Antonov", "Antonov" and a later "he" one person, and the cross-article merge of spellings.
import {
  AUX as AUXILIARY_FORMS,
  DETERMINERS,
  FEMALE_NOUNS,
  HONORIFICS,
  MALE_NOUNS,
  NAME_SUFFIXES,
  ORG_WORDS,
  PARTICLES,
  PARTICLE_JOINED,
  PARTICLE_PREFIXED,
  PERSONAL_BODIES,
  PERSON_PRONOUNS,
  SENTENCE_OPENERS,
  TITLE_WORDS,
  TIME_WORDS,
} from './quote-words';
import {
  afterLowerRole,
  cutTrailingPhrase,
  isTitleWord,
  middleOf,
  modifyingTitle,
  nameBounds,
  sameMiddle,
  stripNoise,
} from './names';
import { fold } from './lexicon';
import { baseForms } from './meaning/wordnet';
import {
  isAbstractProper,
  isAdjectiveWord,
  isAdverbOnly,
  isDateWord,
  isGroupNoun,
  isKinNoun,
  isPersonNoun,
  isPersonPlural,
  isPersonSense,
  isRegionWord,
  isRegion,
  isThingWord,
} from './name-entities';
import { escapeRegExp } from '../util/regexp';
import { memoByPhrase } from './word-memo';

export type Gender = 'm' | 'f' | null;

export type Subject =
  | { kind: 'person'; name: string; tokens: string[]; role: string | null; honorific: string | null; gender: Gender }
  | { kind: 'org'; name: string }
  | { kind: 'description'; text: string; plural: boolean; gender: Gender }
  | { kind: 'pronoun'; text: string; pron: 'm' | 'f' | 'n' | 'p' };

const SURNAME_TITLES = new Set([
  'king',
  'queen',
  'prince',
  'bishop',
  'judge',
  'father',
  'chancellor',
  'marshal',
  'sheriff',
  'speaker',
  'mayor',
  'young',
  'major',
]);
const strip = (w: string) => w.replace(/^[("'“‘\[]+|[)"'”’\],.;:!?]+$/g, '');
const lower = (w: string) => strip(w).toLowerCase();

/** A word that can be part of a personal name: capitalised, an initial, or a particle inside a name. */
function isNameToken(w: string): boolean {
  const s = strip(w).replace(/['’]s$/, '');
  if (!s) return false;
  if (/^\p{Lu}\.$/u.test(s)) return true; // initial
  if (/^\p{Lu}[\p{Lu}.]+$/u.test(s) && !s.includes('.')) return false; // acronym: CNN, NATO
  if (/^(\p{Lu}\.){2,}$/u.test(s)) return false; // U.S., U.N.
  return /^\p{Lu}[\p{L}'’.\-]*$/u.test(s) || /^\p{Lu}'\p{Lu}/u.test(s);
}

function isTitleOrOrg(w: string): boolean {
  const l = lower(w).replace(/['’]s$/, '');
  return TITLE_WORDS.has(l) || ORG_WORDS.has(l) || HONORIFICS[l] !== undefined || isTitleWord(w);
}

export interface NameParse {
  /** The name tokens, possessive removed. */
  tokens: string[];
  /** Words before the name (the role or description), or null. */
  role: string | null;
  honorific: string | null;
}

/**
 * Splits "Russia's Deputy Defense Minister Anatoly Antonov" into the name (the trailing run of name words that
 * are no title or organisation words) and what precedes it (the role). Null when the phrase ends in no name.
 * Memoised by phrase (word-memo.ts): a corpus names the same people in the same words again and again.
 */
export const parseName = memoByPhrase(readName, (p) => p && { ...p, tokens: [...p.tokens] });

function readName(phrase: string, isCommon: (w: string) => boolean): NameParse | null {
  const words = stripNoise(phrase).split(/\s+/).filter(Boolean);
  let end = words.length;
  while (end > 0 && NAME_SUFFIXES.has(lower(words[end - 1]))) end--;
  // Initials and suffixes keep their periods as printed ("Loretta E. Lynch", "Clapper Jr.").
  const keepDots = (w: string) => {
    const t = w.replace(/^[("'“‘\[]+|[)"'”’\],;:!?]+$/g, '');
    return /^(?:\p{Lu}\.|Jr\.|Sr\.|St\.)$/u.test(t) ? t : strip(t);
  };
  const suffix = words.slice(end, words.length).map(keepDots);
  let i = end;
  while (i > 0) {
    const w = words[i - 1];
    const l = lower(w);
    // Some titles are surnames too ("Larry King", "Mr. King"): last word, after a first name or an honorific.
    const surnameTitle =
      i === end &&
      SURNAME_TITLES.has(l) &&
      i >= 2 &&
      (HONORIFICS[lower(words[i - 2])] !== undefined || (isNameToken(words[i - 2]) && !isTitleOrOrg(words[i - 2])));
    // "House Speaker John A. Boehner": a middle initial inside a name is no article opening a phrase.
    const initial = i < end && /^\p{Lu}\.$/u.test(w);
    if (isNameToken(w) && (!isTitleOrOrg(w) || surnameTitle) && (initial || !SENTENCE_OPENERS.has(l))) {
      // A possessive ends the name only when it is the last word ("Trump's"); earlier it marks a role's owner.
      // A plural's possessive too: "RealClearPolitics' Robert Tracinski", "Midway Games’ Mortal Kombat".
      if ((/['’]s$/.test(strip(w)) || /\p{L}s['’][,;:]?$/u.test(w)) && i !== end) break;
      i--;
      continue;
    }
    // Particles sit inside names ("Bashar al-Assad", "Ludwig van Beethoven"): only when a name word precedes them.
    if ((PARTICLES.has(l) || PARTICLE_JOINED.test(strip(w))) && i > 1 && isNameToken(words[i - 2]) && i < end) {
      i--;
      continue;
    }
    if (PARTICLE_PREFIXED.test(strip(w))) {
      i--;
      continue;
    }
    break;
  }
  // "Alliance Defending Freedom", "CNN Business", "NBC Nightly News": a capitalised run straight after an
  // organisation word or an acronym continues the organisation's name; no person starts there.
  if (i > 0 && i < end) {
    const prev = words[i - 1];
    // Not a title's own ending ("Secretary of State Jon Husted", "Chief of Staff John Kelly").
    // ... nor an organisation inside a title ("Ambassador to the United Nations Susan Rice").
    const titleTail =
      TITLE_WORDS.has(lower(prev)) ||
      (i >= 2 && lower(words[i - 2]) === 'of') ||
      words.slice(0, i - 1).some((w) => TITLE_WORDS.has(lower(w)) || isTitleWord(w));
    if (
      /^\p{Lu}/u.test(prev) &&
      !/[,;:'’]$|['’]s$/.test(prev) &&
      !titleTail &&
      (ORG_WORDS.has(lower(prev)) || /^\p{Lu}{2,}$/u.test(strip(prev)))
    )
      return null;
  }
  // Openers, datelines' leftovers, role nouns, a party letter, a name printed twice: no part of the name (names.ts).
  isCommon = afterLowerRole(words[i - 1], words[i], isCommon);
  const [from, to] = nameBounds(words.slice(i, end), isCommon, i > 0 && modifyingTitle(words[i - 1]));
  if (to < end - i) {
    end = i + to;
    suffix.length = 0;
  }
  i += from;
  // A nickname in quotation marks (Marcia "Cia" Price) is no part of the name a reader would cite.
  const nameWords = words
    .slice(i, end)
    .filter((w, k, all) => !(k > 0 && k < all.length - 1 && /^["“'‘].*["”'’]$/.test(w)))
    .map(keepDots)
    .map((w) => w.replace(/['’]s$/, ''));
  if (nameWords.length === 0 || nameWords.length > 4) return null;
  // A lone capitalised word the article also writes in lower case is a common word at a sentence start.
  if (nameWords.length === 1 && isCommon(nameWords[0])) return null;
  // "Additionally, ..." : nor a word WordNet knows only as an adverb.
  if (nameWords.length === 1 && /^\p{Lu}\p{Ll}+ly$/u.test(nameWords[0]) && isAdverbOnly(nameWords[0])) return null;
  // "Obama Sees Personal Insult": a title-case headline, not a name — names hold few of the article's common words.
  if (nameWords.filter((w) => isCommon(w)).length >= 2) return null;
  const before = words.slice(0, i);
  const last = before.length ? lower(before[before.length - 1]) : '';
  // Kept as printed, period and all ("Mr."), so aliases read like the article.
  const honorific =
    HONORIFICS[last] !== undefined ? before[before.length - 1].replace(/^[("'“]+|[,;:)"'”]+$/g, '') : null;
  // "Lady Gaga has urged people to sign a petition", "Lord Sugar said": before a lone word, a peer's or a stage
  // name's "Lady" or "Lord" is part of the name a reader writes, not a courtesy title before a surname.
  if ((last === 'lady' || last === 'lord') && nameWords.length === 1 && /^\p{Lu}/u.test(before[before.length - 1])) {
    const roleWords = before.slice(0, -1);
    return {
      tokens: [before[before.length - 1].replace(/^[("'“]+/, ''), ...nameWords, ...suffix],
      role: roleWords.join(' ').replace(/^[,\s]+|[,\s]+$/g, '') || null,
      honorific: null,
    };
  }
  const roleWords =
    honorific && ['mr.', 'mrs.', 'ms.', 'miss', 'mr', 'mrs', 'ms'].includes(last) ? before.slice(0, -1) : before;
  const role = roleWords.join(' ').replace(/^[,\s]+|[,\s]+$/g, '') || null;
  return { tokens: [...nameWords, ...suffix], role, honorific };
}

function genderOf(text: string, honorific: string | null): Gender {
  if (honorific) {
    const g = HONORIFICS[honorific.toLowerCase()];
    if (g) return g;
  }
  if (FEMALE_NOUNS.test(text)) return 'f';
  if (MALE_NOUNS.test(text)) return 'm';
  return null;
}

/** Removes what surrounds a subject but is no part of it: parentheses, edge punctuation, opening conjunctions. */
export function cleanPhrase(np: string): string {
  let s = stripNoise(np)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Rep. Spencer Bachus (R., Ala.) said he was open to ...": a sentence cut inside the bracket leaves its tail
  // ("Ala.)"), a party's state; what a closing bracket without its opening one closes is no speaker.
  s = s.replace(/^[^()]*\)\s*/, '');
  s = s.replace(/^[,;:\s"“”'—–-]+|[,;:\s"“”'—–-]+$/g, '');
  s = s.replace(/^(?:but|and|yet|so|still|however|meanwhile|instead|then|now)\b,?\s+/i, '');
  // "Even the New York Times", "Only Congress": a focusing word is no part of the speaker.
  s = s.replace(/^(?:even|only|just|also|perhaps|maybe|both)\s+(?=\p{Lu}|the\s)/iu, '');
  // "As the Denver Post reported, ...", "As KQED reported", "As the United States Supreme Court explained": a
  // subordinating word opens the clause; the outlet or the court is what speaks.
  s = s.replace(
    /^(?:as|like|unlike|while|when|after|although|though|because|since|until|once)\s+(?=the\s+\p{Lu}|\p{Lu}{2,}\b)/iu,
    '',
  );
  // A sentence's full stop is no part of the phrase; an abbreviation's or an initial's is ("Jr.", "Va.", "F.").
  // "... told the Hutchinson News.": a word WordNet knows ends the sentence, an abbreviation ("Ariz.") does not.
  const lastWord = /(\p{Lu}\p{Ll}{1,3})\.$/u.exec(s)?.[1];
  if (
    /\.$/.test(s) &&
    (!/(?:^|\s)(?:\p{Lu}|\p{Lu}\p{Ll}{1,3}|Jr|Sr|St)\.$/u.test(s) ||
      (lastWord && lastWord.length >= 4 && isThingWord(lastWord)))
  )
    s = s.slice(0, -1);
  return s.trim();
}

/**
 * News puts no article before a person's name: a capitalised word after "the" or "a" is a body, a law or a brand.
 * "Filed under the Freedom of Information Act", "prosecutors for the Southern District of New York", "At the 1,000
 * Food Lions on the East Coast", "The American Prospect": the words after the article are capitalised or a count
 * and hold no title ("the Atlantic's Peter Beinart" and "the late Sen. John McCain" are people), and the name is a
 * lone word or follows a count.
 */
/**
 * Whether the words before a name tie a person noun to a title by "for", "to" or "under": "a spokeswoman for House
 * Speaker", "Lawyers for U.S. President", "One aide to President", "a former adviser to Sen.", "defense secretary
 * under President"; or a relative or a body of one person by "of": "the daughter of the late Sen.", "the office of
 * Alabama Sen.". The name then is whom the speaker works for or belongs to, never the speaker ("an aide to
 * Governor Jane Smith said" quotes the aide). A place or body after the preposition keeps the name the speaker's
 * own: "Ambassador to the United Nations Jane Smith" (no title after the preposition); and so does a title that
 * holds its "of" ("Secretary of State Jane Smith", "Chief of Staff John Doe").
 */
function servesTitled(roleWords: string[]): boolean {
  // "Kelli Ward, who is challenging Sen. Jeff Flake", "who negotiated the legislation with House Speaker Nancy
  // Pelosi": a name inside a relative clause is the clause's object, never the head the clause describes.
  if (roleWords.some((w) => /^(?:who|whom|whose)$/.test(w))) return true;
  return roleWords.some((w, k) => {
    // "a super PAC supporting Sen.", "a group backing President": a participle after a noun ties the noun to
    // the title as a preposition does ("the ruling party leader", "the visiting Prime Minister" hold the
    // name's own title: a participle straight after an article modifies the noun after it).
    const participle =
      isPresentParticiple(w) && k > 0 && !DETERMINERS.has(roleWords[k - 1].toLowerCase()) && !isPersonNoun(w);
    if (k === 0 || (!/^(?:for|to|under|of)$/.test(w) && !participle)) return false;
    // A title of the named person's own comes after the preposition, with nothing but the name's words after it:
    // "a spokesman for Senate minority leader", "for Republican House of Representatives Speaker" (the last title
    // word; "minority" and "Representatives" are title words too).
    const after = roleWords.slice(k + 1);
    let t = after.length - 1;
    while (t >= 0 && /^[\p{Lu}\d]/u.test(after[t]) && !isTitleWord(after[t])) t--;
    if (t < 0 || !(isTitleWord(after[t]) || (/^\p{Ll}+$/u.test(after[t]) && isPersonNoun(after[t])))) return false;
    // "Assistant to the President Jane Roe": a capitalised office with "the" before its title is the holder's own.
    if (/^\p{Lu}/u.test(roleWords[k - 1]) && after[t - 1]?.toLowerCase() === 'the') return false;
    if (participle) return true;
    // "The State Department under Secretary", "the House under Speaker": a body under a title holder speaks as
    // the body; the holder is whose tenure it is.
    if (w === 'under' && ORG_WORDS.has(lower(roleWords[k - 1]))) return true;
    // "secretary of Defense under President": the noun before a title's own "of" and its capitalised body.
    let n = k - 1;
    if (w !== 'of') {
      let m = n;
      while (m >= 2 && /^\p{Lu}/u.test(roleWords[m]) && roleWords[m - 1] !== 'of') m--;
      if (m >= 2 && /^\p{Lu}/u.test(roleWords[m]) && roleWords[m - 1] === 'of') n = m - 2;
    }
    // WordNet counts no tagged use of "spokeswoman" or "spokesperson": they are read as the "-man" word they vary.
    const noun = roleWords[n]
      .replace(/,$/, '')
      .toLowerCase()
      .replace(/(?:woman|person)$/, 'man');
    if (!/^\p{L}+$/u.test(noun)) return false;
    // "Staff for 2020 contender Sen.", "a top congressional ally of President": a group of people (WordNet's
    // noun.group) tied to a title speaks for, or beside, the one titled.
    if ((k - 1 === 0 || /^\p{Ll}/u.test(roleWords[n])) && isGroupNoun(noun)) return true;
    if (w === 'of') {
      // "Secretary of", "Speaker of": a title's own "of" names the body of the office, not a person's.
      if (TITLE_WORDS.has(noun) || isTitleWord(noun)) return false;
      if (PERSONAL_BODIES.has(noun) || isKinNoun(noun)) return true;
      if (!/^\p{Ll}/u.test(roleWords[k - 1])) return false;
      // "an appointee of former President", "a longtime critic of Sen.", "stalwart supporters of former House
      // Speaker", "a confidante of Israeli Prime Minister": a kind of person of someone titled, the title's own words
      // between "of" and the name (a body alone between, "a member of Congress Rep. Jane Roe", is where she sits).
      if (isPersonKind(noun)) return after.slice(0, t).every((x, i) => titleOwnWord(x, after[i + 1]));
      // "acting at the direction of Gov.", "at the request of President": any other lower-case noun before "of" and a
      // title is what the title's holder directs or owns, never the holder ("Secretary of State" is a title).
      return /^\p{Ll}{3,}$/u.test(roleWords[n]);
    }
    // "who first served under President", "a judge who reported to Gov.": a verb of serving before the
    // preposition says the same; "according to" gives the speaker.
    if (/^\p{Ll}+ed$/u.test(noun) && noun !== 'according') return true;
    // "adviser" and "appointee" are kinds of person in WordNet, untagged in its sample text: the first sense is
    // enough here, where the preposition and a title follow.
    if (isPersonKind(noun)) return true;
    // "a dark money group with ties to Rep.", "one bundler for former Florida Gov.": any other lower-case noun tied
    // to a title by the preposition is what the title's holder is linked to, so the holder is not the one speaking
    // ("according to", "due to" and "thanks to" are prepositions of their own and give the source).
    return (
      /^\p{Ll}{3,}$/u.test(roleWords[n]) &&
      !TITLE_WORDS.has(noun) &&
      !isTitleWord(noun) &&
      !/^(?:according|due|thanks|pursuant|prior|contrary|owing)$/.test(noun)
    );
  });
}

/**
 * A kind of person in WordNet, singular or plural: "rabbi", "advisers" ("adviser" and "confidante" are kinds of person
 * in their first sense, untagged in WordNet's sample text), "supporters".
 */
function isPersonKind(noun: string): boolean {
  if (isPersonNoun(noun) || isPersonPlural(noun) || isPersonSense(noun)) return true;
  const m = /^(\p{Ll}{3,}?)(e?s)$/u.exec(noun);
  return !!m && [noun.slice(0, -1), m[1]].some((s) => s.length >= 3 && isPersonSense(s));
}

/**
 * A word between "of" and a title that belongs to the title: "former", "the", a title word or an adjective ("Israeli
 * Prime Minister", "Republican"), or a body written before its own title ("House Speaker", "Senate Majority Leader");
 * a body before a short title that stands alone ("Congress Rep.") is where the holder sits.
 */
function titleOwnWord(w: string, next: string | undefined): boolean {
  if (/^(?:the|late|former|then|then-)$/i.test(w) || isTitleWord(w) || isAdjectiveWord(w)) return true;
  return ORG_WORDS.has(lower(w)) && !!next && isTitleWord(next) && !/\.$/.test(next);
}

/** Prepositions that never open a title of the named person's own: what follows them is their object. */
const OBJECT_PREPS = new Set([
  'against',
  'by',
  'with',
  'about',
  'over',
  'toward',
  'towards',
  'versus',
  'vs.',
  'including',
  'behind',
  'than',
  'unlike',
  'alongside',
  'between',
  'among',
]);

/**
 * A verb's "-ing" form, by WordNet's morphology rather than the spelling: "supporting" and "dedicating" are, "thing",
 * "king" and "morning" are not (no verb of which they are a form).
 */
export function isPresentParticiple(w: string): boolean {
  return /^\p{Ll}{3,}ing$/u.test(w) && baseForms(w).some((b) => b.pos === 'v' && b.lemma !== w);
}

/** "-ing" words that name a kind of office or its holder ("acting director", "ranking member"), never an action. */
const ING_OK =
  /^(?:acting|leading|ranking|founding|outgoing|incoming|managing|governing|presiding|visiting|consulting|standing|longstanding|sitting|polling)$/i;

/**
 * "A lawyer representing Ormsby previously has said", "said a well-known Democrat backing Ormsby", "senators
 * supporting Ormsby": a verb's "-ing" form straight before a name, after the noun it describes, is a participle
 * phrase whose object is the name; the noun before it is who speaks. Not after an article ("the ruling party"),
 * nor a word naming an office ("acting", "ranking"), nor a kind of person spelt in "-ing" ("the king").
 */
function participleBeforeName(roleWords: string[]): boolean {
  const k = roleWords.length - 1;
  const w = roleWords[k] ?? '';
  return (
    k > 0 &&
    isPresentParticiple(w) &&
    !ING_OK.test(w) &&
    !isPersonNoun(w) &&
    !DETERMINERS.has(roleWords[k - 1].toLowerCase()) &&
    /^\p{L}[\p{L}-]*$/u.test(roleWords[k - 1])
  );
}

/**
 * Whether the words before a name make it the object of a clause or a preposition, so that the phrase quotes
 * someone else: "the panel, which is led by New Jersey Gov." (a relative clause), "Congressional Democrats on
 * Wednesday slammed President", "House Republicans have detailed perjury allegations against", "a State Department
 * official appointed by President", "running against Senate Minority Leader". A speaker's own title holds no verb
 * with its subject and no such preposition ("newly elected Sen.", "retired Gen.", "Nationally syndicated radio host": a participle straight after
 * an adverb, an adjective, an article or nothing modifies the title).
 */
export function objectOfClause(roleWords: string[]): boolean {
  return roleWords.some((w, k) => {
    if (w === 'which') return true;
    if (OBJECT_PREPS.has(w)) return true;
    if (k === 0 || !/^\p{Ll}{3,}$/u.test(w) || /(?:s|ing)$/.test(w)) return false;
    // An inflected verb form ("slammed", "led", "backed"): after an auxiliary or its own capitalised subject
    // ("Democrats", "Wednesday"), never a title word or an article.
    if (!baseForms(w).some((b) => b.pos === 'v' && b.lemma !== w)) return false;
    const prev = roleWords[k - 1];
    return (
      AUXILIARY_FORMS.has(prev.toLowerCase()) ||
      (/^\p{Lu}\p{Ll}+$/u.test(prev) &&
        !TITLE_WORDS.has(prev.toLowerCase()) &&
        !isTitleWord(prev) &&
        !DETERMINERS.has(prev.toLowerCase()) &&
        // "Nationally syndicated radio host", "Former embattled Gov.": an adverb or an adjective opening the
        // sentence modifies the participle, which modifies the title.
        !isAdverbOnly(prev) &&
        !isAdjectiveWord(prev) &&
        HONORIFICS[prev.toLowerCase()] === undefined)
    );
  });
}

/**
 * "said Jeff Sessions, the first senator to endorse Trump": an infinitive straight before a name makes the name its
 * object; the phrase describes someone else.
 */
function infinitiveBefore(roleWords: string[]): boolean {
  const last = roleWords[roleWords.length - 1] ?? '';
  return (
    roleWords.length >= 2 &&
    roleWords[roleWords.length - 2] === 'to' &&
    /^\p{Ll}{2,}$/u.test(last) &&
    baseForms(last).some((b) => b.pos === 'v' && b.lemma === last)
  );
}

function thingBeforeName(roleWords: string[], parse: NameParse): boolean {
  if (parse.honorific) return false;
  const at = roleWords.map((w) => w.toLowerCase()).lastIndexOf('the');
  const a = Math.max(at, roleWords.map((w) => w.toLowerCase()).lastIndexOf('a'));
  if (a < 0) return false;
  const between = roleWords.slice(a + 1);
  // ... one noun phrase of capitalised words or a count: "In a Bloomberg interview Trump declared" is a phrase
  // of its own, then the name.
  if (
    between.some((w) => /['’]s$|,$/.test(w) || TITLE_WORDS.has(lower(w)) || isTitleWord(w) || !/^[\p{Lu}\d]/u.test(w))
  )
    return false;
  return between.length === 0 || parse.tokens.length === 1 || between.some((w) => /^[\d,.]+$/.test(w));
}

/** "Last April, Mr Barr told members of Congress": a lone word the recognizer reads as a date is no speaker. */
function dateName(phrase: string, parse: NameParse): boolean {
  if (parse.tokens.length !== 1 || parse.honorific || !parse.role) return false;
  return isDateWord(phrase.replace(/[,;:]+$/, ''), parse.tokens[0]);
}

/** What kind of speaker a subject phrase names. */
export const classifySubject = memoByPhrase(readSubject, (s) =>
  s?.kind === 'person' ? { ...s, tokens: [...s.tokens] } : s && { ...s },
);

function readSubject(np: string, isCommon: (w: string) => boolean): Subject | null {
  const s = cleanPhrase(np);
  if (!s) return null;
  const words = s.split(' ');
  if (words.length > 16) return null;
  const first = words[0].toLowerCase();
  if (words.length === 1 && PERSON_PRONOUNS[first])
    return { kind: 'pronoun', text: first, pron: PERSON_PRONOUNS[first] };
  if (
    words.some(
      (w) =>
        PERSON_PRONOUNS[w.toLowerCase()] &&
        w.toLowerCase() !== 'i' &&
        w.length > 1 &&
        words.length <= 2 &&
        DETERMINERS.has(first),
    )
  )
    return null;
  // "said the executive director of the liberal group Democracy for America", "the conservative group Judicial
  // Watch said": news names a group after a lower-case noun of groups (WordNet noun.group); the capitalised words
  // after it, "for" and "of" included, are the group's name, never a person's. The group speaks, or an unnamed
  // holder of a role in it, described as written.
  const group = groupNamed(words);
  if (group) {
    // ... "the executive director of", "a spokeswoman for": a role noun, then the preposition that ties it to the
    // group ("the conservative group" is the group's own description).
    const holder = words
      .slice(0, group.at)
      .some(
        (w, k) =>
          /^(?:of|for|at|with|from)$/.test(words[k + 1] ?? '') &&
          (isTitleWord(w) || (/^\p{Ll}+$/u.test(w) && isPersonNoun(w))),
      );
    if (!holder) return { kind: 'org', name: group.name };
    const text = /^\p{Lu}\p{Ll}/u.test(words[0]) && DETERMINERS.has(first) ? first + s.slice(words[0].length) : s;
    return { kind: 'description', text, plural: isPluralDescription(text), gender: genderOf(text, null) };
  }
  // "Gov. Earl Ray Tomblin of West Virginia", "Johnnie Wilson of Springfield": a name, then where they are from.
  const of = /^(.*\S)\s+(?:of|from|for|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*\s*)+)$/u.exec(s);
  if (of) {
    const left = classifySubject(of[1], isCommon);
    if (left?.kind === 'person' && (left.tokens.length >= 2 || left.role || left.honorific)) return left;
    // "said Miller of AEI, the conservative think tank": a lone surname, then the initials of the body they are
    // with (an organisation's name is never a surname and initials: "Bank of America" keeps its own).
    if (left?.kind === 'person' && /^\p{Lu}{2,}$/u.test(of[2].trim()) && /^\p{Lu}\p{Ll}/u.test(of[1])) return left;
  }
  // "then-National Security Adviser Condoleezza Rice in her 2011 memoir": the name, then the occasion.
  const trailing = cutTrailingPhrase(s);
  if (trailing && trailing !== s) {
    const left = classifySubject(trailing, isCommon);
    if (left?.kind === 'person' && (left.tokens.length >= 2 || left.role || left.honorific)) return left;
  }
  // "Investigators said": the plural of a kind of person describes the speakers; it names no one. "Lawyers for the
  // American Civil Liberties Union said", "Officials at Homeland Security Investigations said": the body they
  // speak for is the speaker a reader names.
  if (
    /^\p{Lu}\p{Ll}+s$/u.test(words[0]) &&
    isPersonPlural(words[0]) &&
    (words.length === 1 || /^\p{Ll}/u.test(words[1]))
  ) {
    const body = /^(?:for|at|of|from|with)$/.test(words[1] ?? '')
      ? classifySubject(words.slice(2).join(' '), isCommon)
      : null;
    if (body?.kind === 'org') return body;
    if (words.length === 1) return { kind: 'description', text: first, plural: true, gender: null };
  }
  const startsLower = !/^\p{Lu}/u.test(words[0]) || (DETERMINERS.has(first) && first !== 'the');
  const parse = parseName(s, isCommon);
  const roleWords = parse?.role ? parse.role.split(' ') : [];
  const titled = roleWords.some(
    (w) => TITLE_WORDS.has(lower(w)) || HONORIFICS[lower(w)] !== undefined || isTitleWord(w),
  );
  if (parse) {
    const name = parse.tokens.join(' ');
    const prefixOk = !startsLower || titled || parse.tokens.length >= 2 || first === 'the';
    // "an activist in the city" ends in no name; "a spokesman for Trump" names Trump only as the employer.
    const employer =
      (roleWords.length > 0 &&
        /^(?:for|of|at|with|from|to|in|on|by|near|and|or|&)$/i.test(roleWords[roleWords.length - 1] ?? '')) ||
      // "Tom Brandt, the former housing secretary under Amos Kettering": "under" straight before a name, after a
      // kind of person or office, names whom they served; "Under Secretary" (a title) is capitalised.
      (roleWords.length > 1 && roleWords[roleWords.length - 1] === 'under') ||
      participleBeforeName(roleWords) ||
      servesTitled(roleWords) ||
      infinitiveBefore(roleWords) ||
      objectOfClause(roleWords);
    // "Jane Doe, a spokeswoman for House Speaker John Smith, said": the name before the comma is the speaker.
    if (employer && parse.role?.includes(',')) {
      const before = classifySubject((parse.role ?? '').split(',')[0], isCommon);
      if (before?.kind === 'person') return { ...before, role: before.role ?? tidyRole(s.slice(s.indexOf(',') + 1)) };
    }
    if (prefixOk && !employer) {
      // "the White House" is an organisation; "the Atlantic's Peter Beinart" is a person and whom they write for.
      if (
        first === 'the' &&
        !titled &&
        parse.tokens.length >= 1 &&
        roleWords.every((w) => /^\p{Lu}/u.test(w) || w.toLowerCase() === 'the') &&
        !/['’]s$|s['’]$/.test(roleWords[roleWords.length - 1] ?? '')
      ) {
        return { kind: 'org', name: s.replace(/^The\b/, 'the') };
      }
      const role = parse.role ? parse.role.replace(/^(?:the|a|an)\s+/i, (m) => m) : null;
      if (thingBeforeName(roleWords, parse) || dateName(s, parse)) return null;
      // "Southern Israel had been the target of 750 rockets", "As in Iowa and New Hampshire, Sanders has ...": a
      // place WordNet knows (noun.location), whole or after adjectives of place, is no person; it speaks, if at all,
      // as its government, and a later "he" never means it. Not one word: "Jordan" and "Houston" are surnames too.
      if (!parse.honorific && !titled && isRegion(parse.tokens)) return { kind: 'org', name };
      // "an equivalent headline about the White House and Christianity": a faith, an idea or a feast WordNet writes
      // capitalised (noun.cognition, noun.act, ...) is no one who speaks.
      if (!parse.honorific && !titled && parse.tokens.length === 1 && isAbstractProper(parse.tokens[0])) return null;
      // "a no-confidence vote by Labour MPs": a plural acronym ends no one's name; it describes a group of people.
      if (/^\p{Lu}{2,}s$/u.test(parse.tokens[parse.tokens.length - 1]))
        return { kind: 'description', text: s, plural: true, gender: null };
      return {
        kind: 'person',
        name,
        tokens: parse.tokens,
        role,
        honorific: parse.honorific,
        gender: genderOf(s, parse.honorific),
      };
    }
  }
  // Capitalised all the way and ending in an organisation word: "The New York Post", "the White House".
  const last = lower(words[words.length - 1]);
  const allCaps = words.every(
    (w) => /^\p{Lu}/u.test(w) || ['of', 'the', 'for', 'and', 'on', 'in', '&'].includes(w.toLowerCase()),
  );
  // ... but "the CEO" is a role, not an organisation.
  // ... opening on a capital or "the": "in Anbar Province" is where, not who.
  if (
    (allCaps || first === 'the') &&
    (/^\p{Lu}/u.test(words[0]) || first === 'the') &&
    (ORG_WORDS.has(last) || (/^\p{Lu}{2,}$/u.test(strip(words[words.length - 1])) && !TITLE_WORDS.has(last)))
  ) {
    if (allCaps || words.slice(1).every((w) => /^\p{Lu}/u.test(w) || ['of', 'the', 'for', 'and'].includes(w))) {
      return { kind: 'org', name: s.replace(/^The\b/, 'the') };
    }
  }
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(strip(words[0]))) return { kind: 'org', name: strip(words[0]) };
  // Anything else is a description, kept as written (a sentence-initial capital lowered).
  if (words.length > 12) return null;
  const text = /^\p{Lu}\p{Ll}/u.test(words[0]) && DETERMINERS.has(first) ? first + s.slice(words[0].length) : s;
  const described = cutDescription(text);
  if (!described) return null;
  // An infinitive ("declined to threaten") or a dangling conjunction marks a clause, not a noun phrase.
  if (
    /\bto\s+(?!the\b|a\b|an\b|his\b|her\b|its\b|their\b)\p{Ll}+\b/u.test(described) ||
    /\s(?:and|or|but)$/.test(described)
  )
    return null;
  if (
    /^(?:anybody|anyone|everyone|everybody|someone|somebody|nobody|no one|who|which|what|this|that|these|those|it|one|many|some|others|other)$/i.test(
      described,
    )
  )
    return null;
  // A description opens with a determiner, a number or an adjective — not a preposition or a verb form.
  if (
    /^(?:on|in|at|to|for|from|with|by|of|as|via|about|during|after|before|early|late|well|engaging|help|treating|whether|through|without|within|under|over|among|between|across|against|toward|towards|into|onto|upon|per|amid)\b/i.test(
      described,
    )
  )
    return null;
  // "workers eventually arrived": an adverb and a verb close a clause.
  if (/\b\p{Ll}+ly\s+\p{Ll}+(?:ed|s)$/u.test(described)) return null;
  // A phrase with a verb or an infinitive in it is a clause, not a speaker.
  if (
    /\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|to|should|may|might)$|\b(?:is|are|was|were|has|have|had|will|would|did|does|can|could|should|brought|made|took|gave|got|went|came|became|began|kept|felt|found|thought|knew|saw|seemed|looked|wanted|believes|believed|hopes|hoped)\b/i.test(
      described,
    )
  )
    return null;
  if (TIME_WORDS.has(lower(described.split(' ')[0]))) return null;
  return {
    kind: 'description',
    text: described,
    plural: isPluralDescription(described),
    gender: genderOf(described, null),
  };
}

/**
 * The group a phrase names after a lower-case noun of groups ("the liberal group Democracy for America"): where the
 * noun stands and the name after it, or null. The name is capitalised words to the end, "for", "of", "and", "the"
 * between them.
 */
function groupNamed(words: string[]): { at: number; name: string } | null {
  let k = words.length - 1;
  if (k < 1 || !/^\p{Lu}/u.test(words[k])) return null;
  while (k > 0 && (/^\p{Lu}/u.test(words[k]) || /^(?:for|of|and|the|&)$/.test(words[k]))) k--;
  if (!/^\p{Lu}/u.test(words[k + 1] ?? '') || !/^\p{Ll}+$/u.test(words[k]) || !isGroupNoun(words[k])) return null;
  // The noun heads a noun phrase of its own ("the ... group"), and a title after it is a person's ("Tulsa police
  // Chief Chuck Jordan", "the company's CEO Tim Cook").
  if (!words.slice(0, k).some((w) => /^(?:the|a|an)$/i.test(w))) return null;
  const name = words.slice(k + 1);
  if (name.some((w) => isTitleWord(w) || HONORIFICS[lower(w)] !== undefined)) return null;
  return { at: k, name: name.join(' ') };
}

/** "an activist in the city, where residents said ..." → "an activist in the city". */
function cutDescription(text: string): string {
  return text.split(/,|\s(?:who|which|where|when|while|whose)\b/)[0].trim();
}

function isPluralDescription(text: string): boolean {
  const words = text.split(' ');
  const first = words[0].toLowerCase();
  if (['a', 'an', 'one', 'each', 'every', 'this', 'that'].includes(first)) return false;
  // The head noun is the last word before a preposition.
  const cut = words.findIndex((w, k) => k > 0 && /^(?:of|in|at|for|from|with|on|to|near|close)$/i.test(w));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase().replace(/[^a-z]/g, '');
  return /[^su]s$/.test(head) || ['people', 'police', 'men', 'women', 'children', 'staff'].includes(head);
}

// ---------------------------------------------------------------------------------------------------------------
// The alias table of one article.

export interface PersonRec {
  id: number;
  kind: 'person' | 'org';
  /** Longest form seen: "Anatoly Antonov". */
  name: string;
  first: string | null;
  surname: string;
  /** Every way the article wrote them: "Deputy Defense Minister Anatoly Antonov", "Mr. Antonov", "Antonov". */
  forms: Set<string>;
  role: string | null;
  gender: Gender;
  /** Seen with a first name, a title or an honorific: a person a pronoun may refer to. */
  strong: boolean;
  /** "jr", "sr", "ii", "iii": a son is not his father ("Donald Trump Jr."). */
  suffix?: string | null;
  /** The gender a bare surname's own honorific or noun gives ("Mrs. Obama", "the congresswoman"). */
  titledGender?: Gender;
  /** A titled surname given its article's one full namesake's name while its gender is unconfirmed (settle()):
   * the surname as it was written. */
  borrowed?: string;
  /** "Sir Graham" for Sir Graham Brady: British honours go before the first name, so a lone word after "Sir" or
   * "Dame" is a first name, never a surname for the corpus to place. */
  firstOnly?: boolean;
}

export const normName = (s: string) =>
  fold(s)
    .replace(/[^a-z' -]/g, '')
    .trim();

/** The words of a title that name the office ("former President" → president), for telling namesakes apart. */
function titleHeads(role: string): string[] {
  return role
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w.length > 2 && !/^(?:the|of|and|for|then|former|elect|u\.s\.|us)$/.test(w));
}

export class AliasTable {
  people: PersonRec[] = [];

  /** The person or organisation a parsed subject names in this article, created on first sight. */
  resolve(subject: Extract<Subject, { kind: 'person' } | { kind: 'org' }>, form: string): PersonRec {
    if (subject.kind === 'org') {
      const key = normName(subject.name).replace(/^the /, '');
      let rec = this.people.find((p) => p.kind === 'org' && normName(p.name).replace(/^the /, '') === key);
      if (!rec) {
        rec = {
          id: this.people.length,
          kind: 'org',
          name: subject.name,
          first: null,
          surname: key,
          forms: new Set(),
          role: null,
          gender: null,
          strong: false,
        };
        this.people.push(rec);
      }
      rec.forms.add(form.replace(/^[("'“]+|[)"'”,.;:]+$/g, ''));
      return rec;
    }
    // "People wanted her to be Mrs. Bill Clinton": a "Mrs." before a full name the article gave without it is that
    // man's wife, as older style named her; she is a "Mrs. Clinton", for her own gender to place.
    if (subject.honorific && /^mrs\.?$/i.test(subject.honorific)) {
      const words = subject.tokens.filter((t) => t && !NAME_SUFFIXES.has(t.toLowerCase()));
      const [f0, s0] = [normName(words[0] ?? ''), normName(words[words.length - 1] ?? '')];
      const husband = (p: PersonRec) =>
        p.kind === 'person' && p.surname === s0 && p.first === f0 && ![...p.forms].some((x) => /^Mrs\.?\s/.test(x));
      if (words.length >= 2 && this.people.some(husband)) {
        const last = words[words.length - 1];
        subject = { ...subject, name: last, tokens: [last] };
      }
    }
    const kept = subject.tokens.filter((t) => t && !NAME_SUFFIXES.has(t.toLowerCase()));
    const suffixWord = subject.tokens.find((t) => NAME_SUFFIXES.has(t.toLowerCase()));
    const suffix = suffixWord ? suffixWord.toLowerCase().replace(/\.$/, '') : null;
    const tokens = kept.length ? kept : [subject.name];
    let surname = normName(tokens[tokens.length - 1] ?? subject.name);
    // "St. Clair told the New York Times" after "James St. Clair": "St." (Saint) opens a surname, never a first name.
    let first = tokens.length >= 2 && !(tokens.length === 2 && /^St\.?$/.test(tokens[0])) ? normName(tokens[0]) : null;
    let name = subject.name;
    const middle = middleOf(subject.name);
    const g = subject.gender;
    let rec: PersonRec | undefined;
    if (first) {
      // A full name joins its own earlier mentions — but not a titled bare surname already in use ("President
      // Obama" stays himself when "Michelle Obama" appears); an untitled one (a headline's "Lavrov") it completes.
      // Distinct middle initials are distinct people: "George W. Bush" is not "George H.W. Bush".
      rec =
        this.people.find(
          (p) =>
            p.kind === 'person' &&
            p.surname === surname &&
            p.first === first &&
            (p.suffix ?? null) === suffix &&
            sameMiddle(middleOf(p.name), middle),
        ) ??
        // ... and never a suffixed one: after "Ormsby Jr. said", a "Dale Ormsby" is the father, not the son.
        this.people.find(
          (p) =>
            p.kind === 'person' &&
            p.surname === surname &&
            p.first === null &&
            !p.strong &&
            (p.suffix ?? null) === suffix,
        );
    } else if (suffix) {
      // "Trump Jr." and "Donald Jr." are the son, never the father the article names in full: the one with the
      // same suffix, else a new person — named in full when "Donald Jr." follows the article's one Donald.
      rec = this.people.find(
        (p) => p.kind === 'person' && (p.suffix ?? null) === suffix && (p.surname === surname || p.first === surname),
      );
      if (!rec) {
        const fathers = this.people.filter((p) => p.kind === 'person' && p.first === surname && !p.suffix);
        if (fathers.length === 1) {
          const fatherWords = fathers[0].name.split(' ').filter((w) => !NAME_SUFFIXES.has(w.toLowerCase()));
          name = `${tokens[0]} ${fatherWords[fatherWords.length - 1]} ${suffixWord}`;
          first = surname;
          surname = fathers[0].surname;
        }
      }
    } else {
      // A lone surname names the person the article introduced first under it: news writing gives relatives and
      // namesakes their full names ("Heidi Cruz") and keeps the bare surname for the main one ("Cruz"). Failing
      // that, a lone word may be a first name ("Hillary").
      // News writes the son as "Trump Jr." or "Donald Jr.": a bare surname is never the suffixed one when the
      // article has someone without the suffix.
      // "Mrs. Obama" or "Mr. Clinton" is a woman or a man: they join a full name only when the article has shown
      // that person's gender (settle() decides, after the pronouns are counted); else the corpus decides.
      const fits = (p: PersonRec) => !g || (p.first ? p.gender === g : !p.gender || p.gender === g);
      // A title is how news tells two namesakes apart: in a story naming both Hillary and Bill Clinton, "former
      // President Clinton stands to the side as he waits" is the one given that title, not the one named first.
      // Neither given it here: a record of its own, for the corpus to place by the title (people.ts).
      const named = subject.role
        ? this.people.filter((p) => p.kind === 'person' && p.surname === surname && p.first && !p.suffix && fits(p))
        : [];
      const heads = subject.role ? titleHeads(subject.role) : [];
      const sameTitle = (p: PersonRec) => !!p.role && titleHeads(p.role).some((h) => heads.includes(h));
      const titled = named.length >= 2 && heads.length ? named.filter(sameTitle) : null;
      const firstName = !!subject.honorific && /^(?:sir|dame)$/i.test(subject.honorific);
      rec = firstName
        ? [...this.people].reverse().find((p) => p.kind === 'person' && p.first === surname && !p.suffix)
        : titled
          ? titled.length === 1
            ? titled[0]
            : this.people.find((p) => p.kind === 'person' && p.surname === surname && !p.first && sameTitle(p))
          : (this.people.find((p) => p.kind === 'person' && p.surname === surname && !p.suffix && fits(p)) ??
            // A suffixed namesake only when the title is his too: in a story on Donald Trump Jr.'s meeting,
            // "President Trump also told Reuters" is the father.
            this.people.find(
              (p) =>
                p.kind === 'person' && p.surname === surname && fits(p) && (!p.suffix || !heads.length || sameTitle(p)),
            ) ??
            // ... but never after an honorific: "Mr. Paul" is a Paul by surname, not Paul Ryan.
            (subject.honorific
              ? undefined
              : [...this.people].reverse().find((p) => p.kind === 'person' && p.first === surname && !p.suffix)));
    }
    if (!rec) {
      rec = {
        id: this.people.length,
        kind: 'person',
        name,
        first,
        surname,
        forms: new Set(),
        role: null,
        gender: null,
        strong: false,
        suffix,
      };
      if (!first && subject.honorific && /^(?:sir|dame)$/i.test(subject.honorific)) rec.firstOnly = true;
      this.people.push(rec);
    }
    if (first && !rec.first) {
      rec.suffix = suffix;
      rec.first = first;
      rec.name = name;
    } else if (first && name.length > rec.name.length && rec.first === first) {
      rec.name = name;
    }
    const role = subject.role ? cleanRole(subject.role, 'prefix') : null;
    if (role && !rec.role) rec.role = role;
    if (subject.gender && !rec.gender) rec.gender = subject.gender;
    if (subject.gender && !first) rec.titledGender = subject.gender;
    if (first || subject.honorific || subject.role) rec.strong = true;
    // Aliases are the name's own forms, never the raw phrase around it ("Although Trump has").
    rec.forms.add(subject.name);
    if (role && role.split(' ').length <= 5 && !/^(?:a|an|the)\s/i.test(role))
      rec.forms.add(`${role.replace(/^\p{Lu}[\p{L}.]*['’]s\s+/u, '')} ${subject.name}`);
    void form;
    if (subject.honorific) rec.forms.add(`${subject.honorific} ${tokens[tokens.length - 1]}`);
    rec.forms.add(tokens[tokens.length - 1]);
    return rec;
  }

  /**
   * Merges people known only by a surname into the one full-name person of the article with that surname
   * (the lead may name them after a first mention by surname), so quotes point at one record.
   */
  settle(isCommon: (w: string) => boolean = () => false, text = ''): Map<number, PersonRec> {
    const map = new Map<number, PersonRec>();
    for (const p of this.people) {
      const alias = p.kind === 'person' && p.first ? twoWordAlias(p, this.people, isCommon, text) : null;
      if (alias) {
        for (const f of p.forms) alias.rec.forms.add(f);
        alias.rec.role ??= p.role ?? alias.title;
        map.set(p.id, alias.rec);
        continue;
      }
      if (p.kind === 'person' && !p.first) {
        const namesakes = this.people.filter((q) => q.kind === 'person' && q.first && q.surname === p.surname);
        // "Trump Jr." is only ever the son.
        const unsuffixed = namesakes.filter((q) => !q.suffix);
        // ... and "President Trump" in a story on Donald Trump Jr. is the father, unless the son holds the title.
        const heads = p.role ? titleHeads(p.role) : [];
        let full = p.suffix
          ? namesakes.filter((q) => q.suffix === p.suffix)
          : unsuffixed.length
            ? unsuffixed
            : namesakes.filter((q) => !heads.length || (!!q.role && titleHeads(q.role).some((h) => heads.includes(h))));
        // "Mr. Ormsby, the son of Republican presidential nominee Dale Ormsby, said": a role that writes a
        // namesake's full name names someone else; a relative of that name is his "Jr." when the article has one.
        const namedIn = namesakes.filter((q) => !q.suffix && namedInRole(p.role, q.first!, q.surname));
        if (namedIn.length) {
          const kin = (p.role ?? '').split(/\s+/).some((w) => isKinNoun(w.toLowerCase()));
          const juniors = namesakes.filter((q) => q.suffix && namedIn.some((n) => n.first === q.first));
          // ... he is that "Jr.", whichever the article wrote first.
          if (kin && juniors.length === 1) {
            for (const f of p.forms) juniors[0].forms.add(f);
            juniors[0].role ??= p.role;
            map.set(p.id, juniors[0]);
            continue;
          }
          full = full.filter((q) => !namedIn.includes(q));
        }
        // A bare surname introduced with a title ("President Obama") before a namesake's full name ("the first
        // lady, Michelle Obama") is someone else; an untitled one (a headline's "Lavrov") is the same person.
        const distinct =
          full.length === 1 &&
          ((p.strong && p.id < full[0].id) || (!!p.gender && !!full[0].gender && p.gender !== full[0].gender));
        // "Ms. Moore" after "Minyon Moore" is her, as news style writes it; but "Mrs. Obama" in an article that
        // names only Barack Obama, and never says he or she of him, may be his wife. A titled surname whose gender
        // the article does not confirm for its one full namesake takes that full name as its own record, marked
        // borrowed: the corpus, which knows Barack Obama as "he", gives it back its bare surname (people.ts).
        if (full.length === 1 && !distinct && p.titledGender && !full[0].gender) {
          p.borrowed = p.name;
          p.first = full[0].first;
          p.name = full[0].name;
          p.suffix = full[0].suffix;
          map.set(p.id, p);
          continue;
        }
        if (full.length === 1 && !distinct) {
          for (const f of p.forms) full[0].forms.add(f);
          full[0].role ??= p.role;
          full[0].gender ??= p.gender;
          map.set(p.id, full[0]);
          continue;
        }
      }
      map.set(p.id, p);
    }
    return map;
  }
}

/** Whether a role writes a person's first name and surname ("the son of Republican nominee Dale Ormsby"). */
export function namedInRole(role: string | null, first: string, surname: string): boolean {
  return !!role && ` ${normName(role)} `.includes(` ${first} ${surname} `);
}

/**
 * The person of the article that a two-word name is another way of writing, or null. "Sergeant Mullins continues"
 * after "Sgt. Ed Mullins, president of the NYPD's Sergeants Benevolent Association": a word whose usual sense in
 * WordNet is a kind of person (a rank, a role) before a surname the article gives one other person with a first
 * name is that person's title, and so is a place glued in front ("Midwest Trump"). "Usher Layser" after "Nikki Usher Layser", "Peña Nieto" after "Enrique Peña Nieto":
 * the last two words of the article's one longer name are a double surname; so are the last three of "Clarissa
 * Martínez de Castro" for "Ms. Martínez de Castro said". "Guy Verhofstadt" stays himself: no other first name has his surname.
 */
function twoWordAlias(
  p: PersonRec,
  people: PersonRec[],
  isCommon: (w: string) => boolean,
  text: string,
): { rec: PersonRec; title: string | null } | null {
  const words = p.name.split(' ');
  if (words.length < 2 || p.suffix) return null;
  const others = people.filter((q) => q !== p && q.kind === 'person' && q.first && !q.suffix);
  // ("Bin Laden" after "Osama bin Laden") ... whose extra words are none the article also writes in lower case: "Add Rex Tillerson" (a caption's verb
  // glued on) is no longer name of Rex Tillerson, while "Bob Vander Plaats" is Vander Plaats's.
  const longer = others.filter((q) => {
    const extra = q.name.split(' ').slice(0, -words.length);
    return (
      extra.length >= 1 &&
      extra.length <= 2 &&
      q.name.toLowerCase().endsWith(` ${p.name.toLowerCase()}`) &&
      !extra.some(isCommon)
    );
  });
  if (longer.length === 1) return { rec: longer[0], title: null };
  if (words.length !== 2) return null;
  // "... of Midwest Trump nominees meet fiercest opposition": two link texts run together put a region (WordNet's
  // noun.location, a region, not a town whose name is also a first name) before a surname; the article's one full name of that surname is who it is.
  if (
    !/^\p{Lu}\p{Ll}{2,}$/u.test(words[0]) ||
    !(isPersonNoun(words[0]) || isTitleWord(words[0]) || isRegionWord(words[0]))
  )
    return null;
  const named = others.filter((q) => q.surname === p.surname && q.first !== p.first);
  if (named.length !== 1) return null;
  // One person has one first name: "Beau Biden" and "Earl Warren" in stories naming Joe Biden and Elizabeth Warren
  // are a son and a chief justice, though WordNet knows a beau and an earl as kinds of person. A kind of person is
  // the named one's title only when the article gave them that title, written out or cut short ("Sgt." Ed Mullins,
  // then "Sergeant Mullins").
  if (!isTitleWord(words[0]) && !isRegionWord(words[0]) && !heldTitle(titlesOf(named[0], text), words[0])) return null;
  return { rec: named[0], title: words[0] };
}

/** The role, the forms and the words the article writes right before a person's full name ("Sgt. Ned Roe"). */
function titlesOf(rec: PersonRec, text: string): string {
  const esc = escapeRegExp(rec.name);
  const before = [...text.matchAll(new RegExp(`(\\S+)\\s+${esc}\\b`, 'gu'))].map((m) => m[1]);
  return [rec.role ?? '', ...rec.forms, ...before].join(' ');
}

/** Whether a role (or the forms of a name) holds a word, or its abbreviation ("Sgt." of "Sergeant": its first letter, then letters in order). */
function heldTitle(role: string, word: string): boolean {
  const w = word.toLowerCase();
  return role.split(/\s+/).some((x) => {
    const r = x.toLowerCase().replace(/[.,]$/, '');
    if (r === w) return true;
    if (r.length < 2 || r[0] !== w[0]) return false;
    let k = 0;
    for (const c of w) if (c === r[k]) k++;
    return k === r.length && /\.$/.test(x);
  });
}

/** Trims a role to what a reader needs: no leading "the"/"a", no possessive owner at the front kept twice. */
/**
 * A role a reader can use, or null: a title before a name ("Deputy Defense Minister", "MSNBC host") must hold a title
 * word and open no clause; an appositive ("a lawyer for the group") is cut before any relative clause.
 */
export function cleanRole(role: string, where: 'prefix' | 'appositive'): string | null {
  let r = role
    .replace(/\([^)]*\)?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[,\s]+|[,\s]+$/g, '');
  r = r.split(/\s(?:who|which|that|whose|where|when|and is|and was)\s|,|\s--\s|\s—\s|—/)[0].trim();
  // A dateline before the title ("WASHINGTON -- President") is no part of it.
  r = r.replace(/^\p{Lu}{2,}[\p{Lu} .,]*(?:--|—)\s*/u, '');
  if (!r || /^(?:mr|mrs|ms|miss)\.?$/i.test(r)) return null;
  const words = r.split(' ');
  if (where === 'prefix') {
    // "The House, under Speaker Jane Roe, answered", "Under Attorney General John Doe, the department has ...":
    // "under" before a title says whose tenure the body acted in; the title after it is the holder's own.
    if (words.length > 1 && /^under$/i.test(words[0]) && /^\p{Lu}/u.test(words[1])) return cleanRole(r.slice(6), where);
    if (words.length > 8) return null;
    if (
      /^(?:in|as|although|like|while|after|before|when|both|also|but|and|said|should|they|we|he|she|it|on|at|for|from|with|by|if|though|because|debating|experience|said|says|then)$/i.test(
        words[0],
      )
    )
      return null;
    if (
      !words.some(
        (w) =>
          TITLE_WORDS.has(
            w
              .toLowerCase()
              .replace(/['’]s$/, '')
              .replace(/,$/, ''),
          ) || isTitleWord(w.replace(/,$/, '')),
      )
    )
      return null;
  } else {
    if (words.length > 14) return null;
    // An appositive is a noun phrase: it opens with a determiner, a title or a capital, not a clause.
    if (
      /^(?:even|though|although|because|as|when|while|after|before|since|if|who|which|said|says|according|including|but|and|or|so|of|from|in)$/i.test(
        words[0],
      )
    )
      return null;
    // ... opening with a determiner, a number, a capital, a title or a rank word — "bemoaned the unrest" narrates.
    const w0 = words[0].toLowerCase();
    if (
      /^\p{Ll}/u.test(words[0]) &&
      !DETERMINERS.has(w0) &&
      !TITLE_WORDS.has(w0) &&
      !/^(?:former|longtime|long-time|veteran|retired|top|lead|leading|then|now|outgoing|incoming|current|acting|chief|senior|junior|deputy|interim|founding|co-founder|managing|executive|associate|assistant|professor|director|president|head|member|partner|spokesman|spokeswoman|spokesperson|owner|editor|author|analyst|economist|lawyer|attorney|researcher|fellow|expert|strategist|adviser|advisor|aide|official|chairman|chairwoman|chair|candidate|nominee|governor|senator|mayor|resident|student|teacher|mother|father|wife|husband|son|daughter|sister|brother|friend|colleague|host|anchor|columnist|reporter|writer|founder)$/.test(
        w0,
      )
    )
      return null;
    // ... and describes someone rather than narrating: no participle clause ("dedicating the museum").
    if (words.some((w) => isPresentParticiple(w) && !ING_OK.test(w))) return null;
  }
  return r;
}

export function tidyRole(role: string): string {
  return role.replace(/^[,\s]+|[,\s]+$/g, '').replace(/\s+/g, ' ');
}
