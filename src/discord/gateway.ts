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
import { handle, runDeferred, type BotRequest, type HandlerOptions } from './handler';
import type { FileData, MessageData } from './payload';
import { silentLogger } from './log';
import type { RawOptions } from './commands/types';

/** discord.js options for an edit or update built as API JSON (no flags: those are set by the first reply). */
export function toDiscordJsEdit(message: MessageData, files?: FileData[]) {
  return {
    content: message.content ?? null,
    embeds: message.embeds ?? [],
    components: message.components ?? [],
    allowedMentions: { parse: [] },
    ...(files?.length ? { files: files.map((f) => new AttachmentBuilder(f.data, { name: f.name, description: f.description })) } : {}),
  } satisfies InteractionEditReplyOptions;
}

/** discord.js options for a reply built as API JSON. */
export function toDiscordJs(message: MessageData, files?: FileData[]): InteractionReplyOptions {
  const { content, ...rest } = toDiscordJsEdit(message, files);
  return { ...rest, ...(content !== null ? { content } : {}), ...(message.flags ? { flags: MessageFlags.Ephemeral } : {}) };
}

function optionsOf(data: readonly { name: string; value?: string | number | boolean; options?: readonly unknown[] }[]): RawOptions {
  const out: RawOptions = {};
  for (const o of data) if (o.value !== undefined) out[o.name] = String(o.value);
  return out;
}

export function requestFrom(interaction: Interaction): BotRequest | null {
  const origin = {
    channelId: interaction.channelId ?? undefined,
    guildId: interaction.guildId,
    permissions: interaction.memberPermissions?.bitfield.toString(),
  };
  if (interaction.isChatInputCommand()) {
    return { kind: 'command', name: interaction.commandName, options: optionsOf(interaction.options.data), userId: interaction.user.id, ...origin };
  }
  if (interaction.isMessageContextMenuCommand()) {
    return { kind: 'message', name: interaction.commandName, text: interaction.targetMessage.content ?? '', userId: interaction.user.id, ...origin };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      name: interaction.commandName,
      options: optionsOf(interaction.options.data),
      focused: { name: focused.name, value: String(focused.value ?? '') },
      userId: interaction.user.id,
      ...origin,
    };
  }
  if (interaction.isButton()) {
    const msg = interaction.message;
    const ownerId = msg.interactionMetadata?.user?.id ?? msg.interaction?.user?.id ?? null;
    return { kind: 'button', customId: interaction.customId, userId: interaction.user.id, ownerId, embeds: msg.embeds.map((e) => e.toJSON()), ...origin };
  }
  return null;
}

export async function respond(ctx: HandlerOptions, interaction: Interaction): Promise<void> {
  const req = requestFrom(interaction);
  if (!req) return;
  const result = await handle(ctx, req);
  const log = ctx.logger ?? silentLogger;
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
        if (!interaction.isRepliable()) return;
        if (result.update && interaction.isButton()) {
          await interaction.deferUpdate();
          const done = await runDeferred(result, log);
          // editReply on a component interaction edits the message the button is on.
          if (done.ok) await interaction.editReply(toDiscordJsEdit(done.message, done.files));
          else await interaction.followUp(toDiscordJs(done.message));
          return;
        }
        await interaction.deferReply(result.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
        const done = await runDeferred(result, log);
        if (done.ok) {
          await interaction.editReply(toDiscordJsEdit(done.message, done.files));
        } else {
          // The public "thinking…" message goes; the error is shown to the asker alone.
          await interaction.deleteReply().catch(() => undefined);
          await interaction.followUp(toDiscordJs(done.message));
        }
        return;
      }
    }
  } catch (err) {
    log.error({ err, kind: req.kind }, 'could not send the reply to Discord');
  }
}

export interface GatewayBotOptions extends HandlerOptions {
  token: string;
  /** REST base as discord.js's rest.api takes it (https://discord.com/api by default). */
  apiUrl?: string;
  clientOptions?: Partial<ClientOptions>;
}

/** Creates and logs in the bot; resolves once the client is ready. */
export async function startGatewayBot(options: GatewayBotOptions): Promise<Client> {
  const log = options.logger ?? silentLogger;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...options.clientOptions,
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), ...options.clientOptions?.rest },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    void respond(options, interaction);
  });
  client.on(Events.Error, (err) => log.error({ err }, 'discord.js error'));
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(options.token);
  await ready;
  log.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, `connected to Discord as ${client.user?.tag}`);
  return client;
}
