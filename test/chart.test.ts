// The /toll chart as a user gets it: one 16:9 PNG drawn off the main thread, for no figure, one and many; the
// figures as step lines per estimator with bounds and ranges marked as such; alt text that says the figures; and a
// full queue refused at once as busy. (Its speed is measured in bench/chart.ts, not here.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { loadCorpus } from '../src/corpus/load';
import { answerToll, buildTollBook, type TollBook } from '../src/answers/toll';
import type { TollAnswer } from '../src/answers/types';
import {
  ChartBusyError,
  chartAltText,
  chartModel,
  closeChartRenderer,
  createChartRenderer,
  hasChartFigures,
  renderChartPng,
  warmChartRenderer,
  type ChartRenderer,
} from '../src/render/chart';
import { chartSvg } from '../src/render/chart-svg';
import { toll } from '../src/discord/commands/toll';
import { manyFigures, oneFigure } from './fixtures/chart-answers';

let book: TollBook;
let renderer: ChartRenderer;
beforeAll(async () => {
  book = buildTollBook(await loadCorpus('data'));
  renderer = createChartRenderer();
});
afterAll(() => renderer.close());

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
const svgOf = (a: TollAnswer) => chartSvg(chartModel(a));
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;
const NONE: TollAnswer = { estimates: [], changes: [] };

describe('the chart image', () => {
  it('is one 16:9 PNG, 1,200 pixels wide, or as wide as asked', async () => {
    for (const answer of [answerToll(book), oneFigure(), manyFigures(), NONE]) {
      const { width, height } = pngSize(await renderChartPng(answer, { renderer }));
      expect(width).toBe(1200);
      expect(width / height).toBeCloseTo(16 / 9, 1);
    }
    expect(pngSize(await renderChartPng(answerToll(book), { renderer, width: 520 }))).toEqual({
      width: 520,
      height: 293,
    });
  });

  it('no figure: a clear "no figures" image for the command line; Discord attaches none', () => {
    const svg = svgOf(NONE);
    expect(svg).toContain('No figures to chart');
    expect(svg).not.toContain('<path');
    expect(hasChartFigures(NONE)).toBe(false);
    // figures about earlier events only: nothing for the timeline either
    const history = { ...oneFigure(), estimates: oneFigure().estimates.map((e) => ({ ...e, history: true })) };
    expect(hasChartFigures(history)).toBe(false);
  });

  it('one figure: a lower bound as an open triangle, labelled "5,400+", its day on the axis, the source line', () => {
    const svg = svgOf(oneFigure());
    expect(svg).toContain('People killed, as reported');
    expect(svg).toContain('>2 Feb 2012<');
    expect(svg).toMatch(/<path d="M[^"]+Z" fill="white" stroke="#0072b2"/); // open triangle, the estimator's colour
    expect(svg).toContain('>5,400+<');
    expect(svg).toContain('>Feb 2<');
    expect(svg).toContain('Source: 2 articles, Outlet One, Outlet Two · figures as reported');
    expect(svg).not.toContain('log scale');
  });

  it('the seeds: one panel per metric, the U.N. killed figures joined as a step line, Feb 2 to Mar 13', () => {
    const model = chartModel(answerToll(book));
    expect(model.panels.map((p) => p.title)).toEqual([
      'Killed',
      'Displaced',
      'Refugees',
      'Refugees: mostly Iraqi refugees living in Syria',
    ]);
    const un = model.panels[0].series.find((s) => s.label === 'United Nations')!;
    expect(un).toMatchObject({ joined: true });
    expect(un.figures.map((f) => [f.date, f.display, f.bound])).toEqual([
      ['2012-02-02', 'more than 5,400', 'lower'],
      ['2012-03-13', 'more than 7,500', 'lower'],
    ]);
    // the figure with no estimator named is a grey point, not joined to anyone's line
    expect(model.panels[0].series.find((s) => s.label === 'no source named')).toMatchObject({
      joined: false,
      colour: '#8c8c8c',
    });
    expect([model.from, model.to]).toEqual(['2012-02-02', '2012-03-13']);
    const svg = chartSvg(model);
    expect(svg).toMatch(/<path d="M[\d.]+,[\d.]+ H[\d.]+ V[\d.]+" fill="none" stroke="#0072b2"/);
    expect(svg).toContain('>Mar 13<');
    expect(svg).toMatch(/Source: 5 articles, [^<]*· figures as reported/);
  });

  it('many figures: six small multiples, a log scale only where figures span orders of magnitude, ranges as bands, few labels', () => {
    const answer = manyFigures();
    const model = chartModel(answer);
    expect(model.panels).toHaveLength(6);
    // five estimators with a colour and a line each, the rest one grey group of points
    expect(model.legend.filter((l) => l.joined)).toHaveLength(5);
    expect(model.legend.at(-1)).toEqual({ label: 'other or no source named', colour: '#8c8c8c', joined: false });
    expect(model.bounds).toEqual(['point', 'lower', 'upper', 'range']);
    const svg = chartSvg(model);
    expect(count(svg, /\(log scale\)/g)).toBeGreaterThan(0);
    expect(svg).toMatch(/<rect [^>]*fill-opacity="0.18"/); // a range's band
    // few labels: at most three figures written per panel
    expect(count(svg, /font-weight="bold" fill="#[0-9a-f]{6}" stroke="white"/g)).toBeLessThanOrEqual(18);
    // a linear panel keeps its zero; a narrow spread never gets a log scale
    const narrow = {
      ...answer,
      estimates: answer.estimates
        .filter((e) => e.metric === 'killed')
        .map((e) => ({ ...e, low: e.low && 1000 + (e.low % 500), high: e.high && 1000 + (e.high % 500) + 10 })),
    };
    expect(svgOf(narrow)).not.toContain('log scale');
    expect(svgOf(narrow)).toContain('>0<');
  });

  it('more metrics than fit: the fullest panels drawn, the rest counted on the source line', () => {
    const answer = manyFigures();
    const extra = answer.estimates
      .filter((e) => e.metric === 'killed')
      .map((e) => ({ ...e, population: 'in one city' }));
    const model = chartModel({ ...answer, estimates: [...answer.estimates, ...extra] });
    expect(model.panels).toHaveLength(6);
    expect(model.panelsLeftOut).toBe(1);
    expect(chartSvg(model)).toContain('1 more in the text');
  });
});

