// Message commands: "Apps → Find sources" and "Apps → Find quotes" on a message in a channel, where a claim is met.
// Each runs a slash command on the message's words (links, mentions and markdown stripped; a long message's
// sentences with figures or reporting verbs first), answered privately with a button to post it for the channel.
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import { claimFromMessage, messageText } from '../../answers/message-claim';
import type { RawOptions } from './types';

/** The message commands (Apps menu on a message) and the slash command each one runs on the message's words. */
export const MESSAGE_COMMANDS: Record<
  string,
  { command: string; options: (text: string) => RawOptions; empty: string }
> = {
  'Find sources': {
    command: 'sources',
    options: (text) => ({ claim: claimFromMessage(text) }),
    empty:
      'This message has no words to trace (only links, mentions or emoji). Use `/sources` with the claim in your own words.',
  },
  'Find quotes': {
    command: 'quote',
    options: (text) => ({ speaker: messageText(text).slice(0, 300) }),
    empty: 'This message has no words to look for. Use `/quote` with a name or some words.',
  },
};

export const MESSAGE_DEFINITIONS = Object.keys(MESSAGE_COMMANDS).map((name) =>
  new ContextMenuCommandBuilder().setName(name).setType(ApplicationCommandType.Message).toJSON(),
);
