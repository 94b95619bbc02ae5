// Finding quotation spans in an article's paragraphs. Works paragraph by paragraph because that is the unit news
// quotation follows: a quotation either closes inside its paragraph or, when it runs on, the next paragraph opens
// with a fresh mark and no closing one is printed at the break. An unbalanced mark is therefore bounded by its
// paragraph and can never swallow the rest of the article.
import { tidyQuote } from './quote-text';

/** One stretch of a quotation inside one paragraph: offsets of the words inside the marks. */
export interface QuotePart {
  paragraph: number;
  start: number;
  end: number;
}

export interface QuoteSpan {
  /** Several parts when the quotation runs on across paragraphs. */
  parts: QuotePart[];
  /** The words, without their marks, parts joined by a space. */
  text: string;
  /** Whether a closing mark was found (false: bounded by the paragraph's end). */
  closed: boolean;
  /** Offset just before the opening mark (in the first part's paragraph) and just after the closing one (last part's). */
  openAt: number;
  closeAt: number;
  /** Number of words inside the marks. */
  words: number;
}

interface Mark {
  at: number;
  len: number;
  canOpen: boolean;
  canClose: boolean;
  /** Curly marks say which way they face; straight ones and '' do not. */
  curly: boolean;
}

// Two apostrophes stand for a double mark in some papers' archives (the NYT's ''...''); `` is the TeX-style opener.
const MARK_RE = /''|``|["“”„«»]/g;

function classify(text: string, at: number, len: number, mark: string): Mark {
  const prev = at > 0 ? text[at - 1] : ' ';
  const next = at + len < text.length ? text[at + len] : ' ';
  const spaceBefore = /[\s([{—–\-\/]/.test(prev) || at === 0;
  const spaceAfter = /[\s)\]}.,;:!?—–]/.test(next) || at + len >= text.length;
  if (mark === '“' || mark === '„' || mark === '«' || mark === '``') {
    // A “ glued to the end of a word and followed by a space is a misprinted closing mark.
    return { at, len, canOpen: !(!spaceBefore && spaceAfter), canClose: !spaceBefore && spaceAfter, curly: true };
  }
  if (mark === '”' || mark === '»') {
    // A ” printed at a word's start (some sites use it both ways) opens.
    return { at, len, canOpen: spaceBefore && !spaceAfter, canClose: !(spaceBefore && !spaceAfter), curly: true };
  }
  return { at, len, canOpen: spaceBefore || !spaceAfter, canClose: !spaceBefore || spaceAfter, curly: false };
}

function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(MARK_RE)) {
    // A possessive or contraction next to '' ("Jones'' ") is rare; an apostrophe run longer than two is not a mark.
    if (m[0] === "''" && (text[m.index + 2] === "'" || (m.index > 0 && text[m.index - 1] === "'"))) continue;
    marks.push(classify(text, m.index, m[0].length, m[0]));
  }
  return marks;
}

interface RawSpan {
  paragraph: number;
  start: number;
  end: number;
  openAt: number;
  closeAt: number;
  closed: boolean;
}

/** Pairs the marks of one paragraph. */
function spansOfParagraph(text: string, paragraph: number): RawSpan[] {
  const spans: RawSpan[] = [];
  const marks = marksOf(text);
  let open: Mark | null = null;
  let depth = 0;
  for (const mark of marks) {
    if (!open) {
      if (mark.canOpen) {
        open = mark;
        depth = 0;
      }
      continue;
    }
    // Inside a curly quotation a fresh “ opens a quotation within the quotation (a question read out, a title).
    if (open.curly && mark.curly && mark.canOpen && !mark.canClose) {
      depth++;
      continue;
    }
    if (mark.canClose) {
      if (depth > 0 && mark.curly) {
        depth--;
        continue;
      }
      spans.push({
        paragraph,
        start: open.at + open.len,
        end: mark.at,
        openAt: open.at,
        closeAt: mark.at + mark.len,
        closed: true,
      });
      open = null;
    }
  }
  if (open) {
    spans.push({
      paragraph,
      start: open.at + open.len,
      end: text.length,
      openAt: open.at,
      closeAt: text.length,
      closed: false,
    });
  }
  return spans;
}

function opensWithMark(text: string): boolean {
  return /^\s*(''|``|["“”„«])/.test(text);
}

/**
 * Every quotation span of an article, in reading order. A span left open at its paragraph's end joins the next
 * paragraph's first span when that paragraph opens with a mark (the run-on convention); otherwise it stays bounded
 * by its own paragraph.
 */
export function findQuoteSpans(paragraphs: string[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let pending: { parts: QuotePart[]; openAt: number } | null = null;
  paragraphs.forEach((text, p) => {
    const raw = spansOfParagraph(text, p);
    raw.forEach((span, k) => {
      const part = { paragraph: p, start: span.start, end: span.end };
      if (pending && k === 0 && opensWithMark(text)) {
        pending.parts.push(part);
        if (span.closed) {
          out.push(makeSpan(paragraphs, pending.parts, true, pending.openAt, span.closeAt));
          pending = null;
        }
        return;
      }
      if (pending) {
        out.push(
          makeSpan(
            paragraphs,
            pending.parts,
            false,
            pending.openAt,
            paragraphs[pending.parts[pending.parts.length - 1].paragraph].length,
          ),
        );
        pending = null;
      }
      if (!span.closed && k === raw.length - 1) {
        pending = { parts: [part], openAt: span.openAt };
        return;
      }
      out.push(makeSpan(paragraphs, [part], span.closed, span.openAt, span.closeAt));
    });
    if (pending && raw.length === 0) {
      // The paragraph after an open quotation has no mark at all: the quotation ended with its own paragraph.
      out.push(
        makeSpan(
          paragraphs,
          pending.parts,
          false,
          pending.openAt,
          paragraphs[pending.parts[pending.parts.length - 1].paragraph].length,
        ),
      );
      pending = null;
    }
  });
  if (pending) {
    const pend = pending as { parts: QuotePart[]; openAt: number };
    out.push(
      makeSpan(
        paragraphs,
        pend.parts,
        false,
        pend.openAt,
        paragraphs[pend.parts[pend.parts.length - 1].paragraph].length,
      ),
    );
  }
  return out.filter((s) => s.words > 0);
}

function makeSpan(
  paragraphs: string[],
  parts: QuotePart[],
  closed: boolean,
  openAt: number,
  closeAt: number,
): QuoteSpan {
  const text = tidyQuote(parts.map((p) => paragraphs[p.paragraph].slice(p.start, p.end)).join(' '));
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return { parts, text, closed, openAt, closeAt, words };
}
