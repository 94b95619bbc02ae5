// The HTTP endpoint under hostile input and load: requests judged by their headers before any body is read, bodies
// capped, stale or future signatures refused, absurdly nested options survived, deferred answers bounded by a queue
// that says "busy" at once while PING and cheap commands still answer, keep-alive clients never reset, interaction
// tokens never in the log, and every log line naming the interaction, its guild, channel, outcome and reason.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionServer, flattenOptions, MAX_BODY, type InteractionServer } from '../src/discord/http';
import { BUSY_TEXT } from '../src/discord/handler';
import { createLogger } from '../src/discord/log';
import { JobQueue } from '../src/discord/queue';
import { APP_ID, autocompleteInteraction, commandInteraction, startStandIn, type StandIn } from './standin/discord';
import { ANTONOV, estimate, fakeCoverage, match } from './standin/fixtures';
import { startFaultProxy } from './standin/faults';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

const coverage = fakeCoverage({
  quote: (q) => ({ query: q, total: 1, quotes: [ANTONOV] }),
  speakers: () => [{ name: 'Anatoly Antonov', role: 'Deputy Defense Minister', aliases: ['Antonov'], count: 8 }],
  toll: () => ({ estimates: [estimate(1)], changes: [] }),
  sources: (claim) => ({ claim, matches: [match(1)], closest: [], origin: null }),
});

function signed(text: string, opts: { timestamp?: number; key?: KeyObject } = {}) {
  const ts = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  return {
    'x-signature-ed25519': sign(null, Buffer.from(ts + text), opts.key ?? privateKey).toString('hex'),
    'x-signature-timestamp': ts,
  };
}

function logSink() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _e, cb) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      cb();
    },
  });
  return {
    lines,
    logger: createLogger('debug', stream),
    parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

async function serve(options: Partial<Parameters<typeof createInteractionServer>[0]> & { apiUrl: string }) {
  const server = createInteractionServer({
    publicKey: publicHex,
    applicationId: APP_ID,
    coverage,
    chart: async () => PNG,
    ...options,
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const res = await fetch(base + '/', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signed(text), ...headers },
    body: text,
    signal: AbortSignal.timeout(5000),
  });
  const raw = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(raw);
  } catch {
    json = raw;
  }
  return { status: res.status, json };
}

/** Writes raw bytes on a fresh connection; resolves with what came back and whether the server closed it. */
function raw(
  port: number,
  head: string,
  body: Buffer | string,
  waitMs = 3000,
): Promise<{ text: string; closed: boolean; ms: number }> {
  return new Promise((resolve) => {
    const t = performance.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let closed = false;
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ text, closed, ms: performance.now() - t });
    };
    const timer = setTimeout(finish, waitMs);
    socket.on('data', (d) => (text += d));
    socket.on('end', () => {
      closed = true;
      finish();
    });
    socket.on('error', () => {
      closed = true;
      finish();
    });
    socket.write(head);
    socket.write(body);
  });
}

