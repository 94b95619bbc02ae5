// Number words, read with the lexicon's tables: "twenty-five" → 25, "three hundred and five" → 305,
// "1.2 million" → 1,200,000, "a dozen" → 12, "fiftieth" → 50.
import type { Lexicon } from './types';

/** The value of a number written in words or digits (with a scale word), or null when it is not one. */
export function numberValue(raw: string, lex: Lexicon): number | null {
  const t = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const { units, scales, ordinals, joiners } = lex.numbers;
  const digits = /^(\d[\d,]*(?:\.\d+)?)(?:\s+(\p{L}+))?$/u.exec(t);
  if (digits) {
    const n = Number(digits[1].replace(/,/g, ''));
    if (!Number.isFinite(n)) return null;
    if (!digits[2]) return n;
    const scale = scales[digits[2]];
    return scale ? Math.round(n * scale) : null;
  }
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of t.split(/[\s-]+/)) {
    if (joiners.includes(w)) continue;
    if (w === 'a' || w === 'an') current += 1;
    else if (units[w] !== undefined) current += units[w];
    else if (ordinals[w] !== undefined) current += ordinals[w];
    else if (w === 'hundred' || w === 'hundredth') current = (current || 1) * 100;
    else if (scales[w]) {
      total += (current || 1) * scales[w];
      current = 0;
    } else return null;
    any = true;
  }
  total += current;
  return any && total > 0 ? total : null;
}
