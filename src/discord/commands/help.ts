// /help: what the bot answers and how to ask.
import { SlashCommandBuilder } from 'discord.js';
import { EPHEMERAL, NO_MENTIONS } from '../payload';
import type { Command } from './types';

const builder = new SlashCommandBuilder().setName('help').setDescription('What this bot answers, and how to ask');

export const HELP_LINES: [string, string][] = [
  [
    '/quote speaker:<name> [words] [outlet]',
    'Quotations by a speaker, each once, with every article that carries them. Start typing a name for the list; add words or an outlet to narrow.',
  ],
  [
    '/toll [metric] [from] [to] [estimator]',
    'Casualty and displacement estimates by date (dates as YYYY-MM-DD), who gave them, with a chart.',
  ],
  [
    '/sources claim:…',
    'Where a claim comes from: the articles that carry it, earliest first, whom they attribute it to, wire credits and copies.',
  ],
  ['/articles', 'The corpus: outlets, dates, headlines, copy families, load warnings, and when each article came in.'],
  [
    '/follow what:toll|quote|sources · /unfollow id:…',
    'This channel follows the story: new estimates, a person’s new quotations or a claim’s new sources are posted here as articles arrive (Manage Channels).',
  ],
  [
    'Apps → Find sources / Find quotes',
    'On any message: trace the claim in it, or find quotations with its words; answered to you alone, with a button to post it.',
  ],
  ['/help', 'This list.'],
];

export function helpText(): string {
  return HELP_LINES.map(([c, d]) => `${c}\n    ${d}`).join('\n');
}

export const help: Command = {
  name: 'help',
  code: 'h',
  definition: builder.toJSON(),
  options: [],
  parse() {
    return { args: [] };
  },
  async render() {
    return {
      message: {
        embeds: [
          {
            title: 'What I answer',
            description:
              'Questions about the news coverage loaded into me. Long answers have ◀ ▶ buttons that only the asker can use; Export attaches the whole answer as CSV and JSON.',
            fields: HELP_LINES.map(([name, value]) => ({ name, value })),
          },
        ],
        allowed_mentions: NO_MENTIONS,
        flags: EPHEMERAL,
      },
    };
  },
  async text() {
    return helpText();
  },
};
