// The per-article work of a start (reading each page, extracting its quotations and figures) on worker threads: the
// same answers as in this thread, a page or an article that ends its worker skipped and named while the rest load,
// and a start that goes on in this thread when workers cannot run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiveCoverage } from '../src/answers/live';
import type { Coverage } from '../src/answers/coverage';
import { withProblems } from '../src/answers/coverage';
import { loadCorpus } from '../src/corpus/load';
import { buildArticles, buildOne } from '../src/corpus/parallel';
import { prepareAll, prepareOne } from '../src/answers/prepare';
import { budgetSeconds, defaultThreads, itemBudget } from '../src/util/pool';
import { withinBudget } from '../src/util/in-budget';

const DATA = join(import.meta.dirname, '../data');
const LOST_TASK = new URL('./fixtures/lost-task.ts', import.meta.url);
const HANG_TASK = new URL('./fixtures/hang-task.ts', import.meta.url);
// A budget's floor far past a seed page's reading (tens of milliseconds, with the tagger's loading in a new
// worker), short enough for a test to wait out twice.
const SECONDS = 15;
const V = { corpus: 'c1', extract: 'e1' };
let dir: string;

// The seed pages three times over (15 articles), each copy under a name of its own.
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'workers-'));
  const seeds = (await readdir(DATA)).filter((f) => f !== 'corpus.json' && !f.startsWith('.'));
  for (let i = 0; i < 3; i++) for (const f of seeds) await cp(join(DATA, f), join(dir, `${i}-${f}`));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exported = (c: Coverage) => {
  const e = c.export();
  // (when each article was taken in is the time of the run)
  return JSON.stringify({ ...e, articles: e.articles.map(({ added: _added, ...a }) => a) });
};

describe('a cold start on worker threads', () => {
  it('answers exactly as a start in this thread', async () => {
    const here = await LiveCoverage.open(dir, { stateDir: join(dir, '.state-here'), versions: V, workers: 0 });
    const there = await LiveCoverage.open(dir, {
      stateDir: join(dir, '.state-workers'),
      versions: V,
      workers: 2,
      workersFrom: 1,
    });
    here.live.close();
    there.live.close();
    expect(there.stats).toMatchObject({ articles: 15, built: 15, extracted: 15 });
    const answer = exported(there.live.current());
    expect(answer).toBe(exported(here.live.current()));
    expect(there.live.current().quote('Antonov').quotes.length).toBeGreaterThan(0);
  }, 120_000);

  it('skips and names a page that ends the worker reading it, and loads the rest', async () => {
    await writeFile(join(dir, 'poison.txt'), 'A page that LOSE-ON-READ ends its reader. "We will go on," she said.');
    const corpus = await loadCorpus(dir, {
      build: (inputs) => buildArticles(inputs, 2, undefined, { from: 1, task: LOST_TASK }),
    });
    expect(corpus.articles.length).toBe(15);
    expect(corpus.warnings).toContainEqual({
      file: 'poison.txt',
      message: 'skipped: could not be read as txt (the worker stopped (exit 3))',
    });
  }, 120_000);

  it('names an article whose extraction ends its worker, and extracts the others as in this thread', async () => {
    await writeFile(
      join(dir, 'poison.txt'),
      'The mayor spoke on Monday about the LOSE-ON-EXTRACT budget. "We will balance it," Mayor Ann Lee said.',
    );
    const corpus = await loadCorpus(dir);
    const prepared = await prepareAll(corpus.articles, 2, undefined, { from: 1, task: LOST_TASK });
    const at = corpus.articles.findIndex((a) => a.file === 'poison.txt');
    expect(prepared[at].quotes.quotes).toEqual([]);
    expect(withProblems(corpus, prepared).warnings).toContainEqual({
      file: 'poison.txt',
      message: 'quotations and figures not read (the worker stopped (exit 4))',
    });
    const others = corpus.articles.filter((_, i) => i !== at);
    expect(prepared.filter((_, i) => i !== at)).toEqual(others.map(prepareOne));
  }, 120_000);

  it('skips and names a page that never finishes reading, and loads the rest as without workers', async () => {
    const text = 'A page that HANG-ON-READ never ends. "We will go on," she said.';
    await writeFile(join(dir, '1-endless.txt'), text);
    const corpus = await loadCorpus(dir, {
      build: (inputs) => buildArticles(inputs, 2, undefined, { from: 1, task: HANG_TASK, seconds: SECONDS }),
    });
    const seconds = Math.round(itemBudget(text.length, SECONDS) / 1000);
    expect(corpus.warnings).toContainEqual({
      file: '1-endless.txt',
      message: `skipped: could not be read as txt (took longer than ${seconds} s)`,
    });
    const here = await loadCorpus(dir, { build: async (inputs) => inputs.map(buildOne) });
    expect(corpus.articles).toEqual(here.articles.filter((a) => a.file !== '1-endless.txt'));
    expect(corpus.articles.length).toBe(15);
  }, 120_000);

  it('names an article whose extraction never finishes, and extracts the others as in this thread', async () => {
    await writeFile(
      join(dir, '1-endless.txt'),
      'The mayor spoke on Monday about the HANG-ON-EXTRACT budget. "We will balance it," Mayor Ann Lee said.',
    );
    const corpus = await loadCorpus(dir);
    const prepared = await prepareAll(corpus.articles, 2, undefined, { from: 1, task: HANG_TASK, seconds: SECONDS });
    const at = corpus.articles.findIndex((a) => a.file === '1-endless.txt');
    expect(prepared[at].quotes.quotes).toEqual([]);
    expect(withProblems(corpus, prepared).warnings).toContainEqual({
      file: '1-endless.txt',
      message: expect.stringMatching(/^quotations and figures not read \(took longer than \d+ s\)$/),
    });
    const others = corpus.articles.filter((_, i) => i !== at);
    expect(prepared.filter((_, i) => i !== at)).toEqual(others.map(prepareOne));
  }, 120_000);

  it('reads and extracts in this thread when no worker can start', async () => {
    const missing = new URL('./fixtures/no-such-task.ts', import.meta.url);
    const corpus = await loadCorpus(dir, {
      build: (inputs) => buildArticles(inputs, 2, undefined, { from: 1, task: missing }),
    });
    expect(corpus.articles.length).toBe(15);
    const prepared = await prepareAll(corpus.articles, 2, undefined, { from: 1, task: missing });
    expect(prepared).toEqual(corpus.articles.map(prepareOne));
  }, 120_000);
});

