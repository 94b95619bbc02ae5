// The reporting clauses of one sentence, for /sources and /toll: who the sentence says said, estimated or reported
// what it carries. The same cue and source rules the quotation rules use (tokens.ts, subject.ts), read over a
// sentence whose quoted words are masked, plus the source phrase "according to X":
//   "Antonov told reporters ..."                         → Antonov (verb-before)
//   "..., said Pentagon spokesman Rear Adm. John Kirby."  → Pentagon spokesman Rear Adm. John Kirby (verb-after)
//   "... according to the Syrian Observatory for Human Rights."  → the Syrian Observatory ... (according-to)
// A pronoun or a description that names nobody ("It said", "The group said") is resolved by `resolveSource` to
// the organisation or person the text named as speaking before.
import { classifySubject, type Subject } from '../speakers';
import { CLAIM_FORMS, ESTIMATE_FORMS, lexicon, SPEECH_VERBS } from '../lexicon';
import { isVerbAt, tokenize, type Tok } from './tokens';
import { subjectAfter, verbSubject, type Found } from './subject';
import { baseForms } from '../meaning/wordnet';

export type ClauseRule = 'verb-before' | 'verb-after' | 'according-to';

export interface ReportingClause {
  rule: ClauseRule;
  /** The cue as written: "said", "estimates", "according to". */
  cue: string;
  /** The source phrase as written ("the U.N.", "Pentagon spokesman Rear Adm. John Kirby"), or null when the cue's
   * subject names nobody ("a whistleblower who said" has a relative, not a source). */
  source: string | null;
  subject: Subject | null;
  /** Offsets in the sentence: the cue, and the whole clause (source and cue). */
  cueAt: number;
  start: number;
  end: number;
}

/** Every verb that can carry a source: speech, claims, and counts ("estimates", "put the toll at"). */
const CUE_VERBS = new Set([...SPEECH_VERBS, ...CLAIM_FORMS, ...ESTIMATE_FORMS]);

/** The sentence with quoted words blanked (offsets kept), so a verb inside a quotation is no cue. */
export function maskQuoted(sentence: string): string {
  return sentence.replace(
    /"[^"]*"|“[^”]*”?|''[^']*''/g,
    (m) => m[0] + ' '.repeat(Math.max(0, m.length - 2)) + (m.length > 1 ? m[m.length - 1] : ''),
  );
}

const QUANTIFIERS = new Set(['nearly', 'almost', 'about', 'around', 'some', 'over', 'roughly', 'approximately']);
/** Whether a count starts at token k: a digit, a number word, or "at least", "more than", "up to", "as many as". */
function countStarts(toks: Tok[], k: number): boolean {
  const w = toks[k].w;
  const next = toks[k + 1]?.w ?? '';
  // "according to a 2013 study by …": a year after an article is the document's adjective, no count
  if (/^(?:1[6-9]|20)\d\d$/.test(w) && /^(?:a|an|the|its|their|his|her)$/.test(toks[k - 1]?.w ?? '')) return false;
  return (
    /^\d/.test(w) ||
    (lexicon.numbers.units[w] !== undefined && w !== 'one') ||
    (QUANTIFIERS.has(w) && /^\d/.test(next)) ||
    (w === 'at' && next === 'least') ||
    ((w === 'more' || w === 'fewer' || w === 'less') && next === 'than') ||
    (w === 'up' && next === 'to') ||
    (w === 'as' && next === 'many')
  );
}

