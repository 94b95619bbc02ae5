// Matching our quotations against gold ones, for bench/eval-quotes.ts (npm run eval:quotes) and its floors.
import { wordTokens } from './quote-text';
import { sharedCount } from './quote-merge';

const norm = (s: string) => wordTokens(s).join(' ');

/**
 * How well our quotation matches a gold one, 0..1: the share of the longer one's words the two share (multiset),
 * so a one-word scare quote inside a gold sentence does not count as finding it.
 */
export function matchScore(a: string, b: string): number {
  const ta = norm(a).split(' ').filter(Boolean);
  const tb = norm(b).split(' ').filter(Boolean);
  if (!ta.length || !tb.length) return 0;
  return sharedCount(ta, tb) / Math.max(ta.length, tb.length);
}

/** Same quotation: they share 80% of the longer one's words, or one carries the other and is at least half as long. */
export function sameQuote(a: string, b: string): boolean {
  const score = matchScore(a, b);
  if (score >= 0.8) return true;
  const na = norm(a);
  const nb = norm(b);
  return score >= 0.5 && (na.includes(nb) || nb.includes(na));
}

/** The surname a gold source carries: "Michael McFaul, a senior fellow ..." → McFaul; "Mr. King, 82," → King. */
export function goldSurname(source: string): string | null {
  // The name, without what follows it: an appositive after a comma, a party in brackets, "of New York".
  const head = source
    .split(',')[0]
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s(?:of|from)\s+(?:the\s+)?\p{Lu}.*$/u, '')
    .trim();
  const words = head
    .split(/\s+/)
    .map((w) => w.replace(/['’]s$/, '').replace(/[^\p{L}'’.-]/gu, ''))
    .filter((w) => /^\p{Lu}/u.test(w));
  const last = words.filter((w) => !/^(?:Jr|Sr|II|III)\.?$/.test(w)).pop();
  return last ?? null;
}
