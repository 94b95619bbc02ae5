// In-text attribution: to whom a sentence attributes what it says. News marks this in a handful of ways, and they
// are the same in every outlet: a reporting clause ("a top defense official said Thursday", "the U.N. says",
// "Antonov told reporters", inverted: "said Mr. Antonov"), a source phrase ("according to the country's state
// news agencies"), and hedges that name no one ("reportedly", "allegedly"). A quoted sentence often carries its
// attribution in the next sentence of the paragraph, and a pronoun ("he said") is resolved to the last person the
// text named as speaking.
import type { Article } from '../corpus/schema';
import { alternation, CLAIM_FORMS, fold, HEDGES, SPEECH_VERBS, WEAK_FORMS } from './lexicon';
import { quotesOf } from './quote-attribute';
import { maskQuoted, reportingClauses, resolveSource } from './reporting/clauses';
import { classifySubject } from './speakers';

/** Cues of a claim's source: verbs of saying (not the characterising ones: "called") and of claiming. */
const CLAIM_CUES = new Set([...CLAIM_FORMS, ...[...SPEECH_VERBS].filter((v) => !WEAK_FORMS.has(v))]);

const HEDGE_RE = new RegExp(
  String.raw`\b(${alternation(HEDGES)}|is said to|are said to|was said to|were said to|is believed to|are believed to|is thought to|are thought to|sources say)\b`,
  'i',
);
const ACCORDING_RE =
  /\b(according to|citing|as reported by)\s+((?:[^,.;:"“”]|[,.](?=\d)){2,80}?)(?=\s*(?:[,.](?!\d)|[;:"“”]|$|\s(?:that|who|which|as|and said|but|at least|more than|some|about|over|nearly|almost|up to|there|the number)\b|\s\d))/i;
const PRONOUN = /^(?:he|she|they|it|we)$/i;

/** Replace quoted spans by a neutral marker so reporting verbs inside quotations are not read as attribution. */
function maskQuotes(s: string): string {
  return s.replace(/"[^"]*"|“[^”]*”?|''[^']*''/g, (m) => ' ' + '…'.repeat(Math.min(1, m.length)) + ' ');
}

export interface Attribution {
  /** As written: "a top defense official said", "according to the country's state news agencies", "reportedly". */
  text: string;
  /** Who it names, when a reporting clause names someone (pronouns resolved): "Anatoly Antonov", "the U.N.". */
  source: string | null;
}

/** Attribution found in one sentence's own words, or null. */
export function sentenceAttribution(sentence: string, focus = -1): Attribution | null {
  const masked = maskQuotes(sentence);
  const parts: string[] = [];
  let source: string | null = null;

  const clause = reportingClause(sentence, focus);
  if (clause) {
    parts.push(clause.text);
    source = clause.subject;
  }
  const according = reportingClauses(sentence).find((c) => c.rule === 'according-to' && c.source);
  // "X told reporters that according to Y at least 200,000 ...": the words after "according to Y" are Y's.
  if (according && clause && focus >= 0 && clause.cueAt < according.cueAt && according.cueAt < focus)
    source = according.source;
  // "according to X" from the stage; "as reported by X" and a source the stage cannot read as a phrase from the pattern.
  const acc = according ? null : ACCORDING_RE.exec(masked);
  if (according) {
    parts.push(`${according.cue} ${according.source}`);
    source ??= according.source;
  } else if (acc) {
    parts.push(`${acc[1].toLowerCase()} ${acc[2].trim()}`);
    source ??= acc[2].trim();
  }
  const hedge = HEDGE_RE.exec(masked);
  if (hedge) parts.push(hedge[1].toLowerCase());
  if (parts.length === 0) return null;
  return { text: parts.join(', '), source };
}

/**
 * The reporting clause of a (quote-masked) sentence, from the reporting-clause stage (the same cue and source rules
 * /quote and /toll read): subject + verb (+ the object of "told"), or inverted "said X".
 */
