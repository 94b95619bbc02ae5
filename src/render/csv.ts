// Answers as CSV, for a spreadsheet or a newsroom's own tools: one row per quotation and article, per estimate and
// article, per matching article. RFC 4180 quoting; a cell that a spreadsheet would run as a formula ("=", "+", "-",
// "@" first) is prefixed with an apostrophe, since article text is not ours to trust.
import type { QuoteAnswer, SourcesAnswer, TollAnswer } from '../answers/types';

type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  if (v === null || v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export const QUOTE_COLUMNS = [
  'speaker',
  'role',
  'text',
  'article_id',
  'published',
  'outlet',
  'title',
  'url',
  'wording',
];

export function quotesCsv(answer: QuoteAnswer): string {
  const rows = answer.quotes.flatMap((q) =>
    q.articles.map((a) => [
      q.speaker,
      q.role ?? null,
      q.text,
      a.id,
      a.published,
      a.outlet,
      a.title,
      a.url,
      a.wording !== q.text ? a.wording : null,
    ]),
  );
  return toCsv(QUOTE_COLUMNS, rows);
}

export const ESTIMATE_COLUMNS = [
  'metric',
  'low',
  'high',
  'display',
  'qualifier',
  'estimator',
  'as_of',
  'history',
  'article_id',
  'published',
  'outlet',
  'title',
  'url',
  'sentence',
];

export function estimatesCsv(answer: TollAnswer): string {
  // (a figure from an article with no date leaves as_of and history empty)
  const all = [
    ...answer.estimates,
    ...(answer.history ?? []),
    ...(answer.undated ?? []).map((e) => ({ ...e, asOf: null, history: null })),
  ];
  const rows = all.flatMap((e) =>
    e.articles.map((a) => [
      e.metric,
      e.low,
      e.high,
      a.wording ?? e.display,
      e.qualifier ?? null,
      e.estimator,
      e.asOf,
      e.history,
      a.id,
      a.published,
      a.outlet,
      a.title,
      a.url,
      a.sentence,
    ]),
  );
  return toCsv(ESTIMATE_COLUMNS, rows);
}

export const MATCH_COLUMNS = [
  'article_id',
  'published',
  'outlet',
  'title',
  'url',
  'text',
  'attribution',
  'wire',
  'copy_of',
  'score',
];

export function matchesCsv(answer: SourcesAnswer): string {
  const rows = answer.matches.map((m) => [
    m.id,
    m.published,
    m.outlet,
    m.title,
    m.url,
    m.text,
    m.attribution,
    m.credits.wire.join('; '),
    m.copyOf,
    m.score,
  ]);
  return toCsv(MATCH_COLUMNS, rows);
}
