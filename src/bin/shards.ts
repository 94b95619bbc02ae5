// Past about 2,500 guilds Discord requires the gateway connection to be split into shards. This runs
// src/bin/start.ts once per shard in child processes with discord.js's ShardingManager; each child is the same
// gateway bot (discord.js reads the SHARDS and SHARD_COUNT the manager passes it). Run: npx tsx src/bin/shards.ts
// SHARD_COUNT sets the number of shards; by default Discord's recommendation from GET /gateway/bot.
import { resolve } from 'node:path';
import { ShardingManager } from 'discord.js';
import { ConfigError, loadConfig, requireConfig } from '../config';
import { createLogger } from '../discord/log';

async function main(): Promise<void> {
  const config = requireConfig(loadConfig(), ['DISCORD_TOKEN'], 'the shard manager');
  const logger = createLogger(config.LOG_LEVEL ?? 'info');
  const count = process.env.SHARD_COUNT ? Number(process.env.SHARD_COUNT) : 'auto';
  if (count !== 'auto' && (!Number.isInteger(count) || count < 1))
    throw new ConfigError('SHARD_COUNT must be a whole number of at least 1');
  const manager = new ShardingManager(resolve(import.meta.dirname, 'start.ts'), {
    token: config.DISCORD_TOKEN,
    totalShards: count,
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => logger.info({ shard: shard.id }, `shard ${shard.id} started`));
  // Each shard is a bot process that stops gracefully on SIGTERM (finishing its deferred replies): wait for them.
  const stop = () => {
    const exits: Promise<unknown>[] = [];
    for (const shard of manager.shards.values()) {
      const child = shard.process;
      if (child && child.exitCode === null) exits.push(new Promise((r) => child.once('exit', r)));
      shard.kill();
    }
    setTimeout(() => process.exit(1), config.SHUTDOWN_GRACE_MS + 10_000).unref();
    void Promise.all(exits).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await manager.spawn();
}

main().catch((err: unknown) => {
  process.stderr.write(
    (err instanceof ConfigError
      ? err.message
      : `could not start the shards: ${err instanceof Error ? err.message : String(err)}`) + '\n',
  );
  process.exitCode = 1;
});
