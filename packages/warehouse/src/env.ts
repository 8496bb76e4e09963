// ClickHouse connection settings, parsed once per deployable from the
// environment. A bad value stops start-up with a message naming the variable.
import { z } from 'zod';

const httpUrl = z
  .string()
  .trim()
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
    message: 'must be an http(s) URL such as http://127.0.0.1:8123',
  });

export const clickhouseEnvSchema = z.object({
  CLICKHOUSE_URL: httpUrl,
  CLICKHOUSE_USER: z.string().default('default'),
  CLICKHOUSE_PASSWORD: z.string().default(''),
  CLICKHOUSE_DATABASE: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a plain identifier (letters, digits, _)')
    .default('liaison'),
});

export type ClickHouseSettings = {
  url: string;
  user: string;
  password: string;
  database: string;
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Every problem in `env`, one line each: `NAME: reason (got 'value')`. */
export function describeEnvIssues(error: z.ZodError, env: Record<string, string | undefined>): string {
  return error.issues
    .map((i) => {
      const name = String(i.path[0] ?? '?');
      const got = env[name];
      return `  ${name}: ${i.message}${got === undefined ? '' : ` (got '${got}')`}`;
    })
    .join('\n');
}

export function parseClickHouseEnv(env: Record<string, string | undefined>): ClickHouseSettings {
  const parsed = clickhouseEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`Invalid ClickHouse settings:\n${describeEnvIssues(parsed.error, env)}`);
  }
  const e = parsed.data;
  return { url: e.CLICKHOUSE_URL, user: e.CLICKHOUSE_USER, password: e.CLICKHOUSE_PASSWORD, database: e.CLICKHOUSE_DATABASE };
}
