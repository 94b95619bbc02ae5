// `npm run eval`: runs every `eval:*` script of package.json (so a new evaluation only adds its script), one after
// the other, showing each one's figures as they come. At the end: which sets of ../shared were absent (skipped, never
// a failure), which evaluations fell below a floor. Exit 1 only then, or when one could not run at all or ran past
// its time limit: EVAL_TIMEOUT_MIN minutes each (40 by default) and EVAL_BUDGET_MIN for all of them (60), so CI,
// which must finish within 90 minutes, is bounded whatever an evaluation does.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED } from './floors';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIMEOUT_MS = Number(process.env.EVAL_TIMEOUT_MIN ?? 40) * 60_000;
const BUDGET_MS = Number(process.env.EVAL_BUDGET_MIN ?? 60) * 60_000;
const STARTED = performance.now();

interface Outcome {
  name: string;
  code: number | null;
  ms: number;
  skipped: string[];
  timedOut: boolean;
  limitMs: number;
}

function run(name: string): Promise<Outcome> {
  const limitMs = Math.max(0, Math.min(TIMEOUT_MS, BUDGET_MS - (performance.now() - STARTED)));
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', name], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    const skipped: string[] = [];
    let tail = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      const lines = (tail + chunk.toString()).split('\n');
      tail = lines.pop()!;
      for (const l of lines) if (/^skipped: /.test(l)) skipped.push(l.slice(9));
    });
    // Kills the whole process group the script started (npm, its shell, node), not just npm.
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, limitMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (/^skipped: /.test(tail)) skipped.push(tail.slice(9));
      done({ name, code, ms: performance.now() - started, skipped, timedOut, limitMs });
    });
  });
}

async function main() {
  const scripts: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts ?? {};
  const names = Object.keys(scripts)
    .filter((n) => n.startsWith('eval:'))
    .sort();
  if (!existsSync(SHARED)) console.log(`${SHARED} is absent: every evaluation set is missing, each evaluation skips.`);
  const outcomes: Outcome[] = [];
  for (const name of names) {
    console.log(`\n=== npm run ${name}  (${scripts[name]})`);
    outcomes.push(await run(name));
  }
  console.log('\n=== summary');
  for (const o of outcomes) {
    const what = o.timedOut
      ? `STOPPED at its time limit (${(o.limitMs / 60_000).toFixed(1)} min): not measured`
      : o.skipped.length
        ? `skipped: ${o.skipped.join('; ')}`
        : o.code === 0
          ? 'floors met'
          : o.code === 1
            ? 'BELOW A FLOOR'
            : `FAILED (exit ${o.code})`;
    console.log(`${o.name.padEnd(20)} ${(o.ms / 1000).toFixed(0).padStart(5)} s  ${what}`);
  }
  const absent = outcomes.flatMap((o) => o.skipped);
  console.log(absent.length ? `absent, so not measured: ${absent.join('; ')}` : 'every evaluation set was present');
  const failed = outcomes.filter((o) => o.timedOut || o.code !== 0);
  if (failed.length) {
    console.log(`failed: ${failed.map((o) => o.name).join(', ')}`);
    process.exitCode = 1;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
