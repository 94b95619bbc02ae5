// /toll for a terminal: estimates grouped by metric, newest first, each with who gave it and every article carrying
// it; then what changed between dates; then figures about earlier events, and those of articles with no date, apart.
import type { Estimate, TollAnswer, UndatedEstimate } from '../answers/types';
import { groupBySeries, seriesLabel } from '../answers/types';

function dateLabel(e: Estimate): string {
  if (e.asOfPrecision === 'year') return e.asOf.slice(0, 4);
  if (e.asOfPrecision === 'month') return e.asOf.slice(0, 7);
  return e.asOf;
}

function articleList(e: Pick<Estimate, 'articles'>): string {
  return e.articles
    .map((a) => {
      const who = [a.outlet, a.published].filter(Boolean).join(', ');
      const wording = a.wording ? ` "${a.wording}"` : '';
      return `${a.id}${who ? ` (${who})` : ''}${wording}`;
    })
    .join('; ');
}

const isDated = (e: Estimate | UndatedEstimate): e is Estimate => 'asOf' in e;

function row(e: Estimate | UndatedEstimate): string[] {
  const count = `${e.articles.length} article${e.articles.length === 1 ? '' : 's'}`;
  return [
    `  ${(isDated(e) ? dateLabel(e) : 'undated').padEnd(10)}  ${e.display} — ${e.estimator ?? 'no estimator named'} — ${count}`,
    `              ${articleList(e)}`,
  ];
}

export function renderTollText(answer: TollAnswer): string {
  const lines: string[] = [];
  const history = answer.history ?? [];
  const undated = answer.undated ?? [];
  if (!answer.estimates.length) {
    lines.push('No casualty or displacement figures found for that question.');
  } else {
    lines.push(`${answer.estimates.length} estimate${answer.estimates.length === 1 ? '' : 's'}, newest first:`);
    for (const group of groupBySeries(answer.estimates)) {
      lines.push('', seriesLabel(group.series));
      for (const e of group.items) lines.push(...row(e));
    }
  }
  if (answer.changes.length) {
    lines.push('', 'What changed:');
    for (const c of answer.changes) lines.push(`  • ${c}`);
  }
  if (history.length) {
    lines.push('', 'History (earlier events, kept out of the timeline):');
    for (const e of history) lines.push(...row({ ...e, display: `${e.display} ${e.metric}` }));
  }
  if (undated.length) {
    lines.push('', 'Undated (the article gives no date, so these stay out of the timeline):');
    for (const e of undated) lines.push(...row({ ...e, display: `${e.display} ${e.metric}` }));
  }
  return lines.join('\n');
}
