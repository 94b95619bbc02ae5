// Graceful shutdown in both modes, with the real programs: SIGTERM arrives while a deferred /sources is still being
// answered (its edit held back by a rate limit from the Discord stand-in, which discord.js waits out), and the
// program finishes that reply, edits "thinking…" with the answer, then exits 0. And a port already in use is one line.
import { generateKeyPairSync, sign } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import { runScript } from './standin/process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_ID, commandInteraction, startStandIn, type Recorded } from './standin/discord';
import { rateLimited, startFaultProxy } from './standin/faults';

const TOKEN = 'standin-token.' + 'x'.repeat(40);
const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

const run = (script: string, env: NodeJS.ProcessEnv, ms = 120_000) => runScript(script, env, ms);

const editOf = (token: string) => (r: Recorded) =>
  r.method === 'PATCH' && decodeURIComponent(r.path) === `/webhooks/${APP_ID}/${token}/messages/@original`;

describe('graceful shutdown', () => {
  it('HTTP endpoint: SIGTERM during a deferred /sources; its reply is still edited, then exit 0', async () => {
    const s = await startStandIn();
    // eslint-disable-next-line prefer-const -- the proxy's callback reads it before the process is started
    let child: ChildProcess | undefined;
    const proxy = await startFaultProxy(s.apiUrl, [
      { match: (m) => m === 'PATCH', times: 1, ...rateLimited(1), onMatch: () => child?.kill('SIGTERM') },
    ]);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    const port = 20000 + Math.floor(Math.random() * 20000);
    const p = run('src/bin/serve.ts', {
      DISCORD_PUBLIC_KEY: publicHex,
      DISCORD_APPLICATION_ID: APP_ID,
      PORT: String(port),
      DATA_DIR: 'data',
      DISCORD_API_URL: proxy.apiUrl,
      SHUTDOWN_GRACE_MS: '20000',
    });
    child = p.child;
    try {
      for (let n = 0; n < 1200 && !p.output().includes('listening'); n++) await new Promise((r) => setTimeout(r, 100));
      const i = commandInteraction('sources', { claim: 'Russia signed a deal for combat jets' });
      const text = JSON.stringify(i);
      const ts = String(Math.floor(Date.now() / 1000));
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-signature-ed25519': sign(null, Buffer.from(ts + text), privateKey).toString('hex'),
          'x-signature-timestamp': ts,
        },
        body: text,
        signal: AbortSignal.timeout(20_000),
      });
      expect(await res.json()).toEqual({ type: 5, data: {} });
      const edit = await s.waitFor(editOf(i.token), 30_000);
      expect(edit.json.content).toMatch(/carry/);
      const r = await p.done;
      expect(r.code).toBe(0);
      expect(proxy.seen.filter((x) => x.method === 'PATCH')).toHaveLength(2);
      const lines = r.out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[0]).toMatchObject({ version: VERSION, mode: 'http' });
      expect(lines.find((l) => l.kind === 'deferred')).toMatchObject({ id: i.id, command: 'sources', outcome: 'ok' });
      expect(lines.at(-1)?.msg).toBe('stopped');
    } finally {
      child.kill('SIGKILL');
      await proxy.close();
      await s.close();
    }
  }, 150_000);

  it('gateway bot: SIGTERM during a deferred /sources; its reply is still edited, then exit 0', async () => {
    const s = await startStandIn();
    // eslint-disable-next-line prefer-const -- the proxy's callback reads it before the process is started
    let child: ChildProcess | undefined;
    const proxy = await startFaultProxy(s.apiUrl, [
      { match: (m) => m === 'PATCH', times: 1, ...rateLimited(1), onMatch: () => child?.kill('SIGTERM') },
    ]);
    const p = run('src/bin/start.ts', {
      DISCORD_TOKEN: TOKEN,
      DISCORD_API_URL: proxy.apiUrl,
      DATA_DIR: 'data',
      SHUTDOWN_GRACE_MS: '20000',
    });
    child = p.child;
    try {
      await s.identified;
      const i = commandInteraction('sources', { claim: 'Russia signed a deal for combat jets' });
      let acked: Recorded | null = null;
      // READY is sent on identify; the process may need a moment to register its handler.
      for (let n = 0; n < 60 && !acked; n++) {
        s.dispatch('INTERACTION_CREATE', i);
        acked = await s
          .waitFor((r) => r.method === 'POST' && r.path === `/interactions/${i.id}/${i.token}/callback`, 1000)
          .catch(() => null);
      }
      expect(acked?.json.type).toBe(5);
      const edit = await s.waitFor(editOf(i.token), 30_000);
      expect(edit.json.content).toMatch(/carry/);
      const r = await p.done;
      expect(r.code).toBe(0);
      const lines = r.out
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines[0]).toMatchObject({ version: VERSION, mode: 'gateway' });
      expect(lines.find((l) => l.kind === 'deferred')).toMatchObject({
        id: i.id,
        command: 'sources',
        outcome: 'ok',
        guild: i.guild_id,
        channel: i.channel_id,
      });
    } finally {
      child.kill('SIGKILL');
      await proxy.close();
      await s.close();
    }
  }, 150_000);
});

describe('npm run serve on a port already in use', () => {
  it('says so in one line, no stack trace, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, r));
    const port = (blocker.address() as AddressInfo).port;
    const { publicKey } = generateKeyPairSync('ed25519');
    const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    try {
      const r = await run('src/bin/serve.ts', {
        DISCORD_PUBLIC_KEY: publicHex,
        DISCORD_APPLICATION_ID: APP_ID,
        PORT: String(port),
        DATA_DIR: 'data',
      }).done;
      expect(r.code).toBe(1);
      expect(r.err.trim()).toBe(
        `could not start: port ${port} is already in use: stop whatever is listening there or set PORT to another port`,
      );
    } finally {
      blocker.close();
    }
  }, 150_000);
});
