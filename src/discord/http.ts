// The HTTP interactions endpoint: Discord POSTs each interaction here, signed with Ed25519. Every request's
// signature is checked (401 otherwise), PING is answered with PONG, and everything else goes to the same handler
// as the gateway bot. No state is kept between requests, so replicas can run behind any load balancer.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, REST, Routes, type APIEmbed } from 'discord.js';
import { handle, runDeferred, type BotRequest, type HandlerOptions } from './handler';
import type { RawOptions } from './commands/types';
import { silentLogger } from './log';
import type { BotResult, FileData, MessageData } from './payload';

const SPKI_ED25519_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const MAX_BODY = 1024 * 1024;

export function publicKeyFromHex(hex: string): KeyObject {
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export function verifySignature(key: KeyObject, signatureHex: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-fA-F]{128}$/.test(signatureHex)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

interface RawOption { name: string; value?: unknown; focused?: boolean; options?: RawOption[] }

function flatten(options: RawOption[] | undefined, out: RawOptions = {}, focused: { name: string; value: string }[] = []) {
  for (const o of options ?? []) {
    if (o.options) flatten(o.options, out, focused);
    else if (o.value !== undefined) {
      out[o.name] = String(o.value);
      if (o.focused) focused.push({ name: o.name, value: String(o.value) });
    }
  }
  return { out, focused };
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function requestFromRaw(body: any): BotRequest | null {
  const userId: string = body?.member?.user?.id ?? body?.user?.id ?? '';
  const origin = {
    channelId: typeof body?.channel_id === 'string' ? body.channel_id : undefined,
    guildId: typeof body?.guild_id === 'string' ? body.guild_id : null,
    permissions: typeof body?.member?.permissions === 'string' ? body.member.permissions : undefined,
  };
  if (body?.type === InteractionType.ApplicationCommand && typeof body.data?.name === 'string') {
    // A message command (type 3) carries the message it was run on in data.resolved.
    if (body.data.type === 3) {
      const target = body.data.resolved?.messages?.[body.data.target_id];
      return { kind: 'message', name: body.data.name, text: typeof target?.content === 'string' ? target.content : '', userId, ...origin };
    }
    return { kind: 'command', name: body.data.name, options: flatten(body.data.options).out, userId, ...origin };
  }
  if (body?.type === InteractionType.ApplicationCommandAutocomplete && typeof body.data?.name === 'string') {
    const { out, focused } = flatten(body.data.options);
    return { kind: 'autocomplete', name: body.data.name, options: out, focused: focused[0] ?? { name: '', value: '' }, userId, ...origin };
  }
  if (body?.type === InteractionType.MessageComponent && typeof body.data?.custom_id === 'string') {
    const msg = body.message ?? {};
    const ownerId: string | null = msg.interaction_metadata?.user?.id ?? msg.interaction?.user?.id ?? null;
    return { kind: 'button', customId: body.data.custom_id, userId, ownerId, embeds: Array.isArray(msg.embeds) ? (msg.embeds as APIEmbed[]) : [], ...origin };
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
      return { type: InteractionResponseType.DeferredChannelMessageWithSource, data: result.ephemeral ? { flags: 1 << 6 } : {} };
  }
}

export interface InteractionServerOptions extends HandlerOptions {
  publicKey: string;
  applicationId: string;
  /** REST base for follow-ups (edits of deferred replies), as discord.js's rest.api takes it. */
  apiUrl?: string;
}

export function createInteractionServer(options: InteractionServerOptions): Server & { pending: Set<Promise<unknown>> } {
  const key = publicKeyFromHex(options.publicKey);
  const log = options.logger ?? silentLogger;
  // Webhook routes with an interaction token need no bot token.
  const rest = new REST({ ...(options.apiUrl ? { api: options.apiUrl } : {}) });
  const pending = new Set<Promise<unknown>>();

  const finish = async (token: string, result: Extract<BotResult, { type: 'deferred' }>) => {
    const done = await runDeferred(result, log);
    const edit = (message: MessageData, files?: FileData[]) =>
      rest.patch(Routes.webhookMessage(options.applicationId, token, '@original'), {
        body: {
          content: message.content ?? null,
          embeds: message.embeds ?? [],
          components: message.components ?? [],
          allowed_mentions: { parse: [] },
          ...(files?.length ? { attachments: files.map((f, id) => ({ id: String(id), filename: f.name, ...(f.description ? { description: f.description } : {}) })) } : {}),
        },
        files: files?.map((f) => ({ name: f.name, data: f.data, contentType: 'image/png' })),
        auth: false,
      });
    try {
      if (done.ok) await edit(done.message, done.files);
      else if (result.update) await rest.post(Routes.webhook(options.applicationId, token), { body: done.message, auth: false });
      else {
        await rest.delete(Routes.webhookMessage(options.applicationId, token, '@original'), { auth: false }).catch(() => undefined);
        await rest.post(Routes.webhook(options.applicationId, token), { body: done.message, auth: false });
      }
    } catch (err) {
      log.error({ err }, 'could not send the deferred reply');
    }
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown) => {
      const text = JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    if (req.method === 'GET' && (req.url === '/health' || req.url === '/healthz')) return send(200, { ok: true });
    if (req.method !== 'POST') return send(405, { error: 'POST interactions here' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const ok = verifySignature(key, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body);
      if (!ok) {
        log.warn({ ip: req.socket.remoteAddress }, 'refused a request with a bad or missing signature');
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
      handle(options, request).then(
        (result) => {
          send(200, callbackBody(result));
          if (result.type === 'deferred' && typeof json.token === 'string') {
            const p = finish(json.token, result).finally(() => pending.delete(p));
            pending.add(p);
          }
        },
        (err) => {
          log.error({ err }, 'handler failed');
          send(500, { error: 'internal error' });
        },
      );
    });
  }) as Server & { pending: Set<Promise<unknown>> };
  server.pending = pending;
  return server;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
