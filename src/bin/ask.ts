// `npm run ask -- <command>`: see src/cli/ask.ts and docs/cli.md.
import { config } from 'dotenv';
import { runAsk } from '../cli/ask';
import { reason } from '../util/reason';

// quiet: dotenv would otherwise print a line to stdout, and --json promises one JSON object there and nothing else.
config({ quiet: true });

const io = { out: (s: string) => process.stdout.write(s + '\n'), err: (s: string) => process.stderr.write(s + '\n') };
runAsk(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // No stack trace reaches a user: one line, and exit 1.
    process.stderr.write(`error: ${reason(err)}\n`);
    process.exitCode = 1;
  },
);
