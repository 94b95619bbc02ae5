// `npm run bench:load`: the HTTP interactions endpoint under load, loopback only, bounded in count and time.
//
// Starts `src/bin/serve.ts` (of this tree, or of --server-dir DIR, to measure another version the same way) on the
// default corpus, with DISCORD_API_URL pointed at a tiny stand-in for Discord's webhook routes in this process that
// counts every follow-up per interaction token; signs every interaction with a key made for the run. Scenarios:
//   toll     200 /toll (chart attached) at concurrency 50
//   sources  200 /sources at concurrency 50
//   mixed    1,000 mixed interactions at concurrency 100 (PING, /quote, autocomplete, /articles, /help, /toll, /sources)
//   slow     300 slow connections without signature headers, each announcing 1 MB and sending 64 KB a second;
//            then 300 with well-formed (but wrong) signature headers announcing 250 KB, sent at 16 KB a second
// For each: acknowledgements (status, latency p50/p99/max, how many within Discord's 3 s), how many were deferred
// or told "busy", follow-ups delivered exactly once / missing / twice, and the server's RSS growth (peak − before).
//   npx tsx bench/load.ts [--only toll,sources,mixed,slow] [--scale 0.25] [--limit-s 240] [--server-dir DIR]
// JOB_CONCURRENCY, JOB_QUEUE_LIMIT and COOLDOWN_SECONDS in the environment are passed on to the server.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { loadCoverage } from '../src/discord/boot';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const ONLY = flag('only', 'toll,sources,mixed,slow').split(',');
const SCALE = Number(flag('scale', '1'));
const LIMIT_MS = Number(flag('limit-s', '240')) * 1000;
const DIR = resolve(flag('server-dir', '.'));
const APP_ID = '100000000000000001';
const GUILD = '100000000000000003';
const CHANNEL = '100000000000000004';

// ---- the Discord stand-in: webhook edits and follow-ups, counted per token ----
const followUps = new Map<string, number>();
function startWebhooks(): Promise<Server> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const m = /\/webhooks\/\d+\/([^/]+)(\/messages\/[^/]+)?$/.exec(
        decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
      );
      if (m && (req.method === 'PATCH' || (req.method === 'POST' && !m[2])))
        followUps.set(m[1], (followUps.get(m[1]) ?? 0) + 1);
      if (req.method === 'DELETE') {
        res.writeHead(204);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: '1', channel_id: CHANNEL, content: '', embeds: [], attachments: [] }));
    });
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

// ---- the server under test ----
/** The queue settings given to the bench, passed on to the server. */
function pick(env: NodeJS.ProcessEnv, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => env[k]).map((k) => [k, env[k]!]));
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function startServer(publicHex: string, apiPort: number): Promise<{ child: ChildProcess; port: number }> {
  const port = 30000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/serve.ts'], {
    cwd: DIR,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_PUBLIC_KEY: publicHex,
      DISCORD_APPLICATION_ID: APP_ID,
      PORT: String(port),
      DATA_DIR: resolve('data'),
      DISCORD_API_URL: `http://127.0.0.1:${apiPort}/api`,
      LOG_LEVEL: 'warn',
      // The load is many people's: one stand-in user asking 200 times would only meet the per-person cooldown.
      // The saved state and the folder watch are off so the run measures answering, not start-up.
      COOLDOWN_SECONDS: '0',
      STATE_DIR: 'off',
      WATCH: 'off',
      ...pick(process.env, ['JOB_CONCURRENCY', 'JOB_QUEUE_LIMIT', 'COOLDOWN_SECONDS']),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 1200; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { child, port };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not come up in 120 s');
}

// ---- interactions ----
let seq = 0n;
const id = () => String(200000000000000000n + ++seq);
function interaction(type: number, data: unknown) {
  return {
    id: id(),
    application_id: APP_ID,
    type,
    token: `tok-${id()}`,
    version: 1,
    guild_id: GUILD,
    channel_id: CHANNEL,
    member: { user: { id: '300000000000000001', username: 'bench' }, roles: [], permissions: '0' },
    data,
  };
}
const command = (name: string, options: Record<string, string>) =>
  interaction(2, {
    id: id(),
    name,
    type: 1,
    options: Object.entries(options).map(([n, value]) => ({ name: n, type: 3, value })),
  });
