// The HTTP interactions endpoint with a locally generated Ed25519 key: good signatures answered, bad ones refused
// with 401, PING answered, the same handlers as the gateway bot, deferred replies edited through the REST stand-in.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionServer } from '../src/discord/http';
import {
  ALICE,
  APP_ID,
  BOB,
  autocompleteInteraction,
  buttonInteraction,
  commandInteraction,
  startStandIn,
  type StandIn,
} from './standin/discord';
import { ANTONOV, estimate, fakeCoverage, manyQuotes, match } from './standin/fixtures';
import { callbackProblems, webhookEditProblems } from './standin/validate';

function keys(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { privateKey, publicHex: Buffer.from(x, 'base64url').toString('hex') };
}

const coverage = fakeCoverage({
  quote: (q) => (q === 'everyone' ? manyQuotes(40, 500) : { query: q, total: 1, quotes: [ANTONOV] }),
  speakers: () => [{ name: 'Anatoly Antonov', role: 'Deputy Defense Minister', aliases: ['Antonov'], count: 8 }],
  toll: () => ({ estimates: [estimate(1)], changes: [] }),
  sources: (claim) => ({ claim, matches: Array.from({ length: 30 }, (_, i) => match(i)), closest: [], origin: null }),
});

describe('HTTP interactions endpoint', () => {
  const { privateKey, publicHex } = keys();
  const other = keys();
  let base = '';
  let s: StandIn;
  let server: ReturnType<typeof createInteractionServer>;

  beforeAll(async () => {
    s = await startStandIn();
    server = createInteractionServer({
      publicKey: publicHex,
      applicationId: APP_ID,
      apiUrl: s.apiUrl,
      coverage,
      chart: async () => Buffer.from('png'),
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await s.close();
  });

  async function post(
    body: unknown,
    opts: { key?: KeyObject; tamper?: boolean; headers?: Record<string, string> } = {},
  ) {
    const text = JSON.stringify(body);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const sig = sign(null, Buffer.from(timestamp + text), opts.key ?? privateKey).toString('hex');
    const res = await fetch(base + '/interactions', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sig,
        'x-signature-timestamp': timestamp,
        ...opts.headers,
      },
      body: opts.tamper ? text.replace('quote', 'toll!') : text,
      signal: AbortSignal.timeout(5000),
    });
    return { status: res.status, json: (await res.json()) as any };
  }

  it('answers PING with PONG when the signature is good', async () => {
    expect(await post({ type: 1, id: '1', application_id: APP_ID, token: 't', version: 1 })).toEqual({
      status: 200,
      json: { type: 1 },
    });
  });

  it('refuses with 401 a wrong key, a tampered body, a missing or malformed signature', async () => {
    const ping = { type: 1, id: '1', application_id: APP_ID, token: 't', version: 1 };
    expect((await post(ping, { key: other.privateKey })).status).toBe(401);
    expect((await post(commandInteraction('quote', { speaker: 'Antonov' }), { tamper: true })).status).toBe(401);
    expect((await post(ping, { headers: { 'x-signature-ed25519': '' } })).status).toBe(401);
    expect((await post(ping, { headers: { 'x-signature-ed25519': 'zz'.repeat(64) } })).status).toBe(401);
    expect((await post(ping, { headers: { 'x-signature-timestamp': '0' } })).status).toBe(401);
    const unsigned = await fetch(base + '/interactions', {
      method: 'POST',
      body: JSON.stringify(ping),
      signal: AbortSignal.timeout(5000),
    });
    expect(unsigned.status).toBe(401);
  });

  it('answers a command, an autocomplete and a page button with the same handlers', async () => {
    const q = await post(commandInteraction('quote', { speaker: 'Antonov' }));
    expect(q.status).toBe(200);
    expect(q.json.type).toBe(4);
    expect(q.json.data.embeds[0].author.name).toBe('Anatoly Antonov — Deputy Defense Minister');
    expect(callbackProblems(q.json)).toEqual([]);

    const ac = await post(autocompleteInteraction('quote', { speaker: 'Ant' }, 'speaker'));
    expect(ac.json).toEqual({
      type: 8,
      data: {
        choices: [{ name: 'Anatoly Antonov (Deputy Defense Minister) · 8 quotations', value: 'Anatoly Antonov' }],
      },
    });

    const many = await post(commandInteraction('quote', { speaker: 'everyone' }));
    const next = many.json.data.components[0].components[1];
    const turned = await post(buttonInteraction(next.custom_id, many.json.data, ALICE, ALICE));
    expect(turned.json.type).toBe(7);
    expect(callbackProblems(turned.json)).toEqual([]);
    const refused = await post(buttonInteraction(next.custom_id, many.json.data, ALICE, BOB));
    expect(refused.json).toMatchObject({ type: 4, data: { flags: 64 } });
  });

  it('defers /toll and edits the original response through REST, chart attached', async () => {
    const i = commandInteraction('toll', {});
    const r = await post(i);
    expect(r.json).toEqual({ type: 5, data: {} });
    const edit = await s.waitFor(
      (x) => x.method === 'PATCH' && decodeURIComponent(x.path) === `/webhooks/${APP_ID}/${i.token}/messages/@original`,
    );
    expect(edit.files.map((f) => f.name)).toEqual(['toll.png']);
    expect(edit.auth).toBeUndefined();
    expect(webhookEditProblems(edit.json)).toEqual([]);
  });

  it('a page turn of /sources is acknowledged with type 6, then the message is edited through REST', async () => {
    const i = commandInteraction('sources', { claim: 'a claim' });
    expect((await post(i)).json).toEqual({ type: 5, data: {} });
    const sent = (await s.waitFor((x) => x.method === 'PATCH' && x.path.includes(i.token))).json;
    const press = buttonInteraction(sent.components[0].components[1].custom_id, sent, ALICE, ALICE, 'sources');
    expect((await post(press)).json).toEqual({ type: 6 });
    const turned = await s.waitFor((x) => x.method === 'PATCH' && x.path.includes(press.token));
    expect(turned.json.embeds.at(-1).footer.text).toMatch(/^Page 2 of/);
    expect(webhookEditProblems(turned.json)).toEqual([]);
  });
});

describe('npm run serve', () => {
  it('starts from the environment and answers a signed PING', async () => {
    const { privateKey, publicHex } = keys();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/serve.ts'], {
      env: {
        PATH: process.env.PATH,
        DISCORD_PUBLIC_KEY: publicHex,
        DISCORD_APPLICATION_ID: APP_ID,
        PORT: String(port),
        DATA_DIR: 'data',
        STATE_DIR: 'off',
        WATCH: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout!.on('data', (d) => String(d).includes('listening') && resolve());
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const text = JSON.stringify({ type: 1, id: '1', application_id: APP_ID, token: 't', version: 1 });
      const ts = String(Math.floor(Date.now() / 1000));
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        method: 'POST',
        headers: {
          'x-signature-ed25519': sign(null, Buffer.from(ts + text), privateKey).toString('hex'),
          'x-signature-timestamp': ts,
        },
        body: text,
        signal: AbortSignal.timeout(5000),
      });
      expect(await res.json()).toEqual({ type: 1 });
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      clearTimeout(killer);
    }
  });

  it('without DISCORD_PUBLIC_KEY: exit 1 naming it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/serve.ts'], {
      env: { PATH: process.env.PATH, DISCORD_APPLICATION_ID: APP_ID, DISCORD_PUBLIC_KEY: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const code = await new Promise((r) => child.once('exit', r));
    expect(code).toBe(1);
    expect(err).toContain('npm run serve needs DISCORD_PUBLIC_KEY');
  });
});
