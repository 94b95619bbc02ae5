// A heartbeat file for container and service health checks of the gateway bot, which has no port to ask. Preloaded,
// so the bot's own code is unchanged: `node --import ./dist/util/heartbeat.js dist/bin/start.js`. While the process
// lives and its event loop turns, the file HEALTH_FILE is rewritten every HEARTBEAT_SECONDS (15) with the time;
// `node dist/bin/health.js` calls the process unhealthy when the file is older than four beats. The timer is unref'd:
// it never keeps a process alive that would otherwise exit (the console's refusal without a token still exits 1).
import { writeFileSync } from 'node:fs';

export function beat(file: string): void {
  try {
    writeFileSync(file, `${new Date().toISOString()} pid ${process.pid}\n`);
  } catch {
    // A health file that cannot be written makes the check fail, which says enough; the bot goes on.
  }
}

const file = process.env.HEALTH_FILE;
if (file) {
  const seconds = Number(process.env.HEARTBEAT_SECONDS) || 15;
  beat(file);
  setInterval(() => beat(file), seconds * 1000).unref();
}