describe('the HTTP endpoint judges a request before reading its body', () => {
  let s: StandIn;
  let server: InteractionServer;
  let base = '';
  let port = 0;
  beforeAll(async () => {
    s = await startStandIn();
    ({ server, base } = await serve({ apiUrl: s.apiUrl }));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await s.close();
  });

  it('a request without signature headers announcing 1 MB gets 401 at once, its connection closed, the body never awaited', async () => {
    const r = await raw(
      port,
      'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n',
      'x'.repeat(100),
    );
    expect(r.text).toMatch(/^HTTP\/1\.1 401/);
    expect(r.closed).toBe(true);
    expect(r.ms).toBeLessThan(2500);
  });

  it('a body announced past the cap gets 413 at once; one sent in chunks past the cap gets 413 too', async () => {
    const sig = signed('{}');
    const head = (extra: string) =>
      `POST / HTTP/1.1\r\nHost: x\r\nX-Signature-Ed25519: ${sig['x-signature-ed25519']}\r\nX-Signature-Timestamp: ${sig['x-signature-timestamp']}\r\n${extra}\r\n`;
    const announced = await raw(port, head(`Content-Length: ${2 * 1024 * 1024}\r\n`), 'x'.repeat(100));
    expect(announced.text).toMatch(/^HTTP\/1\.1 413/);
    expect(announced.closed).toBe(true);
    const size = MAX_BODY + 64 * 1024;
    const chunk = Buffer.alloc(size, 'x');
    const chunked = await raw(
      port,
      head('Transfer-Encoding: chunked\r\n'),
      Buffer.concat([Buffer.from(size.toString(16) + '\r\n'), chunk, Buffer.from('\r\n0\r\n\r\n')]),
    );
    expect(chunked.text).toMatch(/^HTTP\/1\.1 413/);
    // A body under the cap is read and judged by its signature.
    const big = JSON.stringify({ type: 1, pad: 'x'.repeat(MAX_BODY - 1000) });
    expect((await post(base, big)).json).toEqual({ type: 1 });
  });

  it('a request whose body trickles in is cut at the request timeout, its connection closed', async () => {
    const s2 = await serve({ apiUrl: s.apiUrl, requestTimeoutMs: 1000 });
    try {
      const sig = signed('{}');
      const r = await raw(
        (s2.server.address() as AddressInfo).port,
        `POST / HTTP/1.1\r\nHost: x\r\nX-Signature-Ed25519: ${sig['x-signature-ed25519']}\r\nX-Signature-Timestamp: ${sig['x-signature-timestamp']}\r\nContent-Length: 100000\r\n\r\n`,
        'x'.repeat(1000),
        6000,
      );
      expect(r.text).toMatch(/^HTTP\/1\.1 408/);
      expect(r.closed).toBe(true);
      expect(r.ms).toBeLessThan(3000);
    } finally {
      s2.server.closeAllConnections();
      await new Promise((r) => s2.server.close(r));
    }
  });

  it('a valid signature over a timestamp more than 5 minutes off is refused with 401; within 5 minutes it is answered', async () => {
    const ping = JSON.stringify({ type: 1, id: '1', application_id: APP_ID, token: 't', version: 1 });
    const now = Math.floor(Date.now() / 1000);
    for (const timestamp of [978307200 /* 2001 */, 4102444800 /* 2100 */, now - 330, now + 330]) {
      expect((await post(base, ping, signed(ping, { timestamp }))).status, String(timestamp)).toBe(401);
    }
    for (const timestamp of [now - 240, now + 240])
      expect((await post(base, ping, signed(ping, { timestamp }))).json).toEqual({ type: 1 });
  });

  it('validly signed commands with options nested 18,000 deep (fits the cap) and 30,000 deep (does not) are answered, and the server keeps serving', async () => {
    const deep = (depth: number) => {
      const i = commandInteraction('quote', { speaker: 'Antonov' });
      const nested =
        '{"options":['.repeat(depth) + '{"name":"speaker","type":3,"value":"Antonov"}' + ']}'.repeat(depth);
      return JSON.stringify({ ...i, data: { ...i.data, options: ['@@'] } }).replace('"@@"', nested);
    };
    const r = await post(base, deep(18_000));
    expect(r.status).toBe(200);
    // Nothing past Discord's own depth is read: the speaker is missing, and the asker is told what to give.
    expect(r.json.data).toMatchObject({ flags: 64, content: expect.stringContaining('Tell me whose words') });
    expect((await post(base, deep(30_000))).status).toBe(413);
    expect((await post(base, { type: 1 })).json).toEqual({ type: 1 });
    expect(
      (await post(base, commandInteraction('quote', { speaker: 'Antonov' }))).json.data.embeds[0].author.name,
    ).toContain('Antonov');
  });

  it("options nested 30,000 deep are read without recursion, to Discord's depth", () => {
    let options: unknown[] = [{ name: 'speaker', type: 3, value: 'deep' }];
    for (let d = 0; d < 30_000; d++) options = [{ name: 'g', type: 2, options }];
    expect(flattenOptions(options).out).toEqual({});
    const sub = [
      {
        name: 'group',
        type: 2,
        options: [{ name: 'sub', type: 1, options: [{ name: 'speaker', type: 3, value: 'Antonov', focused: true }] }],
      },
    ];
    expect(flattenOptions(sub)).toEqual({
      out: { speaker: 'Antonov' },
      focused: [{ name: 'speaker', value: 'Antonov' }],
    });
  });
});

