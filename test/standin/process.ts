// A transport started as a real process (`src/bin/start.ts`, `serve.ts`), as a user or a service manager starts it:
// its own environment (no saved state, no folder watch, so a test never writes into data/), its output collected,
// killed if it outlives `ms`.
import { spawn, type ChildProcess } from 'node:child_process';

export interface Run {
  child: ChildProcess;
  done: Promise<{ code: number | null; out: string; err: string }>;
  output: () => string;
}

export function runScript(
  script: string,
  env: NodeJS.ProcessEnv,
  ms: number,
  stdin: 'pipe' | 'ignore' = 'ignore',
): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, STATE_DIR: 'off', WATCH: 'off', ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
  return { child, done, output: () => out };
}
