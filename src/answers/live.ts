// A corpus that lives: built at start with the saved state (only what changed is rebuilt), kept up to date while the
// bot runs as files are added, changed or removed, and swapped whole, so an answer in flight finishes on the state it
// started with and no answer ever mixes two.
import { watch, type FSWatcher } from 'node:fs';
import { copyFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { MANIFEST, loadCorpus, type FileStat, type LoadedInput } from '../corpus/load';
import { buildArticles, type Built } from '../corpus/parallel';
import { renamed } from './packed-articles';
import type { PageInput } from '../corpus/article';
import type { Article, Corpus } from '../corpus/schema';
import {
  assembleCoverage,
  deriveAll,
  deriveNext,
  derivedParts,
  withProblems,
  type Change,
  type Coverage,
  type Derived,
  type PartTimes,
} from './coverage';
import { prepareAll, prepareOne, type Prepared } from './prepare';
import { StateStore, contentKey, type Entry, type SeenFile, type StateVersions } from './saved-state';

export type { SeenFile } from './saved-state';
import { derivedKey, loadDerived, primeIndexes, saveDerived, writeDerived } from './derived-state';
import { lemmaOf } from '../extract/meaning/tagger';
import { baseForms } from '../extract/meaning/wordnet';
import { primeMerge } from './quote';
import { stateVersions } from './versions';
import { primeFamilies } from './families';
import { SearchView } from './search';
import { vectorsOf } from './sources';
import { reason } from '../util/reason';

export type Stage = 'read' | 'build' | 'extract' | 'index';

/** What a long start reports as it goes: the stage, how far along, and how much came from the saved state. */
export interface Progress {
  stage: Stage;
  done: number;
  total: number;
  /** Taken from the saved state rather than rebuilt. */
  reused?: number;
  ms: number;
}

export interface BuildOptions {
  /** Folder of the saved state; null for none (nothing read or written). */
  stateDir: string | null;
  onProgress?: (p: Progress) => void;
  /** Problems with the saved state itself (damaged, foreign, not writable): the bot goes on without it. */
  onStateProblem?: (message: string) => void;
  /** The code versions to stamp and check (tests pass their own; default: hashes of the code itself). */
  versions?: StateVersions;
  /**
   * Worker threads that read and extract the articles (default: EXTRACT_WORKERS, else one a core up to four; below
   * 2, this thread does it), used from `workersFrom` articles to read or extract (default: 400 and 300, below which
   * starting them costs more than they save).
   */
  workers?: number;
  workersFrom?: number;
}

export interface BuiltCoverage {
  coverage: Coverage;
  /** Articles rebuilt and re-extracted, against those read back from the saved state. */
  stats: {
    articles: number;
    /** Files read from disk: on an update, only those whose stat changed or that the watcher named. */
    read: number;
    built: number;
    extracted: number;
    reusedArticles: number;
    reusedExtraction: number;
    /**
     * Where the cross-article parts came from: read back from the saved state, updated from the previous state for
     * the articles that changed, kept as they were (nothing changed), or built whole.
     */
    derived: 'saved' | 'updated' | 'kept' | 'built';
    /** Milliseconds: reading the corpus and the per-article state, then each cross-article part. */
    ms: { load: number; derive: number } & PartTimes;
  };
  /** Each article's content hash, by id: what the next update compares with. */
  keys: Map<string, string>;
  /** The key of the derived state (code versions and the corpus). */
  derivedKey: string;
  /** The code versions, as the derived state is stamped with them. */
  versions: string;
  /** Each file read, by name, as stat saw it: what the next update needs not read again. */
  files: Map<string, SeenFile>;
  /** The derived state was written as it was built (a whole build at a start): nothing left to write. */
  derivedSaved?: boolean;
}

const sameStat = (a: FileStat, b: FileStat) =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/**
 * The largest change taken in place rather than rebuilt: articles added, changed or removed, as a share of the corpus
 * (past it, MiniSearch's add per token costs more than building the index whole), or a few on any corpus.
 */
const UPDATE_SHARE = 0.2;
const UPDATE_ANY = 10;

/** What an earlier state (in memory, or saved) offers the next build: its articles, their hashes, its parts. */
interface Previous {
  articles: Article[];
  keys: Map<string, string>;
  derived: Derived;
}

/** The default place of the saved state: a dot-folder inside the corpus folder, which the loader never reads. */
export function defaultStateDir(dataDir: string): string {
  return join(dataDir, '.coverage-state');
}

/**
 * Loads the corpus and builds every answer, reusing from `store` the articles and extractions whose content and
 * code are unchanged. Without a store it builds everything, as before the saved state existed.
 */
export async function buildWithState(
  dataDir: string,
  store: StateStore | null,
  options: Omit<BuildOptions, 'stateDir'> = {},
  previous?: {
    coverage: Coverage;
    keys: Map<string, string>;
    /** The files the previous build read; with it, a file whose stat is unchanged is not read again. */
    files?: Map<string, SeenFile>;
    /** Files the watcher named as changed: read again whatever their stat says. */
    changed?: ReadonlySet<string>;
  },
): Promise<BuiltCoverage> {
  const before = previous ? new Map(previous.coverage.corpus.articles.map((a) => [a.id, a])) : null;
  const files = new Map<string, SeenFile>();
  const versions = options.versions ?? stateVersions();
  const report = options.onProgress ?? (() => undefined);
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  const keys = new Map<string, string>();
  const entries = new Map<string, Entry>();
  const now = new Date().toISOString();
  let reusedArticles = 0;
  let built = 0;
  let read = 0;

  const build = async (inputs: LoadedInput[]): Promise<Built[]> => {
    report({ stage: 'read', done: inputs.length, total: inputs.length, ms: ms() });
    const out: (Built | undefined)[] = new Array(inputs.length);
    const missing: PageInput[] = [];
    const missingAt: number[] = [];
    inputs.forEach((input, i) => {
      if (input.key === undefined) read++;
      const key = input.key ?? contentKey(input.text, input.manifest);
      keys.set(input.id, key);
      if (input.stat) files.set(input.file, { stat: input.stat, id: input.id, key, encoding: input.encoding ?? null });
      const entry = store?.get(key);
      if (entry) entries.set(key, entry);
      const kept = before?.get(input.id);
      if (kept && previous?.keys.get(input.id) === key && kept.file === input.file) {
        // Unchanged since the state in memory: its article as it is (articles are never changed once built).
        out[i] = { article: kept };
        reusedArticles++;
      } else if (entry?.article && entry.corpusVersion === versions.corpus) {
        // The saved article may have been built for a file of another name with the same bytes. Its sentences are
        // made when first read (packed-articles.ts): a third of a million objects on 10,000 articles, which a restart
        // with its answers saved never reads.
        out[i] = { article: renamed(entry.article, input.id, input.file) };
        reusedArticles++;
      } else {
        missing.push(input);
        missingAt.push(i);
      }
    });
    if (missing.length) {
      const fresh = await buildArticles(
        missing,
        options.workers,
        (done, total) =>
          report({
            stage: 'build',
            done: reusedArticles + done,
            total: reusedArticles + total,
            reused: reusedArticles,
            ms: ms(),
          }),
        { from: options.workersFrom },
      );
      fresh.forEach((b, k) => {
        const i = missingAt[k];
        out[i] = b;
        if ('article' in b) {
          built++;
          const key = keys.get(b.article.id)!;
          const entry: Entry = {
            added: entries.get(key)?.added ?? now,
            article: b.article,
            corpusVersion: versions.corpus,
          };
          entries.set(key, entry);
          store?.put(key, entry);
        }
      });
    }
    report({ stage: 'build', done: inputs.length, total: inputs.length, reused: reusedArticles, ms: ms() });
    return out as Built[];
  };

  // A live update reads only the files whose stat changed (or that the watcher named): the others are vouched for
  // with the content key they had, and their article is kept as it is. A start does the same with the files the
  // saved state last read, for the files whose article it holds (stat's size, times and inode: any write to a file
  // moves its ctime, which no one can set back). Not when corpus.json changed, which every file's key includes.
  // corpus.json is stat'ed before it is read, so that a change made while this build reads it is seen next time.
  let manifestNow: FileStat | null = null;
  try {
    const st = await stat(join(dataDir, MANIFEST));
    manifestNow = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
    files.set(MANIFEST, { stat: manifestNow, id: '', key: '', encoding: null });
  } catch {
    // no corpus.json
  }
  const seenFiles: ReadonlyMap<string, SeenFile> | undefined = previous ? previous.files : store?.files;
  const manifestSeen = seenFiles?.get(MANIFEST)?.stat ?? null;
  const vouch =
    !!seenFiles &&
    seenFiles.size > 0 &&
    !previous?.changed?.has(MANIFEST) &&
    (manifestNow && manifestSeen ? sameStat(manifestNow, manifestSeen) : manifestNow === manifestSeen);
  const unchanged = (name: string, st: FileStat): { key: string; encoding: string | null } | null => {
    const seen = seenFiles?.get(name);
    if (!vouch || !seen || previous?.changed?.has(name) || !sameStat(seen.stat, st)) return null;
    if (previous) {
      // Only a file whose article the previous state holds: nothing else could be kept without reading it.
      const kept = before?.get(seen.id);
      if (!kept || kept.file !== name || previous.keys.get(seen.id) !== seen.key) return null;
    } else {
      // At a start, only a file whose article the saved state holds, built by this code.
      const entry = store?.peek(seen.key);
      if (!entry?.article || entry.corpusVersion !== versions.corpus) return null;
    }
    return { key: seen.key, encoding: seen.encoding };
  };
  const corpus: Corpus = await loadCorpus(dataDir, { build, unchanged });

  const added = new Map<string, string>();
  for (const a of corpus.articles) {
    const e = entries.get(keys.get(a.id)!);
    if (e) added.set(a.id, e.added);
  }
  const times: PartTimes = {};
  const versionsKey = `${versions.corpus}|${versions.extract}|${versions.answers ?? ''}`;
  let derived: Derived | null = null;
  let from: BuiltCoverage['stats']['derived'] = 'built';
  let base: Previous | null = previous
    ? { articles: previous.coverage.corpus.articles, derived: previous.coverage.derived, keys: previous.keys }
    : null;
  const extractedNow = (e: Entry | undefined) =>
    e?.extractVersion === versions.extract && e.corpusVersion === versions.corpus;
  const readDerived = async (articles: Article[]) => {
    if (!store) return;
    const t = performance.now();
    const saved = await loadDerived(
      store.dir,
      versionsKey,
      articles,
      (id) => keys.get(id),
      (key) => store.peek(key)?.article,
      options.onStateProblem,
    );
    if ('derived' in saved) {
      times.search = Math.round(performance.now() - t);
      if (saved.same) {
        derived = saved.derived;
        from = 'saved';
      } else base = saved;
    } else if ('problem' in saved) options.onStateProblem?.(saved.problem);
  };

  // A start on a corpus whose every article has its extraction saved may find the cross-article answers saved for
  // exactly this corpus: then the extraction itself is not read (only an update needs it, see saved-state.ts).
  const allExtracted = !!store && corpus.articles.every((a) => extractedNow(entries.get(keys.get(a.id)!)));
  if (!base && allExtracted) await readDerived(corpus.articles);

  // Per-article extraction: reused when the article and the extraction code are unchanged.
  const prepared: (Prepared | undefined)[] = new Array(corpus.articles.length);
  const todo: Article[] = [];
  const todoAt: number[] = [];
  if (derived) {
    corpus.articles.forEach((a, i) => (prepared[i] = entries.get(keys.get(a.id)!)?.prepared));
  } else {
    await store?.loadExtraction(options.onStateProblem);
    corpus.articles.forEach((a, i) => {
      const entry = entries.get(keys.get(a.id)!);
      if (entry?.prepared && extractedNow(entry)) prepared[i] = entry.prepared;
      else {
        todo.push(a);
        todoAt.push(i);
      }
    });
  }
  const reusedExtraction = corpus.articles.length - todo.length;
  if (todo.length) {
    const fresh = await prepareAll(
      todo,
      options.workers,
      (done, total) =>
        report({
          stage: 'extract',
          done: reusedExtraction + done,
          total: reusedExtraction + total,
          reused: reusedExtraction,
          ms: ms(),
        }),
      { from: options.workersFrom },
    );
    fresh.forEach((p, k) => {
      const i = todoAt[k];
      prepared[i] = p;
      const key = keys.get(corpus.articles[i].id)!;
      const entry = entries.get(key);
      // Only what was read without a problem is saved: a failed extraction is tried again next time.
      if (entry && p.problems.length === 0) {
        const next: Entry = { ...entry, prepared: p, extractVersion: versions.extract };
        entries.set(key, next);
        store?.put(key, next);
      }
    });
  }
  report({
    stage: 'extract',
    done: corpus.articles.length,
    total: corpus.articles.length,
    reused: reusedExtraction,
    ms: ms(),
  });

  const loadMs = ms();
  // (Read back with the answers: an extraction saved is one read without a problem.)
  const checked = derived ? corpus : withProblems(corpus, prepared as Prepared[]);
  const dkey = derivedKey(versionsKey, checked.articles, (id) => keys.get(id));
  if (!base && !derived && !allExtracted) await readDerived(checked.articles);
  if (base && !derived) {
    const change = changeFrom(base, checked.articles, keys);
    if (change.removed.length === 0 && change.added.length === 0 && sameOrder(base.articles, checked.articles)) {
      derived = base.derived;
      from = 'kept';
    } else if (
      change.removed.length + change.added.length <=
      Math.max(UPDATE_ANY, UPDATE_SHARE * checked.articles.length)
    ) {
      derived = await deriveNext(base, checked, prepared as Prepared[], change, times);
      from = 'updated';
    }
  }
  // A whole build at a start, with a saved state: each part written as it is made and let go, then the answers read
  // back from what was written, as a restart reads them (the articles' extraction and every part never all held at
  // once: on the whole scale corpus, that was more than Node's default heap).
  let derivedSaved = false;
  if (!derived && store && !previous) {
    derived = await deriveSaved(
      store,
      versionsKey,
      checked,
      prepared as Prepared[],
      keys,
      times,
      options.onStateProblem,
    );
    derivedSaved = derived !== null;
  }
  derived ??= deriveAll(checked, prepared as Prepared[], times);
  const coverage = assembleCoverage(checked, derived, store ? added : undefined);
  report({ stage: 'index', done: corpus.articles.length, total: corpus.articles.length, ms: ms() });
  return {
    coverage,
    stats: {
      articles: corpus.articles.length,
      read,
      built,
      extracted: todo.length,
      reusedArticles,
      reusedExtraction,
      derived: from,
      ms: { load: loadMs, derive: ms() - loadMs, ...times },
    },
    keys,
    derivedKey: dkey,
    versions: versionsKey,
    files,
    derivedSaved,
  };
}

/**
 * Builds every cross-article part one at a time, writing each to the derived state as it is made (`writeDerived`),
 * and returns them read back from it. Null when they could not be written or read back (a state folder not
 * writable): the caller then builds them in memory, as without a saved state.
 */
async function deriveSaved(
  store: StateStore,
  versionsKey: string,
  corpus: Corpus,
  prepared: Prepared[],
  keys: Map<string, string>,
  times: PartTimes,
  onProblem?: (message: string) => void,
): Promise<Derived | null> {
  try {
    const list = corpus.articles.map((a): [string, string] => [a.id, keys.get(a.id) ?? '']);
    await writeDerived(store.dir, versionsKey, list, derivedParts(corpus, prepared, times));
  } catch (err) {
    onProblem?.(`${store.dir}: the saved state could not be written (${reason(err)}); the next start rebuilds`);
    return null;
  }
  const saved = await loadDerived(
    store.dir,
    versionsKey,
    corpus.articles,
    (id) => keys.get(id),
    (key) => store.peek(key)?.article,
    onProblem,
  );
  if ('problem' in saved) onProblem?.(saved.problem);
  return 'derived' in saved && saved.same ? saved.derived : null;
}

/** Articles removed or changed since `previous` (by id), and those added or changed. */
function changeFrom(previous: Previous, articles: Article[], keys: Map<string, string>): Change {
  const now = new Set<string>();
  const added: Article[] = [];
  const removed: string[] = [];
  for (const a of articles) {
    now.add(a.id);
    const was = previous.keys.get(a.id);
    if (was === undefined || was !== keys.get(a.id)) {
      added.push(a);
      if (was !== undefined) removed.push(a.id);
    }
  }
  for (const a of previous.articles) if (!now.has(a.id)) removed.push(a.id);
  return { removed, added };
}

function sameOrder(a: Article[], b: Article[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export interface LiveOptions extends BuildOptions {
  /** How long to wait after the last change before taking the folder in again. */
  debounceMs?: number;
  /**
   * How long after an update the derived state is written (default 30 s): writing it holds the event loop for a
   * while on a large corpus, so a burst of new articles writes it once. Until then a restart finds the derived state
   * of an earlier corpus and updates it for what changed since.
   */
  deriveSaveDelayMs?: number;
  /** Told after each rebuild: the new coverage, or the error that left the old one in place. */
  onUpdate?: (
    update: { coverage: Coverage; previous: Coverage; stats: BuiltCoverage['stats']; ms: number } | { error: Error },
  ) => void;
}

/**
 * The corpus the transports answer from. `current()` is read once at the start of each answer (see the handler), so
 * a rebuild that lands mid-answer never changes what that answer sees.
 */
export class LiveCoverage {
  private coverage: Coverage;
  private watcher: FSWatcher | null = null;
  private timer: NodeJS.Timeout | null = null;
  private saveTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** Files the watcher named since the last update began: read again whatever their stat says. */
  private pending = new Set<string>();
  private listeners: ((previous: Coverage, next: Coverage) => void)[] = [];
  private built: BuiltCoverage;
  /** The key of the derived state on disk, so an unchanged one is not written again. */
  private savedKey: string | null;

  private constructor(
    readonly dataDir: string,
    private readonly store: StateStore | null,
    private readonly options: LiveOptions,
    first: BuiltCoverage,
  ) {
    this.coverage = first.coverage;
    this.built = first;
    this.savedKey = first.stats.derived === 'saved' || first.derivedSaved ? first.derivedKey : null;
  }

  /** Builds the corpus (reading the saved state if there is one) and saves what it built. */
  static async open(
    dataDir: string,
    options: LiveOptions,
  ): Promise<{ live: LiveCoverage; stats: BuiltCoverage['stats'] }> {
    const built = await LiveCoverage.build(dataDir, options);
    if ('live' in built) return built;
    // A whole build, now saved: started again from what it saved, as a restart starts, so that the bot runs on the
    // articles packed and each part read when first asked for, not on everything the build made (on the whole
    // scale corpus, several times a restart's memory). The build's figures are the ones reported.
    return { live: await LiveCoverage.reopen(dataDir, options), stats: built.stats };
  }

  /**
   * The build, saved: the bot on it, or (after a whole build written as it was made) only its figures, so that
   * nothing it made is still held when the start reads it back.
   */
  private static async build(
    dataDir: string,
    options: LiveOptions,
  ): Promise<{ live: LiveCoverage; stats: BuiltCoverage['stats'] } | { stats: BuiltCoverage['stats'] }> {
    const store = options.stateDir ? await StateStore.open(options.stateDir) : null;
    for (const p of store?.problems ?? []) options.onStateProblem?.(p);
    const first = await buildWithState(dataDir, store, options);
    const live = new LiveCoverage(dataDir, store, options, first);
    await live.save();
    return first.derivedSaved && store ? { stats: first.stats } : { live, stats: first.stats };
  }

  /** A start from the saved state just written, without progress (the build before it reported its own). */
  private static async reopen(dataDir: string, options: LiveOptions): Promise<LiveCoverage> {
    const store = await StateStore.open(options.stateDir!);
    for (const p of store.problems) options.onStateProblem?.(p);
    const again = await buildWithState(dataDir, store, { ...options, onProgress: undefined });
    const live = new LiveCoverage(dataDir, store, options, again);
    await live.save();
    return live;
  }

  current(): Coverage {
    return this.coverage;
  }

  /** Calls `listener` after each swap with the state before and after it (what /follow posts from). */
  onSwap(listener: (previous: Coverage, next: Coverage) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  /**
   * The copy families' index, made in the background once the folder is followed when the families were read back
   * from the saved state (which keeps them, not their index): until it is ready, an update builds them whole. With it,
   * the per-article extraction is read from the saved state (until then an update reads it first).
   */
  primed: Promise<boolean> | null = null;

  private indexesPrimed: Promise<void> | null = null;
  private merging: Promise<boolean> | null = null;

  /** The merge's kept state for the book read back at start, from the per-article extraction (once it is read). */
  private async primeMerge(): Promise<boolean> {
    const { derived, corpus } = this.coverage;
    const prepared = corpus.articles.map((a) => this.store?.peek(this.built.keys.get(a.id) ?? '')?.prepared);
    if (prepared.some((p) => !p)) return false;
    const primed = await primeMerge(
      derived.quote,
      corpus,
      prepared.map((p) => p!.quotes),
      (id) => derived.families.memberOf.get(id)?.original ?? null,
    ).catch(() => false);
    // The extraction's resources (WordNet's index, the tagger's model) are read on first use, which a restart with
    // its extraction saved never made: one article extracted now, so that the first new one does not wait for them.
    try {
      if (corpus.articles.length) prepareOne(corpus.articles[0]);
    } catch {
      // only a warm-up: the update extracts its articles itself
    }
    return primed;
  }

  /**
   * Makes in the background what a start read back without making: the article search index (search.ts), which
   * /sources would otherwise make when first asked, then the quotation book's lists and its two indexes
   * (derived-state.ts), which /quote would. The bot calls it once it is ready; `watch` does too.
   */
  prime(): Promise<void> {
    // Each part read from the derived state inside its step, not all at once here: read back from the saved state,
    // a part is decoded when first read (derived-state.ts), and answers go on between the steps.
    const { derived } = this.coverage;
    const pause = () => new Promise<void>((resolve) => setImmediate(resolve));
    // Each part apart, and none rejects: a part that fails here is reported and left to the first answer that needs
    // it (which makes it afresh, or says what went wrong), and the parts after it are still made.
    const part = async (what: string, make: () => unknown) => {
      try {
        await make();
      } catch (err) {
        const why = reason(err);
        this.options.onStateProblem?.(`${what} not made in the background (${why}): made when first asked`);
      }
      await pause();
    };
    return (this.indexesPrimed ??= (async () => {
      await part('the article search index', () => {
        const search = derived.search;
        return search instanceof SearchView ? search.shared.prime() : undefined;
      });
      await part('the word vectors', () => vectorsOf(derived.counts));
      // The tagger's model, which a claim is read with: required on first use (extract/meaning/tagger.ts), so read
      // here rather than by the first /sources.
      await part('the tagger', () => lemmaOf('said'));
      // WordNet's index, which a claim's reporting verbs and words are looked up in (read on first use: 1 s of the
      // first /sources after a restart of the whole scale corpus).
      await part('WordNet', () => baseForms('said'));
      await part('the quotation indexes', () => primeIndexes(derived.quote));
    })());
  }

  /** Starts following the folder: a file added, changed or removed is taken in after a short quiet spell. */
  watch(): this {
    if (this.watcher) return this;
    const { derived, corpus } = this.coverage;
    // The per-article extraction too, which a restart with its answers saved did not read: an update merges it.
    const extraction = this.store
      ?.loadExtraction(this.options.onStateProblem, () => new Promise<void>((r) => setImmediate(r)))
      .catch(() => undefined);
    this.primed = Promise.all([
      primeFamilies(derived.families, corpus.articles).catch(() => false),
      extraction,
      this.prime(),
    ]).then(async ([families]) => {
      // Then what the merge of people and quotations keeps for an update (quote.ts, primeMerge): an update waits
      // for it rather than merging everything itself.
      await (this.merging = this.primeMerge());
      return families;
    });
    this.watcher = watch(this.dataDir, { persistent: false }, (_event, name) => {
      // The saved state lives in a dot-folder inside the corpus: its own writes are no news.
      if (name && String(name).startsWith('.')) return;
      if (name) this.pending.add(String(name));
      this.schedule();
    });
    this.watcher.on('error', (err) => this.options.onUpdate?.({ error: err }));
    return this;
  }

  close(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh();
    }, this.options.debounceMs ?? 300);
  }

  /** Takes the folder in again now; resolves when the new state is in place (or the old one kept). */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const t = performance.now();
        const changed = this.pending;
        this.pending = new Set();
        try {
          await this.merging;
          const next = await buildWithState(this.dataDir, this.store, this.options, {
            coverage: this.coverage,
            keys: this.built.keys,
            files: this.built.files,
            changed,
          });
          const previous = this.coverage;
          this.coverage = next.coverage; // the swap: one assignment, seen whole by the next answer
          this.built = next;
          await this.save(false);
          this.options.onUpdate?.({
            coverage: next.coverage,
            previous,
            stats: next.stats,
            ms: Math.round(performance.now() - t),
          });
          for (const l of this.listeners) l(previous, next.coverage);
        } catch (err) {
          this.options.onUpdate?.({ error: err instanceof Error ? err : new Error(String(err)) });
        }
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Copies article files into the corpus folder and takes them in; what cannot be an article is refused by name. */
  async ingest(files: string[]): Promise<{ copied: string[]; refused: { file: string; reason: string }[] }> {
    const { copied, refused } = await copyIntoCorpus(this.dataDir, files);
    for (const name of copied) this.pending.add(name);
    if (copied.length) await this.refresh();
    return { copied, refused };
  }

  /** Writes the state now, the derived state included, once any update under way is done (for a clean stop). */
  async flush(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    await this.running;
    await this.save(true);
  }

  /** Writes what changed of the per-article state, and the derived state now (`derivedNow`) or after a delay. */
  private async save(derivedNow = true): Promise<void> {
    if (!this.store) return;
    this.store.prune();
    this.store.setFiles(this.built.files);
    try {
      await this.store.flush();
      const { derivedKey: key, coverage, keys, versions } = this.built;
      if (key !== this.savedKey && !derivedNow) {
        if (this.saveTimer) clearTimeout(this.saveTimer);
        this.saveTimer = setTimeout(() => {
          this.saveTimer = null;
          void (this.running ?? Promise.resolve()).then(() => this.save(true));
        }, this.options.deriveSaveDelayMs ?? 30_000);
        this.saveTimer.unref();
      } else if (key !== this.savedKey) {
        const corpus = coverage.corpus.articles.map((a): [string, string] => [a.id, keys.get(a.id) ?? '']);
        await saveDerived(this.store.dir, versions, corpus, coverage.derived);
        this.savedKey = key;
      }
    } catch (err) {
      this.options.onStateProblem?.(
        `${this.store.dir}: the saved state could not be written (${reason(err)}); the next start rebuilds`,
      );
    }
  }
}

const ARTICLE_FILE = /\.(?:txt|md|markdown|html?)$/i;

/** Copies files into the corpus folder, as `ask ingest` and a live bot take them in. */
export async function copyIntoCorpus(
  dataDir: string,
  files: string[],
): Promise<{ copied: string[]; refused: { file: string; reason: string }[] }> {
  const copied: string[] = [];
  const refused: { file: string; reason: string }[] = [];
  for (const file of files) {
    if (!ARTICLE_FILE.test(extname(file))) {
      refused.push({ file, reason: 'not an article file (.txt, .md or .html)' });
      continue;
    }
    try {
      const st = await stat(file);
      if (!st.isFile()) throw new Error('not a file');
      const target = join(dataDir, basename(file));
      if (resolve(target) !== resolve(file)) await copyFile(file, target);
      copied.push(basename(file));
    } catch (err) {
      refused.push({
        file,
        reason: err instanceof Error && 'code' in err && err.code === 'ENOENT' ? 'no such file' : reason(err),
      });
    }
  }
  return { copied, refused };
}
