// A local stand-in for Discord, enough for the real discord.js Client: REST routes over HTTP (GET /gateway/bot
// answering a ws://127.0.0.1 URL, interaction callbacks, webhook edits and follow-ups, command registration) and
// a `ws` gateway that sends HELLO and READY, acknowledges heartbeats, and dispatches INTERACTION_CREATE on demand.
// Everything the bot sends is recorded for the test to read.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export const APP_ID = '100000000000000001';
export const BOT_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  /** JSON body, or a multipart request's payload_json. */
  json: any;
  files: { field: string; name: string; type: string; size: number; head: Buffer }[];
  auth: string | undefined;
}

export interface StandIn {
  apiUrl: string;
  gatewayUrl: string;
  requests: Recorded[];
  identified: Promise<{ token: string }>;
  /** Sends one dispatch over every open gateway connection. */
  dispatch(t: string, d: unknown): void;
  /** Resolves with the first recorded request (past or future) matching, or rejects after `ms`. */
  waitFor(pred: (r: Recorded) => boolean, ms?: number): Promise<Recorded>;
  close(): Promise<void>;
}

let nextId = 200000000000000000n;
const BOT_AUTHOR = {
  id: BOT_ID,
  username: 'coverage-bot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

/** The fields of a message object that the stand-in never varies, with its author. */
export function messageFields(author: object) {
  return {
    author,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
  };
}

export function snowflake(): string {
  return String(nextId++);
}

export async function startStandIn(): Promise<StandIn> {
  const requests: Recorded[] = [];
  const waiters: { pred: (r: Recorded) => boolean; resolve: (r: Recorded) => void }[] = [];
  let gatewayUrl = '';
  let seq = 0;
  const sockets = new Set<WebSocket>();
  let identifiedResolve!: (v: { token: string }) => void;
  const identified = new Promise<{ token: string }>((r) => (identifiedResolve = r));

  const record = (r: Recorded) => {
    requests.push(r);
    for (const w of [...waiters])
      if (w.pred(r)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(r);
      }
  };

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const type = String(req.headers['content-type'] ?? '');
    let json: any = null;
    const files: Recorded['files'] = [];
    if (type.startsWith('multipart/form-data')) {
      const form = await new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'content-type': type },
        body: raw,
      }).formData();
      for (const [field, value] of form.entries()) {
        if (field === 'payload_json') json = JSON.parse(String(value));
        else if (typeof value !== 'string') {
          const buf = Buffer.from(await value.arrayBuffer());
          files.push({ field, name: value.name, type: value.type, size: buf.length, head: buf.subarray(0, 8) });
        }
      }
    } else if (raw.length) {
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        json = raw.toString('utf8');
      }
    }
    const path = url.pathname.replace(/^\/api\/v\d+/, '');
    record({
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      json,
      files,
      auth: req.headers.authorization,
    });
    const send = (status: number, body?: unknown) => {
      if (body === undefined) {
        res.writeHead(status);
        res.end();
        return;
      }
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(text);
    };
    const message = (data: any) => ({
      id: snowflake(),
      channel_id: CHANNEL_ID,
      type: 20,
      content: data?.content ?? '',
      embeds: data?.embeds ?? [],
      components: data?.components ?? [],
      attachments: files.map((f, i) => ({
        id: String(i),
        filename: f.name,
        size: f.size,
        url: `https://cdn.invalid/${f.name}`,
        proxy_url: `https://cdn.invalid/${f.name}`,
      })),
      ...messageFields(BOT_AUTHOR),
      flags: data?.flags ?? 0,
      webhook_id: APP_ID,
      application_id: APP_ID,
    });
    const m = req.method;
    if (m === 'GET' && path === '/gateway/bot') {
      return send(200, {
        url: gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (m === 'GET' && path === '/gateway') return send(200, { url: gatewayUrl });
    if (m === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (url.searchParams.get('with_response') === 'true')
        return send(200, {
          interaction: { id: path.split('/')[2], type: 2 },
          resource: { type: json?.type, message: message(json?.data) },
        });
      return send(204);
    }
    if (m === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path)) return send(200, message(json));
    if (m === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path)) return send(204);
    if (m === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(path)) return send(200, message(json));
    if (m === 'POST' && /^\/channels\/\d+\/messages$/.test(path))
      return send(200, { ...message(json), channel_id: path.split('/')[2] });
    if (m === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return send(
        200,
        (Array.isArray(json) ? json : []).map((c: any) => ({
          ...c,
          id: snowflake(),
          application_id: APP_ID,
          version: snowflake(),
          type: c.type ?? 1,
        })),
      );
    }
    return send(404, { message: '404: Not Found', code: 0 });
  });

  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data));
      if (msg.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (msg.op === 2) {
        identifiedResolve({ token: msg.d.token });
        ws.send(
          JSON.stringify({
            op: 0,
            t: 'READY',
            s: ++seq,
            d: {
              v: 10,
              user: {
                ...BOT_AUTHOR,
                verified: true,
                flags: 0,
              },
              guilds: [],
              session_id: 'standin-session',
              resume_gateway_url: gatewayUrl,
              shard: [0, 1],
              application: { id: APP_ID, flags: 0 },
            },
          }),
        );
      }
    });
  });

  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  gatewayUrl = `ws://127.0.0.1:${port}`;

  return {
    apiUrl: `http://127.0.0.1:${port}/api`,
    gatewayUrl,
    requests,
    identified,
    dispatch(t, d) {
      const text = JSON.stringify({ op: 0, t, s: ++seq, d });
      for (const ws of sockets) ws.send(text);
    },
    waitFor(pred, ms = 5000) {
      const found = requests.find(pred);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = {
          pred,
          resolve: (r: Recorded) => {
            clearTimeout(timer);
            resolve(r);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`the stand-in saw no matching request within ${ms} ms`));
        }, ms);
        waiters.push(w);
      });
    },
    async close() {
      for (const ws of sockets) ws.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

// ---- Interaction payloads as Discord sends them ----

export interface Asker {
  id: string;
  username: string;
}
export const ALICE: Asker = { id: '300000000000000001', username: 'alice' };
export const BOB: Asker = { id: '300000000000000002', username: 'bob' };

function base(type: number, asker: Asker) {
  return {
    id: snowflake(),
    application_id: APP_ID,
    type,
    token: `tok-${snowflake()}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'news' },
    member: {
      user: { id: asker.id, username: asker.username, discriminator: '0', global_name: null, avatar: null },
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '0',
    },
    app_permissions: '0',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

type Opt = { name: string; type: number; value: string; focused?: boolean };

export function commandInteraction(name: string, options: Record<string, string>, asker: Asker = ALICE) {
  const opts: Opt[] = Object.entries(options).map(([n, v]) => ({ name: n, type: 3, value: v }));
  return { ...base(2, asker), data: { id: snowflake(), name, type: 1, options: opts } };
}

export function autocompleteInteraction(
  name: string,
  options: Record<string, string>,
  focused: string,
  asker: Asker = ALICE,
) {
  const opts: Opt[] = Object.entries(options).map(([n, v]) => ({
    name: n,
    type: 3,
    value: v,
    ...(n === focused ? { focused: true } : {}),
  }));
  return { ...base(4, asker), data: { id: snowflake(), name, type: 1, options: opts } };
}

/** A button press on a message the bot sent (its embeds and components as sent) in answer to `owner`'s command. */
export function buttonInteraction(
  customId: string,
  sent: { content?: string; embeds?: unknown[]; components?: unknown[] },
  owner: Asker,
  presser: Asker,
  command = 'quote',
) {
  return {
    ...base(3, presser),
    data: { custom_id: customId, component_type: 2 },
    message: {
      id: snowflake(),
      channel_id: CHANNEL_ID,
      type: 20,
      content: sent.content ?? '',
      embeds: sent.embeds ?? [],
      components: sent.components ?? [],
      attachments: [],
      ...messageFields(BOT_AUTHOR),
      flags: 0,
      application_id: APP_ID,
      webhook_id: APP_ID,
      interaction_metadata: {
        id: snowflake(),
        type: 2,
        name: command,
        user: { id: owner.id, username: owner.username, discriminator: '0', global_name: null, avatar: null },
        authorizing_integration_owners: { '0': GUILD_ID },
      },
    },
  };
}
