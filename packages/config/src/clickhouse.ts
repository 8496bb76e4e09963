// ClickHouse connection settings (CLICKHOUSE_URL/USER/PASSWORD/DATABASE),
// shared by every deployable that reaches the warehouse, and the read-only
// account the dashboard's public figures use (CLICKHOUSE_READER_USER/PASSWORD).
// A bad value throws a ConfigError naming the variable.
import { z } from 'zod';
import { blankToUndefined, parseEnv, type Env } from './config-error.ts';
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
  CLICKHOUSE_CLUSTER: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_.-]+$/, 'must be a cluster name of the server configuration (letters, digits, _ . -)')
      .optional(),
  ),
  CLICKHOUSE_READER_USER: z.preprocess(blankToUndefined, z.string().optional()),
  CLICKHOUSE_READER_PASSWORD: z.string().default(''),
});

export type ClickHouseSettings = {
  url: string;
  user: string;
  password: string;
  database: string;
  /** CLICKHOUSE_CLUSTER: migrations create every object ON CLUSTER, replicated; absent: one node. */
  cluster?: string;
};

export function parseClickHouseEnv(env: Env = processEnv()): ClickHouseSettings {
  const e = parseEnv(clickhouseEnvSchema, env, 'Invalid ClickHouse settings');
  const settings = { url: e.CLICKHOUSE_URL, user: e.CLICKHOUSE_USER, password: e.CLICKHOUSE_PASSWORD, database: e.CLICKHOUSE_DATABASE };
  return e.CLICKHOUSE_CLUSTER === undefined ? settings : { ...settings, cluster: e.CLICKHOUSE_CLUSTER };
}

/**
 * The read-only account's settings (same server and database, its own user),
 * or null when CLICKHOUSE_READER_USER is unset.
 */
export function parseClickHouseReaderEnv(env: Env = processEnv()): ClickHouseSettings | null {
  const e = parseEnv(clickhouseEnvSchema, env, 'Invalid ClickHouse settings');
  if (e.CLICKHOUSE_READER_USER === undefined) return null;
  return { url: e.CLICKHOUSE_URL, user: e.CLICKHOUSE_READER_USER, password: e.CLICKHOUSE_READER_PASSWORD, database: e.CLICKHOUSE_DATABASE };
}
