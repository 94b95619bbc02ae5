// The vocabulary the extractors produce, defined here (in extraction) so the answer schemas derive from it and no
// import runs from extraction up to answers: what a figure counts (metric), how its number is bounded (qualifier),
// how precise its date is, and the series a figure belongs to (a metric, and the part of a population it counts).

/** What a casualty or displacement figure counts. */
// 'killed-or-injured': a combined count ("killed or wounded", "casualties"), never filed as deaths.
export const METRICS = [
  'killed',
  'injured',
  'displaced',
  'refugees',
  'detained',
  'missing',
  'killed-or-injured',
] as const;
export type Metric = (typeof METRICS)[number];

/** How the article bounded the number: "more than 5,400" is 'over', "at least 30" 'at-least', "thousands" 'vague'. */
export const QUALIFIERS = ['exact', 'over', 'at-least', 'approx', 'up-to', 'range', 'vague'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How precise a date is: "on Tuesday" a day, "in March" a month, "in 1982" a year. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * The series a figure belongs to: its metric, and the located part of a population it counts, if any ("refugees",
 * population "mostly Iraqi refugees living in Syria"). A structured key: never a label parsed back.
 */
export interface Series {
  metric: Metric;
  population: string | null;
}

export function seriesOf(e: { metric: Metric; population?: string | null }): Series {
  return { metric: e.metric, population: e.population ?? null };
}

/** A Map key for a series. */
export function seriesId(s: Series): string {
  return JSON.stringify([s.metric, s.population]);
}

/** "refugees — mostly Iraqi refugees living in Syria", or the metric alone. */
export function seriesLabel(s: Series, separator = ' — '): string {
  return s.population ? `${s.metric}${separator}${s.population}` : s.metric;
}

/** Metrics in their order (deaths first), the totals before a located part, then by the part's words. */
export function compareSeries(a: Series, b: Series): number {
  return (
    METRICS.indexOf(a.metric) - METRICS.indexOf(b.metric) ||
    Number(!!a.population) - Number(!!b.population) ||
    (a.population ?? '').localeCompare(b.population ?? '')
  );
}

/** Items grouped by series, in series order, each group in the items' order. */
export function groupBySeries<T extends { metric: Metric; population?: string | null }>(
  items: T[],
): { series: Series; items: T[] }[] {
  const groups = new Map<string, { series: Series; items: T[] }>();
  for (const e of items) {
    const s = seriesOf(e);
    const id = seriesId(s);
    const g = groups.get(id);
    if (g) g.items.push(e);
    else groups.set(id, { series: s, items: [e] });
  }
  return [...groups.values()].sort((a, b) => compareSeries(a.series, b.series));
}