describe('in this thread, a read that never finishes', () => {
  it('is stopped at its budget, and a read that finishes is given back', () => {
    // A nested repetition against a near-match: the backtracking that a pathological page sets off.
    const backtracks = () => /^(\w+\s?)+$/.test(`${'word '.repeat(40)}!`);
    expect(withinBudget(backtracks, 300)).toBeUndefined();
    // (the reading's own catch, which names what it could not read, does not keep it going)
    const caught = () => {
      try {
        return backtracks();
      } catch {
        return 'caught';
      }
    };
    expect(withinBudget(caught, 300)).toBeUndefined();
    expect(withinBudget(() => 'read', 300)).toBe('read');
    expect(() => withinBudget(() => JSON.parse('{'), 300)).toThrow(SyntaxError);
  });
});

describe('EXTRACT_ITEM_SECONDS', () => {
  it("sets the floor of each page's time budget, which grows with its size, and a bad value is named", () => {
    expect(budgetSeconds({})).toBe(60);
    expect(budgetSeconds({ EXTRACT_ITEM_SECONDS: '0' })).toBe(0);
    expect(itemBudget(50_000, budgetSeconds({ EXTRACT_ITEM_SECONDS: '30' }))).toBe(35_000);
    expect(itemBudget(50_000, 0)).toBe(0);
    expect(() => budgetSeconds({ EXTRACT_ITEM_SECONDS: 'a minute' })).toThrow(
      'EXTRACT_ITEM_SECONDS must be a whole number of seconds from 0 to 86400 (got "a minute")',
    );
  });
});

describe('EXTRACT_WORKERS', () => {
  it('sets the number of worker threads, and a value that is not a whole number is named', () => {
    expect(defaultThreads({ EXTRACT_WORKERS: '3' })).toBe(3);
    expect(defaultThreads({ EXTRACT_WORKERS: '0' })).toBe(0);
    expect(defaultThreads({})).toBeGreaterThanOrEqual(1);
    expect(() => defaultThreads({ EXTRACT_WORKERS: 'two' })).toThrow(
      'EXTRACT_WORKERS must be a whole number from 0 to 64 (got "two")',
    );
  });
});
