// Dispatch of one interaction, whatever transport brought it: a slash command, an autocomplete request or a page
// button. Returns a BotResult the transport sends. Nothing here throws: errors become an ephemeral message.
import type { APIEmbed } from 'discord.js';
import { BY_CODE, BY_NAME, type CommandContext } from './commands/index';
import type { RawOptions } from './commands/types';
import { ephemeral, enforceLimits, type BotResult, type FileData, type MessageData } from './payload';
import { decodeCustomId, argsFromEmbeds } from './pagination';
import { silentLogger, type Logger } from './log';
import { truncate } from './limits';
import type { JobQueue, Reservation } from './queue';

/** Where an interaction came from, for the log: its id ties a deferred reply's line to its command's. */
export interface RequestMeta {
  interactionId?: string;
  guildId?: string | null;
  channelId?: string | null;
}

export type BotRequest = (
  | { kind: 'command'; name: string; options: RawOptions; userId: string }
  | { kind: 'autocomplete'; name: string; options: RawOptions; focused: { name: string; value: string }; userId: string }
  /** ownerId: who ran the command that made the message (Discord's interaction_metadata), null when unknown. */
  | { kind: 'button'; customId: string; userId: string; ownerId: string | null; embeds: APIEmbed[] }
) &
  RequestMeta;

export interface HandlerOptions extends CommandContext {
  logger?: Logger;
  /** The bounded queue deferred answers run in; without one they run at once, unbounded. */
  jobs?: JobQueue;
}

type Deferred = Extract<BotResult, { type: 'deferred' }>;
/** A deferred result with its place in the queue, taken when the interaction was answered "thinking…". */
export type DeferredJob = Deferred & { slot?: Reservation };

export const BUSY_TEXT = 'I am busy with other answers right now: try again in a moment.';
export const RESTARTING_TEXT = 'The bot is restarting: try again in a moment.';

/** The fields every log line about one interaction carries. */
export function logFields(req: BotRequest) {
  return { id: req.interactionId, guild: req.guildId ?? null, channel: req.channelId ?? null, user: req.userId, kind: req.kind, command: commandName(req) };
}

export async function handle(ctx: HandlerOptions, req: BotRequest): Promise<BotResult> {
  const log = ctx.logger ?? silentLogger;
  const started = performance.now();
  let result: BotResult;
  let outcome = 'ok';
  let reason: string | undefined;
  try {
    result = await dispatch(ctx, req);
    if (result.type === 'message' && result.refused) {
      outcome = 'refused';
      reason = truncate(result.message.content ?? '', 200);
    }
  } catch (err) {
    outcome = 'error';
    reason = truncate(err instanceof Error ? err.message : String(err), 300);
    log.error({ ...logFields(req), err }, 'handler failed');
    result = ephemeral(
      `Something went wrong answering ${commandName(req) ? `/${commandName(req)}` : 'that'}: ${truncate(err instanceof Error ? err.message : String(err), 300)}. Try again, perhaps with fewer words; if it keeps failing, tell whoever runs this bot.`,
    );
  }
  let queued: number | undefined;
  if (result.type === 'deferred' && ctx.jobs) {
    // The place is taken now, while the interaction can still be answered at once: a full queue says so in time.
    const slot = ctx.jobs.reserve();
    if (!slot) {
      outcome = 'busy';
      reason = ctx.jobs.accepting ? `queue full: ${ctx.jobs.running} running, ${ctx.jobs.queued} waiting` : 'shutting down';
      result = ephemeral(ctx.jobs.accepting ? BUSY_TEXT : RESTARTING_TEXT);
    } else {
      queued = ctx.jobs.queued - 1;
      (result as DeferredJob).slot = slot;
    }
  }
  const ms = Math.round((performance.now() - started) * 10) / 10;
  // Deferred work is timed when it finishes (see startDeferred); here it is the time to decide to defer.
  // Autocomplete runs on every keystroke: logged at debug level so the info log stays one line per command.
  log[req.kind === 'autocomplete' ? 'debug' : 'info'](
    { ...logFields(req), ms, outcome, ...(reason ? { reason } : {}), reply: result.type, ...(queued !== undefined ? { ahead: queued } : {}) },
    `${req.kind} ${commandName(req) ?? '?'} ${outcome} ${ms} ms`,
  );
  return result;
}

