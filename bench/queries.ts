// The queries the speed benches ask, drawn the same way by bench-one.ts (the `npm run bench` rows) and
// profile-phases.ts (a profile of the same work), so that a profile explains the row it is read beside.
import type { Article } from '../src/corpus/schema';

/** A deterministic pseudo-random sequence, so every run asks the same queries. */
export function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** 1,000 queries a user might type: two or three words of a headline, some with a typo in a long word. */
export function queries(articles: Article[], n = 1000): string[] {
  const rand = rng(42);
  const out: string[] = [];
  while (out.length < n) {
    const a = articles[Math.floor(rand() * articles.length)];
    const words = (a.title ?? a.sentences[0]?.text ?? '').split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
    if (words.length < 2) continue;
    const k = 2 + Math.floor(rand() * 2);
    const start = Math.floor(rand() * Math.max(1, words.length - k));
    let q = words.slice(start, start + k);
    if (rand() < 0.2) q = q.map((w) => (w.length >= 6 ? w.slice(0, 2) + w.slice(3) : w)); // drop a letter
    out.push(q.join(' '));
  }
  return out;
}

/** 100 claims a fact-checker might paste: sentences of over 60 characters drawn from the articles. */
export function claims(articles: Article[], n = 100): string[] {
  const rand = rng(7);
  const out: string[] = [];
  while (out.length < n) {
    const a = articles[Math.floor(rand() * articles.length)];
    const s = a.sentences[Math.floor(rand() * a.sentences.length)];
    if (s && s.text.length > 60) out.push(s.text);
  }
  return out;
}
