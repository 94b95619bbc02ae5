// Dispatch of one interaction, whatever transport brought it: a slash command, an autocomplete request or a page
// button. Returns a BotResult the transport sends. Nothing here throws: errors become an ephemeral message.
import type { APIEmbed } from 'discord.js';
import { BY_CODE, BY_NAME, type CommandContext } from './commands/index';
import type { Command, RawOptions, Rendered } from './commands/types';
import { EPHEMERAL, ephemeral, enforceLimits, type BotResult, type FileData, type MessageData } from './payload';
import { actionRow, decodeCustomId, argsFromEmbeds, type PageRef } from './pagination';
import { MESSAGE_COMMANDS } from './commands/message';
import type { Cooldown } from './cooldown';
import { silentLogger, type Logger } from './log';
import { truncate } from './limits';
import type { JobQueue, Reservation } from './queue';

/**
 * Where an interaction came from: its id ties a deferred reply's log line to its command's; the server (null in
 * DMs) picks the corpus; the channel and the member's permissions matter to /follow.
 */
export interface RequestMeta {
  interactionId?: string;
  guildId?: string | null;
  channelId?: string | null;
  permissions?: string;
}

export type BotRequest = (
  | { kind: 'command'; name: string; options: RawOptions; userId: string }
  /** A message command ("Apps → Find sources" on a message): `text` is the message's content. */
  | { kind: 'message'; name: string; text: string; userId: string }
  | {
      kind: 'autocomplete';
      name: string;
      options: RawOptions;
      focused: { name: string; value: string };
      userId: string;
    }
  /** ownerId: who ran the command that made the message (Discord's interaction_metadata), null when unknown. */
  | { kind: 'button'; customId: string; userId: string; ownerId: string | null; embeds: APIEmbed[] }
) &
  RequestMeta;

export interface HandlerOptions extends CommandContext {
  logger?: Logger;
  /** The bounded queue deferred answers run in; without one they run at once, unbounded. */
  jobs?: JobQueue;
  /** A per-user limit on expensive answers, so that nothing one person does slows everyone else's. */
  cooldown?: Cooldown;
}

type Deferred = Extract<BotResult, { type: 'deferred' }>;
/** A deferred result with its place in the queue, taken when the interaction was answered "thinking…". */
export type DeferredJob = Deferred & { slot?: Reservation };

export const BUSY_TEXT = 'I am busy with other answers right now: try again in a moment.';
export const RESTARTING_TEXT = 'The bot is restarting: try again in a moment.';

/** The fields every log line about one interaction carries. */
export function logFields(req: BotRequest) {
  return {
    id: req.interactionId,
    guild: req.guildId ?? null,
    channel: req.channelId ?? null,
    user: req.userId,
    kind: req.kind,
    command: commandName(req),
  };
}

