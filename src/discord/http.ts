// The HTTP interactions endpoint: Discord POSTs each interaction here, signed with Ed25519. Every request's
// signature is checked (401 otherwise), PING is answered with PONG, and everything else goes to the same handler
// as the gateway bot. No state is kept between requests, so replicas can run behind any load balancer.
//
// A request is judged before its body is read: without well-formed signature headers, with a timestamp more than
// five minutes off, or announcing a body over MAX_BODY, it is refused at once and its connection closed, so an
// unsigned client costs no buffer. Deferred answers run in a bounded queue (./queue).
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, REST, Routes, type APIEmbed } from 'discord.js';
import { handle, startDeferred, type BotRequest, type DeferredJob, type HandlerOptions } from './handler';
import type { RawOptions } from './commands/types';
import { silentLogger } from './log';
import { JobQueue } from './queue';
import type { BotResult, FileData, MessageData } from './payload';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/**
 * The largest body accepted. Discord publishes no maximum; the largest interactions carry a whole message (a button
 * press, a message command): up to 4,000 characters of content, 6,000 of embeds, 4,000 of text in components, the
 * same again for a forwarded message, ten attachments' metadata, the member and the resolved users and roles. At four
 * bytes a character that is about 150 KB; 256 KB leaves room, and bounds what one connection can make us hold.
 */
export const MAX_BODY = 256 * 1024;
/** How far a signature's timestamp may be from our clock, as Discord's own libraries allow: five minutes. */
export const MAX_SKEW_SECONDS = 300;
/** Options nest at most three deep in Discord (group → subcommand → option); anything deeper is not read. */
const MAX_OPTION_DEPTH = 4;
const MAX_OPTIONS = 100;

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export function verifySignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-fA-F]{128}$/.test(signatureHex)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

/** Whether a signature timestamp (seconds since 1970) is within MAX_SKEW_SECONDS of `now` (ms). */
export function freshTimestamp(timestamp: string | undefined, now = Date.now()): boolean {
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(Number(timestamp) - now / 1000) <= MAX_SKEW_SECONDS;
}

/**
 * Option values by name, subcommands' options included, read without recursion: a body nesting options 30,000 deep
 * is read to MAX_OPTION_DEPTH and no further, and at most MAX_OPTIONS values are taken.
 */
export function flattenOptions(options: unknown): { out: RawOptions; focused: { name: string; value: string }[] } {
  const out: RawOptions = {};
  const focused: { name: string; value: string }[] = [];
  const stack: { list: unknown[]; i: number; depth: number }[] = Array.isArray(options)
    ? [{ list: options, i: 0, depth: 1 }]
    : [];
  let taken = 0;
  while (stack.length && taken < MAX_OPTIONS) {
    const top = stack[stack.length - 1];
    if (top.i >= top.list.length) {
      stack.pop();
      continue;
    }
    const o = top.list[top.i++] as { name?: unknown; value?: unknown; focused?: unknown; options?: unknown } | null;
    if (!o || typeof o !== 'object') continue;
    if (Array.isArray(o.options)) {
      if (top.depth < MAX_OPTION_DEPTH) stack.push({ list: o.options, i: 0, depth: top.depth + 1 });
      continue;
    }
    if (typeof o.name !== 'string' || !['string', 'number', 'boolean'].includes(typeof o.value)) continue;
    out[o.name] = String(o.value);
    taken++;
    if (o.focused === true) focused.push({ name: o.name, value: String(o.value) });
  }
  return { out, focused };
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function requestFromRaw(body: any): BotRequest | null {
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const userId: string = str(body?.member?.user?.id) ?? str(body?.user?.id) ?? '';
  const meta = {
    interactionId: str(body?.id) ?? undefined,
    guildId: str(body?.guild_id),
    channelId: str(body?.channel_id) ?? str(body?.channel?.id),
    permissions: str(body?.member?.permissions) ?? undefined,
  };
  if (body?.type === InteractionType.ApplicationCommand && typeof body.data?.name === 'string') {
    // A message command (type 3) carries the message it was run on in data.resolved.
    if (body.data.type === 3) {
      const target = body.data.resolved?.messages?.[str(body.data.target_id) ?? ''];
      return { kind: 'message', name: body.data.name, text: str(target?.content) ?? '', userId, ...meta };
    }
    return { kind: 'command', name: body.data.name, options: flattenOptions(body.data.options).out, userId, ...meta };
  }
  if (body?.type === InteractionType.ApplicationCommandAutocomplete && typeof body.data?.name === 'string') {
    const { out, focused } = flattenOptions(body.data.options);
    return {
      kind: 'autocomplete',
      name: body.data.name,
      options: out,
      focused: focused[0] ?? { name: '', value: '' },
      userId,
      ...meta,
    };
  }
  if (body?.type === InteractionType.MessageComponent && typeof body.data?.custom_id === 'string') {
    const msg = body.message ?? {};
    const ownerId: string | null = str(msg.interaction_metadata?.user?.id) ?? str(msg.interaction?.user?.id) ?? null;
    return {
      kind: 'button',
      customId: body.data.custom_id,
      userId,
      ownerId,
      embeds: Array.isArray(msg.embeds) ? (msg.embeds as APIEmbed[]) : [],
      ...meta,
    };
  }
  return null;
}

/** The interaction response body for a result that can be sent at once. */
export function callbackBody(result: BotResult): { type: number; data?: unknown } {
  switch (result.type) {
    case 'choices':
      return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: result.choices } };
    case 'message':
      return { type: InteractionResponseType.ChannelMessageWithSource, data: result.message };
    case 'update':
      return { type: InteractionResponseType.UpdateMessage, data: result.message };
    case 'deferred':
      if (result.update) return { type: InteractionResponseType.DeferredMessageUpdate };
      return {
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: result.ephemeral ? { flags: 1 << 6 } : {},
      };
  }
}

