// A toll inside a quotation is the speaker's count: "'... the bastards who killed 3,000 of us on 9/11,' Cheney said"
// gives Cheney's figure. The quotation and its speaker come from the /quote stage (quote-attribute.ts), which reads
// speakers named before, after or in the sentences around a quotation that runs on.
import type { Article } from '../corpus/schema';
import { quotesOf } from './quote-attribute';
import { isTitleWord } from './names';
import { SENTENCE_OPENERS } from './quote-words';

/** Who speaks the words at a place of a sentence: the quotation's named speaker, or null. */
export type QuotedBy = (sentenceIndex: number, offset: number) => string | null;

/**
 * The speakers of an article's quotations, by sentence and offset. The quotations are read only when a figure asks
 * (most articles' figures are in no quotation), and attributed once for every stage that asks (quotesOf).
 */
export function quotedBy(article: Pick<Article, 'sentences'> & { paragraphs?: string[] }): QuotedBy {
  let parts: { paragraph: number; start: number; end: number; name: string }[] | null = null;
  return (sentenceIndex, offset) => {
    const s = article.sentences[sentenceIndex];
    if (!s || !article.paragraphs?.length) return null;
    // (the quotations are read only for a place inside quotation marks: an opening double mark last before it in its
    // paragraph, or an odd number of straight ones; a quotation run on from the paragraph before opens with a mark)
    const before = (article.paragraphs[s.paragraph] ?? '').slice(0, s.start + offset);
    // (double marks only: a single closing mark is also the apostrophe of "didn’t")
    const open = before.lastIndexOf('“');
    const inside = (open >= 0 && open > before.lastIndexOf('”')) || (before.match(/"/g) ?? []).length % 2 === 1;
    if (!inside) return null;
    if (!parts) {
      parts = [];
      for (const q of quotesOf(article.paragraphs).quotes) {
        const sp = q.speaker;
        if (!sp || q.scare) continue;
        const name =
          sp.kind === 'person' || sp.kind === 'org'
            ? sp.rec.name
            : sp.kind === 'description'
              ? namedBefore(sp.text, article.paragraphs.slice(0, q.span.parts[0].paragraph + 1))
              : null;
        if (name) for (const p of q.span.parts) parts.push({ ...p, name });
      }
    }
    // the sentence's text is its paragraph's from s.start (offsets inside the paragraph)
    const at = s.start + offset;
    return parts.find((p) => p.paragraph === s.paragraph && p.start <= at && at < p.end)?.name ?? null;
  };
}

/**
 * The person a quotation's described speaker is, when the article named that person before: "said an indignant Mrs.
 * Clinton" is the "Hillary Clinton" of an earlier paragraph, "the president told reporters" the "President Trump" of
 * the lead. A description that names no one the article named ("a resident", "a senior official") stays unnamed.
 */
export function namedBefore(description: string, paragraphs: string[]): string | null {
  const text = paragraphs.join(' ');
  // "the president", "the senator": the name the article gave after that title, capitalised ("President Trump")
  const title = /^the\s+([a-z]+)$/i.exec(description.trim());
  if (title && isTitleWord(title[1])) {
    const t = title[1][0].toUpperCase() + title[1].slice(1).toLowerCase();
    const m = new RegExp(String.raw`\b${t}\s+((?:[A-Z][a-z][\w'’-]*\s+)?[A-Z][a-z][\w'’-]*)`).exec(text);
    return m && !SENTENCE_OPENERS.has(m[1].split(/\s+/)[0].toLowerCase()) ? m[1] : null;
  }
  // "an indignant Mrs. Clinton", "organizer Alexander": the capitalised surname at the end, named in full before
  const last = /([A-Z][a-z][\w'’-]*)(?:\s+[a-z])?\s*$/.exec(description.trim());
  if (!last) return null;
  const surname = last[1];
  // (the given names are the capitalised words right before the surname, after any title: "Secretary of State
  // Hillary Rodham Clinton" gives "Hillary Rodham Clinton")
  const run = new RegExp(String.raw`((?:\b[A-Z][a-z]*\.?\s+){1,3})${surname}\b`, 'g');
  for (const x of text.matchAll(run)) {
    const words = x[1].trim().split(/\s+/);
    const cut = words.findLastIndex(
      (w) => isTitleWord(w) || SENTENCE_OPENERS.has(w.toLowerCase()) || /^[A-Z][a-z]+\.$/.test(w),
    );
    const given = words.slice(cut + 1);
    if (given.length) return `${given.join(' ')} ${surname}`;
  }
  return null;
}