export async function handle(live: HandlerOptions, req: BotRequest): Promise<BotResult> {
  // One corpus state for the whole answer, deferred part included, even if the folder is taken in again meanwhile.
  const ctx: HandlerOptions = {
    ...live,
    ...(live.current ? { coverage: live.current(req.guildId) } : {}),
    caller: {
      userId: req.userId,
      channelId: req.channelId ?? undefined,
      guildId: req.guildId,
      permissions: req.permissions,
    },
  };
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
      reason = ctx.jobs.accepting
        ? `queue full: ${ctx.jobs.running} running, ${ctx.jobs.queued} waiting`
        : 'shutting down';
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
    {
      ...logFields(req),
      ms,
      outcome,
      ...(reason ? { reason } : {}),
      reply: result.type,
      ...(queued !== undefined ? { ahead: queued } : {}),
    },
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
export function startDeferred(
  ctx: HandlerOptions,
  req: BotRequest,
  result: DeferredJob,
  delivery: DeferredDelivery,
): Promise<void> {
  const log = ctx.logger ?? silentLogger;
  const queuedAt = performance.now();
  // Its failure is reported when the job reaches it; until then it must not count as unhandled.
  delivery.acknowledged?.catch(() => undefined);
  const line = (fields: Record<string, unknown>, outcome: string, ms: number) =>
    log[outcome === 'ok' ? 'info' : 'warn'](
      { ...logFields(req), kind: 'deferred', ...fields, outcome },
      `deferred ${commandName(req) ?? '?'} ${outcome} ${ms} ms`,
    );
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
        line(
          { waited, ms, sendMs: Math.round(performance.now() - sent), ...(done.ok ? {} : { reason: done.reason }) },
          done.ok ? 'ok' : 'error',
          ms,
        );
      } catch (err) {
        line(
          {
            waited,
            ms,
            sendMs: Math.round(performance.now() - sent),
            reason: `could not send the reply: ${errText(err)}`,
          },
          'error',
          ms,
        );
      }
      resolve();
    };
    const abandon = async () => {
      try {
        await delivery.fail((ephemeral(RESTARTING_TEXT) as Extract<BotResult, { type: 'message' }>).message);
        line(
          { waited: Math.round(performance.now() - queuedAt), ms: 0, reason: 'shut down before its turn' },
          'abandoned',
          0,
        );
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
  if (req.kind === 'message') return MESSAGE_COMMANDS[req.name]?.command ?? req.name;
  return req.name;
}

/** A rendered answer with the action row under it (Export, and Post publicly for a private answer). */
function withActions(cmd: Command, args: string[], r: Rendered, privately: boolean): MessageData {
  const message = enforceLimits(r.message);
  const actions = actionRow(cmd.code, args, { exportable: !!cmd.export, publishable: privately });
  if (!actions.length || r.ephemeral) return privately ? { ...message, flags: EPHEMERAL } : message;
  const components = [...(message.components ?? []), ...actions].slice(0, 5);
  return { ...message, components, ...(privately ? { flags: EPHEMERAL } : {}) };
}

/** The first reply to a command: at once, or "thinking…" first for a slow one; `privately` for message commands. */
function answer(ctx: HandlerOptions, cmd: Command, args: string[], privately: boolean): Promise<BotResult> | BotResult {
  const wait = cmd.slow && ctx.cooldown ? ctx.cooldown.take(ctx.caller?.userId ?? '', cmd.name) : 0;
  if (wait > 0)
    return ephemeral(
      `You asked for /${cmd.name} a moment ago: try again in ${wait} s. (Expensive answers are limited per person so everyone's stay fast.)`,
    );
  if (cmd.slow) {
    return {
      type: 'deferred',
      ...(privately ? { ephemeral: true } : {}),
      run: async () => {
        const r = await cmd.render(ctx, args, 0, true);
        return { message: withActions(cmd, args, r, privately), files: r.files };
      },
    };
  }
  return (async (): Promise<BotResult> => {
    const r = await cmd.render(ctx, args, 0, true);
    if (r.ephemeral)
      return {
        type: 'message',
        refused: true,
        message: { ...enforceLimits(r.message), flags: EPHEMERAL },
        files: r.files,
      };
    return { type: 'message', message: withActions(cmd, args, r, privately), files: r.files };
  })();
}

/** "Export": the whole answer as CSV and JSON files, to the presser alone. */
function exportAnswer(ctx: HandlerOptions, cmd: Command, args: string[]): BotResult {
  const wait = ctx.cooldown ? ctx.cooldown.take(ctx.caller?.userId ?? '', 'export') : 0;
  if (wait > 0) return ephemeral(`You exported a moment ago: try again in ${wait} s.`);
  return {
    type: 'deferred',
    ephemeral: true,
    run: async () => {
      const out = cmd.export!(ctx, args);
      const json = Buffer.from(JSON.stringify(out.json, null, 1));
      let csv = Buffer.from(out.csv);
      let note = '';
      // Discord takes 10 MB per message by default; the two files stay well inside it, the CSV cut at a row if need be.
      const room = EXPORT_LIMIT - Math.min(json.length, EXPORT_LIMIT / 2);
      if (csv.length > room) {
        const cut = out.csv.lastIndexOf('\r\n', room);
        csv = Buffer.from(out.csv.slice(0, cut + 2));
        note = ' The CSV is cut at a row to fit Discord; `npm run ask -- … --csv FILE` writes it whole.';
      }
      const files = [{ name: `${out.name}.csv`, data: csv, description: `${out.name} as CSV` }];
      if (json.length <= EXPORT_LIMIT / 2)
        files.push({ name: `${out.name}.json`, data: json, description: `${out.name} as JSON` });
      else note += ' The JSON is too large for Discord; the command line writes it.';
      const rows = Math.max(0, csv.toString('utf8').split('\r\n').length - 2);
      return {
        message: enforceLimits({
          content: `The whole answer to /${cmd.name}: ${rows.toLocaleString('en-US')} row${rows === 1 ? '' : 's'} as CSV${files.length > 1 ? ' and JSON' : ''}.${note}`,
          allowed_mentions: { parse: [] },
          flags: EPHEMERAL,
        }),
        files,
      };
    },
  };
}

export const EXPORT_LIMIT = 8 * 1024 * 1024;

function argsOf(ref: PageRef, cmd: Command, embeds: APIEmbed[]): string[] | null {
  let args = ref.args;
  if (!args && ref.hash) args = argsFromEmbeds(embeds, cmd.name, cmd.options, ref.hash);
  return args && args.length === cmd.options.length ? args : null;
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
    if (!cmd)
      return ephemeral(
        `I do not know /${truncate(req.name, 50)}. Try /help; the command list may need \`npm run deploy-commands\`.`,
      );
    const parsed = cmd.parse(req.options);
    if ('error' in parsed) return ephemeral(parsed.error);
    return answer(ctx, cmd, parsed.args, false);
  }
  if (req.kind === 'message') {
    const m = MESSAGE_COMMANDS[req.name];
    const cmd = m ? BY_NAME.get(m.command) : undefined;
    if (!m || !cmd)
      return ephemeral(
        `I do not know “${truncate(req.name, 50)}”. The command list may need \`npm run deploy-commands\`.`,
      );
    const options = m.options(req.text);
    if (!Object.values(options).some((v) => v && v.trim())) return ephemeral(m.empty);
    const parsed = cmd.parse(options);
    if ('error' in parsed) return ephemeral(parsed.error);
    // Answered privately: the asker decides whether the channel sees it ("Post publicly").
    return answer(ctx, cmd, parsed.args, true);
  }
  const ref = decodeCustomId(req.customId);
  const cmd = ref ? BY_CODE.get(ref.code) : undefined;
  if (!ref || !cmd) return ephemeral('This button belongs to an older version of the bot. Run the command again.');
  const args = argsOf(ref, cmd, req.embeds);
  if (!args) return ephemeral(`I cannot read this question back from the message any more. Run /${cmd.name} again.`);
  if (ref.action === 'ex') {
    if (!cmd.export) return ephemeral(`/${cmd.name} has nothing to export.`);
    return exportAnswer(ctx, cmd, args);
  }
  // The private answer is only ever seen by its asker; posting it for the channel is the asker's call.
  if (ref.action === 'pb') return answer(ctx, cmd, args, false);
  if (req.ownerId === null || req.ownerId !== req.userId) {
    return ephemeral(`Only the person who asked can turn these pages. Run /${cmd.name} yourself to get your own copy.`);
  }
  const options = Object.fromEntries(cmd.options.map((n, i) => [n, args[i]]));
  const parsed = cmd.parse(options);
  if ('error' in parsed) return ephemeral(parsed.error);
  if (cmd.slow) {
    // A page of a slow answer is computed again too: acknowledge the press now, edit the message when ready.
    const args2 = parsed.args;
    return {
      type: 'deferred',
      update: true,
      run: async () => ({ message: withActions(cmd, args2, await cmd.render(ctx, args2, ref.page, false), false) }),
    };
  }
  const r = await cmd.render(ctx, parsed.args, ref.page, false);
  return { type: 'update', message: withActions(cmd, parsed.args, r, false) };
}

/** Turns a finished deferred reply's failure into a message, so transports never leave "thinking…" hanging. */
export async function runDeferred(result: Extract<BotResult, { type: 'deferred' }>, logger: Logger = silentLogger) {
  try {
    return { ok: true as const, ...(await result.run()) };
  } catch (err) {
    logger.error({ err }, 'deferred reply failed');
    const e = ephemeral(
      `Something went wrong preparing this answer: ${truncate(err instanceof Error ? err.message : String(err), 300)}. Try again in a moment.`,
    );
    return {
      ok: false as const,
      message: (e as Extract<BotResult, { type: 'message' }>).message,
      files: undefined,
      reason: errText(err),
    };
  }
}
