// The quotation rules of the reporting-clause stage, in the order they are tried, in the manner of BBC's citron
// (cue → content → source → coreference): each finds the cue (a reporting verb, a dash, a colon, "according to")
// around one quotation and reads its source, or hands the quotation to a speaker the article already has.
// The first rule that answers wins; `attributeQuotes` records its name on the quotation (eval:quotes --wrong shows it).
import type { QuoteSpan } from '../quotes';
import { classifySubject, type Subject } from '../speakers';
import { WEAK_VERBS } from '../quote-words';
import { INVERTIBLE, isVerbAt, isVerbTok, PARTICIPLES, PREPS, tokenize, type Tok } from './tokens';
import { subjectAfter, subjectBefore, type Found } from './subject';
import type { AttributedQuote, Speaker, Via } from '../quote-attribute';

export interface Sent {
  index: number;
  paragraph: number;
  start: number;
  end: number;
}

export interface Mention {
  sent: number;
  paragraph: number;
  at: number;
  speaker: Speaker;
  /** Subject of a reporting verb (a speaker), not just a name in passing. */
  fromVerb: boolean;
}

/** What the article reader knows when a quotation is reached: its sentences, quotations and speakers so far. */
export interface ArticleState {
  paragraphs: string[];
  /** Paragraphs with quotations masked out (offsets kept). */
  masked: string[];
  sents: Sent[];
  spans: QuoteSpan[];
  /** Sentence where each quotation opens and ends. */
  spanSent: number[];
  endSent: number[];
  /** Quotations attributed so far. */
  results: AttributedQuote[];
  /** Names and speakers met so far, in reading order. */
  mentions: Mention[];
  lastQuote: { sent: number; paragraph: number; speaker: Speaker | null; role: string | null } | null;
  isCommon(w: string): boolean;
  verbSubject(toks: Tok[], v: number, lo: number, hi: number, quoteFollows?: boolean): Found | null;
  toSpeaker(subject: Subject, sent: Sent, at: number, form: string): Speaker;
  resolvePronoun(pron: 'm' | 'f' | 'n' | 'p', sent: Sent, at: number): Speaker | null;
  /** The first speaker-like mention of a sentence before `at`: its grammatical subject. */
  sentenceSubject(sent: Sent, at: number): Speaker | null;
}

/** One quotation in its context. */
export interface QuoteContext {
  span: QuoteSpan;
  qi: number;
  sent: Sent;
  /** Tokens before the opening mark (back to the sentence start or the previous quotation) and after the close. */
  beforeToks: Tok[];
  afterToks: Tok[];
  /** First paragraph and last part of the span. */
  p0: number;
  last: { paragraph: number; start: number; end: number };
  short: boolean;
  titleLike: boolean;
  base: { span: QuoteSpan; sentence: string; reportedBy: Speaker | null };
  /** A quotation credited to the subject `f` found in `toks`. */
  make(f: Found, toks: Tok[], via: Via, distance: number): QuoteResult;
  reader: ArticleState;
}

export type QuoteResult = Omit<AttributedQuote, 'rule'>;

export interface QuoteRule {
  name: string;
  /** What the rule reads, in one line. */
  why: string;
  apply(c: QuoteContext): QuoteResult | null;
}

