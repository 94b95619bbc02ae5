// Reading a claim as a user types it: who (names), what happened (its verbs), whose statement it is ("Lavrov said
// a unilateral withdrawal is unrealistic": Lavrov's), written as a headline or as a sentence.
import { tag } from './meaning/tagger';
import { meaningSet } from './meaning';
import { sensesOf } from './meaning/wordnet';

export interface ClaimReading {
  /** The claim to match, without its speaker's reporting clause; a headline's capitals taken off common words. */
  text: string;
  /** Who the claim says said it ("Lavrov"), when it names a speaker; then only that speaker's statements match. */
  speaker: string[] | null;
  /** The claim's verbs as written (lower case), other than reporting verbs and auxiliaries. */
  predicates: string[];
  /**
   * Capitalised words the tagger reads as adjectives ("Western criticism", "Russian weapons"): they describe, they
   * are no party of the claim, so an article may say it in other words ("international condemnation").
   */
  modifiers: string[];
  /**
   * Whether the claim's doer is a pronoun ("As he toured Arlington National Cemetery on Saturday"): such a line does
   * not say who, so the places and things it names are met by every article that mentions them.
   */
  pronounSubject: boolean;
}

/** Whether a verb reports speech: "say" and what WordNet files under it (tell, state, claim, add, insist …). */
export function isReportingVerb(lemma: string): boolean {
  return lemma === 'say' || lemma === 'tell' || meaningSet('say').has(lemma) || meaningSet('state').has(lemma);
}

/**
 * A headline capitalises every word ("Michael Steele Criticized for Afghanistan Comments"): the capitals of words
 * the corpus writes in lower case are taken off, so they are read as words, not names.
 */
export function unheadline(text: string, isName: (lower: string) => boolean): string {
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  const caps = long.filter((w) => /^\p{Lu}/u.test(w));
  // Title case capitalises nearly every long word; a sentence full of names ("Biden was expected to invoke … George W.
  // Bush and Democrat Bill Clinton") reaches 60% and is no headline.
  if (long.length < 3 || caps.length < 0.8 * long.length) return text;
  return text.replace(/[\p{L}][\p{L}'’-]*/gu, (w, at: number) =>
    /^\p{Lu}\p{Ll}/u.test(w) && at > 0 && !isName(w.toLowerCase().replace(/['’]s$/, '')) ? w.toLowerCase() : w,
  );
}

/** Parts of speech a reporting verb's subject is made of. */
const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PUNCT', 'CCONJ']);

export function readClaim(raw: string, isName: (lower: string) => boolean): ClaimReading {
  const text = unheadline(raw.trim(), isName);
  const tokens = tag(text);
  let speaker: string[] | null = null;
  let body = text;
  // "X said (that) Y": a reporting verb after a subject with a name, before a clause of its own.
  for (let i = 1; i < tokens.length - 3; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || !isReportingVerb(t.lemma.toLowerCase())) continue;
    const before = tokens.slice(0, i);
    const names = before.filter((x) => x.pos === 'PROPN').map((x) => x.value);
    // Only a subject before it ("Lavrov", "Russian Foreign Minister Sergei Lavrov"): no auxiliary, negation or
    // other verb ("Atkinson was not responding to a letter" names no speaker), and a clause after it, not "to".
    // Only a subject before it: names, with their titles, articles and apposition ("Russian Foreign Minister Sergei
    // Lavrov", "The New York Times report"); no verb, negation, preposition or figure ("In 2013, when Obama stated
    // that …" is not Obama's statement alone, and its year must still be matched).
    if (names.length === 0 || before.some((x) => !SUBJECT_POS.has(x.pos))) break;
    if (tokens[i + 1]?.pos === 'ADP') break;
    // And what follows is a clause with a verb of its own: "Chris Christie announces bid for presidency" says what he
    // did (announcing a bid), not what he said.
    if (!tokens.slice(i + 1).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) break;
    speaker = names;
    const at = text.indexOf(t.value, before.map((x) => x.value).join(' ').length - 1);
    body = text.slice(at + t.value.length).replace(/^\s*(?:that\s+)?/i, '');
    break;
  }
  const bodyTokens = speaker ? tag(body) : tokens;
  const predicates = bodyTokens
    .filter((t) => t.pos === 'VERB' && !isReportingVerb(t.lemma.toLowerCase()))
    .map((t) => t.value.toLowerCase());
  // An adjective by the tagger, or a capitalised word WordNet knows as an adjective written before a common noun.
  const modifiers = bodyTokens
    .filter(
      (t, i) =>
        /^\p{Lu}\p{Ll}/u.test(t.value) &&
        (t.pos === 'ADJ' ||
          (/^\p{Ll}/u.test(bodyTokens[i + 1]?.value ?? '') &&
            bodyTokens[i + 1].pos === 'NOUN' &&
            sensesOf(t.value.toLowerCase(), 'a', 1).length > 0)),
    )
    .map((t) => t.value);
  // The subject: what stands before the first verb or auxiliary.
  const firstVerb = bodyTokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const subject = firstVerb < 0 ? [] : bodyTokens.slice(0, firstVerb);
  const pronounSubject = subject.some((t) => t.pos === 'PRON') && !subject.some((t) => t.pos === 'PROPN');
  return { text: body, speaker, predicates, modifiers, pronounSubject };
}
