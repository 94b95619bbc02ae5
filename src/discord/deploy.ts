// Registers the slash commands: in one guild (instant, for development) or globally.
import { REST, Routes } from 'discord.js';
import { DEFINITIONS } from './commands/index';

export interface DeployOptions {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

export async function deployCommands(o: DeployOptions): Promise<{ scope: string; count: number }> {
  const rest = new REST({ ...(o.apiUrl ? { api: o.apiUrl } : {}) }).setToken(o.token);
  const route = o.guildId
    ? Routes.applicationGuildCommands(o.applicationId, o.guildId)
    : Routes.applicationCommands(o.applicationId);
  const result = (await rest.put(route, { body: DEFINITIONS })) as unknown[];
  return {
    scope: o.guildId ? `guild ${o.guildId}` : 'global',
    count: Array.isArray(result) ? result.length : DEFINITIONS.length,
  };
}