/** How a transport shows a deferred answer once it is ready. */
export interface DeferredDelivery {
  /** Settles when Discord has the "thinking…" acknowledgement, where sending it is still under way (gateway). */
  acknowledged?: Promise<unknown>;
  /** Shows the answer in place of "thinking…" (or on the message whose button was pressed). */
  edit(message: MessageData, files?: FileData[]): Promise<unknown>;
  /** Shows a failure to the asker alone in place of "thinking…". */
  fail(message: MessageData): Promise<unknown>;
}

/**
 * Runs a deferred answer in its place in the queue and delivers it; one log line when it is done, with the
 * interaction's id, how long it waited and worked, and the outcome. Resolves when the reply is sent (or failed).
 */
export function startDeferred(ctx: HandlerOptions, req: BotRequest, result: DeferredJob, delivery: DeferredDelivery): Promise<void> {
  const log = ctx.logger ?? silentLogger;
  const queuedAt = performance.now();
  // Its failure is reported when the job reaches it; until then it must not count as unhandled.
  delivery.acknowledged?.catch(() => undefined);
  const line = (fields: Record<string, unknown>, outcome: string, ms: number) =>
    log[outcome === 'ok' ? 'info' : 'warn']({ ...logFields(req), kind: 'deferred', ...fields, outcome }, `deferred ${commandName(req) ?? '?'} ${outcome} ${ms} ms`);
  return new Promise<void>((resolve) => {
    const job = async () => {
      const started = performance.now();
      const waited = Math.round(started - queuedAt);
      try {
        if (delivery.acknowledged) await delivery.acknowledged;
      } catch (err) {
        line({ waited, ms: 0, reason: `the "thinking…" acknowledgement failed: ${errText(err)}` }, 'error', 0);
        return resolve();
      }
      const done = await runDeferred(result, log);
      const ms = Math.round(performance.now() - started);
      const sent = performance.now();
      try {
        if (done.ok) await delivery.edit(done.message, done.files);
        else await delivery.fail(done.message);
        line({ waited, ms, sendMs: Math.round(performance.now() - sent), ...(done.ok ? {} : { reason: done.reason }) }, done.ok ? 'ok' : 'error', ms);
      } catch (err) {
        line({ waited, ms, sendMs: Math.round(performance.now() - sent), reason: `could not send the reply: ${errText(err)}` }, 'error', ms);
      }
      resolve();
    };
    const abandon = async () => {
      try {
        await delivery.fail((ephemeral(RESTARTING_TEXT) as Extract<BotResult, { type: 'message' }>).message);
        line({ waited: Math.round(performance.now() - queuedAt), ms: 0, reason: 'shut down before its turn' }, 'abandoned', 0);
      } catch (err) {
        line({ reason: `shut down before its turn; could not say so: ${errText(err)}` }, 'abandoned', 0);
      }
      resolve();
    };
    if (result.slot) result.slot.run(job, abandon);
    else void job();
  });
}

function errText(err: unknown): string {
  return truncate(err instanceof Error ? err.message : String(err), 300);
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
      return {
        type: 'deferred',
        run: async () => {
          const r = await cmd.render(ctx, parsed.args, 0, true);
          return { message: enforceLimits(r.message), files: r.files };
        },
      };
    }
    const r = await cmd.render(ctx, parsed.args, 0, true);
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
    return { ok: false as const, message: (e as Extract<BotResult, { type: 'message' }>).message, files: undefined, reason: errText(err) };
  }
}
