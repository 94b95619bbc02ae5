// A toll inside a quotation is the speaker's count: "'... the bastards who killed 3,000 of us on 9/11,' Cheney said"
// gives Cheney's figure. The quotation and its speaker come from the /quote stage (quote-attribute.ts), which reads
// speakers named before, after or in the sentences around a quotation that runs on.
import type { Article } from '../corpus/schema';
import { quotesOf } from './quote-attribute';

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
        if (!sp || (sp.kind !== 'person' && sp.kind !== 'org') || q.scare) continue;
        for (const p of q.span.parts) parts.push({ ...p, name: sp.rec.name });
      }
    }
    // the sentence's text is its paragraph's from s.start (offsets inside the paragraph)
    const at = s.start + offset;
    return parts.find((p) => p.paragraph === s.paragraph && p.start <= at && at < p.end)?.name ?? null;
  };
}
