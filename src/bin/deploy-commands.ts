// `npm run deploy-commands`: registers /quote, /toll, /sources, /articles and /help — in DISCORD_GUILD_ID when set
// (instant), globally otherwise (can take up to an hour to show everywhere). Honours DISCORD_API_URL.
import { ConfigError, loadConfig, requireConfig } from '../config';
import { deployCommands } from '../discord/deploy';
import { reason } from '../util/reason';

async function main(): Promise<number> {
  const config = requireConfig(loadConfig(), ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID'], 'deploy-commands');
  const { scope, count } = await deployCommands({
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
  });
  process.stdout.write(
    `registered ${count} commands (${scope})${scope === 'global' ? '; global commands can take up to an hour to appear' : ''}\n`,
  );
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const msg = err instanceof ConfigError ? err.message : `could not register the commands: ${reason(err)}`;
    process.stderr.write(msg + '\n');
    process.exitCode = 1;
  },
);
