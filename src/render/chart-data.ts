// What the /toll chart shows, worked out from the answer before anything is drawn: one panel per metric (a located
// population, "mostly Iraqi refugees living in Syria", in a panel of its own), in each panel one series per
// estimator, the source line and the alt text. Pure functions: the same model feeds the SVG and the words a screen
// reader speaks, so the two never disagree.
import type { Estimate, Metric, TollAnswer } from '../answers/types';
import { METRICS } from '../answers/types';
import { capitalised, MONTH_SHORT } from '../util/calendar';

/** How the article bounded a figure, which decides its marker. */
export type Bound = 'point' | 'lower' | 'upper' | 'range';

export interface ChartFigure {
  date: string;
  low: number;
  high: number;
  bound: Bound;
  /** The figure as the article put it: "more than 5,400". */
  display: string;
}

export interface ChartSeries {
  /** Who estimated it, as the articles name them ("United Nations"), or the grey group of the rest. */
  label: string;
  colour: string;
  /** One estimator's figures are joined as a step line; the grey group's are points only (they are not one series). */
  joined: boolean;
  figures: ChartFigure[];
}

export interface ChartPanel {
  metric: Metric;
  title: string;
  series: ChartSeries[];
}

export interface ChartModel {
  title: string;
  /** First and last as-of date of the figures drawn. */
  from: string;
  to: string;
  panels: ChartPanel[];
  /** Panels left out for room (their figures stay in the text answer). */
  panelsLeftOut: number;
  legend: { label: string; colour: string; joined: boolean }[];
  bounds: Bound[];
  articles: number;
  outlets: string[];
}

/** Panels drawn at most: six small multiples still read at 520 pixels; more would be a stack of stamps. */
export const MAX_PANELS = 6;
/** Estimators with a colour and a line of their own; the rest are one grey group. */
export const MAX_COLOURED = 5;
// Colour-blind-safe hues that stay apart when small (Okabe and Ito), darkened a little to read on white.
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00'];
export const GREY = '#8c8c8c';

const METRIC_TITLE: Record<Metric, string> = {
  killed: 'Killed',
  injured: 'Injured',
  displaced: 'Displaced',
  refugees: 'Refugees',
  detained: 'Detained',
  missing: 'Missing',
  'killed-or-injured': 'Killed or injured',
};
const METRIC_PHRASE: Record<Metric, string> = {
  killed: 'People killed',
  injured: 'People injured',
  displaced: 'People displaced',
  refugees: 'Refugees',
  detained: 'People detained',
  missing: 'People missing',
  'killed-or-injured': 'People killed or injured',
};

export function boundOf(e: Estimate): Bound {
  if (e.low !== null && e.high !== null && e.low !== e.high) return 'range';
  if (e.low !== null && e.high === null) return 'lower';
  if (e.low === null && e.high !== null) return 'upper';
  return 'point';
}

function figureOf(e: Estimate): ChartFigure {
  const low = e.low ?? e.high ?? 0;
  const high = e.high ?? e.low ?? 0;
  return { date: e.asOf, low, high, bound: boundOf(e), display: e.display };
}

const keyOf = (e: Estimate) => (e.estimatorKey ?? e.estimator ?? '').toLowerCase();

