// The /toll chart: a real PNG, one panel per metric, each estimate drawn by how the article bounded it and labelled
// with the figure as written and its estimator.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load';
import { answerToll, buildTollBook, type TollBook } from '../src/answers/toll';
import { chartData, renderTollChart, tollChartSpec } from '../src/render/chart';

let book: TollBook;
beforeAll(async () => {
  book = buildTollBook(await loadCorpus('data'));
});

function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('toll chart', () => {
  it('labels each day with the figures as written and who estimated them, side by side', () => {
    const { labels, points } = chartData(answerToll(book, { metric: 'killed' }));
    expect(labels.find((l) => l.date === '2012-03-13')?.text).toEqual([
      'as of 2012-03-13:',
      '▲ more than 7,500 (United Nations)',
      '● an estimated 7,500 (no estimator named)',
    ]);
    expect(labels.find((l) => l.date === '2012-02-02')?.text).toEqual(['as of 2012-02-02:', '▲ more than 5,400 (United Nations)']);
    // "more than" is drawn as a lower bound at its number, with no invented upper end
    expect(points.find((p) => p.date === '2012-02-02')).toMatchObject({ mark: 'lower bound', y: 5400, high: null });
    // two figures on one day are drawn apart, not on top of each other
    expect(points.filter((p) => p.date === '2012-03-13').map((p) => p.slot)).toEqual([0, 1]);
  });

  it('one panel per metric, the hosted refugee population in its own panel; history left out', () => {
    const spec = tollChartSpec(answerToll(book)) as unknown as { vconcat: { title: { text: string } }[] };
    expect(spec.vconcat.map((p) => p.title.text)).toEqual(['killed', 'displaced', 'refugees', 'refugees — mostly Iraqi refugees living in Syria']);
    expect(JSON.stringify(spec)).not.toContain('thousands (');
  });

  it('renders a PNG of a sensible size, for all metrics and for one', async () => {
    const all = pngSize(await renderTollChart(answerToll(book)));
    expect(all.width).toBeGreaterThan(1000);
    expect(all.height).toBeGreaterThan(1500); // four panels stacked
    const killed = pngSize(await renderTollChart(answerToll(book, { metric: 'killed' })));
    expect(killed.height).toBeLessThan(all.height / 2);
  }, 30_000);

  it('renders a short notice when there is nothing to chart', async () => {
    expect(pngSize(await renderTollChart(answerToll(book, { metric: 'missing' }))).width).toBe(600);
  });

  it('many figures: colour by estimator with a legend instead of labels, log scale when tolls span orders of magnitude', () => {
    const base = answerToll(book, { metric: 'killed' }).estimates[0];
    const estimates = Array.from({ length: 12 }, (_, i) => ({
      ...base,
      low: 10 ** (1 + (i % 4)),
      high: null,
      display: `more than ${10 ** (1 + (i % 4))}`,
      estimator: i % 3 ? `Source ${i % 3}` : null,
      asOf: `2013-0${1 + (i % 9)}-15`,
    }));
    const spec = JSON.stringify(tollChartSpec({ estimates, changes: [] }));
    expect(spec).not.toContain('"type":"text"');
    expect(spec).toContain('"title":"who estimated it"');
    expect(spec).toContain('"type":"log"');
    expect(spec).toContain('no estimator named');
  });
});

