// The reply a handler produces, as Discord API JSON, independent of the transport that sends it (discord.js
// gateway client, HTTP interactions endpoint, local console).
import type {
  APIActionRowComponent,
  APIButtonComponent,
  APIEmbed,
  APIApplicationCommandOptionChoice,
} from 'discord.js';
import { LIMITS, nonBlank, truncate, moreText } from './limits';

export const NO_MENTIONS = { parse: [] as never[] };
export const EPHEMERAL = 1 << 6;

export interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: never[] };
  flags?: number;
}

export interface FileData {
  name: string;
  data: Buffer;
  description?: string;
}

/** What a handler answers. `deferred` replies are sent as "thinking…" first and edited when `run` resolves. */
export type BotResult =
  /** refused: a bad argument or someone else's button, answered privately (logged as such). */
  | { type: 'message'; message: MessageData; files?: FileData[]; refused?: boolean }
  /** update: a page turn acknowledged at once (the message stays as it is) and edited when `run` resolves. */
  | {
      type: 'deferred';
      ephemeral?: boolean;
      update?: boolean;
      run: () => Promise<{ message: MessageData; files?: FileData[] }>;
    }
  | { type: 'update'; message: MessageData }
  | { type: 'choices'; choices: APIApplicationCommandOptionChoice<string>[] };

export function ephemeral(text: string): BotResult {
  return {
    type: 'message',
    refused: true,
    message: { content: truncate(text, LIMITS.content), allowed_mentions: NO_MENTIONS, flags: EPHEMERAL },
  };
}

/** Characters Discord counts toward the 6,000 over all embeds of a message. */
export function embedLength(e: APIEmbed): number {
  let n =
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text?.length ?? 0) +
    (e.author?.name?.length ?? 0);
  for (const f of e.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export function embedsLength(embeds: APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/**
 * Last line of defence: whatever a renderer built, the message sent holds every limit. Individual fields are cut
 * to their limits, at most 10 embeds and 25 fields are kept (saying how many were left out), and the total over all
 * embeds is brought under 6,000 by cutting descriptions and dropping trailing fields.
 */
export function enforceLimits(message: MessageData): MessageData {
  const out: MessageData = { ...message, allowed_mentions: NO_MENTIONS };
  if (out.content !== undefined) out.content = truncate(out.content, LIMITS.content);
  let embeds = (message.embeds ?? []).map(fitEmbed);
  if (embeds.length > LIMITS.embeds) {
    const dropped = embeds.length - LIMITS.embeds + 1;
    embeds = embeds.slice(0, LIMITS.embeds - 1);
    embeds.push({ description: moreText(dropped, 'more not shown') });
  }
  // Shrink the largest embeds until the total fits.
  let guard = 0;
  while (embedsLength(embeds) > LIMITS.embedTotal && guard++ < 200) {
    const over = embedsLength(embeds) - LIMITS.embedTotal;
    let biggest = 0;
    for (let i = 1; i < embeds.length; i++) if (embedLength(embeds[i]) > embedLength(embeds[biggest])) biggest = i;
    embeds[biggest] = shrinkEmbed(embeds[biggest], over);
  }
  if (embeds.length) out.embeds = embeds;
  else delete out.embeds;
  if (!out.content && !out.embeds?.length) out.content = '(nothing to show)';
  return out;
}

function fitEmbed(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (out.title !== undefined) out.title = nonBlank(truncate(out.title, LIMITS.embedTitle));
  if (out.description !== undefined) out.description = nonBlank(truncate(out.description, LIMITS.embedDescription));
  if (out.footer) out.footer = { ...out.footer, text: nonBlank(truncate(out.footer.text, LIMITS.footer)) };
  if (out.author) out.author = { ...out.author, name: nonBlank(truncate(out.author.name, LIMITS.authorName)) };
  if (out.fields) {
    let fields = out.fields.map((f) => ({
      ...f,
      name: nonBlank(truncate(f.name, LIMITS.fieldName)),
      value: nonBlank(truncate(f.value, LIMITS.fieldValue)),
    }));
    if (fields.length > LIMITS.embedFields) {
      const dropped = fields.length - LIMITS.embedFields + 1;
      fields = fields.slice(0, LIMITS.embedFields - 1);
      fields.push({ name: moreText(dropped), value: 'Narrow the question to see them.' });
    }
    out.fields = fields;
  }
  if (out.description === undefined && !out.title && !out.fields?.length && !out.author && !out.footer && !out.image)
    out.description = '—';
  return out;
}

/** Takes about `over` characters out of one embed: from its description first, then its last fields. */
function shrinkEmbed(e: APIEmbed, over: number): APIEmbed {
  const out: APIEmbed = { ...e, fields: e.fields ? [...e.fields] : undefined };
  const desc = out.description ?? '';
  if (desc.length > 60) {
    out.description = truncate(desc, Math.max(40, desc.length - over - 1));
    return out;
  }
  if (out.fields && out.fields.length > 1) {
    const last = out.fields.pop()!;
    const prev = out.fields.pop()!;
    const n = /^… and (\d+)/.exec(last.name);
    const dropped = (n ? Number(n[1]) : 1) + 1;
    out.fields.push({ name: moreText(dropped), value: 'Narrow the question to see them.' });
    void prev;
    return out;
  }
  if (out.fields?.length === 1) {
    const f = out.fields[0];
    out.fields = [{ ...f, value: truncate(f.value, Math.max(10, f.value.length - over - 1)) }];
    if (out.fields[0].value.length > 10 || over <= 0) return out;
  }
  if (out.footer && out.footer.text.length > 20) {
    out.footer = { ...out.footer, text: truncate(out.footer.text, Math.max(20, out.footer.text.length - over - 1)) };
    return out;
  }
  if (out.title && out.title.length > 20) {
    out.title = truncate(out.title, Math.max(20, out.title.length - over - 1));
    return out;
  }
  // Nothing left worth cutting: drop the body.
  return { title: out.title ? truncate(out.title, 20) : undefined, description: '…' };
}
