// The saved state and the live corpus, as an operator meets them: a restart that reads back what it built, a file
// changed or added while the bot runs, a damaged state file, and the command line's `ingest`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cp, mkdtemp, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWithState, LiveCoverage, defaultStateDir } from '../src/answers/live';
import { buildCoverage, type Coverage } from '../src/answers/coverage';
import { loadCorpus } from '../src/corpus/load';
import { StateStore } from '../src/answers/saved-state';
import { SectionFile, writeSections } from '../src/answers/section-file';
import { chunking } from '../src/answers/derived-state';
import { handle } from '../src/discord/handler';
import { runAsk } from '../src/cli/ask';
import { openService } from '../src/discord/boot';

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

/** What a user can ask of a state, answered whole: every article, quotation and estimate, and a few questions. */
function answers(c: Coverage) {
  const claim = 'Russia signed a $550 million deal for combat jets';
  return {
    export: c.export(),
    families: c.articles().families,
    sources: c.sources(claim),
    quote: c.quote('Putin'),
    toll: c.toll(),
    // Which paragraphs are found: a later state's articles shift an earlier state's relevance scores a little (they
    // share MiniSearch's document counts, see search.ts), never what it finds.
    search: c.search.search('combat jets Antonv').map(({ score: _score, ...hit }) => hit),
  };
}
const withoutAdded = (a: ReturnType<typeof answers>) => ({
  ...a,
  export: { ...a.export, articles: a.export.articles.map(({ added: _added, ...x }) => x) },
});

