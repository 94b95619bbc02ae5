// The word classes quotation attribution leans on, under the names the extractors import. The words themselves
// live in the lexicon (src/extract/lexicon/): this module only exposes them as sets.
import { alternation, AUXILIARIES, lexicon, ORG_SET, SPEECH_VERBS, TIME_SET, TITLE_SET, WEAK_FORMS } from './lexicon';

/** Verbs that report speech or writing, every finite inflection, and "saying" for "was quoted as saying". */
// Participles ("observing", "adding that") open clauses whose subject is elsewhere; they are PARTICIPLE_FORMS.
export const REPORTING_VERBS = new Set([...SPEECH_VERBS, 'saying']);

/** Verbs that introduce characterisations more than words ("called it", "described as"): only close by. */
export const WEAK_VERBS = WEAK_FORMS;

/** Words that may sit between a subject and its verb, or after the verb before the quotation. */
export const AUX = AUXILIARIES;

export const HONORIFICS: Record<string, 'm' | 'f' | null> = lexicon.honorifics;

/** Words that make up a role or title in front of a name ("Deputy Defense Minister", "Sen.", "press secretary"). */
export const TITLE_WORDS = TITLE_SET;

/** Heads of organisation names: a capitalised run ending in one of these is no person. */
export const ORG_WORDS = ORG_SET;

export const PARTICLES = new Set(lexicon.nameParticles);
/** Particles that stand as words of their own ("da", "van", "bin"), as a regex alternation (no group). */
export const PARTICLE_WORDS = alternation(lexicon.nameParticles.filter((p) => !p.endsWith('-')));
/** Particles joined to the surname by a hyphen ("al-", "el-"), as a regex alternation (no group). */
export const PARTICLE_PREFIXES = alternation(lexicon.nameParticles.filter((p) => p.endsWith('-')));
/**
 * The particles a name read out of running English may hold: those that are no English auxiliary too ("do" is a
 * Portuguese particle, but in "What do Democrats want" it joins nothing).
 */
export const INNER_PARTICLES = new Set([...PARTICLES].filter((p) => !AUXILIARIES.has(p)));
/** Every particle without its hyphen ("al", "el", "bin", "van"), an auxiliary left out, as a regex alternation. */
export const PARTICLE_STEMS = alternation([...INNER_PARTICLES].map((p) => p.replace(/-$/, '')));
/** A surname written joined to its particle by a hyphen: "al-Assad", "bin-Laden", "van-Dyke". */
export const PARTICLE_JOINED = new RegExp(`^(?:${PARTICLE_STEMS})-\\p{Lu}`, 'u');
/** A surname written with one of the particles that always take a hyphen: "al-Assad", "el-Sissi". */
export const PARTICLE_PREFIXED = new RegExp(`^(?:${PARTICLE_PREFIXES})\\p{Lu}`, 'u');
export const NAME_SUFFIXES = new Set(lexicon.nameSuffixes);

/** Words that open a sentence or clause and are capitalised only for that reason. */
export const SENTENCE_OPENERS = new Set(lexicon.sentenceOpeners);

/** A party's member as news writes one before a name ("Fellow Tory Ben Bradley"): a role. */
export const PARTY_MEMBERS = new Set(lexicon.partyMembers);

/** A body speaking for one person ("the office of Gov. Jane Roe"): the body is the speaker. */
export const PERSONAL_BODIES = new Set(lexicon.personalBodies);

export const PERSON_PRONOUNS: Record<string, 'm' | 'f' | 'n' | 'p'> = lexicon.pronouns;

export const DETERMINERS = new Set(lexicon.determiners);

/** Words after a name that end it: time words and prepositions that start an adjunct ("said Antonov on Tuesday"). */
export const TIME_WORDS = TIME_SET;

export const FEMALE_NOUNS = new RegExp(`\\b(?:${lexicon.femaleNouns.join('|')})\\b`, 'i');
export const MALE_NOUNS = new RegExp(`\\b(?:${lexicon.maleNouns.join('|')})\\b`, 'i');
