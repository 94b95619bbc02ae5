// Logs an operator can read: pino, one JSON line per interaction with its latency, its interaction id, guild,
// channel, outcome and reason. Interaction tokens never reach a log line: every line passes through redactTokens,
// whatever put the token there (a failed request's URL, an error message, a stack). In the local console, warnings
// are written as plain sentences instead of JSON.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pino, { type Logger } from 'pino';

export type { Logger };

// A webhook or interaction-callback path carries the interaction token after the application or interaction id:
// /api/v10/webhooks/1234/aW50ZXJhY3Rpb246.../messages/@original. Tokens themselves start with base64 "interaction:".
const TOKEN_PATH = /(\/(?:webhooks|interactions)\/\d+\/)[^/\s"'?#\\]+/g;
const TOKEN_ITSELF = /aW50ZXJhY3Rpb246[A-Za-z0-9_\-.]+/g;

/** The text with every interaction token replaced by "<token>". */
export function redactTokens(text: string): string {
  return text.replace(TOKEN_PATH, '$1<token>').replace(TOKEN_ITSELF, '<token>');
}

const LEVELS: Record<number, string> = {
  10: 'trace',
  20: 'debug',
  30: 'info',
  40: 'warning',
  50: 'error',
  60: 'fatal',
};

/** One JSON log line as a sentence: `warning: corpus: bad.bin: skipped: binary content`, other fields after it. */
export function readableLine(json: string): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const { level, time: _time, msg, err, ...rest } = o;
  const extra = Object.entries(rest)
    // a value the sentence already says is not repeated
    .filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object' && !String(msg ?? '').includes(String(v)))
    .map(([k, v]) => `${k}=${String(v)}`);
  const e = err && typeof err === 'object' ? (err as { message?: unknown }).message : undefined;
  const head = `${LEVELS[Number(level)] ?? 'log'}: ${String(msg ?? '')}${e ? `: ${String(e)}` : ''}`;
  return extra.length ? `${head} (${extra.join(', ')})` : head;
}

export interface LoggerOptions {
  /** Plain sentences instead of JSON lines (the local console). */
  readable?: boolean;
}

export function createLogger(
  level: string = process.env.LOG_LEVEL || 'info',
  destination: NodeJS.WritableStream = process.stdout,
  options: LoggerOptions = {},
): Logger {
  const stream = {
    write(line: string) {
      const safe = redactTokens(line);
      destination.write(options.readable ? readableLine(safe) + '\n' : safe);
    },
  };
  return pino(
    { level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime },
    stream as unknown as pino.DestinationStream,
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });

/** This program's version, from the package.json above this file (in src/ or in a build of it). */
export function packageVersion(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.version) return pkg.version;
    } catch {
      // not here: one folder up
    }
    dir = dirname(dir);
  }
  return 'unknown';
}
