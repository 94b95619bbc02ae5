// Configuration for the Discord transports, from the environment (and .env through dotenv), validated with zod.
// Each transport asks only for what it needs: the gateway bot a token, the HTTP endpoint a public key, and so on,
// and a missing or malformed value is reported by name with what to do about it.
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

export const DEFAULT_API_URL = 'https://discord.com/api';

const snowflake = (name: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{17,20}$/, `${name} must be a Discord id (17 to 20 digits); copy it from the Developer Portal`);

const optional = (s: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), s.optional());

const count = (name: string, fallback: number, min: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : fallback),
    z
      .number({ error: `${name} must be a number` })
      .int(`${name} must be a whole number`)
      .min(min, `${name} must be at least ${min}`),
  );

const EnvSchema = z.object({
  DISCORD_TOKEN: optional(
    z.string().trim().min(20, 'DISCORD_TOKEN looks too short to be a bot token (Developer Portal → Bot → Reset Token)'),
  ),
  DISCORD_APPLICATION_ID: optional(snowflake('DISCORD_APPLICATION_ID')),
  DISCORD_GUILD_ID: optional(snowflake('DISCORD_GUILD_ID')),
  DISCORD_PUBLIC_KEY: optional(
    z
      .string()
      .trim()
      .regex(
        /^[0-9a-fA-F]{64}$/,
        'DISCORD_PUBLIC_KEY must be the 64 hex characters shown as "Public Key" in the Developer Portal',
      ),
  ),
  DISCORD_API_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().replace(/\/+$/, '') : DEFAULT_API_URL),
    z.url({
      protocol: /^https?$/,
      error: 'DISCORD_API_URL must be an http(s) URL such as https://discord.com/api (no /v10)',
    }),
  ),
  DATA_DIR: z.preprocess((v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : 'data'), z.string()),
  /** A JSON file mapping server ids to corpus folders (one corpus per server); servers not listed get DATA_DIR. */
  CORPORA: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined),
    z.string().optional(),
  ),
  /** Seconds one person waits between two expensive answers (/sources, /toll, exports); 0 for no limit. */
  COOLDOWN_SECONDS: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : 5),
    z.number({ error: 'COOLDOWN_SECONDS must be a number' }).min(0, 'COOLDOWN_SECONDS must be 0 or more').max(3600),
  ),
  /** Where the saved state lives: default `.coverage-state` inside DATA_DIR; `off` for none. */
  STATE_DIR: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined),
    z.string().optional(),
  ),
  /** Follow DATA_DIR while running (`off` to read it once at start). */
  WATCH: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().toLowerCase() : 'on'),
    z.enum(['on', 'off'], { error: 'WATCH must be on or off' }),
  ),
  PORT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? Number(v) : 8080),
    z
      .number({ error: 'PORT must be a number' })
      .int('PORT must be a whole number')
      .min(0)
      .max(65535, 'PORT must be at most 65535'),
  ),
  LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined),
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  ),
  // Deferred answers (/toll, /sources): worked at once, and waiting beyond those; a full queue answers "busy".
  JOB_CONCURRENCY: count('JOB_CONCURRENCY', 2, 1),
  JOB_QUEUE_LIMIT: count('JOB_QUEUE_LIMIT', 100, 0),
  // On SIGTERM/SIGINT, how long to wait for the deferred replies in flight before exiting.
  SHUTDOWN_GRACE_MS: count('SHUTDOWN_GRACE_MS', 8000, 0),
});

export type Config = z.infer<typeof EnvSchema>;

export class ConfigError extends Error {}

/** Reads the configuration; `.env` is loaded first unless `env` is given (tests pass their own). */
export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  if (!env) {
    loadDotenv({ quiet: true });
    env = process.env;
  }
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${String(i.path[0] ?? '')}: ${i.message}`);
    throw new ConfigError(
      `configuration is not valid (set it in the environment or in .env; .env.example lists every variable):\n${lines.join('\n')}`,
    );
  }
  return parsed.data;
}

/** The values a transport cannot run without, or a ConfigError naming each missing one. */
export function requireConfig<K extends keyof Config>(
  config: Config,
  keys: K[],
  purpose: string,
): Config & { [P in K]-?: NonNullable<Config[P]> } {
  const missing = keys.filter((k) => config[k] === undefined || config[k] === null);
  if (missing.length) {
    throw new ConfigError(
      `${purpose} needs ${missing.join(' and ')}: set ${missing.length > 1 ? 'them' : 'it'} in the environment or in .env (see .env.example)`,
    );
  }
  return config as Config & { [P in K]-?: NonNullable<Config[P]> };
}

/** The saved state's folder as boot.ts takes it: undefined for the default, null for none. */
export function stateDirOf(config: Pick<Config, 'STATE_DIR'>): string | null | undefined {
  if (config.STATE_DIR === undefined) return undefined;
  return config.STATE_DIR.toLowerCase() === 'off' ? null : config.STATE_DIR;
}
