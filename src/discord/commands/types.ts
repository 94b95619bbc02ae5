// The shape every command module has, like the discord.js guide's: a builder-made definition and its handlers,
// here written against plain Discord API data so the gateway bot, the HTTP endpoint and the console share them.
import type { APIApplicationCommandOptionChoice, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Coverage } from '../../answers/coverage';
import type { TollAnswer } from '../../answers/types';
import type { FileData, MessageData } from '../payload';
import type { FollowStore } from '../follows';

export interface CommandContext {
  coverage: Coverage;
  /**
   * The live corpus, when it follows its folder: read once per answer (see handler.ts), so an answer in flight
   * finishes on the state it started with.
   */
  current?: (guildId?: string | null) => Coverage;
  /** Renders /toll's chart; injectable so tests and slow machines can substitute it. */
  chart?: (answer: TollAnswer) => Promise<Buffer>;
  /** The channels' subscriptions (/follow), where the transport can post to channels. */
  follows?: FollowStore;
  /** Who asked, and where: set by the handler from the interaction. */
  caller?: { userId: string; channelId?: string; guildId?: string | null; permissions?: string };
}

/** Option values as strings, by option name; absent options are absent or ''. */
export type RawOptions = Record<string, string | undefined>;

export type Parsed = { args: string[] } | { error: string };

export interface Rendered {
  message: MessageData;
  files?: FileData[];
  /** Shown to the asker alone (a refusal). */
  ephemeral?: boolean;
}

export interface Command {
  name: string;
  /** One letter naming the command inside a button's custom_id. */
  code: string;
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Option names in the order their values travel in custom_ids and `args`. */
  options: string[];
  /** Checks and normalises the options; an error is a sentence telling the user what to do. */
  parse(options: RawOptions): Parsed;
  /** True when answering may take more than about two seconds, so the reply is deferred first. */
  slow?: boolean;
  /** The reply for one page; `first` is the reply to the command itself (not a page turn). */
  render(ctx: CommandContext, args: string[], page: number, first: boolean): Promise<Rendered>;
  autocomplete?(
    ctx: CommandContext,
    focused: { name: string; value: string },
    options: RawOptions,
  ): APIApplicationCommandOptionChoice<string>[];
  /** The full answer (every row, not the page shown) as files: CSV and the JSON the command line prints. */
  export?(ctx: CommandContext, args: string[]): { name: string; csv: string; json: unknown };
  /** The same answer as terminal text, for the local console. */
  text(ctx: CommandContext, args: string[]): Promise<string>;
}

export function opt(options: RawOptions, name: string): string {
  const v = options[name];
  return typeof v === 'string' ? v.trim() : '';
}