export interface InteractionServerOptions extends HandlerOptions {
  publicKey: string;
  applicationId: string;
  /** REST base for follow-ups (edits of deferred replies), as discord.js's rest.api takes it. */
  apiUrl?: string;
  /** Bounds for deferred answers, when no `jobs` queue is given. */
  concurrency?: number;
  queueLimit?: number;
  /** How long a request's headers and body may take to arrive (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
}

export type InteractionServer = Server & {
  jobs: JobQueue;
  /** Deferred replies being worked or sent. */
  pending: Set<Promise<unknown>>;
  /**
   * Stops taking interactions (new ones get 503, /health answers 503 so a load balancer stops sending), waits at
   * most `graceMs` for the deferred replies in flight, then closes every connection.
   */
  shutdown(graceMs: number): Promise<{ finished: boolean; abandoned: number; running: number }>;
};

/** Keep-alive connections outlive a load balancer's idle timeout (60 s on the common ones), so it closes them first. */
export const KEEP_ALIVE_MS = 65_000;
/** Discord sends a request at once: headers and body that take longer than this are not Discord's. */
export const REQUEST_TIMEOUT_MS = 15_000;

export function createInteractionServer(options: InteractionServerOptions): InteractionServer {
  const key = publicKeyFromHex(options.publicKey);
  const log = options.logger ?? silentLogger;
  const jobs =
    options.jobs ?? new JobQueue({ concurrency: options.concurrency ?? 2, limit: options.queueLimit ?? 100 });
  const ctx: HandlerOptions = { ...options, jobs };
  // Webhook routes with an interaction token need no bot token.
  const rest = new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  const pending = new Set<Promise<unknown>>();
  let draining = false;

  const editOriginal = (token: string, message: MessageData, files?: FileData[]) =>
    rest.patch(Routes.webhookMessage(options.applicationId, token, '@original'), {
      body: {
        content: message.content ?? null,
        embeds: message.embeds ?? [],
        components: message.components ?? [],
        allowed_mentions: { parse: [] },
        ...(files?.length
          ? {
              attachments: files.map((f, id) => ({
                id: String(id),
                filename: f.name,
                ...(f.description ? { description: f.description } : {}),
              })),
            }
          : {}),
      },
      files: files?.map((f) => ({ name: f.name, data: f.data, contentType: 'image/png' })),
      auth: false,
    });

  const deliver = (request: BotRequest, token: string, result: DeferredJob) => {
    const p = startDeferred(ctx, request, result, {
      edit: (message, files) => editOriginal(token, message, files),
      fail: async (message) => {
        if (!result.update)
          await rest
            .delete(Routes.webhookMessage(options.applicationId, token, '@original'), { auth: false })
            .catch(() => undefined);
        await rest.post(Routes.webhook(options.applicationId, token), { body: message, auth: false });
      },
    }).finally(() => pending.delete(p));
    pending.add(p);
  };

  const requestTimeout = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  // Node checks the request timeout every 30 s by default; checking more often holds a slow client close to the limit.
  const checkEvery = Math.min(2000, Math.max(250, Math.floor(requestTimeout / 4)));
  const server = createServer(
    {
      requestTimeout,
      headersTimeout: requestTimeout,
      keepAliveTimeout: KEEP_ALIVE_MS,
      connectionsCheckingInterval: checkEvery,
    },
    (req: IncomingMessage, res: ServerResponse) => {
      const send = (status: number, body: unknown, close = false) => {
        if (res.headersSent) return;
        const text = JSON.stringify(body);
        const headers: Record<string, string | number> = {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        };
        // A refused request's body is never read: the connection closes after the answer. Draining closes them all.
        if (close || draining) headers.connection = 'close';
        res.writeHead(status, headers);
        res.end(text);
      };
      const refuse = (status: number, error: string, why: string) => {
        log.warn({ ip: req.socket.remoteAddress, status }, `refused a request: ${why}`);
        send(status, { error }, true);
      };
      try {
        if (req.method === 'GET' && (req.url === '/health' || req.url === '/healthz')) {
          return draining ? send(503, { ok: false, draining: true }) : send(200, { ok: true });
        }
        if (req.method !== 'POST') return send(405, { error: 'POST interactions here' }, true);
        if (draining) return send(503, { error: 'shutting down' }, true);
        const signature = header(req, 'x-signature-ed25519');
        const timestamp = header(req, 'x-signature-timestamp');
        if (!signature || !/^[0-9a-fA-F]{128}$/.test(signature) || !timestamp)
          return refuse(401, 'invalid request signature', 'missing or malformed signature headers');
        if (!freshTimestamp(timestamp))
          return refuse(401, 'invalid request signature', 'signature timestamp more than 5 minutes off');
        const announced = Number(header(req, 'content-length') ?? 0);
        if (announced > MAX_BODY) return refuse(413, 'body too large', `body of ${announced} bytes announced`);
        const chunks: Buffer[] = [];
        let size = 0;
        let over = false;
        req.on('error', () => undefined);
        req.on('data', (c: Buffer) => {
          if (over) return;
          size += c.length;
          if (size <= MAX_BODY) return void chunks.push(c);
          over = true;
          chunks.length = 0;
          refuse(413, 'body too large', `body over ${MAX_BODY} bytes`);
        });
        req.on('end', () => {
          if (over) return;
          try {
            onBody(req, Buffer.concat(chunks), signature, timestamp, send);
          } catch (err) {
            log.error({ err }, 'request failed');
            send(500, { error: 'internal error' });
          }
        });
      } catch (err) {
        log.error({ err }, 'request failed');
        send(500, { error: 'internal error' }, true);
      }
    },
  ) as InteractionServer;

  const onBody = (
    req: IncomingMessage,
    body: Buffer,
    signature: string,
    timestamp: string,
    send: (status: number, body: unknown) => void,
  ) => {
    if (!verifySignature(key, signature, timestamp, body)) {
      log.warn({ ip: req.socket.remoteAddress, status: 401 }, 'refused a request: bad signature');
      return send(401, { error: 'invalid request signature' });
    }
    let json: any;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      return send(400, { error: 'body is not JSON' });
    }
    if (json?.type === InteractionType.Ping) return send(200, { type: InteractionResponseType.Pong });
    const request = requestFromRaw(json);
    if (!request) return send(400, { error: 'unsupported interaction type' });
    const answered = handle(ctx, request).then(
      (result) => {
        const token = typeof json.token === 'string' ? json.token : null;
        try {
          if (result.type === 'deferred' && !token) (result as DeferredJob).slot?.release();
          send(200, callbackBody(result));
          if (result.type === 'deferred' && token) deliver(request, token, result as DeferredJob);
        } catch (err) {
          if (result.type === 'deferred') (result as DeferredJob).slot?.release();
          log.error({ err }, 'could not answer the interaction');
          send(500, { error: 'internal error' });
        }
      },
      (err) => {
        log.error({ err }, 'handler failed');
        send(500, { error: 'internal error' });
      },
    );
    jobs.track(answered);
  };

  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = requestTimeout;
  server.jobs = jobs;
  server.pending = pending;
  server.shutdown = async (graceMs: number) => {
    draining = true;
    jobs.close();
    server.close();
    server.closeIdleConnections();
    const r = await jobs.drain(graceMs);
    server.closeAllConnections();
    return r;
  };
  return server;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
