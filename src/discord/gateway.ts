// The gateway bot: a discord.js Client that hands every interaction to the shared handler and sends its reply.
import {
  AttachmentBuilder,
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type ClientOptions,
  type Interaction,
  type InteractionReplyOptions,
  type InteractionEditReplyOptions,
} from 'discord.js';
import {
  handle,
  startDeferred,
  RESTARTING_TEXT,
  type BotRequest,
  type DeferredJob,
  type HandlerOptions,
} from './handler';
import type { FileData, MessageData } from './payload';
import { silentLogger } from './log';
import type { RawOptions } from './commands/types';
import { JobQueue } from './queue';

/** discord.js options for an edit or update built as API JSON (no flags: those are set by the first reply). */
export function toDiscordJsEdit(message: MessageData, files?: FileData[]) {
  return {
    content: message.content ?? null,
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    allowedMentions: { parse: [] },
    ...(files?.length
      ? { files: files.map((f) => new AttachmentBuilder(f.data, { name: f.name, description: f.description })) }
      : {}),
  } satisfies InteractionEditReplyOptions;
}

/** discord.js options for a reply built as API JSON. */
export function toDiscordJs(message: MessageData, files?: FileData[]): InteractionReplyOptions {
  const { content, ...rest } = toDiscordJsEdit(message, files);
  return {
    ...rest,
    ...(content !== null ? { content } : {}),
    ...(message.flags ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

function optionsOf(
  data: readonly { name: string; value?: string | number | boolean; options?: readonly unknown[] }[],
): RawOptions {
  const out: RawOptions = {};
  for (const o of data) if (o.value !== undefined) out[o.name] = String(o.value);
  return out;
}

export function requestFrom(interaction: Interaction): BotRequest | null {
  const meta = {
    interactionId: interaction.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    permissions: interaction.memberPermissions?.bitfield.toString(),
  };
  if (interaction.isChatInputCommand()) {
    return {
      kind: 'command',
      name: interaction.commandName,
      options: optionsOf(interaction.options.data),
      userId: interaction.user.id,
      ...meta,
    };
  }
  if (interaction.isMessageContextMenuCommand()) {
    return {
      kind: 'message',
      name: interaction.commandName,
      text: interaction.targetMessage.content ?? '',
      userId: interaction.user.id,
      ...meta,
    };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      name: interaction.commandName,
      options: optionsOf(interaction.options.data),
      focused: { name: focused.name, value: String(focused.value ?? '') },
      userId: interaction.user.id,
      ...meta,
    };
  }
  if (interaction.isButton()) {
    const msg = interaction.message;
    const ownerId = msg.interactionMetadata?.user?.id ?? msg.interaction?.user?.id ?? null;
    return {
      kind: 'button',
      customId: interaction.customId,
      userId: interaction.user.id,
      ownerId,
      embeds: msg.embeds.map((e) => e.toJSON()),
      ...meta,
    };
  }
  return null;
}

export async function respond(ctx: HandlerOptions, interaction: Interaction): Promise<void> {
  const req = requestFrom(interaction);
  if (!req) return;
  const log = ctx.logger ?? silentLogger;
  if (ctx.jobs && !ctx.jobs.accepting) {
    // Shutting down: no new work; the asker is told at once rather than left waiting on a bot that is leaving.
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable())
        await interaction.reply({
          content: RESTARTING_TEXT,
          flags: MessageFlags.Ephemeral,
          allowedMentions: { parse: [] },
        });
    } catch {
      // the connection may already be going
    }
    log.info(
      {
        id: req.interactionId,
        guild: req.guildId ?? null,
        channel: req.channelId ?? null,
        user: req.userId,
        kind: req.kind,
        outcome: 'refused',
        reason: 'shutting down',
      },
      `${req.kind} refused: shutting down`,
    );
    return;
  }
  const result = await handle(ctx, req);
  try {
    switch (result.type) {
      case 'choices':
        if (interaction.isAutocomplete()) await interaction.respond(result.choices);
        return;
      case 'message':
        if (interaction.isRepliable()) await interaction.reply(toDiscordJs(result.message, result.files));
        return;
      case 'update':
        if (interaction.isButton()) await interaction.update(toDiscordJsEdit(result.message));
        return;
      case 'deferred': {
        const job = result as DeferredJob;
        if (!interaction.isRepliable()) return job.slot?.release();
        if (result.update && interaction.isButton()) {
          // editReply on a component interaction edits the message the button is on.
          await startDeferred(ctx, req, job, {
            acknowledged: interaction.deferUpdate(),
            edit: (message, files) => interaction.editReply(toDiscordJsEdit(message, files)),
            fail: (message) => interaction.followUp(toDiscordJs(message)),
          });
          return;
        }
        // "thinking…" is sent now; the answer waits for its turn in the queue, then edits it.
        await startDeferred(ctx, req, job, {
          acknowledged: interaction.deferReply(result.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
          edit: (message, files) => interaction.editReply(toDiscordJsEdit(message, files)),
          fail: async (message) => {
            // The public "thinking…" message goes; the error is shown to the asker alone.
            await interaction.deleteReply().catch(() => undefined);
            await interaction.followUp(toDiscordJs(message));
          },
        });
        return;
      }
    }
  } catch (err) {
    log.error(
      {
        id: req.interactionId,
        guild: req.guildId ?? null,
        channel: req.channelId ?? null,
        kind: req.kind,
        reason: err instanceof Error ? err.message : String(err),
      },
      'could not send the reply to Discord',
    );
  }
}

export interface GatewayBotOptions extends HandlerOptions {
  token: string;
  /** Bounds for deferred answers, when no `jobs` queue is given. */
  concurrency?: number;
  queueLimit?: number;
  /** REST base as discord.js's rest.api takes it (https://discord.com/api by default). */
  apiUrl?: string;
  clientOptions?: Partial<ClientOptions>;
}

/** Creates and logs in the bot; resolves once the client is ready. */
export async function startGatewayBot(options: GatewayBotOptions): Promise<Client> {
  const log = options.logger ?? silentLogger;
  const ctx: HandlerOptions = {
    ...options,
    jobs: options.jobs ?? new JobQueue({ concurrency: options.concurrency ?? 2, limit: options.queueLimit ?? 100 }),
  };
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...options.clientOptions,
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), ...options.clientOptions?.rest },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    // Tracked, so a shutdown waits for replies being sent as well as for queued answers.
    void ctx.jobs!.track(
      respond(ctx, interaction).catch((err) =>
        log.error({ reason: err instanceof Error ? err.message : String(err) }, 'interaction failed'),
      ),
    );
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord.js error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(options.token);
  await ready;
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, `connected to Discord as ${client.user?.tag}`);
  gatewayJobs.set(client, ctx.jobs!);
  return client;
}

const gatewayJobs = new WeakMap<Client, JobQueue>();

/**
 * Graceful stop: new interactions are answered "restarting", the deferred answers in flight are finished (at most
 * `graceMs`; those still waiting then are told to ask again), then the connection closes.
 */
export async function stopGatewayBot(
  client: Client,
  graceMs: number,
): Promise<{ finished: boolean; abandoned: number; running: number }> {
  const jobs = gatewayJobs.get(client);
  let r = { finished: true, abandoned: 0, running: 0 };
  if (jobs) {
    jobs.close();
    r = await jobs.drain(graceMs);
  }
  await client.destroy();
  return r;
}
