// Settings of the dashboard deployable: its port (LIAISON_DASHBOARD_PORT,
// default 5173), the key that signs sessions (LIAISON_SESSION_SECRET, ≥ 32
// characters; unset: the server makes one per process), the sources file,
// ClickHouse, and Temporal for the console's re-run (optional). The SvelteKit
// app builds `env` from $app/env/private; the dev stack passes its own.
import { z } from 'zod';
import { blankToUndefined, parseEnv, type Env } from './config-error.ts';
import { parseClickHouseEnv, type ClickHouseSettings } from './clickhouse.ts';
import { processEnv } from './process-env.ts';
import { sourcesFilePath } from './sources.ts';
import { parseOptionalTemporalEnv, type TemporalSettings } from './temporal.ts';

const dashboardEnvSchema = z.object({
  LIAISON_DASHBOARD_PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(65535).default(5173)),
  LIAISON_SESSION_SECRET: z.preprocess(
    blankToUndefined,
    z.string().min(32, 'LIAISON_SESSION_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  ),
  LIAISON_RATE_LIMIT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).default(600)),
});

/** LIAISON_RATE_LIMIT: requests a minute one client address may make to one dashboard process (0: no limit); default 600. */
export function rateLimitSetting(env: Env = processEnv()): number {
  return parseEnv(dashboardEnvSchema.pick({ LIAISON_RATE_LIMIT: true }), env, 'Invalid dashboard settings').LIAISON_RATE_LIMIT;
}

/** LIAISON_DASHBOARD_PORT, default 5173. */
export function dashboardPort(env: Env = processEnv()): number {
  return parseEnv(dashboardEnvSchema.pick({ LIAISON_DASHBOARD_PORT: true }), env, 'Invalid dashboard settings').LIAISON_DASHBOARD_PORT;
}

/** LIAISON_SESSION_SECRET, or undefined when unset. */
export function sessionSecretSetting(env: Env = processEnv()): string | undefined {
  return parseEnv(dashboardEnvSchema.pick({ LIAISON_SESSION_SECRET: true }), env, 'Invalid dashboard settings').LIAISON_SESSION_SECRET;
}

export interface DashboardSettings {
  port: number;
  sessionSecret: string | undefined;
  sourcesFile: string;
  clickhouse: ClickHouseSettings;
  /** null without TEMPORAL_ADDRESS: the console then cannot re-run. */
  temporal: TemporalSettings | null;
}

export function parseDashboardEnv(env: Env = processEnv()): DashboardSettings {
  const e = parseEnv(dashboardEnvSchema, env, 'Invalid dashboard settings');
  return {
    port: e.LIAISON_DASHBOARD_PORT,
    sessionSecret: e.LIAISON_SESSION_SECRET,
    sourcesFile: sourcesFilePath(env),
    clickhouse: parseClickHouseEnv(env),
    temporal: parseOptionalTemporalEnv(env),
  };
}
