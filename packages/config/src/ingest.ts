// Settings of the ingest deployable: the CLI (Temporal, ClickHouse, sources
// file) and the worker (the same, plus its log level and the environment its
// sources' secrets are read from). With nothing set, the services of a running
// dev stack (npm start) are used: it records their addresses in
// .data/stack.json, and the environment overrides them.
import { readFileSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import type { Env } from './config-error.ts';
import { parseClickHouseEnv, type ClickHouseSettings } from './clickhouse.ts';
import { parseLogLevel, type LogLevel } from './log-level.ts';
import { processEnv } from './process-env.ts';
import { parsePublicUrl } from './public-url.ts';
import { repoRoot } from './repo-root.ts';
import { sourcesFilePath } from './sources.ts';
import { parseTemporalEnv, type TemporalSettings } from './temporal.ts';

/** Where the dev stack publishes its services' addresses for the CLI. */
export const stackFile = (): string => join(repoRoot(), '.data/stack.json');

/** Publishes the services' settings for the CLI: readable by this user only, as it holds passwords. */
export async function writeStackFile(env: Record<string, string>): Promise<void> {
  const file = stackFile();
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(env, null, 2), { mode: 0o600 });
  await chmod(file, 0o600); // a file left by an older run keeps its mode through writeFile
}

/** Addresses a running dev stack published, used for whatever env leaves unset. */
function stackDefaults(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(stackFile(), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export interface IngestSettings {
  temporal: TemporalSettings;
  clickhouse: ClickHouseSettings;
  sourcesFile: string;
  /** Who `sources apply` records as having applied the configuration: LIAISON_OPERATOR, else the OS user. */
  operator: string;
}

/** LIAISON_OPERATOR names the person behind a shared service account; otherwise the logged-in OS user. */
function operatorOf(env: Env): string {
  const named = env['LIAISON_OPERATOR']?.trim();
  if (named) return named;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

export function parseIngestEnv(processEnvironment: Env = processEnv()): IngestSettings {
  const env = { ...stackDefaults(), ...processEnvironment };
  return {
    temporal: parseTemporalEnv(env),
    clickhouse: parseClickHouseEnv(env),
    sourcesFile: sourcesFilePath(env),
    operator: operatorOf(env),
  };
}

export interface WorkerSettings extends IngestSettings {
  logLevel: LogLevel;
  /** Where the secrets named by the sources (tokenEnv, apiKeyEnv, secretEnv) and alerts (urlEnv) are looked up. */
  secrets: Env;
  /** LIAISON_PUBLIC_URL: the dashboard's address, for the console links of alerts; null when not set. */
  publicUrl: string | null;
}

export function parseWorkerEnv(env: Env = processEnv()): WorkerSettings {
  return { ...parseIngestEnv(env), logLevel: parseLogLevel(env), secrets: env, publicUrl: parsePublicUrl(env) };
}