const autocomplete = (value: string) =>
  interaction(4, { id: id(), name: 'quote', type: 1, options: [{ name: 'speaker', type: 3, value, focused: true }] });

interface Ack {
  ms: number;
  status: number;
  type?: number;
  busy: boolean;
  token: string;
  error?: string;
}

function postSigned(port: number, agent: Agent, key: KeyObject, body: { token?: string }): Promise<Ack> {
  const text = JSON.stringify(body);
  const ts = String(Math.floor(Date.now() / 1000));
  const headers = {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'x-signature-ed25519': sign(null, Buffer.from(ts + text), key).toString('hex'),
    'x-signature-timestamp': ts,
  };
  const t = performance.now();
  return new Promise((done) => {
    const req = request(
      { host: '127.0.0.1', port, method: 'POST', path: '/', agent, headers, timeout: 60_000 },
      (res) => {
        let b = '';
        res.on('data', (d) => (b += d));
        res.on('end', () => {
          let json: { type?: number; data?: { content?: string } } = {};
          try {
            json = JSON.parse(b);
          } catch {
            /* not JSON */
          }
          done({
            ms: performance.now() - t,
            status: res.statusCode ?? 0,
            type: json.type,
            busy: /busy/i.test(json.data?.content ?? ''),
            token: body.token ?? '',
          });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) =>
      done({
        ms: performance.now() - t,
        status: 0,
        busy: false,
        token: body.token ?? '',
        error: (err as NodeJS.ErrnoException).code ?? err.message,
      }),
    );
    req.end(text);
  });
}

const pct = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const r0 = (x: number) => (Number.isFinite(x) ? Math.round(x) : x);

async function scenario(
  name: string,
  server: { child: ChildProcess; port: number },
  key: KeyObject,
  bodies: { token?: string }[],
  concurrency: number,
) {
  const pid = server.child.pid!;
  const before = rssOf(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 100);
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const acks: Ack[] = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < bodies.length && performance.now() - started < LIMIT_MS)
        acks.push(await postSigned(server.port, agent, key, bodies[next++]));
    }),
  );
  const acked = performance.now() - started;
  const deferred = acks.filter((a) => a.type === 5 || a.type === 6);
  // every deferred acknowledgement owes exactly one follow-up; wait for them, bounded
  while (deferred.some((a) => !followUps.get(a.token)) && performance.now() - started < LIMIT_MS)
    await new Promise((r) => setTimeout(r, 200));
  const lastFollowUp = performance.now() - started;
  await new Promise((r) => setTimeout(r, 1000));
  clearInterval(sampler);
  agent.destroy();
  const ms = acks.filter((a) => a.status === 200).map((a) => a.ms);
  const once = deferred.filter((a) => followUps.get(a.token) === 1).length;
  const twice = deferred.filter((a) => (followUps.get(a.token) ?? 0) > 1).length;
  const errors = new Map<string, number>();
  for (const a of acks)
    if (a.error || a.status !== 200)
      errors.set(a.error ?? `HTTP ${a.status}`, (errors.get(a.error ?? `HTTP ${a.status}`) ?? 0) + 1);
  const row = {
    scenario: name,
    sent: acks.length,
    of: bodies.length,
    answered: ms.length,
    errors: Object.fromEntries(errors),
    within3s: acks.filter((a) => a.status === 200 && a.ms <= 3000).length,
    ackP50: r0(pct(ms, 50)),
    ackP99: r0(pct(ms, 99)),
    ackMax: r0(Math.max(...ms)),
    deferred: deferred.length,
    busy: acks.filter((a) => a.busy).length,
    followUpsOnce: once,
    followUpsMissing: deferred.length - once - twice,
    followUpsTwice: twice,
    acksDoneS: +(acked / 1000).toFixed(1),
    followUpsDoneS: +(lastFollowUp / 1000).toFixed(1),
    rssBefore: r0(before),
    rssPeak: r0(peak),
    rssGrowth: r0(peak - before),
  };
  console.log(JSON.stringify(row));
  return row;
}

