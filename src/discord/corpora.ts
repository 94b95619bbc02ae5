// One corpus per server (optional): CORPORA names a JSON file mapping a server (guild) id to a corpus folder;
// servers not listed, DMs and user installs get DATA_DIR. Each folder is its own live corpus with its own saved
// state, and an answer only ever reads the one its server maps to.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../config';
import { reason } from '../util/reason';

const CorporaSchema = z.record(
  z.string().regex(/^\d{17,20}$/, 'keys must be server (guild) ids, 17 to 20 digits'),
  z.string().min(1, 'a folder'),
);

/** The guild → folder map, folders resolved against the file's own folder. A bad file is a ConfigError naming it. */
export async function readCorpora(path: string): Promise<Map<string, string>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new ConfigError(`CORPORA: ${path} cannot be read as JSON (${reason(err)})`);
  }
  const parsed = CorporaSchema.safeParse(json);
  if (!parsed.success) {
    throw new ConfigError(
      `CORPORA: ${path} must map server ids to corpus folders, such as {"123456789012345678": "corpora/city-desk"}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`).join('; ')}`,
    );
  }
  return new Map(Object.entries(parsed.data).map(([guild, dir]) => [guild, resolve(dirname(path), dir)]));
}
