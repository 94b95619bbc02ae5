// `npm run serve`: the HTTP interactions endpoint (set its URL as "Interactions Endpoint URL" in the Developer
// Portal). Needs DISCORD_PUBLIC_KEY and DISCORD_APPLICATION_ID; listens on PORT (default 8080).
import { REST, Routes } from 'discord.js';
import { loadConfig, requireConfig } from '../config';
import { renderTollChart } from '../render/chart';
import { Cooldown } from '../discord/cooldown';
import { createInteractionServer } from '../discord/http';
import { createLogger, packageVersion } from '../discord/log';
import { JobQueue } from '../discord/queue';
import { failToStart } from './fail';
import { openConfiguredService } from './service';
import { keepServing, listen, stopOnSignals } from './lifecycle';

async function main(): Promise<void> {
  const config = requireConfig(loadConfig(), ['DISCORD_PUBLIC_KEY', 'DISCORD_APPLICATION_ID'], 'npm run serve');
  const logger = createLogger(config.LOG_LEVEL ?? 'info');
  keepServing(logger);
  logger.info(
    { version: packageVersion(), mode: 'http' },
    `coverage-bot ${packageVersion()} starting (HTTP interactions endpoint)`,
  );
  const service = await openConfiguredService(config, logger);
  // Posting into channels (/follow) needs the bot's token: without one the endpoint answers everything else.
  if (config.DISCORD_TOKEN) {
    const rest = new REST({ api: config.DISCORD_API_URL }).setToken(config.DISCORD_TOKEN);
    service.setPoster(async (channelId, message) => {
      await rest.post(Routes.channelMessages(channelId), { body: message });
    });
  }
  const jobs = new JobQueue({ concurrency: config.JOB_CONCURRENCY, limit: config.JOB_QUEUE_LIMIT });
  const server = createInteractionServer({
    publicKey: config.DISCORD_PUBLIC_KEY,
    applicationId: config.DISCORD_APPLICATION_ID,
    apiUrl: config.DISCORD_API_URL,
    coverage: service.current(),
    current: service.current,
    ...(config.DISCORD_TOKEN ? { follows: service.follows } : {}),
    cooldown: new Cooldown(config.COOLDOWN_SECONDS),
    chart: renderTollChart,
    logger,
    jobs,
  });
  await listen(server, config.PORT);
  logger.info(
    { port: config.PORT, concurrency: jobs.concurrency, queueLimit: jobs.limit },
    `interactions endpoint listening on port ${config.PORT}`,
  );
  stopOnSignals(logger, config.SHUTDOWN_GRACE_MS, async () => {
    await service.close();
    const r = await server.shutdown(config.SHUTDOWN_GRACE_MS);
    if (!r.finished)
      logger.warn(r, `stopped with ${r.running} replies still being worked and ${r.abandoned} told to ask again`);
  });
}

main().catch(failToStart);