describe('the saved answers (index, merged people and quotations, estimates, copy families)', () => {
  it('a restart reads them back instead of rebuilding, and answers as a cold build does', async () => {
    const first = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(first.stats.derived).toBe('built');
    expect(await readdir(state)).toContain('derived.v8');
    const second = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(second.stats).toMatchObject({ derived: 'saved', built: 0, extracted: 0 });
    const cold = buildCoverage(await loadCorpus(dir));
    expect(withoutAdded(answers(second.live.current()))).toEqual(withoutAdded(answers(cold)));
    expect(answers(second.live.current()).sources.matches.length).toBeGreaterThan(0);
    // The quotation indexes made in the background before the first /quote answer the same.
    const third = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    await third.live.prime();
    expect(withoutAdded(answers(third.live.current()))).toEqual(withoutAdded(answers(cold)));
    const who = cold.speakers('')[0].name;
    expect(third.live.current().quote(who)).toEqual(cold.quote(who));
    expect(cold.quote(who).quotes.length).toBeGreaterThan(0);
  });

  it("after a restart a /quote of a speaker reads the speakers' index alone, and one with words the quotations' too", async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const again = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const read = vi.spyOn(SectionFile.prototype, 'read');
    const sections = () => read.mock.calls.map(([name]) => name);
    const cold = buildCoverage(await loadCorpus(dir));
    const who = cold.speakers('')[0].name;
    // The first /quote after a restart asks for a person: what it needs, and not the index of every quotation's words.
    expect(again.live.current().quote(who)).toEqual(cold.quote(who));
    expect(sections()).toContain('speakerIndex');
    expect(sections()).not.toContain('quoteIndex');
    // Words that name no one ("weapons"): the quotations holding them, found through the quotations' index.
    const words = cold.quote('weapons');
    expect(words.quotes.length).toBeGreaterThan(0);
    expect(again.live.current().quote('weapons')).toEqual(words);
    expect(sections()).toContain('quoteIndex');
    read.mockRestore();
  });

  it('after a restart a /quote of a person makes the chunks holding their quotations, and one of words the entries it shows', async () => {
    // Four entries a chunk, so that five articles' quotations make many: a quotation of "a spokesman for the ministry"
    // is read with the few saved beside it, not with every quotation of the corpus.
    const rows = chunking.rows;
    chunking.rows = 4;
    try {
      await LiveCoverage.open(dir, { stateDir: state, versions: V });
      const again = await LiveCoverage.open(dir, { stateDir: state, versions: V });
      const all = SectionFile.open(join(state, 'derived.v8'))!.names.filter((n) => /^quotes\.\d+$/.test(n));
      const read = vi.spyOn(SectionFile.prototype, 'read');
      const chunks = () => read.mock.calls.map(([name]) => name).filter((n) => /^(quotes|scare)\.\d+$/.test(n));
      const cold = buildCoverage(await loadCorpus(dir));
      const quoted = cold.speakers('');
      const who = quoted.find((s) => s.count <= 4) ?? quoted[quoted.length - 1];
      expect(again.live.current().quote(who.name)).toEqual(cold.quote(who.name));
      // Their entries are saved together: at most two chunks of four for up to four entries.
      expect(chunks().length).toBeGreaterThan(0);
      expect(chunks().length).toBeLessThanOrEqual(2);
      expect(all.length).toBeGreaterThan(4);
      // Words, shown one: the hits are counted, one entry made.
      const before = chunks().length;
      expect(again.live.current().quote('weapons', { limit: 1 })).toEqual(cold.quote('weapons', { limit: 1 }));
      expect(cold.quote('weapons').total).toBeGreaterThan(1);
      expect(chunks().length - before).toBeLessThanOrEqual(1);
      read.mockRestore();
      // Every list whole (the export) is made of the chunks, and answers as a cold build does.
      expect(withoutAdded(answers(again.live.current()))).toEqual(withoutAdded(answers(cold)));
    } finally {
      chunking.rows = rows;
    }
  });

  it('a saved order of the quotations that does not fit is named when a /quote first reads it', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const path = join(state, 'derived.v8');
    // Check sums that hold over an order naming one entry twice: what a writer's mistake would leave.
    const file = SectionFile.open(path)!;
    const sections: Record<string, unknown> = {};
    for (const name of file.names) sections[name] = file.read(name);
    sections.quotes = new Int32Array((sections.quotes as Int32Array).length);
    await writeSections(path, file.fields, sections);
    const again = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const cold = buildCoverage(await loadCorpus(dir));
    const who = cold.speakers('')[0].name;
    expect(() => again.live.current().quote(who)).toThrow(/derived\.v8: the quotation book's quotes does not fit/);
  });

  it('a first start writes each part as it builds it and answers from what it wrote, as a cold build does', async () => {
    // The parts are on disk as soon as the build returns, before any save: each was let go once written, and the
    // answers are read back from the file, as a restart reads them.
    const store = await StateStore.open(state);
    const built = await buildWithState(dir, store, { versions: V });
    expect(built.stats.derived).toBe('built');
    expect(built.derivedSaved).toBe(true);
    expect(await readdir(state)).toEqual(['derived.v8']);
    const cold = buildCoverage(await loadCorpus(dir));
    expect(withoutAdded(answers(built.coverage))).toEqual(withoutAdded(answers(cold)));
    // The bot's start does the same, then starts again from the state it wrote, reporting the build's figures.
    await rm(state, { recursive: true, force: true });
    const { live, stats } = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(stats).toMatchObject({ derived: 'built', built: 5, extracted: 5 });
    expect(withoutAdded(answers(live.current()))).toEqual(withoutAdded(answers(cold)));
    const who = cold.speakers('')[0].name;
    expect(live.current().quote(who)).toEqual(cold.quote(who));
  });

  it('a file added or removed while the bot was down updates the saved answers at the next start', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const seed = join(
      DATA,
      (await readdir(DATA)).find((f) => f.startsWith('msnbc'))!,
    );
    await writeFile(
      join(dir, 'brief-2012-03-22.txt'),
      (await readFile(seed, 'utf8')).replace(/combat jets/g, 'Zanzibari fighter jets'),
    );
    await rm(
      join(
        dir,
        (await readdir(dir)).find((f) => f.startsWith('csmonitor'))!,
      ),
    );
    const again = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(again.stats).toMatchObject({ derived: 'updated', built: 1, extracted: 1 });
    const cold = buildCoverage(await loadCorpus(dir));
    expect(withoutAdded(answers(again.live.current()))).toEqual(withoutAdded(answers(cold)));
    expect(
      again.live
        .current()
        .search.search('Zanzibari')
        .map((h) => h.article),
    ).toContain('brief-2012-03-22');
  });

  it('a code change to the answers rebuilds them', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const again = await LiveCoverage.open(dir, { stateDir: state, versions: { ...V, answers: 'a2' } });
    expect(again.stats).toMatchObject({ derived: 'built', built: 0, extracted: 0 });
  });

  it('a damaged saved index is reported and rebuilt, never trusted', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const problems: string[] = [];
    const path = join(state, 'derived.v8');
    const bytes = await readFile(path);
    // Cut in half: what a crash mid-write without the rename would leave.
    await writeFile(path, bytes.subarray(0, bytes.length >> 1));
    const again = await LiveCoverage.open(dir, {
      stateDir: state,
      versions: V,
      onStateProblem: (p) => problems.push(p),
    });
    expect(problems).toEqual([expect.stringMatching(/derived\.v8: ignored and rebuilt/)]);
    expect(again.stats.derived).toBe('built');
    expect(
      again.live.current().sources('Russia signed a $550 million deal for combat jets').matches.length,
    ).toBeGreaterThan(0);
    // Written again whole: the next start reads it without a word.
    const third = await LiveCoverage.open(dir, {
      stateDir: state,
      versions: V,
      onStateProblem: (p) => problems.push(p),
    });
    expect(third.stats.derived).toBe('saved');
    expect(problems).toHaveLength(1);
  });

  it('a byte changed on disk in the saved quotations is reported at start and rebuilt, and the rebuilt one answers as a cold build', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const path = join(state, 'derived.v8');
    // One byte of the quotation entries changed: what a bit flipped on disk leaves. The part is not decoded at start,
    // and still refused there (its check sum).
    const file = SectionFile.open(path)!;
    const { at, length } = file.layout.quotes;
    file.close();
    const bytes = await readFile(path);
    bytes[at + (length >> 1)] ^= 0x20;
    await writeFile(path, bytes);
    const problems: string[] = [];
    const again = await LiveCoverage.open(dir, {
      stateDir: state,
      versions: V,
      onStateProblem: (p) => problems.push(p),
    });
    expect(problems).toEqual([
      expect.stringMatching(/derived\.v8: ignored and rebuilt \(its part "quotes" is damaged/),
    ]);
    expect(again.stats.derived).toBe('built');
    const third = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(third.stats.derived).toBe('saved');
    const cold = buildCoverage(await loadCorpus(dir));
    // Byte for byte as the command line prints it: the entries made again from columns keep their keys' order.
    const strip = (c: Coverage) =>
      JSON.stringify({ ...c.export(), articles: c.export().articles.map(({ added: _added, ...a }) => a) });
    expect(strip(third.live.current())).toBe(strip(cold));
  });

  it('a saved part that reads but does not fit is named when first asked for and made again from the articles', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const path = join(state, 'derived.v8');
    // Check sums that hold over word counts and copy families that are not: what a writer's mistake would leave.
    const file = SectionFile.open(path)!;
    const fields = file.fields;
    const sections: Record<string, unknown> = {};
    for (const name of file.names) sections[name] = file.read(name);
    sections.counts = { df: 'not counts' };
    sections.families = [];
    await writeSections(path, fields, sections);
    const problems: string[] = [];
    const again = await LiveCoverage.open(dir, {
      stateDir: state,
      versions: V,
      onStateProblem: (p) => problems.push(p),
    });
    expect(again.stats.derived).toBe('saved');
    const cold = buildCoverage(await loadCorpus(dir));
    const c = again.live.current();
    expect(withoutAdded(answers(c))).toEqual(withoutAdded(answers(cold)));
    expect(problems).toEqual([
      expect.stringMatching(/derived\.v8: its part "(counts|families)" did not read; it is made again/),
      expect.stringMatching(/derived\.v8: its part "(counts|families)" did not read; it is made again/),
    ]);
  });

  it('a restart with its answers saved reads no extraction until an update needs it, and a damaged extraction file is named and made again', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const extraction = (await readdir(state)).filter((f) => /^extract-\d+\.v8$/.test(f)).sort();
    expect(extraction.length).toBeGreaterThan(0);
    await writeFile(join(state, extraction[0]), 'not a state file');
    const problems: string[] = [];
    const store = await StateStore.open(state);
    const restart = await buildWithState(dir, store, { versions: V, onStateProblem: (p) => problems.push(p) });
    expect(restart.stats).toMatchObject({ derived: 'saved', built: 0, extracted: 0 });
    expect(store.extractionLoaded).toBe(false);
    expect(problems).toEqual([]);
    const cold = buildCoverage(await loadCorpus(dir));
    expect(withoutAdded(answers(restart.coverage))).toEqual(withoutAdded(answers(cold)));

    // An article taken in after that restart: the extraction is read then, the damaged file named and its
    // articles extracted again, and the answers are a cold build's.
    const seed = join(
      DATA,
      (await readdir(DATA)).find((f) => f.startsWith('msnbc'))!,
    );
    await writeFile(
      join(dir, 'brief-2012-03-23.txt'),
      (await readFile(seed, 'utf8')).replace(/combat jets/g, 'Zanzibari fighter jets'),
    );
    const update = await buildWithState(dir, store, { versions: V, onStateProblem: (p) => problems.push(p) }, restart);
    expect(store.extractionLoaded).toBe(true);
    expect(problems).toEqual([expect.stringContaining(`${extraction[0]}: ignored; its articles are extracted again`)]);
    expect(update.stats.derived).toBe('updated');
    expect(update.stats.extracted).toBeGreaterThan(1);
    const coldAfter = buildCoverage(await loadCorpus(dir));
    expect(withoutAdded(answers(update.coverage))).toEqual(withoutAdded(answers(coldAfter)));
    // Written again whole: the next start finds nothing to report.
    store.prune();
    await store.flush();
    const again = await StateStore.open(state);
    await again.loadExtraction((p) => problems.push(p));
    expect(problems).toHaveLength(1);
  });

  it('one article taken in updates the answers in place, as a cold build would give them, and leaves the old state whole', async () => {
    const how: string[] = [];
    const { live } = await LiveCoverage.open(dir, {
      stateDir: state,
      versions: V,
      onUpdate: (u) => how.push('stats' in u ? u.stats.derived : u.error.message),
    });
    const before = live.current();
    const was = JSON.stringify(answers(before));
    const seed = join(
      DATA,
      (await readdir(DATA)).find((f) => f.startsWith('msnbc'))!,
    );
    const extra = await mkdtemp(join(tmpdir(), 'ingest-'));
    try {
      await writeFile(
        join(extra, 'brief-2012-03-21.txt'),
        (await readFile(seed, 'utf8')).replace(/combat jets/g, 'Zanzibari fighter jets'),
      );
      await live.ingest([join(extra, 'brief-2012-03-21.txt')]);
    } finally {
      await rm(extra, { recursive: true, force: true });
    }
    const after = live.current();
    expect(after).not.toBe(before);
    expect(how).toEqual(['updated']);
    expect(after.search.search('Zanzibari').map((h) => h.article)).toContain('brief-2012-03-21');
    // The state before the change answers exactly as it did: nothing of the new article, nothing lost.
    expect(before.search.search('Zanzibari')).toEqual([]);
    expect(JSON.stringify(answers(before))).toBe(was);
    // The updated state answers as a cold build of the folder does.
    const cold = buildCoverage(await loadCorpus(dir));
    expect(withoutAdded(answers(after))).toEqual(withoutAdded(answers(cold)));

    // Removed again: the answers are those of the first state, and the state before the removal keeps the article.
    await rm(join(dir, 'brief-2012-03-21.txt'));
    await live.refresh();
    const removed = live.current();
    expect(removed.search.search('Zanzibari')).toEqual([]);
    expect(after.search.search('Zanzibari').map((h) => h.article)).toContain('brief-2012-03-21');
    expect(withoutAdded(answers(removed))).toEqual(withoutAdded(JSON.parse(was)));
    expect(how).toEqual(['updated', 'updated']);
    // Written on a clean stop: the next start reads the updated state back as it is.
    await live.flush();
    const next = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(next.stats.derived).toBe('saved');
    expect(withoutAdded(answers(next.live.current()))).toEqual(withoutAdded(answers(removed)));
  });
});

