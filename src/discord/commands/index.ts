// Every command, defined once: deploy-commands registers these definitions, and every transport dispatches here.
import { articles } from './articles';
import { follow, unfollow } from './follow';
import { help } from './help';
import { quote } from './quote';
import { sources } from './sources';
import { toll } from './toll';
import type { Command } from './types';
import { MESSAGE_DEFINITIONS } from './message';
import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';

export const COMMANDS: Command[] = [quote, toll, sources, articles, follow, unfollow, help];
export const BY_NAME = new Map(COMMANDS.map((c) => [c.name, c]));
export const BY_CODE = new Map(COMMANDS.map((c) => [c.code, c]));
/**
 * Where the commands can be used: installed in a server or by a person (user install), in server channels, the bot's
 * DMs and private channels. A command that posts into a channel for others (/follow) says otherwise in its own
 * definition, which wins.
 */
export const EVERYWHERE = {
  integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
};

function everywhere<T extends { integration_types?: unknown; contexts?: unknown }>(d: T): T {
  return {
    ...d,
    integration_types: d.integration_types ?? EVERYWHERE.integration_types,
    contexts: d.contexts ?? EVERYWHERE.contexts,
  };
}

export const DEFINITIONS: RESTPostAPIApplicationCommandsJSONBody[] = [
  ...COMMANDS.map((c) => everywhere(c.definition)),
  ...MESSAGE_DEFINITIONS.map(everywhere),
];
export type { Command, CommandContext } from './types';