/** `n` connections that each announce a body of `length` bytes and send `rate` bytes a second of it, for `seconds`. */
async function slow(
  name: string,
  server: { child: ChildProcess; port: number },
  n: number,
  seconds: number,
  headers: string,
  length: number,
  rate: number,
) {
  const pid = server.child.pid!;
  const before = rssOf(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 100);
  const chunk = Buffer.alloc(rate, 'x');
  const results = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<{ status: string; heldMs: number }>((done) => {
          const t = performance.now();
          const socket = connect(server.port, '127.0.0.1');
          let status = 'none';
          // eslint-disable-next-line prefer-const -- `end` reads it before the interval is set
          let timer: NodeJS.Timeout | undefined;
          const end = () => {
            clearInterval(timer);
            socket.destroy();
            done({ status, heldMs: performance.now() - t });
          };
          socket.on('data', (d) => {
            const m = /^HTTP\/1\.1 (\d+)/.exec(String(d));
            if (m) status = m[1];
          });
          socket.on('close', end);
          socket.on('error', () => undefined);
          socket.write(
            `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n${headers}\r\n`,
          );
          let ticks = 0;
          let bytes = 0;
          timer = setInterval(() => {
            if (socket.destroyed) return;
            if (++ticks > seconds) return end();
            // never more than the announced length: what follows would be read as another request
            const part = chunk.subarray(0, Math.max(0, Math.min(chunk.length, length - bytes)));
            bytes += part.length;
            if (part.length) socket.write(part);
          }, 1000);
        }),
    ),
  );
  await new Promise((r) => setTimeout(r, 500));
  clearInterval(sampler);
  const byStatus: Record<string, number> = {};
  for (const r of results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  const held = results.map((r) => r.heldMs);
  const row = {
    scenario: name,
    connections: n,
    answers: byStatus,
    heldP50Ms: r0(pct(held, 50)),
    heldMaxMs: r0(Math.max(...held)),
    rssBefore: r0(before),
    rssPeak: r0(peak),
    rssGrowth: r0(peak - before),
  };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  const hooks = await startWebhooks();
  // Questions a user might ask of whatever corpus data/ holds: its speakers, and sentences of its articles as claims.
  const coverage = await loadCoverage('data');
  const speakers = coverage
    .speakers('')
    .slice(0, 20)
    .map((s) => s.name);
  const claims = coverage.corpus.articles
    .flatMap((a) => a.paragraphs.slice(1, 3).map((p) => p.slice(0, 120)))
    .filter((c) => c.split(' ').length > 5)
    .slice(0, 20);
  const pick = <T>(xs: T[], i: number) => xs[i % xs.length];
  const n = (x: number) => Math.max(1, Math.round(x * SCALE));
  console.log(
    JSON.stringify({
      server: DIR,
      scale: SCALE,
      limitS: LIMIT_MS / 1000,
      speakers: speakers.length,
      claims: claims.length,
      node: process.version,
    }),
  );
  const server = await startServer(publicHex, (hooks.address() as AddressInfo).port);
  try {
    if (ONLY.includes('toll'))
      await scenario(
        'toll',
        server,
        privateKey,
        Array.from({ length: n(200) }, () => command('toll', {})),
        50,
      );
    if (ONLY.includes('sources'))
      await scenario(
        'sources',
        server,
        privateKey,
        Array.from({ length: n(200) }, (_, i) => command('sources', { claim: pick(claims, i) })),
        50,
      );
    if (ONLY.includes('mixed')) {
      const mixed = Array.from({ length: n(1000) }, (_, i) => {
        const k = i % 20;
        if (k < 2) return { type: 1 } as { type: number; token?: string };
        if (k < 7) return command('quote', { speaker: pick(speakers, i) });
        if (k < 10) return autocomplete(pick(speakers, i).slice(0, 1 + (i % 4)));
        if (k < 12) return command('articles', {});
        if (k < 14) return command('help', {});
        if (k < 17) return command('toll', {});
        return command('sources', { claim: pick(claims, i) });
      });
      await scenario('mixed', server, privateKey, mixed, 100);
    }
    if (ONLY.includes('slow')) {
      await slow('slow-unsigned', server, n(300), 20, '', 1024 * 1024, 64 * 1024);
      // Well-formed but wrong signature headers, a body just under the cap sent at 16 KB/s: held until it is complete
      // or the request timeout, whichever comes first; this bounds what a client without the key can make us hold.
      const fake = `X-Signature-Ed25519: ${'ab'.repeat(64)}\r\nX-Signature-Timestamp: ${Math.floor(Date.now() / 1000)}\r\n`;
      await slow('slow-fake-signature', server, n(300), 20, fake, 250 * 1024, 16 * 1024);
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    server.child.kill('SIGKILL');
    hooks.closeAllConnections();
    hooks.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  },
);