describe('deferred answers in a bounded queue', () => {
  let s: StandIn;
  afterEach(async () => {
    await s?.close();
  });

  it('a full queue answers "busy" at once, ephemerally; PING, /quote and autocomplete answer while charts are stuck; every accepted one is edited once', async () => {
    s = await startStandIn();
    let release!: () => void;
    const stuck = new Promise<void>((r) => (release = r));
    const jobs = new JobQueue({ concurrency: 1, limit: 1 });
    const { server, base } = await serve({
      apiUrl: s.apiUrl,
      jobs,
      chart: async () => {
        await stuck;
        return PNG;
      },
    });
    try {
      const tolls = [
        commandInteraction('toll', {}),
        commandInteraction('toll', {}),
        commandInteraction('toll', {}),
        commandInteraction('sources', { claim: 'a deal' }),
      ];
      const acks = [];
      for (const i of tolls) acks.push(await post(base, i));
      expect(acks.map((a) => a.json.type)).toEqual([5, 5, 4, 4]);
      for (const busy of acks.slice(2)) expect(busy.json.data).toMatchObject({ flags: 64, content: BUSY_TEXT });
      const t = performance.now();
      expect((await post(base, { type: 1 })).json).toEqual({ type: 1 });
      expect((await post(base, commandInteraction('quote', { speaker: 'Antonov' }))).json.type).toBe(4);
      expect((await post(base, autocompleteInteraction('quote', { speaker: 'Ant' }, 'speaker'))).json.type).toBe(8);
      expect(performance.now() - t).toBeLessThan(1500);
      release();
      for (const i of tolls.slice(0, 2)) await s.waitFor((r) => r.method === 'PATCH' && r.path.includes(i.token));
      await new Promise((r) => setTimeout(r, 200));
      for (const i of tolls)
        expect(s.requests.filter((r) => r.path.includes(i.token)).length, i.token).toBe(tolls.indexOf(i) < 2 ? 1 : 0);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });

  it('a keep-alive client whose next request arrives while a synchronous chart holds the process for 6 s is answered, not reset', async () => {
    s = await startStandIn();
    const { server, base } = await serve({
      apiUrl: s.apiUrl,
      // today's chart is drawn synchronously: this one holds the event loop longer than Node's 5 s keep-alive default
      chart: async () => {
        const until = Date.now() + 6000;
        while (Date.now() < until);
        return PNG;
      },
    });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const send = (body: unknown) =>
      new Promise<{ status: number; json: any; socket: unknown }>((resolve, reject) => {
        const text = JSON.stringify(body);
        const req = httpRequest(
          base + '/',
          { method: 'POST', agent, headers: { 'content-type': 'application/json', ...signed(text) } },
          (res) => {
            let b = '';
            res.on('data', (d) => (b += d));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(b), socket: req.socket }));
          },
        );
        req.on('error', reject);
        req.end(text);
      });
    try {
      const first = await send(commandInteraction('toll', {}));
      expect(first.json.type).toBe(5);
      await new Promise((r) => setTimeout(r, 300));
      const second = await send({ type: 1 });
      expect(second.json).toEqual({ type: 1 });
      expect(second.socket).toBe(first.socket);
    } finally {
      agent.destroy();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  }, 30_000);
});

describe('logs', () => {
  it('a failed follow-up is logged with the interaction id and reason, and no line holds the interaction token', async () => {
    const s = await startStandIn();
    const proxy = await startFaultProxy(s.apiUrl, [
      {
        match: (m) => m === 'PATCH' || m === 'POST' || m === 'DELETE',
        times: 99,
        status: 404,
        body: { message: 'Unknown Webhook', code: 10015 },
      },
    ]);
    const sink = logSink();
    const { server, base } = await serve({ apiUrl: proxy.apiUrl, logger: sink.logger });
    try {
      const i = commandInteraction('toll', {});
      expect((await post(base, i)).json.type).toBe(5);
      for (let n = 0; n < 50 && !sink.lines.some((l) => l.includes('"kind":"deferred"')); n++)
        await new Promise((r) => setTimeout(r, 100));
      const deferred = sink.parsed().find((l) => l.kind === 'deferred')!;
      expect(deferred).toMatchObject({
        id: i.id,
        guild: i.guild_id,
        channel: i.channel_id,
        command: 'toll',
        outcome: 'error',
      });
      expect(String(deferred.reason)).toMatch(/could not send the reply: Unknown Webhook/);
      expect(sink.lines.join('\n')).not.toContain(i.token);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await proxy.close();
      await s.close();
    }
  });

  it('every command line carries the interaction id, guild, channel, outcome, and for a refusal its reason', async () => {
    const s = await startStandIn();
    const sink = logSink();
    const { server, base } = await serve({ apiUrl: s.apiUrl, logger: sink.logger });
    try {
      const ok = commandInteraction('quote', { speaker: 'Antonov' });
      const bad = commandInteraction('toll', { from: '13/03/2012' });
      const slow = commandInteraction('sources', { claim: 'a deal' });
      await post(base, ok);
      await post(base, bad);
      await post(base, slow);
      await s.waitFor((r) => r.method === 'PATCH' && r.path.includes(slow.token));
      for (let n = 0; n < 20 && !sink.parsed().some((l) => l.kind === 'deferred'); n++)
        await new Promise((r) => setTimeout(r, 50));
      const lines = sink.parsed();
      const of = (i: { id: string }) => lines.filter((l) => l.id === i.id);
      expect(of(ok)).toEqual([
        expect.objectContaining({
          kind: 'command',
          command: 'quote',
          guild: ok.guild_id,
          channel: ok.channel_id,
          outcome: 'ok',
          reply: 'message',
        }),
      ]);
      expect(of(bad)[0]).toMatchObject({
        command: 'toll',
        outcome: 'refused',
        reason: expect.stringContaining('YYYY-MM-DD'),
      });
      expect(of(slow).map((l) => [l.kind, l.outcome])).toEqual([
        ['command', 'ok'],
        ['deferred', 'ok'],
      ]);
      expect(of(slow)[1]).toMatchObject({
        guild: slow.guild_id,
        channel: slow.channel_id,
        waited: expect.any(Number),
        ms: expect.any(Number),
      });
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await s.close();
    }
  });
});