function dashSignature(c: QuoteContext): QuoteResult | null {
  const { afterToks, make } = c;
  const { isCommon } = c.reader;
  // A0. “...” ― Name: a dash after the closing mark signs the quotation (captions, lists of reader voices).
  if (
    (afterToks.length >= 2 && /^[—―–]|^--?$/.test(afterToks[1]?.raw ?? '')) ||
    /^[—―–]/.test(afterToks[0]?.raw.replace(/^["”'“]+/, '') ?? '')
  ) {
    const start = afterToks.findIndex((t) => /\p{L}/u.test(t.raw));
    if (start >= 0 && start <= 2) {
      const np: Tok[] = [];
      for (let k = start; k < afterToks.length && np.length < 6; k++) {
        np.push(afterToks[k]);
        if (afterToks[k].stop) break;
      }
      const text = np.map((t) => t.raw.replace(/^[—―–-]+/, '')).join(' ');
      const subject = classifySubject(text, isCommon);
      if (subject && (subject.kind === 'person' || subject.kind === 'org'))
        return make({ subject, from: start, to: start + np.length, role: null }, afterToks, 'after', 0);
    }
  }
  return null;
}

/**
 * "When anchor Jane Roe asked "would you close the borders?", Vale answered": the quotation stands right after its
 * own reporting verb, whose subject is named before it; a verb after narration that follows the quotation is the
 * next speaker's answer, not these words.
 */
function ownVerbBefore(c: QuoteContext): boolean {
  const { beforeToks } = c;
  let v = beforeToks.length - 1;
  while (v >= 0 && beforeToks[v].mark) v--;
  if (v < 1 || !isVerbAt(beforeToks, v)) return false;
  const f = c.reader.verbSubject(beforeToks, v, 0, beforeToks.length, true);
  return !!f && f.to <= v && (f.subject.kind === 'person' || f.subject.kind === 'description');
}

function verbAfter(c: QuoteContext): QuoteResult | null {
  const { afterToks, make } = c;
  const { verbSubject } = c.reader;
  // A. "...," X said / said X — the verb right after the closing mark.
  for (let v = 0; v < Math.min(afterToks.length, 32); v++) {
    // ""...," writes Tim Vale": an inverted -s form straight after the closing mark is the verb, not a plural noun.
    if (!isVerbAt(afterToks, v) && !(v === 0 && INVERTIBLE.has(afterToks[0].w) && !afterToks[0].stop)) continue;
    const f = verbSubject(afterToks, v, 0, afterToks.length);
    // The subject must sit right after the closing mark, or be the last phrase before the verb ("to do the same, he said").
    if (
      f &&
      (f.from > v || f.from === 0 || afterToks[f.from - 1].stop === ',' || afterToks[f.from - 1].mark) &&
      v <= 30
    ) {
      if (f.subject.kind === 'pronoun' && f.subject.pron === 'p' && f.subject.text === 'i') break;
      // Narration between the closing mark and the verb's subject, and a verb of its own right before the
      // opening mark: the verb before reports these words (rule verb-before).
      const narration = afterToks.slice(0, Math.min(f.from, v)).some((t) => !t.mark && !!t.w);
      if (narration && ownVerbBefore(c)) break;
      return make(f, afterToks, 'after', v);
    }
    break;
  }
  return null;
}

/**
 * ""There is clearly some concern" among Democrats "that voters lack the facts," said Representative Tim Vale": a
 * quotation broken by a few words of narration is one statement; the verb after its second part reports the first.
 */
function verbAfterSplit(c: QuoteContext): QuoteResult | null {
  const { qi, afterToks, last } = c;
  const { spans, spanSent, endSent, sents, masked } = c.reader;
  const next = spans[qi + 1];
  if (!next || !next.closed || next.parts[0].paragraph !== last.paragraph || spanSent[qi + 1] !== endSent[qi])
    return null;
  const between = afterToks.filter((t) => !t.mark);
  if (!between.length || between.length > 6 || between.some((t) => t.stop)) return null;
  if (afterToks.some((t, i) => isVerbAt(afterToks, i))) return null;
  const s = sents[endSent[qi + 1]];
  const after = spans[qi + 2];
  const end = Math.min(
    s.paragraph === next.parts[next.parts.length - 1].paragraph ? s.end : masked[s.paragraph].length,
    after && after.parts[0].paragraph === s.paragraph ? after.openAt : Infinity,
  );
  const toks = tokenize(masked[next.parts[next.parts.length - 1].paragraph], next.closeAt, end);
  return verbAfter({ ...c, afterToks: toks });
}

function nextSentenceVerb(c: QuoteContext): QuoteResult | null {
  const { span, qi, afterToks, make, last } = c;
  const { sents, endSent, spanSent, masked, verbSubject } = c.reader;
  // A'. "...?" Clinton said. — the quotation ended its sentence and the next, short one only attributes it.
  if (!afterToks.filter((t) => !t.mark).length && /[.!?]$/.test(span.text)) {
    const next = sents[endSent[qi] + 1];
    if (next && next.paragraph === last.paragraph && spanSent.indexOf(next.index) < 0) {
      const nt = tokenize(masked[next.paragraph], next.start, next.end);
      const v = nt.findIndex((_t, i) => isVerbAt(nt, i));
      if (v >= 0 && v <= 6 && nt.length <= v + 8) {
        const f = verbSubject(nt, v, 0, nt.length);
        if (f && f.from === 0) return make(f, nt, 'after', 0);
      }
    }
  }
  return null;
}

function dashHandoff(c: QuoteContext): QuoteResult | null {
  const { beforeToks, make } = c;
  const { isCommon } = c.reader;
  // A''. "... the former candidate Mitt Romney -- "..." --": a dash hands the floor to the name before it.
  const lastTok = beforeToks[beforeToks.length - 1];
  if (lastTok && /^(?:--|—|―|–)$/.test(lastTok.raw)) {
    let a = beforeToks.length - 1;
    while (a > 0 && /^\p{Lu}/u.test(beforeToks[a - 1].raw) && !beforeToks[a - 1].stop) a--;
    const afterPrep = a > 0 && PREPS.has(beforeToks[a - 1].w);
    const subject =
      a < beforeToks.length - 1 && !afterPrep
        ? classifySubject(
            beforeToks
              .slice(a, -1)
              .map((t) => t.raw)
              .join(' '),
            isCommon,
          )
        : null;
    if (subject?.kind === 'person')
      return make({ subject, from: a, to: beforeToks.length - 1, role: null }, beforeToks, 'before', 0);
  }
  return null;
}

function verbBefore(c: QuoteContext): QuoteResult | null {
  const { sent, beforeToks, make } = c;
  const { verbSubject, resolvePronoun, toSpeaker } = c.reader;
  // B. X said (that) "..." / X told reporters: "..." — the last verb before the opening mark.
  for (let v = beforeToks.length - 1; v >= 0; v--) {
    if (!isVerbAt(beforeToks, v)) continue;
    const distance = beforeToks.length - 1 - v;
    // "As Ms. Simonyan put it in a statement to a colleague, RT is "..."": an "as X put it" clause attributes the
    // sentence's quotation however far the verb stands; otherwise a weak verb attributes only close by.
    const first = beforeToks.findIndex((t) => !t.mark && !!t.w);
    const asClause = (f: Found | null) =>
      !!f && first >= 0 && beforeToks[first].w === 'as' && f.from <= first + 1 && f.subject.kind !== 'description';
    if (
      WEAK_VERBS.has(beforeToks[v].w) &&
      distance > 7 &&
      !asClause(verbSubject(beforeToks, v, 0, beforeToks.length, true))
    )
      continue;
    const f = verbSubject(beforeToks, v, 0, beforeToks.length, true);
    if (!f) continue;
    // "it would tell", "they say": a pronoun that names nobody leaves the floor to an earlier speaker.
    if (
      f.subject.kind === 'pronoun' &&
      (f.subject.pron === 'n' || f.subject.pron === 'p') &&
      !resolvePronoun(f.subject.pron, sent, beforeToks[f.from].start)
    )
      continue;
    const q = make(f, beforeToks, 'before', distance);
    // Nested: "Wahhab said Assad told him ... because" — the outer speaker reports the inner one's words.
    let k = f.from - 1;
    if (k >= 0 && beforeToks[k].w === 'that') k--;
    if (k >= 0 && isVerbAt(beforeToks, k)) {
      const outer = verbSubject(beforeToks, k, 0, beforeToks.length);
      if (outer)
        q.reportedBy = toSpeaker(
          outer.subject,
          sent,
          beforeToks[outer.from].start,
          beforeToks
            .slice(outer.from, outer.to)
            .map((t) => t.raw)
            .join(' '),
        );
    }
    return q;
  }
  return null;
}

/** Particles of a phrasal verb of reply before a colon ("shot back:", "hit out:", "chimed in:"): a closed class. */
const REPLY_PARTICLES = new Set(['back', 'out', 'in', 'up']);

function colonIntro(c: QuoteContext): QuoteResult | null {
  const { beforeToks, make } = c;
  const { isCommon } = c.reader;
  // B0. "senior correspondent Peter Alexander hyped: "..."": a person, one word, a colon, the quotation.
  const colon = beforeToks.length - 1;
  if (colon >= 1 && beforeToks[colon].stop === ':' && /^\p{Ll}+$/u.test(beforeToks[colon].w)) {
    // "Clinton shot back: "..."", "Asked about it, Vale hit back: "..."": a verb and its particle before the colon
    // name the speaker's reply, whatever the verb; a surname alone will do when it opens its clause
    const phrasal =
      colon >= 2 &&
      REPLY_PARTICLES.has(beforeToks[colon].w) &&
      !beforeToks[colon - 1].stop &&
      !beforeToks[colon - 1].mark &&
      /^\p{Ll}+$/u.test(beforeToks[colon - 1].w);
    const f = subjectBefore(beforeToks, phrasal ? colon - 1 : colon, 0, isCommon);
    if (
      f &&
      f.subject.kind === 'person' &&
      (f.subject.tokens.length >= 2 ||
        f.subject.role ||
        f.subject.honorific ||
        (phrasal && (f.from === 0 || beforeToks[f.from - 1].stop === ',')))
    )
      return make(f, beforeToks, 'before', 0);
  }
  return null;
}

function participleClause(c: QuoteContext): QuoteResult | null {
  const { span, sent, beforeToks, make, base } = c;
  const { isCommon, sentenceSubject } = c.reader;
  // B'. "X, ..., tweeting, "..."", "X stressed ... and said: "..."": the sentence's own subject speaks.
  const participle = beforeToks.findIndex(
    (t, i) =>
      PARTICIPLES.has(t.w) &&
      (i === 0 ||
        beforeToks[i - 1].stop === ',' ||
        ['and', 'while', 'before', 'after', 'by'].includes(beforeToks[i - 1].w)),
  );
  const coordinated = beforeToks.findIndex(
    (t, i) => isVerbAt(beforeToks, i) && i > 0 && ['and', 'but', 'then'].includes(beforeToks[i - 1].w),
  );
  // "footage of Hillary Clinton asking, "..."": the name right before the participle is its subject.
  const bareParticiple = beforeToks.findIndex(
    (t, i) => PARTICIPLES.has(t.w) && i > 0 && !beforeToks[i - 1].stop && /^\p{Lu}/u.test(beforeToks[i - 1].raw),
  );
  if (bareParticiple >= 0) {
    let a = bareParticiple;
    while (a > 0 && /^\p{Lu}/u.test(beforeToks[a - 1].raw) && !beforeToks[a - 1].stop) a--;
    const f = {
      subject: classifySubject(
        beforeToks
          .slice(a, bareParticiple)
          .map((t) => t.raw)
          .join(' '),
        isCommon,
      ),
      from: a,
      to: bareParticiple,
      role: null,
    };
    if (f.subject && f.subject.kind === 'person') return make(f as Found, beforeToks, 'before', 0);
  }
  if (participle >= 0 || coordinated >= 0) {
    const subj = sentenceSubject(sent, span.openAt);
    if (subj) return { ...base, speaker: subj, role: null, via: 'before', scare: false };
  }
  return null;
}

function sameSentence(c: QuoteContext): QuoteResult | null {
  const { qi, sent, beforeToks, base } = c;
  const { spanSent, spans, results } = c.reader;
  // B''. A second quotation in a sentence whose first one was attributed: "...", "but ...".
  const prevInSentence = spans
    .slice(0, qi)
    .reverse()
    .find((s, i) => spanSent[qi - 1 - i] === sent.index);
  if (prevInSentence && beforeToks.every((t, i) => !isVerbTok(t, undefined, beforeToks[i + 1]))) {
    const prev = results[spans.indexOf(prevInSentence)];
    if (prev?.speaker) return { ...base, speaker: prev.speaker, role: prev.role, via: 'continues', scare: false };
  }
  return null;
}

function accordingTo(c: QuoteContext): QuoteResult | null {
  const { beforeToks, afterToks, make } = c;
  const { isCommon } = c.reader;
  // C. "according to X" on either side.
  for (const toks of [afterToks, beforeToks]) {
    const a = toks.findIndex((t, i) => t.w === 'according' && toks[i + 1]?.w === 'to');
    if (a >= 0) {
      const f = subjectAfter(toks, a + 1, toks.length, isCommon);
      if (f) return make(f, toks, 'according', 0);
    }
  }
  return null;
}

function followOn(c: QuoteContext): QuoteResult | null {
  const { qi, sent, beforeToks, short, titleLike, make, p0, last, base } = c;
  const { sents, endSent, spanSent, masked, spans, mentions, paragraphs, verbSubject, lastQuote } = c.reader;
  const opensSentence = beforeToks.every((t) => t.mark || !t.w);
  if (opensSentence && !short && !titleLike) {
    // D. A quotation opening its sentence right after someone spoke continues them — or the one just
    // introduced as speaking ("X said:" at the end of the previous paragraph).
    const lq = lastQuote as { sent: number; paragraph: number; speaker: Speaker | null; role: string | null } | null;
    const recent = mentions.filter(
      (m) => m.fromVerb && m.sent < sent.index && m.paragraph >= p0 - 1 && m.speaker.kind !== 'pronoun',
    );
    const lastMention = recent[recent.length - 1];
    // The person the paragraph is about, named before the quotation in it, speaks it ("Sanders ... identified
    // young voters' exhaustion ... "The younger people are ...""), unless they are the last speaker anyway.
    const topic = mentions
      .filter((m) => m.paragraph === p0 && m.sent < sent.index && m.speaker.kind !== 'pronoun')
      .sort((a, b) => a.sent - b.sent || a.at - b.at)[0];
    if (topic && (!lq || lq.paragraph < p0 || lq.sent < topic.sent)) {
      return { ...base, speaker: topic.speaker, role: null, via: 'continues', scare: false };
    }
    if (lq && lq.paragraph >= p0 - 1 && (!lastMention || lastMention.sent <= lq.sent)) {
      return { ...base, speaker: lq.speaker, role: lq.role, via: 'continues', scare: false };
    }
    if (lastMention && (lastMention.paragraph === p0 || /:\s*$/.test(paragraphs[p0 - 1] ?? ''))) {
      return { ...base, speaker: lastMention.speaker, role: null, via: 'continues', scare: false };
    }
    // E. The speaker named in the next sentence of the paragraph ("... ." That was how X put it.)
    const next = sents[endSent[qi] + 1];
    if (next && next.paragraph === last.paragraph && !spans.some((s, i) => i !== qi && spanSent[i] === next.index)) {
      const nt = tokenize(masked[next.paragraph], next.start, next.end);
      const v = nt.findIndex((_t, i) => isVerbAt(nt, i));
      if (v >= 0 && v <= 6) {
        const f = verbSubject(nt, v, 0, nt.length);
        if (f && f.subject.kind !== 'pronoun') return make(f, nt, 'next', 0);
      }
    }
  }
  return null;
}

/** "Said Ellis: "..."" — a sentence that opens with its inverted verb, the speaker and a colon or comma. */
function openingVerb(c: QuoteContext): QuoteResult | null {
  const { beforeToks, make } = c;
  const { isCommon } = c.reader;
  const first = beforeToks.findIndex((t) => !t.mark && !!t.w);
  if (first < 0 || !INVERTIBLE.has(beforeToks[first].w) || !/^\p{Lu}/u.test(beforeToks[first].raw)) return null;
  const last = beforeToks[beforeToks.length - 1];
  if (!last || (last.stop !== ':' && last.stop !== ',') || beforeToks.length - first > 10) return null;
  const f = subjectAfter(beforeToks, first, beforeToks.length, isCommon);
  if (!f || (f.subject.kind !== 'person' && f.subject.kind !== 'org')) return null;
  return make(f, beforeToks, 'after', 0);
}

/** The rules, in the order they are tried. */
export const QUOTE_RULES: QuoteRule[] = [
  { name: 'dash-signature', why: 'A dash after the closing mark signs the quotation', apply: dashSignature },
  {
    name: 'verb-after',
    why: 'The reporting verb right after the closing mark: "...," X said / said X',
    apply: verbAfter,
  },
  {
    name: 'verb-after-split',
    why: 'A quotation broken by a few words of narration: the verb after its second part, "A" among X "B," said Y',
    apply: verbAfterSplit,
  },
  {
    name: 'next-sentence-verb',
    why: 'The quotation ended its sentence and the next, short one only attributes it: "...?" Clinton said.',
    apply: nextSentenceVerb,
  },
  {
    name: 'dash-handoff',
    why: 'A dash before the opening mark hands the floor to the name before it',
    apply: dashHandoff,
  },
  { name: 'opening-verb', why: 'A sentence that opens with its inverted verb: Said Ellis: "..."', apply: openingVerb },
  {
    name: 'verb-before',
    why: 'The last reporting verb before the opening mark: X said (that) "..." / X told reporters: "..."',
    apply: verbBefore,
  },
  { name: 'colon-intro', why: 'A person, one verb-like word, a colon, the quotation', apply: colonIntro },
  {
    name: 'participle-clause',
    why: 'A participle or coordinated verb whose subject is the sentence\'s: X, ..., tweeting, "..."',
    apply: participleClause,
  },
  { name: 'same-sentence', why: 'A second quotation in a sentence whose first was attributed', apply: sameSentence },
  { name: 'according-to', why: '"according to X" on either side', apply: accordingTo },
  {
    name: 'follow-on',
    why: "A quotation opening its sentence continues the paragraph's topic, the last quotation's speaker, or the one just introduced; else the speaker named in the next sentence",
    apply: followOn,
  },
];

/** The first rule that attributes the quotation, and its name; null when none does. */
export function applyQuoteRules(
  c: QuoteContext,
  rules: QuoteRule[] = QUOTE_RULES,
): { quote: QuoteResult; rule: string } | null {
  for (const rule of rules) {
    const quote = rule.apply(c);
    if (quote) return { quote, rule: rule.name };
  }
  return null;
}