type Clause = { text: string; subject: string | null; cueAt: number };
function reportingClause(sentence: string, focus = -1): Clause | null {
  let best: Clause | null = null;
  // With a focus (where the claim's words stand), the reporting clause nearest before it governs them: in
  // "Antonov said Russia will abide ..., during which the U.N. says over 7,500 people have been killed", the
  // figure is the U.N.'s, not Antonov's.
  let beforeFocus: Clause | null = null;
  let outer: Clause | null = null;
  const masked = maskQuoted(sentence);
  const opening = masked.search(/[\p{L}\p{N}]/u);
  for (const c of reportingClauses(sentence, { verbs: CLAIM_CUES })) {
    if (c.rule === 'according-to' || !c.source) continue;
    const subject = c.source;
    let text: string;
    if (c.rule === 'verb-after') text = `${c.cue} ${subject}`;
    else {
      text = `${subject} ${c.cue}`;
      if (c.cue === 'told' || c.cue === 'tells') {
        const obj =
          /^\s+((?:[^\s,.;:…]+(?=[\s,.;:…]|$)\s*){1,4}?)(?=\s*(?:[,.;:…]|$|\b(?:that|on|at|during|after|in an?|he|she|they|it|we|i|the\s+\S+\s+(?:is|was|will|would|has|had))\b))/i.exec(
            masked.slice(c.cueAt + c.cue.length),
          );
        if (obj) text += ' ' + obj[1].trim();
      }
    }
    const cand = { text, subject, cueAt: c.cueAt };
    // A sentence that opens with its reporting clause ("Wahhab said Assad told him ...") is attributed by that
    // one, the outer; otherwise the last one is ("..., a top official said Thursday").
    const opens = c.rule === 'verb-before' && c.start <= opening + 1;
    if (focus >= 0 && c.cueAt < focus) beforeFocus = cand;
    if (focus < 0 && opens) return cand;
    if (opens) outer = cand;
    best = cand;
  }
  return beforeFocus ?? outer ?? best;
}

/** Strip "Deputy Defense Minister" etc. to a name when the subject ends with capitalised words. */
const TITLE_WORD =
  /^(?:minister|president|secretary|ambassador|spokesman|spokeswoman|spokesperson|chairman|chief|director|general|deputy|prime|foreign|defense|defence|interior|senator|governor|mayor|judge|justice|commissioner|envoy|leader|king|queen|prince|pope|sheikh|gen\.?|sen\.?|rep\.?|gov\.?|mr\.?|mrs\.?|ms\.?|dr\.?|the)$/i;
