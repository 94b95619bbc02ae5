// `npm start`: with DISCORD_TOKEN, the gateway bot; without one at a terminal, the local console; without one
// and without a terminal, exit 1 saying what to set.
import { loadConfig, stateDirOf } from '../config';
import { renderTollChart } from '../render/chart';
import { Routes } from 'discord.js';
import { openCoverage } from '../discord/boot';
import { Cooldown } from '../discord/cooldown';
import { runConsole } from '../discord/console';
import { startGatewayBot, stopGatewayBot } from '../discord/gateway';
import { createLogger, packageVersion } from '../discord/log';
import { JobQueue } from '../discord/queue';
import { failToStart } from './fail';
import { openConfiguredService } from './service';
import { keepServing, stopOnSignals } from './lifecycle';

export const NO_TOKEN =
  'DISCORD_TOKEN is not set, and there is no terminal for the local console. Set DISCORD_TOKEN (and DISCORD_APPLICATION_ID) in the environment or in .env (see .env.example) to run the bot, or run `npm start` in a terminal to try the commands locally.';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.DISCORD_TOKEN) {
    if (!process.stdin.isTTY) {
      process.stderr.write(NO_TOKEN + '\n');
      process.exitCode = 1;
      return;
    }
    // The console writes answers to stdout; only warnings and worse are logged, to stderr, as plain sentences.
    const logger = createLogger(config.LOG_LEVEL ?? 'warn', process.stderr, { readable: true });
    const live = await openCoverage(config.DATA_DIR, logger, {
      stateDir: stateDirOf(config),
      watch: config.WATCH === 'on',
      progress: (line) => process.stderr.write(line + '\n'),
    });
    await runConsole({ coverage: live.current(), current: () => live.current(), chart: renderTollChart });
    live.close();
    return;
  }
  const logger = createLogger(config.LOG_LEVEL ?? 'info');
  keepServing(logger);
  logger.info(
    { version: packageVersion(), mode: 'gateway' },
    `coverage-bot ${packageVersion()} starting (gateway bot)`,
  );
  const service = await openConfiguredService(config, logger);
  const jobs = new JobQueue({ concurrency: config.JOB_CONCURRENCY, limit: config.JOB_QUEUE_LIMIT });
  const client = await startGatewayBot({
    token: config.DISCORD_TOKEN,
    apiUrl: config.DISCORD_API_URL,
    coverage: service.current(),
    current: service.current,
    follows: service.follows,
    cooldown: new Cooldown(config.COOLDOWN_SECONDS),
    chart: renderTollChart,
    logger,
    jobs,
  });
  service.setPoster(async (channelId, message) => {
    await client.rest.post(Routes.channelMessages(channelId), { body: message });
  });
  stopOnSignals(logger, config.SHUTDOWN_GRACE_MS, async () => {
    await service.close();
    const r = await stopGatewayBot(client, config.SHUTDOWN_GRACE_MS);
    if (!r.finished)
      logger.warn(r, `stopped with ${r.running} replies still being worked and ${r.abandoned} told to ask again`);
  });
}

main().catch(failToStart);
