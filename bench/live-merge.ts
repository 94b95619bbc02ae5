// `npx tsx bench/live-merge.ts N [--write]`: the cross-article merge alone (copy families, people, quotations,
// estimates) on the first N articles of ../shared/scale, timed part by part, and its output checked against a
// reference written before the merge code was changed (`--write` writes it). The articles and their per-article
// extraction are made once and kept in the system's temp dir (`perf-merge-N.v8`), so that a change to the merge is
// measured and checked in seconds, not re-extracted; delete that file after changing extraction.
//   --from-state DIR   make the cache from a saved state (DIR/.coverage-state) instead of extracting again: its
//                articles and extraction as they were saved, whatever code made them (the merge is what is measured)
//   --update K   also drop K articles (spread over the corpus) and take them in as an update (deriveNext), and check
//                that the update gives what a build of the whole corpus gives
//   --profile FILE   write a CPU profile of the update alone (Chrome's .cpuprofile format) to FILE
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { SCALE_FILE, loadScale } from './scale';
import { prepareAll, type Prepared } from '../src/answers/prepare';
import { assembleCoverage, deriveAll, deriveNext, type Derived, type PartTimes } from '../src/answers/coverage';
import { groupingOptions } from '../src/answers/quote';

groupingOptions.incremental = process.env.COVERAGE_INCREMENTAL_GROUPING !== '0';
import type { Article, Corpus } from '../src/corpus/schema';
import { withSentenceTexts } from '../src/corpus/parallel';
import { readdir } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const write = args.includes('--write');
const updateAt = args.indexOf('--update');
const updateCount = updateAt >= 0 ? Number(args[updateAt + 1]) : 0;
const fromAt = args.indexOf('--from-state');
const fromState = fromAt >= 0 ? args[fromAt + 1] : null;
const profileAt = args.indexOf('--profile');
const profileFile = profileAt >= 0 ? args[profileAt + 1] : null;

/** Runs `f` under the CPU profiler when --profile was given, writing the profile to that file. */
async function profiled<T>(f: () => Promise<T>): Promise<T> {
  if (!profileFile) return f();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  const out = await f();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profileFile, JSON.stringify(profile));
  session.disconnect();
  return out;
}

/** Every article of a saved state that has its extraction, in file order as the loader gives them. */
async function fromSaved(dir: string): Promise<Cached> {
  const out: { a: Article; p: Prepared }[] = [];
  const seen = new Set<string>();
  // Each bucket's articles, and their extraction in the extraction file beside it (saved-state.ts).
  for (const f of (await readdir(dir)).filter((x) => /^bucket-\d+\.v8$/.test(x)).sort()) {
    const file = deserialize(readFileSync(join(dir, f))) as { entries: Map<string, { article?: Article }> };
    const extraction = deserialize(readFileSync(join(dir, f.replace('bucket', 'extract')))) as {
      prepared: Map<string, Prepared>;
    };
    for (const [key, e] of file.entries) {
      const p = extraction.prepared.get(key);
      if (e.article && p && !seen.has(e.article.id)) {
        seen.add(e.article.id);
        out.push({ a: withSentenceTexts(e.article), p });
      }
    }
  }
  out.sort((x, y) => (x.a.file < y.a.file ? -1 : 1));
  const kept = out.slice(0, n);
  return { articles: kept.map((x) => x.a), prepared: kept.map((x) => x.p) };
}

interface Cached {
  articles: Article[];
  prepared: Prepared[];
}

async function cached(): Promise<() => Cached> {
  const file = join(tmpdir(), `perf-merge-${n}${fromState ? '-saved' : ''}.v8`);
  if (!existsSync(file)) {
    const t = performance.now();
    let made: Cached;
    if (fromState) made = await fromSaved(fromState);
    else {
      const { articles } = await loadScale(n);
      made = { articles, prepared: await prepareAll(articles) };
    }
    const { articles } = made;
    writeFileSync(file, serialize(made));
    console.log(`made ${file}: ${articles.length} articles in ${Math.round((performance.now() - t) / 1000)} s`);
  }
  const bytes = readFileSync(file);
  // A fresh copy each time: the merge completes and renames people records in place.
  return () => deserialize(bytes) as Cached;
}

/** Everything the merge decides, in a stable form: people, quotations with their person, families, estimates. */
function canonical(corpus: Corpus, derived: Derived): unknown {
  const cov = assembleCoverage(corpus, derived);
  const ex = cov.export();
  const book = derived.quote;
  return {
    speakers: book.speakers.map((s) => ({
      id: s.id,
      key: s.key,
      kind: s.kind,
      name: s.name,
      aliases: s.aliases,
      roles: s.roles,
      gender: s.gender,
      ambiguous: s.ambiguous,
      role: s.role,
      count: s.count,
    })),
    quotes: book.quotes,
    scare: book.scare,
    speakerOf: book.speakerOf,
    byPerson: [...book.byPerson],
    surnameCount: [...book.surnameCount].sort(),
    export: { quotes: ex.quotes, estimates: ex.estimates, articles: ex.articles },
    families: derived.families.families,
    memberOf: [...derived.families.memberOf].sort((a, b) => (a[0] < b[0] ? -1 : 1)),
    tollKeys: Object.keys(derived.toll),
  };
}

