// Whether the three commands credit a sentence to the same source: /quote (the speaker of a quotation the
// sentence itself attributes), /sources (the sentence's attribution) and /toll (the estimator of a figure in it).
// Used by the seeds test and by eval:reading on a sample of the scale corpus.
import type { Article } from '../../corpus/schema';
import { attributionOf } from '../attribution';
import { extractFigures } from '../figures';
import { fold } from '../lexicon';
import { attributeQuotes } from '../quote-attribute';

export interface SentenceSources {
  sentence: number;
  text: string;
  /** /quote: the speaker of a quotation the sentence attributes in its own words (and who reports them, if nested). */
  quote: string | null;
  quoteBy: string | null;
  /** /sources: whom the sentence's attribution names for the quotation's words, and for the figure's. */
  sources: string | null;
  sourcesForFigure: string | null;
  /** /toll: the estimator of a figure in the sentence. */
  toll: string | null;
}

/** Rules of /quote that read the speaker from the quotation's own sentence. */
const IN_SENTENCE = new Set(['verb-after', 'verb-before', 'according-to', 'dash-signature']);

/** Per sentence, the source each command gives it (only sentences where at least one gives one). */
export function sentenceSources(
  article: Pick<Article, 'id' | 'published' | 'sentences' | 'paragraphs'>,
): SentenceSources[] {
  const rows = new Map<number, SentenceSources>();
  const row = (i: number) => {
    let r = rows.get(i);
    if (!r)
      rows.set(
        i,
        (r = {
          sentence: i,
          text: article.sentences[i].text,
          quote: null,
          quoteBy: null,
          sources: null,
          sourcesForFigure: null,
          toll: null,
        }),
      );
    return r;
  };
  for (const q of attributeQuotes(article.paragraphs).quotes) {
    if (!IN_SENTENCE.has(q.rule) || !q.speaker || !('rec' in q.speaker)) continue;
    const part = q.span.parts[0];
    // Only a quotation that opens and closes in one sentence: its own attribution is that sentence's.
    const s = article.sentences.find(
      (x) => x.paragraph === part.paragraph && x.start <= q.span.openAt && q.span.closeAt <= x.end + 1,
    );
    if (!s) continue;
    const r = row(s.index);
    if (r.quote) continue;
    r.quote = q.speaker.rec.name;
    r.quoteBy = q.reportedBy && 'rec' in q.reportedBy ? q.reportedBy.rec.name : null;
    // /sources is asked about the quotation's words: its attribution with the quotation as focus.
    r.sources = attributionOf(article, s.index, q.span.text.split(/\s+/).slice(0, 4).join(' '))?.source ?? null;
  }
  for (const f of extractFigures(article)) {
    if (!f.estimator) continue;
    const r = row(f.sentenceIndex);
    if (r.toll) continue;
    r.toll = f.estimator;
    r.sourcesForFigure = attributionOf(article, f.sentenceIndex, f.display)?.source ?? null;
  }
  return [...rows.values()].sort((a, b) => a.sentence - b.sentence);
}

const words = (s: string) =>
  fold(s)
    .replace(/\./g, '')
    .replace(/'s\b|'/g, '')
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !['the', 'of', 'for', 'and'].includes(w));

/**
 * Two sources name the same one: the last word of the shorter (a surname, an organisation's head) is a word of the
 * other, or they share initials ("U.N." and "United Nations").
 */
export function sameSource(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (long.includes(short[short.length - 1])) return true;
  const initials = (w: string[]) => w.map((x) => x[0]).join('');
  return short.length === 1 && short[0].replace(/\./g, '') === initials(long);
}

/** Pairs of commands that disagree on a sentence's source. */
export function disagreements(r: SentenceSources): string[] {
  const out: string[] = [];
  // A nested report ("Wahhab said Assad told him ...") may be credited to either speaker.
  if (r.quote && r.sources && !sameSource(r.quote, r.sources) && !(r.quoteBy && sameSource(r.quoteBy, r.sources)))
    out.push(`quote [${r.quote}] vs sources [${r.sources}]`);
  if (r.toll && r.sourcesForFigure && !sameSource(r.toll, r.sourcesForFigure))
    out.push(`toll [${r.toll}] vs sources [${r.sourcesForFigure}]`);
  if (
    r.quote &&
    r.toll &&
    r.sources &&
    r.sourcesForFigure &&
    r.sources === r.sourcesForFigure &&
    !sameSource(r.quote, r.toll)
  )
    out.push(`quote [${r.quote}] vs toll [${r.toll}]`);
  return out;
}

/** How many comparisons a row makes (pairs of commands that both name a source). */
export function comparisons(r: SentenceSources): number {
  return (
    Number(!!(r.quote && r.sources)) +
    Number(!!(r.toll && r.sourcesForFigure)) +
    Number(!!(r.quote && r.toll && r.sources && r.sourcesForFigure && r.sources === r.sourcesForFigure))
  );
}
