// The gateway bot and the HTTP endpoint open the same service from the same settings.
import type { Config } from '../config';
import { stateDirOf } from '../config';
import { openService, type Service } from '../discord/boot';
import { readCorpora } from '../discord/corpora';
import type { Logger } from '../discord/log';

export async function openConfiguredService(config: Config, logger: Logger): Promise<Service> {
  return openService(
    {
      dataDir: config.DATA_DIR,
      stateDir: stateDirOf(config),
      watch: config.WATCH === 'on',
      corpora: config.CORPORA ? await readCorpora(config.CORPORA) : undefined,
    },
    logger,
  );
}