/** `coloured`: how many estimators get a colour and a line (fewer when their names would not fit the legend). */
export function chartModel(answer: TollAnswer, maxColoured = MAX_COLOURED): ChartModel {
  const estimates = answer.estimates.filter((e) => !e.history && (e.low !== null || e.high !== null));
  // Estimators ranked by how many figures they give; each is named as the articles name it most often.
  const count = new Map<string, number>();
  const names = new Map<string, Map<string, number>>();
  for (const e of estimates) {
    if (!e.estimator) continue;
    const k = keyOf(e);
    count.set(k, (count.get(k) ?? 0) + 1);
    const n = names.get(k) ?? new Map<string, number>();
    n.set(e.estimator, (n.get(e.estimator) ?? 0) + 1);
    names.set(k, n);
  }
  const ranked = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const coloured = new Map(ranked.slice(0, maxColoured).map((k, i) => [k, PALETTE[i]]));
  const nameOf = (k: string) =>
    [...names.get(k)!.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const otherNamed = ranked.length > maxColoured;
  const unnamed = estimates.some((e) => !e.estimator);
  const greyLabel =
    otherNamed && unnamed ? 'other or no source named' : otherNamed ? 'other sources' : 'no source named';

  // Panels: metric order, then a metric's located populations after it.
  const panelKey = (e: Estimate) => `${METRICS.indexOf(e.metric)}|${e.population ?? ''}`;
  const byPanel = new Map<string, Estimate[]>();
  for (const e of estimates) byPanel.set(panelKey(e), [...(byPanel.get(panelKey(e)) ?? []), e]);
  const keys = [...byPanel.keys()].sort((a, b) => {
    const [ma, pa] = a.split('|');
    const [mb, pb] = b.split('|');
    return (
      Number(ma) - Number(mb) ||
      (pa === '' ? -1 : pb === '' ? 1 : byPanel.get(b)!.length - byPanel.get(a)!.length || pa.localeCompare(pb))
    );
  });
  // Room for MAX_PANELS: a metric's totals before its located parts, the fullest panels first.
  const shown =
    keys.length <= MAX_PANELS
      ? keys
      : [...keys]
          .sort(
            (a, b) =>
              (a.endsWith('|') ? 0 : 1) - (b.endsWith('|') ? 0 : 1) || byPanel.get(b)!.length - byPanel.get(a)!.length,
          )
          .slice(0, MAX_PANELS);
  const panels: ChartPanel[] = keys
    .filter((k) => shown.includes(k))
    .map((k) => {
      const list = byPanel.get(k)!;
      const first = list[0];
      const series = new Map<string, ChartSeries>();
      for (const e of [...list].sort(
        (a, b) => a.asOf.localeCompare(b.asOf) || (a.low ?? a.high ?? 0) - (b.low ?? b.high ?? 0),
      )) {
        const k2 = e.estimator ? keyOf(e) : '';
        const colour = coloured.get(k2);
        const id = colour ? k2 : '\u0000grey';
        const s = series.get(id) ?? {
          label: colour ? nameOf(k2) : greyLabel,
          colour: colour ?? GREY,
          joined: colour !== undefined,
          figures: [],
        };
        s.figures.push(figureOf(e));
        series.set(id, s);
      }
      // The grey group first, so the coloured lines are drawn over it.
      const ordered = [...series.entries()]
        .sort((a, b) =>
          a[0] === '\u0000grey' ? -1 : b[0] === '\u0000grey' ? 1 : ranked.indexOf(a[0]) - ranked.indexOf(b[0]),
        )
        .map(([, s]) => s);
      return {
        metric: first.metric,
        title: first.population ? `${METRIC_TITLE[first.metric]}: ${first.population}` : METRIC_TITLE[first.metric],
        series: ordered,
      };
    });

  const drawn = panels.flatMap((p) => p.series.flatMap((s) => s.figures));
  const dates = drawn.map((f) => f.date).sort();
  const metrics = [...new Set(panels.map((p) => p.metric))];
  const legend = [
    ...ranked
      .filter((k) => coloured.has(k) && panels.some((p) => p.series.some((s) => s.colour === coloured.get(k))))
      .map((k) => ({ label: nameOf(k), colour: coloured.get(k)!, joined: true })),
    ...(panels.some((p) => p.series.some((s) => !s.joined)) ? [{ label: greyLabel, colour: GREY, joined: false }] : []),
  ];
  // Articles and outlets behind the figures drawn, the outlets that carry most first.
  const articleIds = new Set<string>();
  const outletCount = new Map<string, number>();
  const inPanels = estimates.filter((e) => shown.includes(panelKey(e)));
  for (const e of inPanels) {
    for (const a of e.articles) {
      if (articleIds.has(a.id)) continue;
      articleIds.add(a.id);
      if (a.outlet) outletCount.set(a.outlet, (outletCount.get(a.outlet) ?? 0) + 1);
    }
  }
  return {
    title:
      metrics.length === 1
        ? `${METRIC_PHRASE[metrics[0]]}, as reported`
        : 'Casualty and displacement figures, as reported',
    from: dates[0] ?? '',
    to: dates[dates.length - 1] ?? '',
    panels,
    panelsLeftOut: keys.length - shown.length,
    legend,
    bounds: (['point', 'lower', 'upper', 'range'] as Bound[]).filter((b) => drawn.some((f) => f.bound === b)),
    articles: articleIds.size,
    outlets: [...outletCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([o]) => o),
  };
}

const MONTHS = MONTH_SHORT.map(capitalised);

/** "2 Feb 2012"; the year left out when `year` is false. */
export function dayText(iso: string, year = true): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]}${year ? ` ${y}` : ''}`;
}

/** "2 Feb – 13 Mar 2012", "13 Mar 2012", "30 Dec 2012 – 2 Jan 2013". */
export function rangeText(from: string, to: string): string {
  if (!from) return '';
  if (from === to) return dayText(from);
  return `${dayText(from, from.slice(0, 4) !== to.slice(0, 4))} – ${dayText(to)}`;
}

/** "Source: 5 articles, msnbc.com, Haaretz, … · figures as reported", outlets cut to `maxOutlets`. */
export function sourceLine(model: ChartModel, maxOutlets = model.outlets.length): string {
  const shown = model.outlets.slice(0, maxOutlets);
  const more = model.outlets.length - shown.length;
  const n = `${model.articles.toLocaleString('en-US')} article${model.articles === 1 ? '' : 's'}`;
  return `Source: ${[n, ...shown].join(', ')}${more ? `, ${more} more` : ''} · figures as reported`;
}

const BOUND_WORDS: Record<Bound, string> = {
  point: '',
  lower: ' (a lower bound)',
  upper: ' (an upper bound)',
  range: ' (a range)',
};

/** Discord takes at most 1,024 characters of an attachment's description. */
export const ALT_LIMIT = 1024;

/**
 * The chart in words, for screen readers: what it shows and the dates, then each panel's figures by estimator as
 * written ("United Nations: more than 5,400 on 2 Feb 2012 (a lower bound), more than 7,500 on 13 Mar 2012 (a lower
 * bound)"). When that is longer than `limit`, each estimator is told by its latest figure and how many it gave;
 * what still does not fit is counted, never cut mid-word.
 */
export function altText(model: ChartModel, limit = ALT_LIMIT): string {
  if (!model.panels.length) return 'Chart: no casualty or displacement figures to show.';
  const head = `Chart of ${model.title.replace(/, as reported$/, '').toLowerCase()}, as reported, ${rangeText(model.from, model.to)}.`;
  const tail = ` ${sourceLine(model, 3).replace(' · figures as reported', '')}.`;
  const fig = (f: ChartFigure) => `${f.display} on ${dayText(f.date)}${BOUND_WORDS[f.bound]}`;
  // Estimators with most figures first, the grey group last.
  const ordered = (p: ChartPanel) => [...p.series.filter((s) => s.joined), ...p.series.filter((s) => !s.joined)];
  const full = (s: ChartSeries) => {
    const fs = s.figures;
    return fs.length <= 3
      ? `${s.label}: ${fs.map(fig).join(', ')}`
      : `${s.label}: ${fs.length} figures, from ${fig(fs[0])} to ${fig(fs[fs.length - 1])}`;
  };
  const latest = (s: ChartSeries) =>
    `${s.label}: ${fig(s.figures[s.figures.length - 1])}${s.figures.length > 1 ? `, the latest of ${s.figures.length}` : ''}`;
  const leftOut = model.panelsLeftOut ? ` ${model.panelsLeftOut} more series not drawn.` : '';
  for (const tell of [full, latest]) {
    const text = `${head} ${model.panels.map((p) => `${p.title}: ${ordered(p).map(tell).join('; ')}.`).join(' ')}${leftOut}${tail}`;
    if (text.length <= limit) return text;
  }
  // Still too long: as many estimators' latest figures as fit, panel by panel, and a count of the rest.
  const clauses = model.panels.flatMap((p) =>
    ordered(p).map((s, i) => ({ panel: p.title, first: i === 0, text: latest(s) })),
  );
  let body = '';
  let told = 0;
  for (const c of clauses) {
    const next = body + (c.first ? `${body ? '. ' : ''}${c.panel}: ` : '; ') + c.text;
    const rest = clauses.length - told - 1;
    if (`${head} ${next}. And ${rest} more estimates not told here.${tail}`.length > limit) break;
    body = next;
    told++;
  }
  return `${head} ${body}. And ${clauses.length - told} more estimates not told here.${tail}`;
}