describe('alt text', () => {
  it('states each figure in words, by estimator and date', () => {
    const alt = chartAltText(answerToll(book));
    expect(alt).toMatch(/^Chart of casualty and displacement figures, as reported, 2 Feb – 13 Mar 2012\./);
    expect(alt).toContain(
      'Killed: United Nations: more than 5,400 on 2 Feb 2012 (a lower bound), more than 7,500 on 13 Mar 2012 (a lower bound); no source named: an estimated 7,500 on 13 Mar 2012.',
    );
    expect(alt).toContain('Displaced: UN High Commissioner for Refugees: some 230,000 on 13 Mar 2012');
    expect(alt).toContain('Syrian Arab Red Crescent: at least 200,000 on 13 Mar 2012 (a lower bound)');
    expect(alt).toMatch(/Source: 5 articles, .*\.$/);
  });

  it("a long answer is told within Discord's 1,024 characters, long series by their first and latest figures", () => {
    const alt = chartAltText(manyFigures());
    expect(alt.length).toBeLessThanOrEqual(1024);
    // each estimator by its latest figure, as many as fit, the rest counted
    expect(alt).toMatch(
      /^Chart of casualty and displacement figures, as reported, 15 Mar 2011 – 26 Feb 2013\. Killed: Estimator A: more than \d+ on 26 Feb 2013 \(a lower bound\), the latest of 35; /,
    );
    expect(alt).toMatch(
      /\. And \d+ more estimates not told here\. Source: 97 articles, Outlet \d+, Outlet \d+, Outlet \d+, 10 more\.$/,
    );
    expect(chartAltText(NONE)).toBe('Chart: no casualty or displacement figures to show.');
  });

  it('goes with the attachment in Discord as its description', async () => {
    const coverage = { toll: (o: { metric?: string }) => answerToll(book, o as never) } as never;
    const r = await toll.render(
      { coverage, chart: async () => Buffer.from('png') } as never,
      ['killed', '', ''],
      0,
      true,
    );
    expect(r.files).toEqual([
      { name: 'toll.png', data: Buffer.from('png'), description: chartAltText(answerToll(book, { metric: 'killed' })) },
    ]);
  });
});

describe('drawing off the main thread', () => {
  it('the main thread keeps running while a chart is drawn', async () => {
    await renderChartPng(oneFigure(), { renderer }); // the worker is up
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let done = false;
    const drawing = renderChartPng(manyFigures(), { renderer }).then((png) => {
      done = true;
      return png;
    });
    await new Promise((r) => setTimeout(r, 0));
    // a timer fired before the chart was ready: the drawing did not hold the thread
    expect(done).toBe(false);
    pngSize(await drawing);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('a full queue is refused at once as busy; what was queued is drawn', async () => {
    const small = createChartRenderer({ threads: 1, queueLimit: 1 });
    try {
      const settled = await Promise.allSettled(Array.from({ length: 5 }, () => small.render(oneFigure(), 520)));
      const refused = settled.filter((s) => s.status === 'rejected').map((s) => (s as PromiseRejectedResult).reason);
      expect(refused).toHaveLength(3);
      for (const err of refused) {
        expect(err).toBeInstanceOf(ChartBusyError);
        expect(err.message).toBe('the chart renderer is busy, try again in a moment');
      }
      for (const s of settled.filter((x) => x.status === 'fulfilled'))
        pngSize((s as PromiseFulfilledResult<Buffer>).value);
    } finally {
      await small.close();
    }
  });

  it('a busy renderer in /toll: the answer still comes, saying to try again', async () => {
    const coverage = { toll: () => answerToll(book) } as never;
    const r = await toll.render(
      {
        coverage,
        chart: async () => {
          throw new ChartBusyError('the chart renderer');
        },
      } as never,
      ['', '', ''],
      0,
      true,
    );
    expect(r.files).toEqual([]);
    expect(r.message.content).toContain('busy, try again in a moment');
  });
});

describe('the shared renderer', () => {
  it('can be started ahead of the first chart and shut down; a chart after that starts it again', async () => {
    await warmChartRenderer();
    await closeChartRenderer();
    pngSize(await renderChartPng(oneFigure()));
    await closeChartRenderer();
  });
});

describe('what the chart brings into the process', () => {
  it('no chart library patches built-ins (vega-lite set Set.prototype.toJSON), and only two font files ship', async () => {
    await renderChartPng(oneFigure(), { renderer });
    expect(Object.getOwnPropertyNames(Set.prototype)).not.toContain('toJSON');
    expect(
      readdirSync('assets/fonts')
        .filter((f) => f.endsWith('.ttf'))
        .sort(),
    ).toEqual(['DejaVuSans-Bold.ttf', 'DejaVuSans.ttf']);
  });
});
