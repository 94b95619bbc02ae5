// The saved state and the live corpus, as an operator meets them: a restart that reads back what it built, a file
// changed or added while the bot runs, a damaged state file, and the command line's `ingest`.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithState, LiveCoverage, defaultStateDir } from '../src/answers/live';
import { StateStore } from '../src/answers/saved-state';
import { handle } from '../src/discord/handler';
import { runAsk } from '../src/cli/ask';

const DATA = join(import.meta.dirname, '../data');
const V = { corpus: 'c1', extract: 'e1' };
let dir: string;
let state: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'live-'));
  await cp(DATA, dir, { recursive: true, filter: (src) => !src.includes('.coverage-state') });
  state = join(dir, '.coverage-state');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function build(versions = V) {
  const store = await StateStore.open(state);
  const built = await buildWithState(dir, store, { versions });
  store.prune();
  await store.flush();
  return { ...built, store };
}

describe('the saved state', () => {
  it('a restart with nothing changed rebuilds nothing and answers the same', async () => {
    const first = await build();
    expect(first.stats).toMatchObject({ articles: 5, built: 5, extracted: 5, reusedExtraction: 0 });
    const second = await build();
    expect(second.stats).toMatchObject({ articles: 5, built: 0, extracted: 0, reusedArticles: 5, reusedExtraction: 5 });
    const strip = (e: ReturnType<typeof first.coverage.export>) => ({
      ...e,
      articles: e.articles.map(({ added: _added, ...a }) => a),
    });
    expect(strip(second.coverage.export())).toEqual(strip(first.coverage.export()));
    expect(second.coverage.toll().estimates.length).toBeGreaterThan(0);
    expect(second.coverage.sources('Russia signed a $550 million deal for combat jets').matches.length).toBe(
      first.coverage.sources('Russia signed a $550 million deal for combat jets').matches.length,
    );
  });

  it('an article that changed is read again alone', async () => {
    await build();
    const file = (await readdir(dir)).find((f) => f.startsWith('csmonitor'))!;
    await appendFile(
      join(dir, file),
      '\n\nThe ministry said on Wednesday that talks would resume next week in Geneva.\n',
    );
    const again = await build();
    expect(again.stats).toMatchObject({ built: 1, extracted: 1, reusedExtraction: 4 });
  });

  it('a code change invalidates what it must: extraction alone, or everything', async () => {
    await build();
    expect((await build({ corpus: 'c1', extract: 'e2' })).stats).toMatchObject({ built: 0, extracted: 5 });
    expect((await build({ corpus: 'c2', extract: 'e2' })).stats).toMatchObject({ built: 5, extracted: 5 });
  });

  it('a damaged or foreign state file is reported and rebuilt, never trusted', async () => {
    await build();
    const buckets = (await readdir(state)).filter((f) => f.endsWith('.v8'));
    expect(buckets.length).toBeGreaterThan(0);
    await writeFile(join(state, buckets[0]), 'not a state file');
    const store = await StateStore.open(state);
    expect(store.problems).toEqual([expect.stringContaining('ignored and rebuilt')]);
    const again = await buildWithState(dir, store, { versions: V });
    expect(again.stats.articles).toBe(5);
    expect(again.stats.built).toBeGreaterThan(0);
    await store.flush();
    expect((await StateStore.open(state)).problems).toEqual([]);
  });

  it('articles say when they were taken in', async () => {
    const { coverage } = await build();
    for (const a of coverage.articles().articles) expect(a.added).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('a corpus followed while the bot runs', () => {
  it('takes in a new file, keeps answers in flight on the old state, and names a file that fails', async () => {
    const { live } = await LiveCoverage.open(dir, { stateDir: state, versions: V, debounceMs: 50 });
    live.watch();
    try {
      const before = live.current();
      const ctx = { coverage: before, current: () => live.current() };
      const articlesBefore = await handle(ctx, { kind: 'command', name: 'articles', options: {}, userId: 'u' });
      const seed = join(
        DATA,
        (await readdir(DATA)).find((f) => f.startsWith('msnbc'))!,
      );
      await writeFile(join(dir, 'brief-2012-03-20.txt'), (await readFile(seed, 'utf8')).replace(/Russia/g, 'Moscow'));
      await writeFile(join(dir, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
      const deadline = Date.now() + 10_000;
      while (live.current() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await live.refresh();
      const after = live.current();
      expect(after).not.toBe(before);
      expect(after.corpus.articles.map((a) => a.id)).toContain('brief-2012-03-20');
      expect(after.corpus.warnings.map((w) => w.file)).toContain('broken.txt');
      // The old state is untouched: whatever was answering from it still sees five articles.
      expect(before.corpus.articles).toHaveLength(5);
      expect(articlesBefore.type === 'message' && articlesBefore.message.content).toMatch(/\*\*5 articles\*\*/);
      const articlesAfter = await handle(ctx, { kind: 'command', name: 'articles', options: {}, userId: 'u' });
      expect(articlesAfter.type === 'message' && articlesAfter.message.content).toMatch(/\*\*6 articles\*\*/);

      // Removed while running: gone from the answers.
      await rm(join(dir, 'brief-2012-03-20.txt'));
      const removedBy = Date.now() + 10_000;
      while (live.current().corpus.articles.length !== 5 && Date.now() < removedBy)
        await new Promise((r) => setTimeout(r, 50));
      expect(live.current().corpus.articles).toHaveLength(5);
    } finally {
      live.close();
    }
  });
});

describe('ask ingest', () => {
  it('copies the files in, takes them into the saved state, and refuses what is not an article', async () => {
    const extra = await mkdtemp(join(tmpdir(), 'ingest-'));
    try {
      const seed = join(
        DATA,
        (await readdir(DATA)).find((f) => f.startsWith('msnbc'))!,
      );
      await writeFile(join(extra, 'wire-brief.txt'), await readFile(seed, 'utf8'));
      await writeFile(join(extra, 'notes.csv'), 'a,b\n');
      const out: string[] = [];
      const err: string[] = [];
      const code = await runAsk(
        ['ingest', join(extra, 'wire-brief.txt'), join(extra, 'notes.csv'), '--data', dir, '--json'],
        { out: (s) => out.push(s), err: (s) => err.push(s) },
      );
      expect(code).toBe(2);
      expect(JSON.parse(out.join(''))).toMatchObject({
        ingested: [{ file: 'wire-brief.txt', loaded: true }],
        articles: 6,
      });
      expect(err.join('\n')).toMatch(/notes\.csv: not taken in/);
      expect((await readdir(defaultStateDir(dir))).length).toBeGreaterThan(0);
      // The next query reads the saved state the ingest left.
      const out2: string[] = [];
      expect(
        await runAsk(['articles', '--data', dir, '--json'], { out: (s) => out2.push(s), err: () => undefined }),
      ).toBe(0);
      expect(JSON.parse(out2.join('')).articles.find((a: { id: string }) => a.id === 'wire-brief').added).toMatch(
        /^\d{4}-/,
      );
    } finally {
      await rm(extra, { recursive: true, force: true });
    }
  });
});
