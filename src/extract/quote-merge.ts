// Helpers for naming speakers and comparing wordings across articles.
import type { Speaker } from './quote-attribute';
import { contentTokens, wordTokens } from './quote-text';

/** The speaker as a reader would name them: the person's full name, the organisation, or the description. */
export function speakerLabel(s: Speaker | null): string | null {
  if (!s) return null;
  return 'rec' in s ? s.rec.name : s.text;
}

/** Share of the shorter token list found in the longer (multiset), and the shorter's size. */
export function overlap(a: string[], b: string[]): { share: number; size: number } {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length) return { share: 0, size: 0 };
  const counts = new Map<string, number>();
  for (const t of long) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of short) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return { share: shared / short.length, size: short.length };
}

/**
 * Whether two wordings are the same quotation: equal once normalised; one carried inside the other; or, small
 * edits and translations apart, most content words shared — a looser bar when both have the same speaker.
 */
export function sameWords(a: string, b: string, sameSpeaker: boolean): boolean {
  const wa = wordTokens(a);
  const wb = wordTokens(b);
  const na = wa.join(' ');
  const nb = wb.join(' ');
  if (na === nb) return na.length > 0;
  if (Math.min(wa.length, wb.length) < 4) return false;
  if (na.includes(nb) || nb.includes(na)) return true;
  const all = overlap(wa, wb);
  if (all.share >= 0.9) return true;
  const content = overlap(contentTokens(a), contentTokens(b));
  if (content.size >= 4 && content.share >= (sameSpeaker ? 0.75 : 0.9) && all.share >= (sameSpeaker ? 0.6 : 0.8)) return true;
  return false;
}