function nameOf(subject: string): string | null {
  const m = /((?:[\p{Lu}][\p{L}'’.-]*\s+){0,3}[\p{Lu}][\p{L}'’-]+)$/u.exec(subject.replace(/[.,]$/, ''));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  while (words.length > 1 && TITLE_WORD.test(words[0])) words.shift();
  const name = words.slice(-2).join(' ');
  return PRONOUN.test(name) || TITLE_WORD.test(name) ? null : name;
}

/**
 * The attribution of one sentence of an article: its own, or its paragraph's (a quotation attributed by the next
 * sentence), with a pronoun resolved to the last speaker named before it.
 */
export function attributionOf(
  article: Pick<Article, 'sentences'>,
  sentenceIndex: number,
  focus?: string,
  options: { nearestPerson?: boolean } = {},
): Attribution | null {
  const sentences = article.sentences;
  const s = sentences[sentenceIndex];
  if (!s) return null;
  const at = focus ? s.text.toLowerCase().indexOf(focus.toLowerCase()) : -1;
  let found = sentenceAttribution(s.text, at);
  // A quotation carries its attribution in a neighbouring sentence of its paragraph; a plain statement does not
  // borrow one from its neighbour ("The U.N. estimates ..." does not attribute the sentence before it).
  if (!found && /["“”]/.test(s.text)) {
    // Paragraph: the nearest sentence of the same paragraph that carries a reporting clause, the next one first
    // (a quotation is usually followed by its "he said"), then the ones before.
    const para = sentences.filter((x) => x.paragraph === s.paragraph && x.index !== s.index);
    para.sort((a, b) => Math.abs(a.index - s.index) - Math.abs(b.index - s.index) || b.index - a.index);
    for (const o of para) {
      const a = sentenceAttribution(o.text);
      if (a && a.source) {
        found = a;
        break;
      }
    }
  }
  if (!found) return null;
  // Words inside a quotation are its speaker's, as /quote reads them (the same rules, the same coreference).
  const quoted =
    'paragraphs' in article ? quoteSpeakerAt(article as Pick<Article, 'sentences' | 'paragraphs'>, s, at) : null;
  if (found.source && PRONOUN.test(found.source.split(/\s+/)[0] ?? '') && found.source.split(/\s+/).length === 1) {
    // Otherwise the person or organisation the text named as a source before: the stage's coreference, as /toll's.
    const clause = reportingClauses(s.text).find((c) => c.subject?.kind === 'pronoun' && c.source === found!.source);
    const previous = sentences.slice(Math.max(0, sentenceIndex - 3), sentenceIndex).map((x) => x.text);
    // With nearestPerson (/sources), "he" or "she" is the last person named before it, speaking or not: "The closure
    // was opposed by Councilman Tom Brack, who represents the east bank. He said shops would lose customers" is
    // Brack's statement, not the mayor's quoted two sentences up.
    const person =
      options.nearestPerson && /^(?:he|she)$/i.test(found.source) ? lastPersonNamed(sentences, sentenceIndex) : null;
    const who =
      quoted ?? person ?? (clause && resolveSource(clause, previous)) ?? lastSpeaker(sentences, sentenceIndex);
    if (who) return { text: `${found.text} (${who})`, source: who };
  }
  if (quoted && found.source && !sameName(found.source, quoted))
    return { text: `${found.text} (${quoted})`, source: quoted };
  return found;
}

/**
 * The speaker /quote gives the quotation that holds the focus (or, without one, the sentence's first quotation):
 * only a quotation the sentence attributes in its own words or its paragraph's, never a guess.
 */
function quoteSpeakerAt(
  article: Pick<Article, 'sentences' | 'paragraphs'>,
  s: Article['sentences'][number],
  at: number,
): string | null {
  if (!/["“”]/.test(s.text)) return null;
  // Cheap first: the focus must stand inside marks (an odd number of them before it), or there is no focus.
  if (at >= 0 && (s.text.slice(0, at).match(/["“”]/g) ?? []).length % 2 === 0) return null;
  const quotes = quotesOf(article.paragraphs).quotes;
  const pos = at >= 0 ? s.start + at : -1;
  const inSentence = quotes.filter(
    (q) => q.span.parts[0].paragraph === s.paragraph && q.span.openAt >= s.start - 1 && q.span.openAt < s.end,
  );
  const q =
    pos >= 0 ? inSentence.find((x) => x.span.parts[0].start <= pos && pos <= x.span.parts[0].end) : inSentence[0];
  if (
    !q ||
    !q.speaker ||
    !('rec' in q.speaker) ||
    !['verb-after', 'verb-before', 'according-to', 'next-sentence-verb', 'dash-signature', 'colon-intro'].includes(
      q.rule,
    )
  )
    return null;
  return q.speaker.rec.name;
}

/** The same name in two spellings: the last word of the shorter is a word of the other ("Antonov", "Anatoly Antonov"). */
function sameName(a: string, b: string): boolean {
  const w = (x: string) =>
    fold(x)
      .replace(/\./g, '')
      .replace(/'s\b|'/g, '')
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 1);
  const [short, long] = w(a).length <= w(b).length ? [w(a), w(b)] : [w(b), w(a)];
  return short.length > 0 && long.includes(short[short.length - 1]);
}

/** The last person named as speaking before a sentence (within a few sentences), for "he said". */
function lastSpeaker(sentences: Article['sentences'], index: number): string | null {
  for (let i = index - 1; i >= Math.max(0, index - 8); i--) {
    const a = sentenceAttribution(sentences[i].text);
    const name = a?.source ? nameOf(a.source) : null;
    if (name) return name;
  }
  return null;
}

/**
 * The last person the sentences before one name (up to three back, the nearest first), as "he" or "she" refers to:
 * a run of capitalised words the speaker reader calls a person (two names, or a title or honorific with one).
 */
function lastPersonNamed(sentences: Article['sentences'], index: number): string | null {
  for (let i = index - 1; i >= Math.max(0, index - 3); i--) {
    const runs = [
      ...maskQuoted(sentences[i].text).matchAll(/(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+/gu),
    ].reverse();
    for (const m of runs) {
      const x = classifySubject(m[0]);
      if (x?.kind === 'person' && (x.tokens.length >= 2 || !!x.role || !!x.honorific)) return nameOf(m[0]) ?? m[0];
    }
  }
  return null;
}
