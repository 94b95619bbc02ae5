// Terminal renderings shared by the CLI and the local console. Each command's own renderer lives beside this
// one (text-quote.ts, text-toll.ts, text-sources.ts); this module holds the corpus-level ones.
import type { ArticlesAnswer } from '../answers/types';

export function renderArticlesText(answer: ArticlesAnswer): string {
  const lines: string[] = [];
  lines.push(`${answer.articles.length} article${answer.articles.length === 1 ? '' : 's'}`);
  for (const a of answer.articles) {
    const head = [a.published ?? 'undated', a.outlet ?? 'unknown outlet'].join(' · ');
    lines.push('');
    lines.push(`${a.id}`);
    lines.push(`  ${head}`);
    lines.push(`  ${a.title ?? '(no headline)'}`);
    const extra: string[] = [`${a.paragraphs} paragraphs, ${a.sentences} sentences`];
    if (a.credits?.wire.length) extra.push(`wire: ${a.credits.wire.join(', ')}`);
    if (a.family && a.family !== a.id) extra.push(`copy of ${a.family}`);
    if (a.added) extra.push(`added ${a.added.slice(0, 16).replace('T', ' ')} UTC`);
    lines.push(`  ${extra.join(' · ')}`);
  }
  if (answer.families?.length) {
    lines.push('', 'Copy families:');
    for (const f of answer.families) {
      lines.push(
        `  ${f.original} ← ${f.copies.map((c) => `${c.id} (${Math.round(c.shared * 100)}% shared)`).join(', ')}`,
      );
    }
  }
  if (answer.warnings.length) {
    lines.push('', 'Load warnings:');
    for (const w of answer.warnings) {
      const where = w.entry !== undefined ? `${w.file} entry ${w.entry}${w.field ? ` (${w.field})` : ''}` : w.file;
      lines.push(`  ${where}: ${w.message}`);
    }
  }
  return lines.join('\n');
}
