import { describe, expect, it } from 'vitest';
import { runInWorkers } from '../src/util/pool';
import { buildArticles, buildOne } from '../src/corpus/parallel';
import type { PageInput } from '../src/corpus/article';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DATA = new URL('../data', import.meta.url).pathname;

const page = (i: number): PageInput => ({
  id: `p${i}`,
  file: `p${i}.txt`,
  format: 'txt',
  text: `Headline Number ${i} Is Here\n\nThe council met on Tuesday, officials said. "We will decide soon," Mr. Smith said. It was meeting ${i}.`,
});

describe('worker pool', () => {
  it('runs a task in worker threads and returns results in order', async () => {
    const inputs = Array.from({ length: 30 }, (_, i) => page(i));
    const out = await runInWorkers<PageInput, ReturnType<typeof buildOne>>(
      new URL('../src/corpus/build-task.ts', import.meta.url),
      inputs,
      { threads: 2, chunk: 7 },
    );
    expect(out.map((b) => ('article' in b ? b.article.id : b.error))).toEqual(inputs.map((p) => p.id));
  });

  it('builds a large corpus in workers exactly as in place, sentence texts included', async () => {
    const inputs = Array.from({ length: 450 }, (_, i) => page(i));
    const inPlace = inputs.map(buildOne);
    const parallel = await buildArticles(inputs, 2);
    expect(parallel).toEqual(inPlace);
    // It took the pages over: their raw texts are let go once built.
    expect(inputs.every((p) => p === undefined)).toBe(true);
  });
});

describe('per-article extraction in workers', () => {
  it('gives exactly what it gives in place', async () => {
    const { loadCorpus } = await import('../src/corpus/load');
    const { prepareAll, prepareOne } = await import('../src/answers/prepare');
    // A corpus large enough to go to workers: the seed pages of data/, each copied 60 times under its own name.
    const dir = mkdtempSync(join(tmpdir(), 'pool-'));
    const seeds = readdirSync(DATA).filter((f) => f !== 'corpus.json' && !f.startsWith('.'));
    for (let i = 0; i < 60; i++) for (const f of seeds) copyFileSync(join(DATA, f), join(dir, `${i}-${f}`));
    const { articles: many } = await loadCorpus(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
    expect(many.length).toBeGreaterThanOrEqual(300);
    const parallel = await prepareAll(many, 2);
    expect(parallel).toEqual(many.map(prepareOne));
    expect(parallel.reduce((n, p) => n + p.quotes.quotes.length, 0)).toBeGreaterThan(1000);
    // 300 articles extracted twice (in place and in workers): about 20 s on two cores, more on a busy machine.
  }, 90_000);
});
