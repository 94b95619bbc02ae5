// The /toll chart drawn as SVG, for a 16:9 frame that still reads at the 520 pixels Discord gives an image in a
// channel: a title with the dates, one legend line, the metrics as small multiples sharing one date axis, a source
// line. Scales and ticks come from d3-scale; marks and layout are written here so every label's size and place is
// chosen for that width, not left to a general layout engine.
//
// How a figure is drawn says how the article bounded it, never more:
// - exact or approximate ("30,000", "some 230,000"): a filled dot;
// - a lower bound ("more than 5,400", "at least 200,000", "thousands"): an open triangle pointing up, with no upper
//   end invented;
// - an upper bound ("nearly 300", "up to 300"): an open triangle pointing down;
// - a range ("between 200 and 300"): a band from low to high, carried until the estimator's next figure.
// One estimator's figures are joined as a step line (a figure holds until the next one replaces it).
import { scaleLinear, scaleLog, scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type { TollAnswer } from '../answers/types';
import {
  type Bound,
  type ChartFigure,
  type ChartModel,
  type ChartPanel,
  chartModel,
  MAX_COLOURED,
  rangeText,
  sourceLine,
} from './chart-data';

/** The frame in CSS pixels; the PNG is drawn at twice this (1200 × 676) so it stays sharp when enlarged. */
export const FRAME = { width: 600, height: 338 };
export const FONT_FAMILY = 'DejaVu Sans';
const INK = '#222222';
const MUTED = '#5f5f5f';
const RULE = '#e3e3e3';
const SIZE = { title: 21, subtitle: 13.5, legend: 13, panel: 14, tick: 13, label: 13, source: 12 };
const PAD = 14;

/** Width of a text in DejaVu Sans, close enough to lay out and cut labels (advance widths by character class). */
export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) {
    if (/[il.,:;'|!\u2009 ]/.test(ch)) w += 0.3;
    else if (/[fjrt()\-\u2013[\]]/.test(ch)) w += 0.4;
    else if (/[0-9]/.test(ch)) w += 0.64;
    else if (/[mwMW]/.test(ch)) w += 0.92;
    else if (/[A-Z]/.test(ch)) w += 0.7;
    else w += 0.6;
  }
  return w * size * (bold ? 1.1 : 1);
}

/** The text cut with "…" to fit `width`. */
export function fit(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  let t = text;
  while (t.length > 1 && textWidth(`${t}…`, size, bold) > width) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (n: number) => Math.round(n * 10) / 10;

function text(
  x: number,
  y: number,
  s: string,
  size: number,
  opts: { fill?: string; bold?: boolean; anchor?: 'start' | 'middle' | 'end' } = {},
): string {
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${size}"${opts.bold ? ' font-weight="bold"' : ''} fill="${opts.fill ?? INK}"${opts.anchor && opts.anchor !== 'start' ? ` text-anchor="${opts.anchor}"` : ''}>${esc(s)}</text>`;
}

/** "950", "7,500", "45K", "230K", "1.2M": short enough for an axis a few hundred pixels wide. */
export function shortNumber(n: number): string {
  if (n >= 1e6) return `${+(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)}M`;
  if (n >= 1e4) return `${+(n / 1e3).toFixed(n >= 1e5 ? 0 : 1)}K`;
  return Math.round(n).toLocaleString('en-US');
}

/** The figure's label at the end of its line: "7,500+" for more than 7,500, "≤300" for up to 300, "200–300". */
function figureLabel(f: ChartFigure): string {
  if (f.bound === 'range') return `${shortNumber(f.low)}–${shortNumber(f.high)}`;
  if (f.bound === 'lower') return `${shortNumber(f.low)}+`;
  if (f.bound === 'upper') return `≤${shortNumber(f.high)}`;
  return shortNumber(f.low);
}

function marker(bound: Bound, x: number, y: number, colour: string, r = 4.6): string {
  if (bound === 'lower')
    return `<path d="M${r1(x)},${r1(y - r * 1.25)} L${r1(x + r * 1.15)},${r1(y + r * 0.75)} L${r1(x - r * 1.15)},${r1(y + r * 0.75)} Z" fill="white" stroke="${colour}" stroke-width="2"/>`;
  if (bound === 'upper')
    return `<path d="M${r1(x)},${r1(y + r * 1.25)} L${r1(x + r * 1.15)},${r1(y - r * 0.75)} L${r1(x - r * 1.15)},${r1(y - r * 0.75)} Z" fill="white" stroke="${colour}" stroke-width="2"/>`;
  return `<circle cx="${r1(x)}" cy="${r1(y)}" r="${r}" fill="${colour}" stroke="white" stroke-width="1.2"/>`;
}

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Ticks of one date axis, labelled so a reader takes them in at a glance. Over a few months the first and last
 * figures' own days are marked ("Feb 2", "Mar 13") with calendar ticks between them where there is room; over
 * longer spans, months ("Mar", "Jan 2013") or years.
 */
function dateTicks(d0: number, d1: number, first: number, last: number, width: number): { t: number; label: string }[] {
  const count = Math.max(2, Math.floor(width / 110));
  const ticks = scaleUtc()
    .domain([new Date(d0), new Date(d1)])
    .ticks(count)
    .filter((d) => d.getTime() >= d0 && d.getTime() <= d1);
  if (last - first < 180 * DAY) {
    const day = utcFormat('%b %-d');
    if (first === last) return [{ t: first, label: day(new Date(first)) }];
    const minGap = ((d1 - d0) * 90) / width; // about 90 pixels between labels
    const ends = [first, last];
    const between = ticks.map((d) => d.getTime()).filter((t) => ends.every((e) => Math.abs(t - e) >= minGap));
    const kept: number[] = [];
    for (const t of between) if (!kept.length || t - kept[kept.length - 1] >= minGap) kept.push(t);
    return [...ends, ...kept].sort((a, b) => a - b).map((t) => ({ t, label: day(new Date(t)) }));
  }
  const allJan = ticks.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1);
  return ticks.map((d, i) => ({
    t: d.getTime(),
    label: allJan ? utcFormat('%Y')(d) : utcFormat(i === 0 || d.getUTCMonth() === 0 ? '%b %Y' : '%b')(d),
  }));
}

interface YAxis {
  scale: (v: number) => number;
  ticks: number[];
  log: boolean;
}

/** Zero-based linear, or log when the panel's figures span two orders of magnitude or more. */
function yAxis(panel: ChartPanel, top: number, bottom: number): YAxis {
  const values = panel.series.flatMap((s) => s.figures.flatMap((f) => [f.low, f.high])).filter((v) => v > 0);
  const max = Math.max(1, ...values);
  const min = Math.min(max, ...values);
  const rows = Math.max(2, Math.min(4, Math.floor((bottom - top) / 40)));
  if (max / min >= 100) {
    // Every k-th power of ten, k chosen so the ticks fit the panel's height, the top tick at or above the largest.
    const lo = 10 ** Math.floor(Math.log10(min));
    const decades = Math.max(1, Math.ceil(Math.log10(max / lo) - 1e-9));
    const k = Math.ceil(decades / rows);
    const hi = lo * 10 ** (k * Math.ceil(decades / k));
    const s = scaleLog().domain([lo, hi]).range([bottom, top]);
    const ticks: number[] = [];
    for (let v = lo; v <= hi * 1.0001; v *= 10 ** k) ticks.push(v);
    return { scale: (v) => s(Math.max(lo, v)), ticks, log: true };
  }
  const s = scaleLinear()
    .domain([0, max * 1.08])
    .range([bottom, top])
    .nice(Math.min(rows, 3));
  return { scale: s, ticks: s.ticks(Math.min(rows, 3)), log: false };
}

/** Linear ticks in one unit ("0, 5K, 10K", not "0, 5,000, 10K"); log ticks each in its own ("1, 100, 10K"). */
function tickLabels(ticks: number[], log: boolean): string[] {
  const max = Math.max(...ticks);
  if (log || max < 1e4) return ticks.map(shortNumber);
  const [unit, div] = max >= 1e6 ? ['M', 1e6] : ['K', 1e3];
  return ticks.map((v) => (v === 0 ? '0' : `${+(v / div).toFixed(2)}${unit}`));
}

interface PanelBox {
  x: number;
  y: number;
  w: number;
  h: number;
  labelRoom: number;
  dateLabels: boolean;
  alone: boolean;
}

function drawPanel(
  panel: ChartPanel,
  box: PanelBox,
  x: (t: number) => number,
  xTicks: { t: number; label: string }[],
): string {
  const out: string[] = [];
  const titleY = box.y + SIZE.panel;
  const plotBottom = box.y + box.h - (box.dateLabels ? SIZE.tick + 8 : 4);
  const logScale = yAxis(panel, titleY + 12, plotBottom).log;
  // A lone panel's metric is already in the chart's title: it keeps only a log scale's mention.
  const title = box.alone ? (logScale ? 'log scale' : '') : panel.title + (logScale ? ' (log scale)' : '');
  const plotTop = title ? titleY + 12 : box.y + 8;
  const y = yAxis(panel, plotTop, plotBottom);
  if (title) out.push(text(box.x, titleY, fit(title, box.w, SIZE.panel, true), SIZE.panel, { bold: true }));
  const labels = tickLabels(y.ticks, y.log);
  const gutter = Math.max(...labels.map((l) => textWidth(l, SIZE.tick))) + 6;
  const left = box.x + gutter;
  const right = box.x + box.w - box.labelRoom;
  const px = (t: number) => left + x(t) * (right - left);
  // gridlines with their values
  y.ticks.forEach((v, i) => {
    const yy = y.scale(v);
    out.push(
      `<line x1="${r1(left)}" x2="${r1(box.x + box.w)}" y1="${r1(yy)}" y2="${r1(yy)}" stroke="${i === 0 ? '#9a9a9a' : RULE}" stroke-width="1"/>`,
    );
    out.push(text(left - 6, yy + SIZE.tick * 0.35, labels[i], SIZE.tick, { fill: MUTED, anchor: 'end' }));
  });
  // date ticks; their labels only under the lowest panel of a column, as the panels share the date axis
  for (const tk of xTicks) {
    const xx = px(tk.t);
    out.push(
      `<line x1="${r1(xx)}" x2="${r1(xx)}" y1="${r1(plotBottom)}" y2="${r1(plotBottom + 4)}" stroke="#9a9a9a"/>`,
    );
    if (box.dateLabels)
      out.push(text(xx, plotBottom + 5 + SIZE.tick, tk.label, SIZE.tick, { fill: MUTED, anchor: 'middle' }));
  }
  // Figures on one day are set a little apart, so two estimators' marks never hide each other.
  const sameDay = new Map<string, number>();
  const offsets = panel.series.map((s) =>
    s.figures.map((f) => {
      const n = sameDay.get(f.date) ?? 0;
      sameDay.set(f.date, n + 1);
      return n;
    }),
  );
  const spread = (date: string, n: number) => {
    const k = sameDay.get(date) ?? 1;
    return k > 1 ? (n - (k - 1) / 2) * Math.min(11, 30 / k) : 0;
  };
  const mid = (f: ChartFigure) =>
    f.bound === 'range' ? (y.log ? Math.sqrt(f.low * f.high) : (f.low + f.high) / 2) : f.low;
  const ends: { x: number; y: number; text: string; colour: string; weight: number }[] = [];
  // Marks shrink as a line's figures crowd together, so a dense series reads as a line, not a row of beads.
  const radius = (n: number) => Math.max(2.4, Math.min(4.6, (right - left) / (n * 2.2)));
  panel.series.forEach((s, si) => {
    const pts = s.figures.map((f, i) => ({
      f,
      x: px(toTime(f.date)),
      y: y.scale(mid(f)),
      off: spread(f.date, offsets[si][i]),
    }));
    if (s.joined) {
      // ranges as bands, held until the next figure
      pts.forEach((p, i) => {
        if (p.f.bound !== 'range') return;
        const x2 = i + 1 < pts.length ? pts[i + 1].x : p.x + 8;
        const top = y.scale(p.f.high);
        out.push(
          `<rect x="${r1(p.x)}" y="${r1(top)}" width="${r1(Math.max(2, x2 - p.x))}" height="${r1(y.scale(p.f.low) - top)}" fill="${s.colour}" fill-opacity="0.18"/>`,
        );
      });
      if (pts.length > 1) {
        let d = `M${r1(pts[0].x)},${r1(pts[0].y)}`;
        for (let i = 1; i < pts.length; i++) d += ` H${r1(pts[i].x)} V${r1(pts[i].y)}`;
        out.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="2.4" stroke-linejoin="round"/>`);
      }
      const last = pts[pts.length - 1];
      // Only a line that reaches the newest figures is labelled, in the room kept right of the plot, so a label never
      // lies across another estimator's line.
      if (last.x >= right - (right - left) * 0.12)
        ends.push({
          x: Math.max(last.x + spread(last.f.date, (sameDay.get(last.f.date) ?? 1) - 1), last.x),
          y: last.y,
          text: figureLabel(last.f),
          colour: s.colour,
          weight: pts.length,
        });
    }
    for (const p of pts) {
      if (p.f.bound === 'range') {
        const top = y.scale(p.f.high);
        out.push(
          `<line x1="${r1(p.x + p.off)}" x2="${r1(p.x + p.off)}" y1="${r1(top)}" y2="${r1(y.scale(p.f.low))}" stroke="${s.colour}" stroke-width="3" stroke-opacity="0.6"/>`,
        );
      }
      out.push(
        s.joined
          ? marker(p.f.bound, p.x + p.off, p.y, s.colour, radius(pts.length))
          : `<g opacity="0.75">${marker(p.f.bound, p.x + p.off, p.y, s.colour, Math.min(3.6, radius(pts.length)))}</g>`,
      );
    }
  });
  out.push(...endLabels(ends, plotTop, plotBottom, box.x + box.w));
  return out.join('');
}

/** Few, large labels: the latest figure of at most three estimators (those with most figures), beside its last
 * mark, moved up or down to stay apart and inside the plot, and left out when there is no room. */
function endLabels(
  ends: { x: number; y: number; text: string; colour: string; weight: number }[],
  top: number,
  bottom: number,
  edge: number,
): string[] {
  const h = SIZE.label + 2;
  const chosen = [...ends]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .sort((a, b) => a.y - b.y);
  const placed: { y: number }[] = [];
  const out: string[] = [];
  for (const e of chosen) {
    let ly = Math.min(Math.max(e.y, top + h / 2), bottom - h / 2);
    const prev = placed[placed.length - 1];
    if (prev && ly - prev.y < h) ly = prev.y + h;
    if (ly > bottom - h / 2 + 1) continue;
    if (e.x + 8 + textWidth(e.text, SIZE.label, true) > edge + 2) continue;
    placed.push({ y: ly });
    out.push(
      `<text x="${r1(e.x + 8)}" y="${r1(ly + SIZE.label * 0.35)}" font-size="${SIZE.label}" font-weight="bold" fill="${e.colour}" stroke="white" stroke-width="3" paint-order="stroke">${esc(e.text)}</text>`,
    );
  }
  return out;
}

const GRID: Record<number, [number, number]> = { 1: [1, 1], 2: [2, 1], 3: [3, 1], 4: [2, 2], 5: [3, 2], 6: [3, 2] };

const BOUND_KEY: Record<Bound, string> = {
  point: 'stated figure',
  lower: 'at least',
  upper: 'at most',
  range: 'range',
};

/**
 * The legend laid out in lines: who estimated (a line and dot of their colour), then what the marks mean. `fits`
 * is false when it needs more than two lines (then the model is remade with fewer estimators coloured).
 */
export function legendItems(
  model: ChartModel,
  W = FRAME.width,
): { items: { x: number; line: number; svg: (x: number, y: number) => string }[]; lines: number; fits: boolean } {
  const items: { w: number; svg: (x: number, y: number) => string }[] = [];
  for (const l of model.legend) {
    const label = fit(l.label, 170, SIZE.legend);
    items.push({
      w: 24 + textWidth(label, SIZE.legend),
      svg: (x, y) =>
        (l.joined
          ? `<line x1="${x}" x2="${x + 18}" y1="${y - 4}" y2="${y - 4}" stroke="${l.colour}" stroke-width="2.4"/>`
          : '') +
        marker('point', x + 9, y - 4, l.colour, l.joined ? 4.2 : 3.6) +
        text(x + 24, y, label, SIZE.legend),
    });
  }
  const keys = model.bounds.length > 1 || model.bounds[0] !== 'point' ? model.bounds : [];
  for (const b of keys) {
    items.push({
      w: 18 + textWidth(BOUND_KEY[b], SIZE.legend),
      svg: (x, y) =>
        (b === 'range'
          ? `<rect x="${x + 3}" y="${y - 11}" width="7" height="14" fill="${MUTED}" fill-opacity="0.35"/>`
          : marker(b, x + 6, y - 4, MUTED, 4.2)) + text(x + 18, y, BOUND_KEY[b], SIZE.legend, { fill: MUTED }),
    });
  }
  const placed: { x: number; line: number; svg: (x: number, y: number) => string }[] = [];
  let x = PAD;
  let line = 0;
  for (const it of items) {
    if (x > PAD && x + it.w > W - PAD) {
      line++;
      x = PAD;
    }
    placed.push({ x, line, svg: it.svg });
    x += it.w + 16;
  }
  return { items: placed, lines: line + 1, fits: line < 2 };
}

/** The model with as many estimators coloured as the legend has room to name (at most two lines). */
export function fittedModel(answer: TollAnswer): ChartModel {
  for (let k = MAX_COLOURED; k > 1; k--) {
    const model = chartModel(answer, k);
    if (legendItems(model).fits) return model;
  }
  return chartModel(answer, 1);
}

export function chartSvg(model: ChartModel, frame = FRAME): string {
  const { width: W, height: H } = frame;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT_FAMILY}">`,
  );
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  let yy = PAD + SIZE.title - 2;
  out.push(text(PAD, yy, fit(model.title, W - 2 * PAD, SIZE.title, true), SIZE.title, { bold: true }));
  if (!model.panels.length) {
    out.push(text(W / 2, H / 2, 'No figures to chart', 22, { bold: true, anchor: 'middle', fill: MUTED }));
    out.push(
      text(W / 2, H / 2 + 26, 'No casualty or displacement figure matches the question.', SIZE.subtitle, {
        anchor: 'middle',
        fill: MUTED,
      }),
    );
    out.push('</svg>');
    return out.join('');
  }
  yy += SIZE.subtitle + 8;
  out.push(text(PAD, yy, rangeText(model.from, model.to), SIZE.subtitle, { fill: MUTED }));
  yy += SIZE.legend + 10;
  const legend = legendItems(model, W);
  for (const it of legend.items) out.push(it.svg(it.x, yy + it.line * (SIZE.legend + 6)));
  yy += (legend.lines - 1) * (SIZE.legend + 6);

  // Panels: one shared date axis, padded so the first and last figures sit inside the frame.
  const footerY = H - PAD + 4;
  const top = yy + 12;
  const bottom = footerY - SIZE.source - 8;
  const [cols, rows] = GRID[model.panels.length] ?? [3, 2];
  const gap = 22;
  const rowGap = 10;
  const cw = (W - 2 * PAD - gap * (cols - 1)) / cols;
  // The upper row has no date labels (the panels share the date axis): it gives that room to the lower one.
  const ch = (bottom - top - rowGap * (rows - 1) - (SIZE.tick + 4)) / rows;
  const t0 = toTime(model.from);
  const t1 = toTime(model.to);
  const span = Math.max(t1 - t0, 20 * DAY);
  // One day of figures stands at the right, where a timeline's newest figures stand, with its label beside it.
  const d0 = t1 === t0 ? t0 - span : t0 - span * 0.03;
  const d1 = t1 === t0 ? t0 + span * 0.05 : t1 + span * 0.03;
  const xFrac = (t: number) => (t - d0) / (d1 - d0);
  // Room on the right of every panel for the newest figure's label, the same in all so their date axes line up.
  const nearEnd = (f: ChartFigure) => toTime(f.date) >= t1 - (t1 - t0) * 0.12;
  const latest = model.panels.flatMap((p) =>
    p.series
      .filter((s) => s.joined && nearEnd(s.figures[s.figures.length - 1]))
      .map((s) => figureLabel(s.figures[s.figures.length - 1])),
  );
  const labelRoom = latest.length
    ? Math.min(cw * 0.3, Math.max(...latest.map((l) => textWidth(l, SIZE.label, true))) + 12)
    : 8;
  const xTicks = dateTicks(d0, d1, t0, t1, cw - labelRoom - 40);
  model.panels.forEach((p, i) => {
    const col = i % cols;
    const row = Math.floor(i / cols);
    const lowest = row === rows - 1 || i + cols >= model.panels.length;
    const box = {
      x: PAD + col * (cw + gap),
      y: top + row * (ch + rowGap),
      w: cw,
      h: ch + (lowest ? SIZE.tick + 4 : 0),
      labelRoom,
      dateLabels: lowest,
      alone: model.panels.length === 1 && !p.title.includes(':'),
    };
    out.push(drawPanel(p, box, xFrac, xTicks));
  });

  // Source line, outlets cut to fit.
  const more = model.panelsLeftOut ? ` · ${model.panelsLeftOut} more in the text` : '';
  let n = model.outlets.length;
  let line = sourceLine(model, n) + more;
  while (n > 0 && textWidth(line, SIZE.source) > W - 2 * PAD) line = sourceLine(model, --n) + more;
  out.push(text(PAD, footerY, fit(line, W - 2 * PAD, SIZE.source), SIZE.source, { fill: MUTED }));
  out.push('</svg>');
  return out.join('');
}