const phrase = (toks: Tok[], f: Found) =>
  toks
    .slice(f.from, f.nameTo ?? f.to)
    .map((t) => t.raw)
    .join(' ')
    .replace(/^[("'“‘]+/, '')
    .replace(/[,;:)"'”’]+$/, '')
    // a sentence's full stop is no part of a name; an acronym's is ("the U.N.")
    .replace(/(?<!(?:^|[\s.])\p{Lu})\.$/u, '')
    // "spokeswoman Olivia James of the emergency team": the name, not the lowercase phrase of where they work
    .replace(
      /^(.*\p{Lu}[\p{L}'’.-]*)\s+(?:of|in|at|for|from|with)\s+(?:(?:the|a|an|his|her|its|their)\s+)?\p{Ll}[^\p{Lu}]*$/u,
      '$1',
    )
    // "the Syrian Arab Red Crescent at least 200,000 ...": a source ends where a count begins (a year before a noun,
    // "a 2013 study", is none)
    .replace(
      /\s+(?:at least|more than|fewer than|less than|nearly|almost|about|around|some|over|up to|as many as|an estimated|(?!(?:1[6-9]|20)\d\d\s+\p{Ll})\d).*$/u,
      '',
    );

/** The reporting clauses of a sentence, in reading order. */
export function reportingClauses(
  sentence: string,
  opts: { verbs?: Set<string>; isCommon?: (w: string) => boolean } = {},
): ReportingClause[] {
  const isCommon = opts.isCommon ?? (() => false);
  const verbs = opts.verbs ?? CUE_VERBS;
  const masked = maskQuoted(sentence);
  const toks = tokenize(masked, 0, masked.length);
  const out: ReportingClause[] = [];
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v];
    // "according to X", "citing X": the source follows the cue.
    if ((t.w === 'according' && toks[v + 1]?.w === 'to') || t.w === 'citing') {
      const at = t.w === 'citing' ? v : v + 1;
      // The source ends where the count it gives begins ("according to the Red Crescent at least 200,000 ...").
      let hi = at + 1;
      while (hi < toks.length && !countStarts(toks, hi)) hi++;
      const f = subjectAfter(toks, at, hi, isCommon);
      const cue = t.w === 'citing' ? 'citing' : 'according to';
      if (f)
        out.push({
          rule: 'according-to',
          cue,
          source: phrase(toks, f),
          subject: f.subject,
          cueAt: t.start,
          start: t.start,
          end: toks[Math.max(f.to - 1, f.from)].end,
        });
      continue;
    }
    if (!isVerbAt(toks, v, verbs)) continue;
    let lo = v;
    while (lo > 0 && !toks[lo - 1].mark) lo--;
    let hi = v + 1;
    while (hi < toks.length && !toks[hi].mark) hi++;
    const f = verbSubject(toks, v, lo, hi, isCommon);
    if (!f) {
      out.push({
        rule: 'verb-before',
        cue: t.w,
        source: null,
        subject: null,
        cueAt: t.start,
        start: t.start,
        end: t.end,
      });
      continue;
    }
    const after = f.from > v;
    const start = after ? t.start : toks[f.from].start;
    const end = after ? toks[Math.max(f.to - 1, f.from)].end : t.end;
    out.push({
      rule: after ? 'verb-after' : 'verb-before',
      cue: t.w,
      source: phrase(toks, f),
      subject: f.subject,
      cueAt: t.start,
      start,
      end,
    });
  }
  return out;
}

/** A source that names someone: a person or an organisation, not a pronoun or a bare description ("the group"). */
export function namesSomeone(c: ReportingClause): boolean {
  return !!c.subject && (c.subject.kind === 'person' || c.subject.kind === 'org');
}

/**
 * The source a pronoun or a definite description ("It said", "The group said", "the ministry said") stands for: the
 * last person or organisation named as a source in the sentences before (up to three back), of a compatible kind —
 * "it" and "the group" an organisation, "he"/"she" a person, "they" either.
 */
export function resolveSource(clause: ReportingClause, previous: string[]): string | null {
  const subj = clause.subject;
  if (!subj) return null;
  let want: 'org' | 'person' | 'any';
  if (subj.kind === 'pronoun') want = subj.pron === 'n' ? 'org' : subj.pron === 'p' ? 'any' : 'person';
  else if (subj.kind === 'description' && /^the\s+(?:\p{Ll}+\s+)?\p{Ll}+$/u.test(subj.text) && !/s$/.test(subj.text))
    want = 'org';
  else return null;
  // "he"/"she" is a person the text named as one: two names, or a title or honorific ("Hundreds said" is no "he"),
  // or the surname alone that news uses after the first mention ("Rowley said he believes ..."), which is no plural
  // of a common noun ("Hundreds", "Authorities")
  const person = (x: Subject) =>
    x.kind === 'person' && (x.tokens.length >= 2 || !!x.role || !!x.honorific || surnameAlone(x.tokens[0]));
  const fits = (x: Subject, name: string) =>
    want === 'any' || (want === 'org' ? x.kind === 'org' || looksLikeOrganisation(name) : person(x));
  for (let i = previous.length - 1; i >= Math.max(0, previous.length - 3); i--) {
    const clauses = reportingClauses(previous[i]);
    const fit = clauses.filter(namesSomeone).find((c) => fits(c.subject!, c.source!));
    if (fit) return fit.source;
    // "It" after a document that spoke: "A preliminary report by investigators said the blast was strong. It says
    // the bomb killed 18." — what the report says is its authors' (an "it" for a report, whoever wrote it)
    if (subj.kind === 'pronoun' && subj.pron === 'n') {
      const author = clauses.map((c) => c.source && DOCUMENT_BY.exec(c.source)?.[1]).find(Boolean);
      if (author) return author;
    }
    // The subject the sentence opens with: "The Syrian Observatory for Human Rights, a monitoring group, gave a
    // new count. It said ..." — the organisation, not a name in passing later in the sentence.
    const opening =
      /^(?:The\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:for|of|on|and|the|de|al)\s+)*\p{Lu}[\p{L}.'’&-]*)*/u.exec(
        previous[i].trim(),
      );
    if (opening) {
      const subject = classifySubject(opening[0]);
      if (subject && (subject.kind === 'person' || subject.kind === 'org') && fits(subject, opening[0]))
        return opening[0];
    }
  }
  return null;
}

/** A document named by its authors, as the subject of a verb of saying: "An initial report by investigators at the
 * scene", "a new study from the Health Ministry" → the authors (a place they are at is no part of the name). */
const DOCUMENT_BY =
  /^(?:the|a|an)\s+(?:(?:initial|preliminary|new|latest|recent|final|separate|official|internal|(?:19|20)\d\d)\s+)*(?:report|study|analysis|survey|review|investigation|audit|assessment)\s+(?:by|from)\s+((?:the\s+)?[\p{L}.'’&-]+(?:\s+(?!at\b|in\b|on\b)[\p{L}.'’&-]+){0,6}?)(?:\s+(?:at|in|on)\s+.*)?$/iu;

/** A capitalised word that is no plural of a common noun: "Rowley", "Murphy", not "Hundreds" or "Witnesses". */
function surnameAlone(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !baseForms(word).some((b) => b.pos === 'n' && b.lemma !== word.toLowerCase());
}

/** A capitalised name with an organisation's head word ("Syrian Observatory for Human Rights", "the U.N."). */
function looksLikeOrganisation(name: string): boolean {
  return (
    /^(?:the\s+)?(?:\p{Lu}\.){2,}$|^(?:the\s+)?\p{Lu}{2,}$/u.test(name) ||
    /\b(?:Observatory|Committee|Council|Agency|Ministry|Organi[sz]ation|Nations|Office|Group|Network|Watch|Crescent|Cross|Commission|Fund|Union|Center|Centre|Institute|Department|Army|Forces|Government|Coalition|Front)\b/.test(
      name,
    )
  );
}