describe('the first update after a restart', () => {
  it('merges into the people and quotations read back, and answers as a cold build does after an addition, a change and a removal', async () => {
    const first = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    await first.live.flush();
    // A restart: the answers read back, the merge's own state made in the background once the folder is followed.
    const { live, stats } = await LiveCoverage.open(dir, { stateDir: state, versions: V, debounceMs: 60_000 });
    expect(stats.derived).toBe('saved');
    const how: string[] = [];
    live.onSwap(() => how.push('changed'));
    const follow = live.watch();
    try {
      await follow.primed;
      const seeds = (await readdir(DATA)).filter((f) => f.endsWith('.txt')).sort();
      // Added: a report repeating a quotation of the corpus (cut short), with one of its own by a namesake.
      await writeFile(
        join(dir, 'brief-2012-03-22.txt'),
        [
          'Moscow stands by its arms deals',
          '"Russia enjoys good and strong military technical cooperation with Syria," the deputy minister, Anatoly Antonov, said again on Wednesday.',
          '"We will keep every contract we signed," Dmitry Antonov, a trade official, told reporters.',
        ].join('\n\n'),
      );
      await live.refresh();
      const cold = async () => withoutAdded(answers(buildCoverage(await loadCorpus(dir))));
      expect(withoutAdded(answers(live.current()))).toEqual(await cold());
      // Changed: an article of the corpus rewritten with a quotation of its own.
      await appendFile(join(dir, seeds[1]), `\n\n"The deliveries go on," Antonov said on Thursday.\n`);
      await live.refresh();
      expect(withoutAdded(answers(live.current()))).toEqual(await cold());
      // Removed.
      await rm(join(dir, seeds[2]));
      await live.refresh();
      expect(withoutAdded(answers(live.current()))).toEqual(await cold());
      expect(live.current().corpus.articles).toHaveLength(5);
      expect(how).toHaveLength(3);
    } finally {
      live.close();
    }
  });
});