/** The first place two JSON values differ, as a path. */
function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null))
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
  if (a && typeof a === 'object') {
    const ka = Object.keys(a as object);
    const kb = Object.keys(b as object);
    if (Array.isArray(a) && ka.length !== kb.length) {
      const d = ka.findIndex((k) => JSON.stringify((a as never)[k]) !== JSON.stringify((b as never)[k]));
      return `${path}: length ${ka.length} ≠ ${kb.length}; first differing item [${d}]: ${JSON.stringify((a as never)[d])?.slice(0, 300)} ≠ ${JSON.stringify((b as never)[d])?.slice(0, 300)}`;
    }
    for (const k of new Set([...ka, ...kb])) {
      const d = firstDifference((a as never)[k], (b as never)[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

function corpusOf(articles: Article[]): Corpus {
  return { dir: 'scale', articles, warnings: [] };
}

function compare(label: string, got: unknown, want: unknown): boolean {
  const d = firstDifference(JSON.parse(JSON.stringify(got)), want);
  console.log(d ? `${label}: DIFFERENT at ${d}` : `${label}: identical`);
  return !d;
}

async function main(): Promise<void> {
  if (!existsSync(SCALE_FILE)) {
    console.log('skipped: ../shared/scale absent');
    return;
  }
  const fresh = await cached();
  const { articles, prepared } = fresh();
  const corpus = corpusOf(articles);
  const times: PartTimes = {};
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const derived = deriveAll(corpus, prepared, times);
  const ms = Math.round(performance.now() - t);
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  const out = canonical(corpus, derived);
  const json = JSON.stringify(out);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  console.log(
    JSON.stringify({
      articles: articles.length,
      people: derived.quote.speakers.length,
      quotes: derived.quote.quotes.length,
      families: derived.families.families.length,
      deriveMs: ms,
      cpuMs,
      parts: times,
      digest,
    }),
  );
  const refFile = join(tmpdir(), `perf-merge-${n}${fromState ? '-saved' : ''}.ref.json`);
  let ok = true;
  if (write) {
    writeFileSync(refFile, json);
    console.log(`reference written: ${refFile}`);
  } else if (existsSync(refFile)) {
    ok = compare('against the reference', out, JSON.parse(readFileSync(refFile, 'utf8')));
  } else console.log(`no reference at ${refFile} (run with --write before changing the merge)`);

  if (updateCount > 0) {
    // The corpus without K articles, built whole; then those K taken in as an update.
    const step = Math.max(1, Math.floor(articles.length / updateCount));
    const held = new Set(articles.map((_, i) => i).filter((i) => i % step === step - 1 && i / step < updateCount));
    const base = fresh();
    const baseCorpus = corpusOf(base.articles.filter((_, i) => !held.has(i)));
    const basePrepared = base.prepared.filter((_, i) => !held.has(i));
    const before = deriveAll(baseCorpus, basePrepared);
    const next = fresh();
    // The update's corpus keeps the base's article objects and extraction, as the live build does.
    const byId = new Map(baseCorpus.articles.map((a, k) => [a.id, { a, p: basePrepared[k] }]));
    const nextArticles = next.articles.map((a) => byId.get(a.id)?.a ?? a);
    const nextPrepared = next.prepared.map((p, i) => byId.get(next.articles[i].id)?.p ?? p);
    const added = nextArticles.filter((a) => !byId.has(a.id));
    const ut: PartTimes = {};
    const tu = performance.now();
    const cu = process.cpuUsage();
    const updated = await profiled(() =>
      deriveNext(
        { articles: baseCorpus.articles, derived: before },
        corpusOf(nextArticles),
        nextPrepared,
        { removed: [], added },
        ut,
      ),
    );
    const updateCpu = process.cpuUsage(cu);
    console.log(
      JSON.stringify({
        update: added.length,
        updateMs: Math.round(performance.now() - tu),
        cpuMs: Math.round((updateCpu.user + updateCpu.system) / 1000),
        parts: ut,
      }),
    );
    ok = compare('update against a whole build', canonical(corpusOf(nextArticles), updated), out) && ok;
    // And back: the same articles removed again.
    const tr = performance.now();
    const cr = process.cpuUsage();
    const rt: PartTimes = {};
    const removed = await deriveNext(
      { articles: nextArticles, derived: updated },
      baseCorpus,
      basePrepared,
      { removed: added.map((a) => a.id), added: [] },
      rt,
    );
    const removeCpu = process.cpuUsage(cr);
    console.log(
      JSON.stringify({
        removed: added.length,
        removeMs: Math.round(performance.now() - tr),
        cpuMs: Math.round((removeCpu.user + removeCpu.system) / 1000),
        parts: rt,
      }),
    );
    ok =
      compare(
        'removal against a whole build',
        canonical(baseCorpus, removed),
        JSON.parse(JSON.stringify(canonical(baseCorpus, before))),
      ) && ok;
  }
  process.exit(ok ? 0 : 1);
}

await main();
