// The command line (`npm run ask -- <command>`), per docs/cli.md: the same answers as the bot, as
// text or, with --json, as exactly one JSON object. Exit 0 answered, 2 bad usage, 1 corpus not loadable.
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { CorpusError, formatWarning } from '../corpus/load';
import type { Coverage } from '../answers/coverage';
import { copyIntoCorpus, defaultStateDir, LiveCoverage } from '../answers/live';
import { MetricSchema, METRICS, type IngestAnswer } from '../answers/types';
import { renderArticlesText } from '../render/text';
import { renderQuoteText } from '../render/text-quote';
import { renderTollText } from '../render/text-toll';
import { renderSourcesText } from '../render/text-sources';
import { renderTollChart } from '../render/chart';
import { terminalSafe } from '../render/safe';
import { isRealIsoDate } from '../corpus/schema';
import { estimatesCsv, matchesCsv, quotesCsv } from '../render/csv';
import { ClaimsFileError, readClaimsFile } from './claims-file';
import { reason } from '../util/reason';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const DEFAULT_DATA_DIR = 'data';

export const USAGE = `usage: npm run --silent ask -- <command> [arguments] [--data DIR] [--json]
commands:
  articles                         the corpus: outlets, dates, headlines, copy families, load warnings
  quote <speaker or words>         quotations, each once, with speaker and every article carrying it [--outlet O] [--words W]
  toll                             casualty and displacement estimates by date [--metric M] [--from D] [--to D] [--estimator E] [--chart FILE.png]
                                   quote, toll and sources take --csv FILE: the whole answer as CSV rows
  sources <claim>                  the articles that carry a claim, best first, with attribution and wire credits
  sources --claims FILE            each claim of FILE (one a line, or JSON Lines with "query"), the corpus built once
  export                           everything extracted: articles, quotes, estimates
  ingest FILE...                   copy article files into the corpus folder and take them into the saved state
options:
  --state DIR|off                  the saved state (default: DATA/.coverage-state when it exists; ingest creates it)`;

class UsageError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function runAsk(argv: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        metric: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        estimator: { type: 'string' },
        outlet: { type: 'string' },
        words: { type: 'string' },
        chart: { type: 'string' },
        state: { type: 'string' },
        csv: { type: 'string' },
        claims: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.err(terminalSafe(`${reason(err)} (npm run ask -- --help lists the commands)`));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  const [command, ...rest] = positionals;
  const words = rest.join(' ').trim();

  // `sources --claims FILE`: a fact-check desk's list of claims, answered with the corpus built once.
  let batch: string[] | null = null;
  try {
    if (values.claims !== undefined) {
      if (command !== 'sources' || words !== '')
        throw new UsageError('--claims FILE goes with sources alone: sources --claims FILE');
      batch = readClaimsFile(values.claims);
    } else validate(command, words, values);
  } catch (err) {
    if (err instanceof UsageError || err instanceof ClaimsFileError) {
      io.err(terminalSafe(`${err.message} (npm run ask -- --help lists the commands)`));
      return 2;
    }
    throw err;
  }

  const dir = values.data ?? env.DATA_DIR ?? DEFAULT_DATA_DIR;
  // The saved state the bot keeps is read when it is there (a start then costs only what changed); `ingest`
  // creates it. A query never creates one unasked in someone's corpus folder.
  const stateOption = values.state ?? env.STATE_DIR;
  const stateDir =
    stateOption?.toLowerCase() === 'off'
      ? null
      : (stateOption ?? (command === 'ingest' || existsSync(defaultStateDir(dir)) ? defaultStateDir(dir) : null));
  let ingested: Awaited<ReturnType<typeof copyIntoCorpus>> | null = null;
  if (command === 'ingest') ingested = await copyIntoCorpus(dir, rest);
  let coverage: Coverage;
  try {
    // Built as the bot builds it: the saved state read, only what changed rebuilt, the state written back.
    const { live } = await LiveCoverage.open(dir, {
      stateDir,
      onStateProblem: (message) => io.err(terminalSafe(`warning: saved state: ${message}`)),
    });
    coverage = live.current();
  } catch (err) {
    io.err(
      terminalSafe(
        err instanceof CorpusError ? err.message : `${dir}: the corpus could not be loaded (${reason(err)})`,
      ),
    );
    return 1;
  }
  // Load warnings go to stderr so --json stays one clean object on stdout.
  for (const w of coverage.corpus.warnings) io.err(terminalSafe(`warning: ${formatWarning(w)}`));

  // JSON escapes control characters itself; text has them made visible (a file name may hold an escape sequence).
  const print = (json: unknown, text: () => string) =>
    io.out(values.json ? JSON.stringify(json) : terminalSafe(text()));
  // --csv FILE: the whole answer as CSV rows, as Discord's Export button gives it.
  const csv = async (rows: () => string) => {
    if (!values.csv) return;
    await writeFile(values.csv, rows());
    if (!values.json) io.err(`CSV written to ${values.csv}`);
  };
  switch (command) {
    case 'ingest': {
      const { copied, refused } = ingested!;
      for (const r of refused) io.err(terminalSafe(`${r.file}: not taken in: ${r.reason}`));
      const ids = new Set(coverage.corpus.articles.map((a) => a.file));
      const answer: IngestAnswer = {
        ingested: copied.map((file) => ({ file, loaded: ids.has(file) })),
        refused,
        articles: coverage.corpus.articles.length,
      };
      print(answer, () =>
        [
          ...copied.map((f) => `${ids.has(f) ? 'taken in' : 'copied, but not loaded (see the warnings)'}: ${f}`),
          `${answer.articles} articles in ${dir}`,
        ].join('\n'),
      );
      return refused.length ? 2 : 0;
    }
    case 'articles': {
      const answer = coverage.articles();
      print(answer, () => renderArticlesText(answer));
      return 0;
    }
    case 'quote': {
      const answer = coverage.quote(words, { outlet: values.outlet, words: values.words });
      await csv(() => quotesCsv(answer));
      print(answer, () => renderQuoteText(answer));
      return 0;
    }
    case 'toll': {
      const answer = coverage.toll({
        metric: values.metric ? MetricSchema.parse(values.metric) : undefined,
        from: values.from,
        to: values.to,
        estimator: values.estimator,
      });
      if (values.chart) {
        await writeFile(values.chart, await renderTollChart(answer));
        if (!values.json) io.err(terminalSafe(`chart written to ${values.chart}`));
      }
      await csv(() => estimatesCsv(answer));
      print(answer, () => renderTollText(answer));
      return 0;
    }
    case 'sources': {
      // A batch: one answer a claim, one JSON object a line with --json.
      if (batch) {
        for (const claim of batch) {
          const a = coverage.sources(claim);
          print(a, () => renderSourcesText(a) + '\n');
        }
        return 0;
      }
      const answer = coverage.sources(words);
      await csv(() => matchesCsv(answer));
      print(answer, () => renderSourcesText(answer));
      return 0;
    }
    case 'export': {
      const answer = coverage.export();
      print(answer, () =>
        [
          renderArticlesText({ articles: answer.articles, warnings: [] }),
          '',
          renderQuoteText({ query: '', total: answer.quotes.length, quotes: answer.quotes }),
          '',
          renderTollText({ estimates: answer.estimates, changes: [] }),
        ].join('\n'),
      );
      return 0;
    }
  }
  return 2;
}

