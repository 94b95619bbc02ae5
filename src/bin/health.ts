// The health check of a running bot, for Docker's HEALTHCHECK, compose and systemd: exit 0 healthy, 1 not, one line.
//   node dist/bin/health.js          the gateway bot: HEALTH_FILE (written by util/heartbeat.ts) is fresh
//   node dist/bin/health.js http     the HTTP endpoint: GET /health on PORT answers 200
import { statSync } from 'node:fs';

// The same default as the image's HEALTH_FILE. (Not imported from util/heartbeat.ts: importing it would beat.)
const DEFAULT_HEALTH_FILE = '/tmp/coverage-bot.heartbeat';

async function check(mode: string | undefined): Promise<string> {
  if (mode === 'http') {
    const port = Number(process.env.PORT) || 8080;
    const res = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(5000) });
    if (res.status !== 200) throw new Error(`GET /health on port ${port} answered ${res.status}`);
    return `endpoint answering on port ${port}`;
  }
  const file = process.env.HEALTH_FILE || DEFAULT_HEALTH_FILE;
  const maxAge = 4 * (Number(process.env.HEARTBEAT_SECONDS) || 15);
  let age: number;
  try {
    age = (Date.now() - statSync(file).mtimeMs) / 1000;
  } catch {
    throw new Error(
      `no heartbeat file ${file} (is the bot started with --import ./dist/util/heartbeat.js and HEALTH_FILE set?)`,
    );
  }
  if (age > maxAge) throw new Error(`heartbeat ${file} is ${Math.round(age)} s old (more than ${maxAge} s)`);
  return `heartbeat ${Math.round(age)} s old`;
}

check(process.argv[2]).then(
  (ok) => process.stdout.write(`healthy: ${ok}\n`),
  (err: unknown) => {
    process.stdout.write(`unhealthy: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
