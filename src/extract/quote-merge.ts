// Helpers for naming speakers and comparing wordings across articles.
import type { Speaker } from './quote-attribute';
import { contentTokens, wordTokens } from './quote-text';

/** The speaker as a reader would name them: the person's full name, the organisation, or the description. */
export function speakerLabel(s: Speaker | null): string | null {
  if (!s) return null;
  return 'rec' in s ? s.rec.name : s.text;
}

/** How many tokens two lists share, counting repeats (a multiset intersection). */
export function sharedCount(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(t, c - 1);
    }
  }
  return shared;
}

/** Share of the shorter token list found in the longer (multiset), and the shorter's size. */
export function overlap(a: string[], b: string[]): { share: number; size: number } {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length) return { share: 0, size: 0 };
  return { share: sharedCount(long, short) / short.length, size: short.length };
}

/** A wording prepared once for many comparisons: its words, joined key, and content words. */
export interface Wording {
  words: string[];
  key: string;
  content: string[];
}

export function prepareWording(text: string): Wording {
  const words = wordTokens(text);
  return { words, key: words.join(' '), content: contentTokens(text) };
}

/**
 * Whether two wordings are the same quotation: equal once normalised; one carried inside the other; or, small
 * edits and translations apart, most content words shared — a looser bar when both have the same speaker.
 */
export function sameWording(a: Wording, b: Wording, sameSpeaker: boolean): boolean {
  if (a.key === b.key) return a.key.length > 0;
  if (Math.min(a.words.length, b.words.length) < 4) return false;
  if (a.key.includes(b.key) || b.key.includes(a.key)) return true;
  const all = overlap(a.words, b.words);
  if (all.share >= 0.9) return true;
  const content = overlap(a.content, b.content);
  return content.size >= 4 && content.share >= (sameSpeaker ? 0.75 : 0.9) && all.share >= (sameSpeaker ? 0.6 : 0.8);
}

export function sameWords(a: string, b: string, sameSpeaker: boolean): boolean {
  return sameWording(prepareWording(a), prepareWording(b), sameSpeaker);
}
