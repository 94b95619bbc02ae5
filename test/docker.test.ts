// The image (Dockerfile): it builds, and its entry point starts as compiled JavaScript with the production
// dependencies only; without a token or a terminal that is the bot's refusal, exit 1, saying what to set. Needs a
// Docker engine: skipped where `docker info` fails (the client alone is not enough).
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

function engine(): boolean {
  try {
    execFileSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!engine())('docker image', () => {
  const tag = `coverage-bot-test:${process.pid}`;

  it('builds, and its entry point refuses without a token, exit 1, as a user without privileges', () => {
    const build = spawnSync('docker', ['build', '-q', '-t', tag, ROOT], { encoding: 'utf8', timeout: 900_000 });
    expect(build.status, build.stderr).toBe(0);
    try {
      const run = spawnSync('docker', ['run', '--rm', '-i=false', tag], { encoding: 'utf8', timeout: 120_000 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('DISCORD_TOKEN is not set');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      const user = spawnSync('docker', ['run', '--rm', '--entrypoint', 'id', tag, '-u'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(user.stdout.trim()).not.toBe('0');
      const tsx = spawnSync('docker', ['run', '--rm', '--entrypoint', 'ls', tag, 'node_modules/tsx'], {
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(tsx.status).not.toBe(0);
    } finally {
      spawnSync('docker', ['rmi', '-f', tag], { stdio: 'ignore' });
    }
  }, 1_000_000);
});
