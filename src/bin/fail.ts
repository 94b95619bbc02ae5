// How a transport that cannot start says so: one line naming what is wrong, exit 1, no stack trace.
import { ConfigError } from '../config';
import { CorpusError } from '../corpus/load';
import { reason } from '../util/reason';

export function failToStart(err: unknown): void {
  const msg =
    err instanceof ConfigError || err instanceof CorpusError ? err.message : `could not start: ${reason(err)}`;
  process.stderr.write(msg + '\n');
  process.exitCode = 1;
}