describe('a clean stop', () => {
  it('writes the answers of an article taken in moments before, so the next start reads them back', async () => {
    const service = await openService({ dataDir: dir, stateDir: state, watch: true });
    const seed = (await readdir(DATA)).find((f) => f.startsWith('msnbc'))!;
    await writeFile(
      join(dir, 'late-brief-2012-03-22.txt'),
      (await readFile(join(DATA, seed), 'utf8')).replace(/combat jets/g, 'Zanzibari fighter jets'),
    );
    const until = Date.now() + 15_000;
    while (service.current().corpus.articles.length < 6 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    expect(service.current().corpus.articles.map((a) => a.id)).toContain('late-brief-2012-03-22');
    await service.close(); // within the delay after which the bot writes its saved answers by itself
    const again = await LiveCoverage.open(dir, { stateDir: state });
    expect(again.stats).toMatchObject({ derived: 'saved', built: 0, extracted: 0 });
    expect(
      again.live
        .current()
        .search.search('Zanzibari')
        .map((h) => h.article),
    ).toContain('late-brief-2012-03-22');
  }, 30_000);
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

  it('reads again only the files that changed, and sees a change to corpus.json or a file rewritten with its size and time kept', async () => {
    const stats: { read: number; articles: number }[] = [];
    const { live } = await LiveCoverage.open(dir, {
      stateDir: state,
      versions: V,
      onUpdate: (u) => {
        if ('stats' in u) stats.push(u.stats);
      },
    });
    const seed = join(
      DATA,
      (await readdir(DATA)).find((f) => f.startsWith('msnbc'))!,
    );
    const text = await readFile(seed, 'utf8');
    await writeFile(join(dir, 'brief-2012-03-22.txt'), text.replace(/combat jets/g, 'Zanzibari fighter jets'));
    await live.refresh();
    // One file read: the new one; the five others kept as they were.
    expect(stats.at(-1)).toMatchObject({ read: 1, articles: 6 });
    expect(
      live
        .current()
        .search.search('Zanzibari')
        .map((h) => h.article),
    ).toContain('brief-2012-03-22');
    // Changed: read again alone, and its answers follow.
    await writeFile(join(dir, 'brief-2012-03-22.txt'), text.replace(/combat jets/g, 'Ruritanian fighter jets'));
    await live.refresh();
    expect(stats.at(-1)).toMatchObject({ read: 1, articles: 6 });
    expect(live.current().search.search('Zanzibari')).toEqual([]);
    expect(
      live
        .current()
        .search.search('Ruritanian')
        .map((h) => h.article),
    ).toContain('brief-2012-03-22');
    // Nothing changed: nothing read.
    await live.refresh();
    expect(stats.at(-1)).toMatchObject({ read: 0, articles: 6 });
    // corpus.json changed: every file's metadata may have, so every file is read again.
    const manifest = join(dir, 'corpus.json');
    await writeFile(manifest, `${await readFile(manifest, 'utf8')}\n`);
    await live.refresh();
    expect(stats.at(-1)).toMatchObject({ read: 6, articles: 6 });
    // A file rewritten with the same size and its modification time put back is still seen.
    live.watch();
    const before = live.current();
    const { utimes, stat: statFile } = await import('node:fs/promises');
    const target = join(dir, 'brief-2012-03-22.txt');
    const st = await statFile(target);
    await writeFile(target, text.replace(/combat jets/g, 'Freedonian fighter jets'));
    await utimes(target, st.atime, st.mtime);
    const deadline = Date.now() + 10_000;
    while (live.current() === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await live.refresh();
    expect(
      live
        .current()
        .search.search('Freedonian')
        .map((h) => h.article),
    ).toContain('brief-2012-03-22');
    live.close();
  });
});

describe('a start after the bot was down', () => {
  it('reads only the files whose stat changed, sees one rewritten with its size and time kept, and reads them all when its file table is damaged', async () => {
    await LiveCoverage.open(dir, { stateDir: state, versions: V });
    const again = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(again.stats).toMatchObject({ read: 0, articles: 5, built: 0, derived: 'saved' });

    const { utimes, stat: statFile } = await import('node:fs/promises');
    const target = join(
      dir,
      (await readdir(dir)).find((f) => f.startsWith('csmonitor'))!,
    );
    const st = await statFile(target);
    const text = await readFile(target, 'utf8');
    const changed = text.replace(/\bthe\b/, 'tha');
    expect(changed).not.toBe(text);
    await writeFile(target, changed);
    await utimes(target, st.atime, st.mtime);
    expect((await statFile(target)).size).toBe(st.size);
    const third = await LiveCoverage.open(dir, { stateDir: state, versions: V });
    expect(third.stats).toMatchObject({ read: 1, built: 1, extracted: 1, derived: 'updated' });
    const cold = buildCoverage(await loadCorpus(dir));
    expect(withoutAdded(answers(third.live.current()))).toEqual(withoutAdded(answers(cold)));

    await writeFile(join(state, 'files.v8'), 'not a state file');
    const problems: string[] = [];
    const fourth = await LiveCoverage.open(dir, {
      stateDir: state,
      versions: V,
      onStateProblem: (p) => problems.push(p),
    });
    expect(problems).toEqual([expect.stringContaining('files.v8: ignored and rebuilt')]);
    expect(fourth.stats).toMatchObject({ read: 5, built: 0, derived: 'saved' });
    expect((await LiveCoverage.open(dir, { stateDir: state, versions: V })).stats.read).toBe(0);
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
