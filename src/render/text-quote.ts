// /quote for a terminal: each quotation once, who said it (and who reported it, for nested attributions), then
// every article carrying it with its date and outlet, and that article's own wording where it differs.
import type { PersonCard, QuoteAnswer, QuoteEntry } from '../answers/types';
import { wordTokens } from '../extract/quote-text';
import { wrap } from './wrap';

function who(e: QuoteEntry): string {
  const name = e.speaker ?? 'unattributed';
  const role = e.role && e.speakerKind === 'person' ? `, ${e.role}` : '';
  const via = e.reportedBy ? ` (as reported by ${e.reportedBy})` : '';
  return `${name}${role}${via}`;
}

function entry(e: QuoteEntry, n: number): string[] {
  const lines = [`${n}. ${who(e)}${e.scare ? ' — scare quote, no speaker' : ''}`];
  lines.push(...wrap(`“${e.text}”`, '   '));
  if (e.fragments?.length)
    lines.push(...wrap(`in the same sentence: ${e.fragments.map((f) => `“${f}”`).join(', ')}`, '   '));
  const main = wordTokens(e.text).join(' ');
  for (const a of e.articles) {
    const meta = [a.outlet, a.published ?? 'undated'].filter(Boolean).join(', ');
    lines.push(`   - ${a.id} (${meta})`);
    if (wordTokens(a.wording).join(' ') !== main) lines.push(...wrap(`worded: “${a.wording}”`, '       '));
  }
  return lines;
}

const span = (first: string | null, last: string | null) =>
  !first ? '' : first === last || !last ? ` (${first})` : ` (${first} to ${last})`;

/**
 * The person card as lines: name, roles with their dates, how much they said in how many articles and outlets,
 * first and last date; a bare surname the corpus could not tie to one person says whom it could be.
 */
export function personCardLines(card: PersonCard): string[] {
  const lines = [card.name];
  if (card.roles.length)
    lines.push(
      `roles: ${card.roles
        .slice(0, 4)
        .map((r) => `${r.role}${span(r.first, r.last)}`)
        .join('; ')}`,
    );
  const n = (x: number, what: string) => `${x.toLocaleString('en-US')} ${what}${x === 1 ? '' : 's'}`;
  lines.push(
    `${n(card.quotations, 'quotation')} in ${n(card.articles, 'article')} from ${n(card.outlets, 'outlet')}${card.first ? `, ${card.first === card.last ? card.first : `${card.first} to ${card.last}`}` : ''}`,
  );
  if (card.ambiguous?.length)
    lines.push(
      `"${card.name}" alone may be any of: ${card.ambiguous.slice(0, 5).join(', ')} (the articles do not say which)`,
    );
  if (card.namesakes.length)
    lines.push(
      `also named so: ${card.namesakes
        .slice(0, 5)
        .map((o) => `${o.name}${o.role ? ` (${o.role})` : ''}, ${n(o.count, 'quotation')}`)
        .join('; ')}`,
    );
  return lines;
}

export function renderQuoteText(answer: QuoteAnswer): string {
  if (!answer.quotes.length) {
    return answer.query ? `No quotations found for "${answer.query}".` : 'No quotations found.';
  }
  const shown = answer.quotes.length;
  const head = answer.query
    ? `${answer.total} quotation${answer.total === 1 ? '' : 's'} for "${answer.query}"${shown < answer.total ? ` (showing ${shown})` : ''}:`
    : `${answer.total} quotation${answer.total === 1 ? '' : 's'}${shown < answer.total ? ` (showing ${shown})` : ''}:`;
  const lines = answer.person ? [...personCardLines(answer.person), '', head] : [head];
  answer.quotes.forEach((e, i) => lines.push('', ...entry(e, i + 1)));
  return lines.join('\n');
}
