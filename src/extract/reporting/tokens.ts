// Tokens of a (quote-masked) sentence and the cue of a reporting clause: a finite reporting verb, told apart from
// the noun or infinitive of the same spelling by its neighbours ("the report" is a noun, "Antonov reported" a verb).
import { AUX, REPORTING_VERBS } from '../quote-words';
import { BASE_FORMS as LEX_BASE_FORMS, INVERTIBLE_FORMS, PARTICIPLE_FORMS, PHRASAL_FORMS } from '../lexicon';

export interface Tok {
  raw: string;
  /** Lower case, edge punctuation removed. */
  w: string;
  start: number;
  end: number;
  /** A bare quotation mark left by masking. */
  mark: boolean;
  /** Punctuation glued to its end that closes a phrase (",", ";", ":"). */
  stop: string;
}

export function tokenize(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const raw = m[0].slice(0, Math.max(0, to - m.index));
    const w = raw.replace(/^[("'“”‘\[—–]+|[)"'”’\],.;:!?—–]+$/g, '').toLowerCase();
    const mark = /^[\s"“”„«»'`,.;:!?—–-]*$/.test(raw) && /["“”„«»]|''/.test(raw);
    const stopM = /([,;:])["'”’)\]]*$/.exec(raw);
    out.push({ raw, w, start: m.index, end: m.index + raw.length, mark, stop: stopM ? stopM[1] : '' });
  }
  return out;
}

export const INVERTIBLE = INVERTIBLE_FORMS;
export const PARTICIPLES = PARTICIPLE_FORMS;
const BASE_FORMS = LEX_BASE_FORMS;
export const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
export const CLAUSE = new Set([
  'that',
  'because',
  'and',
  'but',
  'while',
  'when',
  'as',
  'after',
  'before',
  'if',
  'although',
  'though',
  'so',
  'since',
  'where',
  'whether',
  'until',
  'unless',
  'than',
  'or',
  'said',
  'says',
]);
export const PREPS = new Set([
  'in',
  'at',
  'from',
  'to',
  'of',
  'for',
  'with',
  'on',
  'by',
  'near',
  'into',
  'against',
  'about',
  'like',
  'than',
  'over',
  'under',
  'between',
  'among',
  'toward',
  'towards',
  'after',
  'before',
  'during',
  'via',
  'through',
  'without',
  'within',
  'across',
  'upon',
  'amid',
  'per',
]);
export const AFTER_STOP = new Set([
  'who',
  'which',
  'where',
  'when',
  'while',
  'as',
  'because',
  'that',
  'according',
  'adding',
  'referring',
  'after',
  'before',
  'during',
  'but',
  'and',
  'in',
  'on',
  'at',
  'to',
  'told',
  'said',
  'via',
  'citing',
  'noting',
  'speaking',
  'writing',
  'if',
  'although',
]);

/**
 * A reporting verb's token; a phrasal one ("shot back", "pointed out") only with its particle as the next token
 * (`next`): "Roe shot back" reports, "Roe shot a video" does not.
 */
export const isVerbTok = (t: Tok, verbs: Set<string> = REPORTING_VERBS, next?: Tok) =>
  !t.mark &&
  (verbs.has(t.w) || (!!next && !next.mark && PHRASAL_FORMS.get(t.w) === next.w)) &&
  !/^\p{Lu}/u.test(t.raw.replace(/^["“'‘(]+/, ''));
/** A plural noun that may be a subject: "activists", "officials", "Monitors" — not "his", "this" or "its". */
function pluralNoun(t: Tok): boolean {
  return (
    !t.stop &&
    !t.mark &&
    /^\p{L}{3,}[^su']s$/u.test(t.w) &&
    !/^(?:this|his|its|hers|ours|yours|theirs|was|is|has|does|us|thus|plus|always|perhaps|whereas|sometimes)$/.test(t.w)
  );
}

/** A finite reporting verb: not an infinitive ("fails to respond") nor a noun after a determiner ("the report"). */
export const isVerbAt = (toks: Tok[], i: number, verbs: Set<string> = REPORTING_VERBS) => {
  if (!isVerbTok(toks[i], verbs, toks[i + 1])) return false;
  const prev = i > 0 ? toks[i - 1] : null;
  if (
    prev &&
    [
      'to',
      'the',
      'a',
      'an',
      'his',
      'her',
      'their',
      'its',
      'this',
      'that',
      'whose',
      'of',
      'late-night',
      'my',
      'our',
      'your',
    ].includes(prev.w)
  )
    return false;
  const w = toks[i].w;
  // A phrasal verb with its particle ("shot back", "pointed out") is finite: no noun or infinitive reads so.
  if (!verbs.has(w)) return true;
  // After a possessive comes a noun: "Mr. Obama's remarks".
  if (prev && /['’]s$|s['’]$/.test(prev.raw)) return false;
  // A bare base form reports only after a pronoun or an auxiliary ("they say", "would tell"); otherwise it is a
  // noun or an infinitive's tail ("the Times report", "directly declare").
  // A plural noun is a subject too ("Activists say", "officials estimate").
  if (
    BASE_FORMS.has(w) &&
    !(prev && (['i', 'we', 'you', 'they'].includes(prev.w) || AUX.has(prev.w) || pluralNoun(prev)))
  )
    return false;
  // "was quoted as saying" reports; a bare "saying" opens a participle clause (handled apart).
  if (w === 'saying') return prev?.w === 'as';
  // Third-person -s forms double as plural nouns ("tweets", "claims", "reports"): a verb only after its subject —
  // a name, a pronoun, a relative, an adverb or the end of an appositive, or after the quotation.
  if (w !== 'says' && /s$/.test(w) && !/ss$/.test(w)) {
    if (!prev) return false;
    const capital = /^\p{Lu}/u.test(prev.raw.replace(/^[("'“]+/, ''));
    // ... or it closes its clause ("a narrator in the ad asks.").
    const closes = !!toks[i].stop || /[.!?]["'”’)]*$/.test(toks[i].raw);
    return (
      capital ||
      closes ||
      prev.stop === ',' ||
      // ... or it inverts right after the quotation it reports (""...," writes Tim Vale").
      prev.mark ||
      [
        'he',
        'she',
        'it',
        'who',
        'that',
        'which',
        'also',
        'now',
        'still',
        'often',
        'later',
        'then',
        'again',
        'repeatedly',
      ].includes(prev.w) ||
      /ly$/.test(prev.w)
    );
  }
  return true;
};