function validate(command: string | undefined, words: string, values: Record<string, unknown>): void {
  const commands = ['articles', 'quote', 'toll', 'sources', 'export', 'ingest'];
  if (!command) throw new UsageError('missing command');
  if (!commands.includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (command === 'ingest') {
    if (words === '') throw new UsageError('ingest needs the article files to take in: ingest FILE...');
    return;
  }
  if ((command === 'quote' || command === 'sources') && words === '') {
    throw new UsageError(
      command === 'quote'
        ? 'quote needs a speaker or some words: quote <speaker or words>'
        : 'sources needs a claim: sources <a claim in your own words>',
    );
  }
  if (!['quote', 'sources', 'ingest'].includes(command) && words !== '')
    throw new UsageError(`${command} takes no words (got "${words}")`);
  if (values.metric !== undefined && !MetricSchema.safeParse(values.metric).success) {
    throw new UsageError(`unknown metric "${values.metric}": one of ${METRICS.join(', ')}`);
  }
  for (const key of ['from', 'to'] as const) {
    const v = values[key];
    if (v !== undefined && (typeof v !== 'string' || !DATE.test(v))) {
      throw new UsageError(`--${key} must be a date as YYYY-MM-DD (got "${v}")`);
    }
    // Date.parse takes 2012-02-30 for 1 March; a day that does not exist is a mistake to say so.
    if (typeof v === 'string' && !isRealIsoDate(v))
      throw new UsageError(`--${key} ${v} is not a real date (no such day, or outside 1900 to 2100)`);
  }
  if (values.chart !== undefined && command !== 'toll') throw new UsageError('--chart goes with toll');
  if (values.csv !== undefined && !['quote', 'toll', 'sources'].includes(command))
    throw new UsageError('--csv goes with quote, toll or sources');
  if (values.outlet !== undefined && command !== 'quote') throw new UsageError('--outlet goes with quote');
  if (values.words !== undefined && command !== 'quote') throw new UsageError('--words goes with quote');
  const tollOnly = ['metric', 'from', 'to', 'estimator'];
  for (const key of tollOnly)
    if (values[key] !== undefined && command !== 'toll') throw new UsageError(`--${key} goes with toll`);
}
