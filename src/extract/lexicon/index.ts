// The lexicon the extractors read: the active language's word classes, and the sets and patterns built from them.
// Only English ships; another language is another `Lexicon` (see types.ts) chosen here.
import { en } from './en';
import { fold } from './fold';
import { numberValue } from './numbers';
import type { Lexicon, ReportingVerb, VerbForm } from './types';
import { escapeRegExp } from '../../util/regexp';

export type { Lexicon, ReportingVerb, VerbForm } from './types';
export { fold, foldAccents } from './fold';
// The calendar's words live below the corpus layer, which reads datelines with them; the extractors find them here.
export {
  IS_MONTH,
  IS_WEEKDAY,
  MONTH_FULL_NAMES,
  MONTH_NAMES,
  MONTH_PATTERN,
  MONTH_SHORT,
  WEEKDAY_NAMES,
  WEEKDAY_PATTERN,
  WEEKDAY_STEMS_FROM_SUNDAY,
  WEEKDAYS,
  capitalised,
} from '../../util/calendar';

/** The language the extractors read. */
export const lexicon: Lexicon = en;

/** Every form of a verb, by inflection. */
export function verbForms(v: ReportingVerb, lex: Lexicon = lexicon): Record<VerbForm | 'ing', string> {
  const regular = lex.inflect(v.lemma);
  const past = v.past ?? regular.past;
  const ing = v.ing ?? (v.past && /(.)\1ed$/.test(v.past) ? v.past.replace(/ed$/, 'ing') : regular.ing);
  return { base: v.lemma, s: v.s ?? regular.s, past, pastParticiple: v.pastParticiple ?? past, ing };
}

/** The forms of a verb that report (its `forms`, default base, s, past and a distinct past participle). */
export function reportingForms(v: ReportingVerb, lex: Lexicon = lexicon): string[] {
  const f = verbForms(v, lex);
  const kinds: VerbForm[] = v.forms ?? ['base', 's', 'past', 'pastParticiple'];
  return [...new Set(kinds.map((k) => f[k]))];
}

const forms = (pick: (v: ReportingVerb) => boolean, which: (v: ReportingVerb) => string[] = (v) => reportingForms(v)) =>
  new Set(lexicon.reportingVerbs.filter(pick).flatMap(which));

/** Finite forms of verbs that report speech or writing ("said", "tells", "wrote"). */
export const SPEECH_VERBS = forms((v) => !v.notSpeech && !v.particle);
/** Forms of phrasal reporting verbs, each with the particle it reports with ("shot" → "back", "pointed" → "out"). */
export const PHRASAL_FORMS: ReadonlyMap<string, string> = new Map(
  lexicon.reportingVerbs.flatMap((v) => (v.particle ? reportingForms(v).map((f) => [f, v.particle!] as const) : [])),
);
/** Verbs whose words are characterisation rather than quotation: only close by ("called it", "described as"). */
export const WEAK_FORMS = forms((v) => !!v.weak);
/** Forms that may stand inverted after a quotation or comma ("..., said X", "..., says X"). */
export const INVERTIBLE_FORMS = forms(
  (v) => !!v.invertible,
  (v) => {
    const f = verbForms(v);
    const ok = reportingForms(v);
    return [f.past, f.s].filter((x) => ok.includes(x));
  },
);
/** Participles that open a clause whose subject is the sentence's ("..., adding that"; "tweeting, "...""). */
export const PARTICIPLE_FORMS = forms(
  (v) => !!v.participle,
  (v) => [verbForms(v).ing],
);
/** Base forms: a verb only after a pronoun or auxiliary ("they say"), otherwise a noun ("the report"). */
export const BASE_FORMS = forms(
  (v) => !v.notSpeech && !v.particle,
  (v) => (reportingForms(v).includes(v.lemma) && verbForms(v).past !== v.lemma ? [v.lemma] : []),
);
/** Verbs that attribute a claim in running text (/sources). */
export const CLAIM_FORMS = forms(
  (v) => !!v.claims,
  (v) =>
    reportingForms(v)
      .filter((f) => f !== verbForms(v).pastParticiple || f === verbForms(v).past)
      .filter((f) => f !== v.lemma || !!v.notSpeech || v.lemma === 'say'),
);
/** Verbs that give the source of a count (/toll). */
export const ESTIMATE_FORMS = forms((v) => !!v.estimates);

export const AUXILIARIES = new Set(lexicon.auxiliaries);
export const TITLE_SET = new Set(lexicon.titleWords);
export const ORG_SET = new Set(lexicon.organisationWords);
export const TIME_SET = new Set(lexicon.timeWords);
export const STOP_SET = new Set(lexicon.stopWords);
export const HEDGES = lexicon.hedges;

/** Alternation of words for a regex, longest first so "said" is tried before "sai…" prefixes never matter. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(escapeRegExp)
    .join('|');
}

/** A number in words or digits ("twenty-five", "1.2 million"), read with the active lexicon. */
export function parseNumberWords(raw: string): number | null {
  return numberValue(raw, lexicon);
}

/** Folds accents and case for comparison. */
export const foldText = fold;
