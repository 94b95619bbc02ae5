// What every Discord transport does first: load the corpus and build the answers, once, reading back the saved
// state where it can (only what changed is rebuilt), with progress an operator can watch during a long start.
import { formatWarning } from '../corpus/load';
import type { Coverage } from '../answers/coverage';
import { LiveCoverage, defaultStateDir, type Progress } from '../answers/live';
import type { Logger } from './log';
import { FileFollowStore, postNews, type FollowStore, type Poster } from './follows';
import { join, resolve } from 'node:path';

export interface BootOptions {
  /** Folder of the saved state; null for none. Default: `.coverage-state` inside the corpus folder. */
  stateDir?: string | null;
  /** Follow the folder while running (new, changed and removed files taken in). */
  watch?: boolean;
  /** Human progress lines (the console writes them to stderr); the log gets them too. */
  progress?: (line: string) => void;
}

const STAGE = { read: 'read', build: 'cleaned', extract: 'extracted', index: 'indexed' } as const;

/** A progress reporter that speaks at most every two seconds, and always at the end of a stage. */
export function progressReporter(logger: Logger | undefined, line?: (s: string) => void): (p: Progress) => void {
  let last = 0;
  return (p) => {
    const now = performance.now();
    const end = p.done === p.total;
    if (!end && now - last < 2000) return;
    if (end && p.stage !== 'index' && p.total < 1000 && p.ms < 2000) return; // a small corpus: just the summary
    last = now;
    const rate = p.ms > 0 ? Math.round((p.done * 1000) / p.ms) : 0;
    const reused = p.reused ? `, ${p.reused.toLocaleString('en-US')} from the saved state` : '';
    const text = `start: ${p.done.toLocaleString('en-US')}/${p.total.toLocaleString('en-US')} articles ${STAGE[p.stage]}${reused} (${(p.ms / 1000).toFixed(1)} s, ${rate.toLocaleString('en-US')}/s)`;
    logger?.info({ stage: p.stage, done: p.done, total: p.total, reused: p.reused ?? 0, ms: p.ms }, text);
    line?.(text);
  };
}

export async function openCoverage(dataDir: string, logger?: Logger, options: BootOptions = {}): Promise<LiveCoverage> {
  const t = performance.now();
  const stateDir = options.stateDir === undefined ? defaultStateDir(dataDir) : options.stateDir;
  const { live, stats } = await LiveCoverage.open(dataDir, {
    stateDir,
    onProgress: progressReporter(logger, options.progress),
    onStateProblem: (message) => logger?.warn({ stateDir }, `saved state: ${message}`),
    onUpdate: (u) => {
      if ('error' in u)
        logger?.warn({ err: u.error }, `corpus update failed; answering from the previous state (${u.error.message})`);
      else {
        for (const w of u.coverage.corpus.warnings) logger?.debug({ file: w.file }, `corpus: ${formatWarning(w)}`);
        logger?.info(
          { ...u.stats, ms: u.ms },
          `corpus updated: ${u.stats.articles} articles (${u.stats.built} new or changed) in ${u.ms} ms`,
        );
      }
    },
  });
  const coverage = live.current();
  for (const w of coverage.corpus.warnings) logger?.warn({ file: w.file }, `corpus: ${formatWarning(w)}`);
  warm(coverage, logger);
  const ms = Math.round(performance.now() - t);
  const summary = `corpus loaded from ${dataDir}: ${stats.articles} articles, ${stats.reusedExtraction} from the saved state, ${stats.extracted} extracted, ${coverage.corpus.warnings.length} warnings, ${(ms / 1000).toFixed(1)} s`;
  logger?.info(
    {
      dataDir,
      stateDir,
      articles: stats.articles,
      reused: stats.reusedExtraction,
      extracted: stats.extracted,
      warnings: coverage.corpus.warnings.length,
      ms,
    },
    summary,
  );
  if (options.progress && ms > 2000) options.progress(summary);
  // What the start read back without making (the article search index, the word vectors, the quotation book's lists
  // and indexes) is made now, between answers; prime() reports a part that fails and never rejects.
  void live.prime();
  if (options.watch) live.watch();
  return live;
}

/** The corpus built once (with the saved state), for transports that do not follow the folder. */
export async function loadCoverage(dataDir: string, logger?: Logger, options: BootOptions = {}): Promise<Coverage> {
  return (await openCoverage(dataDir, logger, options)).current();
}

/**
 * Answers computed lazily on first use (copy families, the speaker list) are computed now, not inside Discord's
 * three seconds for the first user who asks.
 */
function warm(coverage: Coverage, logger?: Logger): void {
  try {
    coverage.articles();
    coverage.speakers('');
  } catch (err) {
    logger?.warn({ err }, 'warming the answers failed; they will be computed on first use');
  }
}

/** Where /follow's subscriptions are kept: beside the saved state, or in the corpus folder when there is none. */
export function followsPath(dataDir: string, stateDir: string | null | undefined): string {
  if (stateDir === null) return join(dataDir, '.follows.json');
  return join(stateDir ?? defaultStateDir(dataDir), 'follows.json');
}

/** Everything a Discord transport answers from: the live corpus (one per server when CORPORA says so) and /follow. */
export interface Service {
  /** The corpus an answer for this server reads: its own when CORPORA maps it, DATA_DIR's otherwise. */
  current(guildId?: string | null): Coverage;
  follows: FollowStore;
  /** How the transport posts to a channel; /follow's news waits for it. */
  setPoster(post: Poster): void;
  /** Writes what is not saved yet (an article taken in during the last seconds), then stops following the folders. */
  close(): Promise<void>;
}

export interface ServiceOptions extends BootOptions {
  dataDir: string;
  /** guild id → corpus folder (see corpora.ts). */
  corpora?: Map<string, string>;
}

export async function openService(o: ServiceOptions, logger?: Logger): Promise<Service> {
  const main = await openCoverage(o.dataDir, logger, o);
  const byDir = new Map<string, LiveCoverage>([[resolve(o.dataDir), main]]);
  const byGuild = new Map<string, LiveCoverage>();
  for (const [guild, dir] of o.corpora ?? []) {
    let live = byDir.get(resolve(dir));
    if (!live) {
      // Each server's folder keeps its saved state in itself (unless the state is turned off).
      live = await openCoverage(dir, logger, { ...o, stateDir: o.stateDir === null ? null : undefined });
      byDir.set(resolve(dir), live);
    }
    byGuild.set(guild, live);
  }
  const store = await FileFollowStore.open(followsPath(o.dataDir, o.stateDir), (m) => logger?.warn(`follow: ${m}`));
  let post: Poster | null = null;
  const liveOf = (guildId?: string | null) => (guildId ? byGuild.get(guildId) : undefined) ?? main;
  for (const live of byDir.values()) {
    live.onSwap((previous, next) => {
      if (post)
        void postNews(
          store.list().filter((s) => liveOf(s.guildId) === live),
          previous,
          next,
          post,
          logger,
        );
    });
  }
  return {
    current: (guildId) => liveOf(guildId).current(),
    follows: store,
    setPoster: (p) => (post = p),
    close: async () => {
      // A failed write only means the next start updates an older saved state: never a reason to hang the stop.
      await Promise.all([...byDir.values()].map((live) => live.flush().catch(() => undefined)));
      for (const live of byDir.values()) live.close();
    },
  };
}
