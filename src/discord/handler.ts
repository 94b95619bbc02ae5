// Dispatch of one interaction, whatever transport brought it: a slash command, an autocomplete request or a page
// button. Returns a BotResult the transport sends. Nothing here throws: errors become an ephemeral message.
import type { APIEmbed } from 'discord.js';
import { BY_CODE, BY_NAME, type CommandContext } from './commands/index';
import type { RawOptions } from './commands/types';
import { EPHEMERAL, ephemeral, enforceLimits, type BotResult } from './payload';
import { decodeCustomId, argsFromEmbeds } from './pagination';
import { silentLogger, type Logger } from './log';
import { truncate } from './limits';

/** Where an interaction came from, when the transport knows: the channel, the server (null in DMs), the member's permissions. */
export interface Origin { channelId?: string; guildId?: string | null; permissions?: string }

export type BotRequest =
  | ({ kind: 'command'; name: string; options: RawOptions; userId: string } & Origin)
  | { kind: 'autocomplete'; name: string; options: RawOptions; focused: { name: string; value: string }; userId: string }
  /** ownerId: who ran the command that made the message (Discord's interaction_metadata), null when unknown. */
  | { kind: 'button'; customId: string; userId: string; ownerId: string | null; embeds: APIEmbed[] };

export interface HandlerOptions extends CommandContext {
  logger?: Logger;
}

export async function handle(live: HandlerOptions, req: BotRequest): Promise<BotResult> {
  // One corpus state for the whole answer, deferred part included, even if the folder is taken in again meanwhile.
  const ctx: HandlerOptions = {
    ...live,
    ...(live.current ? { coverage: live.current() } : {}),
    ...(req.kind === 'command' ? { caller: { userId: req.userId, channelId: req.channelId, guildId: req.guildId, permissions: req.permissions } } : {}),
  };
  const log = ctx.logger ?? silentLogger;
  const started = performance.now();
  let result: BotResult;
  let outcome = 'ok';
  try {
    result = await dispatch(ctx, req);
    if (result.type === 'message' && result.refused) outcome = 'refused';
  } catch (err) {
    outcome = 'error';
    log.error({ err, kind: req.kind, command: commandName(req) }, 'handler failed');
    result = ephemeral(
      `Something went wrong answering ${commandName(req) ? `/${commandName(req)}` : 'that'}: ${truncate(err instanceof Error ? err.message : String(err), 300)}. Try again, perhaps with fewer words; if it keeps failing, tell whoever runs this bot.`,
    );
  }
  const ms = Math.round((performance.now() - started) * 10) / 10;
  // Deferred work is timed when it finishes (see finishDeferred); here it is the time to decide to defer.
  // Autocomplete runs on every keystroke: logged at debug level so the info log stays one line per command.
  log[req.kind === 'autocomplete' ? 'debug' : 'info']({ kind: req.kind, command: commandName(req), user: req.userId, ms, outcome, reply: result.type }, `${req.kind} ${commandName(req) ?? '?'} ${ms} ms`);
  return result;
}

function commandName(req: BotRequest): string | undefined {
  if (req.kind === 'button') {
    const ref = decodeCustomId(req.customId);
    return ref ? BY_CODE.get(ref.code)?.name : undefined;
  }
  return req.name;
}

async function dispatch(ctx: HandlerOptions, req: BotRequest): Promise<BotResult> {
  if (req.kind === 'autocomplete') {
    const cmd = BY_NAME.get(req.name);
    if (!cmd?.autocomplete) return { type: 'choices', choices: [] };
    try {
      return { type: 'choices', choices: cmd.autocomplete(ctx, req.focused, req.options) };
    } catch {
      return { type: 'choices', choices: [] };
    }
  }
  if (req.kind === 'command') {
    const cmd = BY_NAME.get(req.name);
    if (!cmd) return ephemeral(`I do not know /${truncate(req.name, 50)}. Try /help; the command list may need \`npm run deploy-commands\`.`);
    const parsed = cmd.parse(req.options);
    if ('error' in parsed) return ephemeral(parsed.error);
    if (cmd.slow) {
      const log = ctx.logger ?? silentLogger;
      return {
        type: 'deferred',
        run: async () => {
          const t = performance.now();
          const r = await cmd.render(ctx, parsed.args, 0, true);
          log.info({ kind: 'deferred', command: cmd.name, ms: Math.round(performance.now() - t) }, `deferred ${cmd.name} ${Math.round(performance.now() - t)} ms`);
          return { message: enforceLimits(r.message), files: r.files };
        },
      };
    }
    const r = await cmd.render(ctx, parsed.args, 0, true);
    if (r.ephemeral) return { type: 'message', refused: true, message: { ...enforceLimits(r.message), flags: EPHEMERAL }, files: r.files };
    return { type: 'message', message: enforceLimits(r.message), files: r.files };
  }
  // A page button.
  const ref = decodeCustomId(req.customId);
  const cmd = ref ? BY_CODE.get(ref.code) : undefined;
  if (!ref || !cmd) return ephemeral('This button belongs to an older version of the bot. Run the command again.');
  if (req.ownerId === null || req.ownerId !== req.userId) {
    return ephemeral(`Only the person who asked can turn these pages. Run /${cmd.name} yourself to get your own copy.`);
  }
  let args = ref.args;
  if (!args && ref.hash) args = argsFromEmbeds(req.embeds, cmd.name, cmd.options, ref.hash);
  if (!args || args.length !== cmd.options.length) {
    return ephemeral(`I cannot read this question back from the message any more. Run /${cmd.name} again.`);
  }
  const options = Object.fromEntries(cmd.options.map((n, i) => [n, args![i]]));
  const parsed = cmd.parse(options);
  if ('error' in parsed) return ephemeral(parsed.error);
  if (cmd.slow) {
    // A page of a slow answer is computed again too: acknowledge the press now, edit the message when ready.
    const args2 = parsed.args;
    return {
      type: 'deferred',
      update: true,
      run: async () => ({ message: enforceLimits((await cmd.render(ctx, args2, ref.page, false)).message) }),
    };
  }
  const r = await cmd.render(ctx, parsed.args, ref.page, false);
  return { type: 'update', message: enforceLimits(r.message) };
}

/** Turns a finished deferred reply's failure into a message, so transports never leave "thinking…" hanging. */
export async function runDeferred(result: Extract<BotResult, { type: 'deferred' }>, logger: Logger = silentLogger) {
  try {
    return { ok: true as const, ...(await result.run()) };
  } catch (err) {
    logger.error({ err }, 'deferred reply failed');
    const e = ephemeral(`Something went wrong preparing this answer: ${truncate(err instanceof Error ? err.message : String(err), 300)}. Try again in a moment.`);
    return { ok: false as const, message: (e as Extract<BotResult, { type: 'message' }>).message, files: undefined };
  }
}
