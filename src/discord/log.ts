// Logs an operator can read: pino, one JSON line per interaction with its latency.
import pino, { type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL || 'info', destination: NodeJS.WritableStream = process.stdout): Logger {
  return pino({ level, base: undefined, timestamp: pino.stdTimeFunctions.isoTime }, destination as pino.DestinationStream);
}

export const silentLogger: Logger = pino({ level: 'silent' });
