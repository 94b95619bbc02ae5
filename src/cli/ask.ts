// The command line (`npm run ask -- <command>`), per docs/cli.md: the same answers as the bot, as
// text or, with --json, as exactly one JSON object. Exit 0 answered, 2 bad usage, 1 corpus not loadable.
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { loadCorpus, CorpusError, formatWarning } from '../corpus/load';
import type { Corpus } from '../corpus/schema';
import { prepareCoverage, type Coverage } from '../answers/coverage';
import { MetricSchema, METRICS } from '../answers/types';
import { renderArticlesText } from '../render/text';
import { renderQuoteText } from '../render/text-quote';
import { renderTollText } from '../render/text-toll';
import { renderSourcesText } from '../render/text-sources';
import { renderTollChart } from '../render/chart';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const DEFAULT_DATA_DIR = 'data';

export const USAGE = `usage: npm run --silent ask -- <command> [arguments] [--data DIR] [--json]
commands:
  articles                         the corpus: outlets, dates, headlines, copy families, load warnings
  quote <speaker or words>         quotations, each once, with speaker and every article carrying it [--outlet O]
  toll                             casualty and displacement estimates by date [--metric M] [--from D] [--to D] [--estimator E] [--chart FILE.png]
  sources <claim>                  the articles that carry a claim, best first, with attribution and wire credits
  export                           everything extracted: articles, quotes, estimates`;

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
        chart: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    io.err(`${(err as Error).message.split('\n')[0]} (npm run ask -- --help lists the commands)`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) { io.out(USAGE); return 0; }
  const [command, ...rest] = positionals;
  const words = rest.join(' ').trim();

  try {
    validate(command, words, values);
  } catch (err) {
    if (err instanceof UsageError) { io.err(`${err.message} (npm run ask -- --help lists the commands)`); return 2; }
    throw err;
  }

  const dir = values.data ?? env.DATA_DIR ?? DEFAULT_DATA_DIR;
  let corpus: Corpus;
  try {
    corpus = await loadCorpus(dir);
  } catch (err) {
    io.err(err instanceof CorpusError ? err.message : `${dir}: the corpus could not be loaded (${(err as Error).message})`);
    return 1;
  }
  // Load warnings go to stderr so --json stays one clean object on stdout.
  for (const w of corpus.warnings) io.err(`warning: ${formatWarning(w)}`);
  const coverage: Coverage = await prepareCoverage(corpus);

  const print = (json: unknown, text: () => string) => io.out(values.json ? JSON.stringify(json) : text());
  switch (command) {
    case 'articles': {
      const answer = coverage.articles();
      print(answer, () => renderArticlesText(answer));
      return 0;
    }
    case 'quote': {
      const answer = coverage.quote(words, { outlet: values.outlet });
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
        if (!values.json) io.err(`chart written to ${values.chart}`);
      }
      print(answer, () => renderTollText(answer));
      return 0;
    }
    case 'sources': {
      const answer = coverage.sources(words);
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
  const commands = ['articles', 'quote', 'toll', 'sources', 'export'];
  if (!command) throw new UsageError('missing command');
  if (!commands.includes(command)) throw new UsageError(`unknown command "${command}"`);
  if ((command === 'quote' || command === 'sources') && words === '') {
    throw new UsageError(command === 'quote' ? 'quote needs a speaker or some words: quote <speaker or words>' : 'sources needs a claim: sources <a claim in your own words>');
  }
  if (!['quote', 'sources'].includes(command) && words !== '') throw new UsageError(`${command} takes no words (got "${words}")`);
  if (values.metric !== undefined && !MetricSchema.safeParse(values.metric).success) {
    throw new UsageError(`unknown metric "${values.metric}": one of ${METRICS.join(', ')}`);
  }
  for (const key of ['from', 'to'] as const) {
    const v = values[key];
    if (v !== undefined && (typeof v !== 'string' || !DATE.test(v) || Number.isNaN(Date.parse(v)))) {
      throw new UsageError(`--${key} must be a date as YYYY-MM-DD (got "${v}")`);
    }
  }
  if (values.chart !== undefined && command !== 'toll') throw new UsageError('--chart goes with toll');
  if (values.outlet !== undefined && command !== 'quote') throw new UsageError('--outlet goes with quote');
  const tollOnly = ['metric', 'from', 'to', 'estimator'];
  for (const key of tollOnly) if (values[key] !== undefined && command !== 'toll') throw new UsageError(`--${key} goes with toll`);
}
