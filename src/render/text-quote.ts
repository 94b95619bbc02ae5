// /quote for a terminal: each quotation once, who said it (and who reported it, for nested attributions), then
// every article carrying it with its date and outlet, and that article's own wording where it differs.
import type { QuoteAnswer, QuoteEntry } from '../answers/types';
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
  const main = wordTokens(e.text).join(' ');
  for (const a of e.articles) {
    const meta = [a.outlet, a.published ?? 'undated'].filter(Boolean).join(', ');
    lines.push(`   - ${a.id} (${meta})`);
    if (wordTokens(a.wording).join(' ') !== main) lines.push(...wrap(`worded: “${a.wording}”`, '       '));
  }
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
  const lines = [head];
  answer.quotes.forEach((e, i) => lines.push('', ...entry(e, i + 1)));
  return lines.join('\n');
}
