// The /toll chart: each metric's estimates over time, one panel per metric, as a PNG for Discord and the CLI.
//
// Vega-Lite spec → Vega SVG (headless, renderer "none") → PNG with @resvg/resvg-js (ships prebuilt binaries, so
// nothing compiles or downloads at install).
//
// How a figure is drawn says how the article bounded it, never more:
// - exact or approximate ("30,000", "some 230,000"): a filled circle at the number;
// - a lower bound ("more than 5,400", "at least 200,000", "thousands"): an upward triangle at the bound. No upper
//   end is drawn, because inventing one ("implied" 10% above, say) would be the fake precision the issue forbids;
//   the triangle reads as "this much, or more";
// - an upper bound ("nearly 300", "up to 300"): a downward triangle at the bound;
// - a range ("between 200 and 300"): a vertical bar from low to high, with a circle at each end.
// Each point is labelled with the figure as written and its estimator; figures of one day and metric share one
// label, one line each, so estimates side by side stay readable and are never averaged.
import { readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import * as vl from 'vega-lite';
import * as vega from 'vega';
import { Resvg } from '@resvg/resvg-js';
import type { Estimate, TollAnswer } from '../answers/types';
import { groupBySeries } from '../answers/types';
import { addDays, daysBetween } from '../extract/dates';

const FONT_FAMILY = 'DejaVu Sans';

/**
 * Font files for resvg, which draws no text without one. They come from the dejavu-fonts-ttf dependency, so the
 * chart looks the same on any machine; Debian's fonts-dejavu-core is the fallback should the package be absent.
 */
function fontFiles(): string[] {
  const found: string[] = [];
  try {
    const require = createRequire(import.meta.url);
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    for (const f of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) if (existsSync(join(dir, f))) found.push(join(dir, f));
  } catch {
    // the package is missing: system fonts only
  }
  for (const dir of ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/TTF', '/usr/share/fonts/dejavu']) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (/^DejaVuSans(?:-Bold)?\.ttf$/.test(f)) found.push(join(dir, f));
  }
  return found;
}

type Mark = 'point' | 'lower bound' | 'upper bound' | 'range';

interface Datum {
  panel: string;
  /** Position among the figures of the same panel and day: side-by-side figures are drawn apart, not on top. */
  slot: number;
  date: string;
  y: number;
  low: number | null;
  high: number | null;
  mark: Mark;
  estimator: string;
}

/** The marker of each kind, repeated in the label so a reader can tell which point is which. */
const GLYPH: Record<Mark, string> = { point: '●', 'lower bound': '▲', 'upper bound': '▼', range: '┃' };
const SHAPE: Record<Mark, string> = { point: 'circle', 'lower bound': 'triangle-up', 'upper bound': 'triangle-down', range: 'circle' };
const LEGEND: Record<Mark, string> = {
  point: 'figure, exact or approximate ("30,000", "some 230,000")',
  'lower bound': 'lower bound, no upper end given ("more than", "at least", "thousands")',
  'upper bound': 'upper bound ("nearly", "up to")',
  range: 'range, low to high ("between 200 and 300")',
};
const SLOT_PX = 16;

function markOf(e: Estimate): Mark {
  if (e.low !== null && e.high !== null && e.low !== e.high) return 'range';
  if (e.low !== null && e.high === null) return 'lower bound';
  if (e.low === null && e.high !== null) return 'upper bound';
  return 'point';
}

function panelName(e: Estimate): string {
  return e.population ? `${e.metric} — ${e.population}` : e.metric;
}

/** The data the spec draws, one row per estimate and one label per (panel, day). */
export function chartData(answer: TollAnswer): { points: Datum[]; labels: { panel: string; date: string; y: number; text: string[] }[] } {
  const slots = new Map<string, number>();
  const points: Datum[] = answer.estimates.map((e) => ({
    panel: panelName(e),
    slot: (() => {
      const k = `${panelName(e)}|${e.asOf}`;
      const n = slots.get(k) ?? 0;
      slots.set(k, n + 1);
      return n;
    })(),
    date: e.asOf,
    y: (e.low ?? e.high ?? 0),
    low: e.low,
    high: e.high,
    mark: markOf(e),
    estimator: e.estimator ?? 'no estimator named',
  }));
  const byDay = new Map<string, { panel: string; date: string; y: number; text: string[] }>();
  answer.estimates.forEach((e, i) => {
    const key = `${points[i].panel}|${e.asOf}`;
    // the day heads its label: the axis ticks rarely fall on it
    const label = byDay.get(key) ?? { panel: points[i].panel, date: e.asOf, y: 0, text: [`as of ${e.asOf}:`] };
    label.y = Math.max(label.y, e.high ?? e.low ?? 0);
    label.text.push(`${GLYPH[points[i].mark]} ${e.display} (${e.estimator ?? 'no estimator named'})`);
    byDay.set(key, label);
  });
  return { points, labels: [...byDay.values()] };
}

/** Panels with more figures than this get no text labels: the estimator's colour and the legend carry them. */
const LABEL_LIMIT = 8;
/** Estimators with their own colour; the rest share one. */
const COLOUR_LIMIT = 8;
const NONE = 'no estimator named';
const OTHER = 'other named sources';
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf'];

export function tollChartSpec(answer: TollAnswer): vl.TopLevelSpec {
  const { points, labels } = chartData(answer);
  const dates = points.map((p) => p.date).sort();
  const first = dates[0] ?? '2000-01-01';
  const last = dates[dates.length - 1] ?? first;
  // Panels in series order, read from the estimates' structured series, not parsed back from their labels.
  const order = groupBySeries(answer.estimates).map((g) => panelName(g.items[0]));
  const panels = [...new Set(points.map((p) => p.panel))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const labelled = panels.every((panel) => points.filter((p) => p.panel === panel).length <= LABEL_LIMIT);
  // Room on the right for the labels of the newest day (only when there are labels), and a little on the left.
  const span = Math.max(daysBetween(first, last), 10);
  const domain = [addDays(first, -Math.ceil(span * 0.05)), addDays(last, Math.ceil(span * (labelled ? 0.9 : 0.05)))];
  // The estimators most figures come from get a colour each; unnamed figures keep a grey of their own.
  const counts = new Map<string, number>();
  for (const p of points) if (p.estimator !== NONE) counts.set(p.estimator, (counts.get(p.estimator) ?? 0) + 1);
  const named = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  const coloured = named.slice(0, COLOUR_LIMIT);
  const source = (e: string) => (e === NONE ? NONE : coloured.includes(e) ? e : OTHER);
  const colourDomain = [...coloured, ...(named.length > COLOUR_LIMIT ? [OTHER] : []), ...(points.some((p) => p.estimator === NONE) ? [NONE] : [])];
  const colourRange = colourDomain.map((d, i) => (d === NONE ? '#7f7f7f' : d === OTHER ? '#bcbd22' : PALETTE[i % PALETTE.length]));
  const x = { field: 'date', type: 'temporal' as const, title: 'as of', scale: { domain }, axis: { format: '%Y-%m-%d', labelAngle: 0, tickCount: 6 } };
  const rows = points.map((p) => ({ ...p, kind: p.mark, source: source(p.estimator), slot: p.slot % 4 }));
  const kinds = (['point', 'lower bound', 'upper bound', 'range'] as Mark[]).filter((k) => points.some((p) => p.mark === k));
  const legendExpr = kinds.map((k) => `datum.label == '${k}' ? '${LEGEND[k].replace(/'/g, "\\'")}'`).join(' : ') + ' : datum.label';
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Casualty and displacement estimates as reported',
      subtitle: labelled ? 'one panel per metric; each label: the figure as written (who estimated it)' : 'one panel per metric; colour: who estimated it; shape: how the article bounded the figure',
      anchor: 'start' as const,
    },
    background: 'white',
    padding: 12,
    config: { font: FONT_FAMILY, view: { stroke: '#ddd' }, axis: { labelFontSize: 11, titleFontSize: 11 }, legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0, titleLimit: 0 } },
    vconcat: panels.map((panel) => {
      const pts = rows.filter((r) => r.panel === panel);
      const lbs = labels.filter((l) => l.panel === panel);
      const values = pts.flatMap((p) => [p.low, p.high]).filter((v): v is number => v !== null && v > 0);
      const top = Math.max(...values, 1);
      const bottom = Math.min(...values, top);
      // Tolls of one metric can run from a handful to hundreds of thousands: a log scale keeps both readable.
      const log = top / bottom >= 100;
      const yScale = log ? { type: 'log' as const, domain: [Math.max(1, bottom / 2), top * 2] } : { zero: true, nice: true, domain: [0, top * 1.25] };
      const y = { type: 'quantitative' as const, title: log ? 'people (log scale)' : 'people', scale: yScale, axis: { format: ',d', tickCount: log ? 6 : 4 } };
      const maxSlot = Math.max(0, ...pts.map((p) => p.slot));
      return {
        title: { text: panel, anchor: 'start' as const, fontSize: 13 },
        width: 620,
        height: pts.length > LABEL_LIMIT ? 240 : 150,
        layer: [
          // ranges: a bar from low to high
          {
            data: { values: pts.filter((p) => p.kind === 'range') },
            mark: { type: 'rule' as const, strokeWidth: 3 },
            encoding: { x, y: { ...y, field: 'low' }, y2: { field: 'high' }, color: { field: 'source', type: 'nominal' as const, title: 'who estimated it', scale: { domain: colourDomain, range: colourRange }, legend: { orient: 'bottom' as const, direction: 'vertical' as const, columns: 2 } } },
          },
          // one layer per slot, shifted right by a few pixels, so figures of one day never hide each other
          ...[...new Set(pts.map((p) => p.slot))].map((slot) => ({
            data: { values: pts.filter((p) => p.slot === slot) },
            mark: { type: 'point' as const, filled: true, size: 120, opacity: 0.85, xOffset: slot * (labelled ? SLOT_PX : 6) },
            encoding: {
              x,
              y: { ...y, field: 'y' },
              shape: {
                field: 'kind', type: 'nominal' as const, title: 'how the article bounded the figure',
                scale: { domain: kinds, range: kinds.map((k) => SHAPE[k]) },
                legend: { orient: 'bottom' as const, direction: 'vertical' as const, labelExpr: legendExpr },
              },
              color: {
                field: 'source', type: 'nominal' as const, title: 'who estimated it',
                scale: { domain: colourDomain, range: colourRange },
                legend: { orient: 'bottom' as const, direction: 'vertical' as const, columns: 2 },
              },
            },
          })),
          ...(labelled
            ? [{
                data: { values: lbs },
                mark: { type: 'text' as const, align: 'left' as const, baseline: 'middle' as const, dx: 12 + SLOT_PX * maxSlot, fontSize: 11, lineHeight: 15 },
                encoding: { x, y: { ...y, field: 'y' }, text: { field: 'text' } },
              }]
            : []),
        ],
        resolve: { scale: { y: 'shared' as const } },
      };
    }),
    resolve: { legend: { shape: 'shared' as const, color: 'shared' as const }, scale: { color: 'shared' as const, shape: 'shared' as const } },
  };
  return spec as unknown as vl.TopLevelSpec;
}

/** A PNG of the answer's current estimates (history is left out: it is no part of the timeline). */
export async function renderTollChart(answer: TollAnswer): Promise<Buffer> {
  if (!answer.estimates.length) {
    const empty: TollAnswer = { ...answer };
    return renderSvg(await emptySvg(empty));
  }
  const compiled = vl.compile(tollChartSpec(answer)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG(2);
  view.finalize();
  return renderSvg(svg);
}

async function emptySvg(_answer: TollAnswer): Promise<string> {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="80"><rect width="600" height="80" fill="white"/><text x="16" y="44" font-family="${FONT_FAMILY}" font-size="16">No casualty or displacement figures to chart.</text></svg>`;
}

function renderSvg(svg: string): Buffer {
  const files = fontFiles();
  const resvg = new Resvg(svg, {
    background: 'white',
    font: { loadSystemFonts: files.length === 0, fontFiles: files, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return Buffer.from(resvg.render().asPng());
}
