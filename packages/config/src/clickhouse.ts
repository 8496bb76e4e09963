// ClickHouse connection settings (CLICKHOUSE_URL/USER/PASSWORD/DATABASE),
// shared by every deployable that reaches the warehouse. A bad value throws a
// ConfigError naming the variable.
import { z } from 'zod';
import { parseEnv, type Env } from './config-error.ts';
import { processEnv } from './process-env.ts';

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

export function parseClickHouseEnv(env: Env = processEnv()): ClickHouseSettings {
  const e = parseEnv(clickhouseEnvSchema, env, 'Invalid ClickHouse settings');
  return { url: e.CLICKHOUSE_URL, user: e.CLICKHOUSE_USER, password: e.CLICKHOUSE_PASSWORD, database: e.CLICKHOUSE_DATABASE };
}
