// /sources for a terminal: where the claim came from first (and through which wire), then every article that
// carries it, earliest first, with its wording, the attribution it gives, its credits and whether it is a copy.
// Wording that differs from the earliest carrier is marked word by word, so a rewrite is visible at a glance.
// When no article carries the claim, that is said first, and the closest sentences are offered as only that.
import type { SourceMatch, SourcesAnswer } from '../answers/types';
import { wrap } from './wrap';

const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The text with words absent from the reference wrapped in [brackets]: what this outlet worded differently. */
export function markDifferences(text: string, reference: string): string {
  const ref = new Set(reference.split(/\s+/).map(norm).filter(Boolean));
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (norm(w) && !ref.has(norm(w)) ? `[${w}]` : w))
    .join(' ');
}

function byDate(a: SourceMatch, b: SourceMatch): number {
  if (a.published && b.published && a.published !== b.published) return a.published < b.published ? -1 : 1;
  if (!a.published !== !b.published) return a.published ? -1 : 1;
  return b.score - a.score;
}

function label(m: { id: string; outlet: string | null; published: string | null }): string {
  return `${m.outlet ?? m.id} (${m.published ?? 'undated'})`;
}

export function renderSourcesText(answer: SourcesAnswer): string {
  const lines: string[] = [];
  if (answer.matches.length === 0) {
    lines.push(`No article in the corpus carries “${answer.claim}”.`);
    if (answer.closest.length) {
      lines.push('', 'Closest sentences (these do not say it):');
      for (const c of answer.closest) {
        lines.push(`- ${label(c)}, ${c.id}:`);
        lines.push(...wrap(c.text, '    '));
      }
    }
    return lines.join('\n');
  }

  const n = answer.matches.length;
  lines.push(`${n} article${n === 1 ? '' : 's'} carr${n === 1 ? 'ies' : 'y'} “${answer.claim}”.`);
  const o = answer.origin;
  if (o) {
    const first = answer.matches.find((m) => m.id === o.id);
    const parts = [`Earliest: ${first ? label(first) : o.id}`];
    if (o.attribution) parts.push(`attributed: ${o.attribution}`);
    if (o.wire) parts.push(`came through the wire: ${o.wire}`);
    lines.push(parts.join('; ') + '.');
  }

  const ordered = answer.matches.slice().sort(byDate);
  const reference = ordered[0].text;
  ordered.forEach((m, i) => {
    lines.push('', `${i + 1}. ${label(m)} — ${m.id}`);
    const wording = i === 0 ? m.text : markDifferences(m.text, reference);
    if (i > 0 && m.text === reference) lines.push('   same wording as the earliest');
    else lines.push(...wrap(`“${wording}”`, '   '));
    const facts: string[] = [];
    facts.push(`attribution: ${m.attribution ?? 'none in the text'}`);
    if (m.credits.wire.length) facts.push(`wire: ${m.credits.wire.join(', ')}`);
    if (m.credits.photo.length) facts.push(`photos: ${m.credits.photo.join(', ')}`);
    if (m.copyOf) facts.push(`copy of ${m.copyOf}`);
    facts.push(`match ${m.score.toFixed(2)}`);
    lines.push(...wrap(facts.join(' · '), '   '));
  });
  if (ordered.length > 1 && ordered.some((m, i) => i > 0 && m.text !== reference)) {
    lines.push('', '[brackets]: words not in the earliest article’s wording.');
  }
  return lines.join('\n');
}
