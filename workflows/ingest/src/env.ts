// Settings of the ingest deployable (worker and CLI), parsed once with zod.
// With nothing set, the services of a running dev stack (npm start) are used:
// it records their addresses in .data/stack.json.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { describeEnvIssues, parseClickHouseEnv, ConfigError, type ClickHouseSettings } from '@liaison/warehouse';
import { DEFAULT_SOURCES_FILE, REPO_ROOT } from './sources.ts';

export const STACK_FILE = resolve(REPO_ROOT, '.data/stack.json');

const temporalEnvSchema = z.object({
  TEMPORAL_ADDRESS: z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, such as 127.0.0.1:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_API_KEY: z.string().min(1).optional(),
  TEMPORAL_TLS: z.enum(['true', 'false']).default('false'),
  TEMPORAL_TLS_CERT: z.string().optional(),
  TEMPORAL_TLS_KEY: z.string().optional(),
  LIAISON_TASK_QUEUE: z.string().min(1).default('liaison-ingest'),
  SOURCES_FILE: z.string().min(1).default(DEFAULT_SOURCES_FILE),
});

export interface TemporalSettings {
  address: string;
  namespace: string;
  apiKey: string | undefined;
  tls: boolean | { clientCertPair: { crt: Buffer; key: Buffer } };
  taskQueue: string;
}

export interface IngestSettings {
  temporal: TemporalSettings;
  clickhouse: ClickHouseSettings;
  sourcesFile: string;
}

/** Addresses a running dev stack published, used for whatever env leaves unset. */
function stackDefaults(): Record<string, string> {
  try {
    return JSON.parse(readFileSync(STACK_FILE, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export function parseIngestEnv(processEnv: Record<string, string | undefined>): IngestSettings {
  const env = { ...stackDefaults(), ...processEnv };
  const parsed = temporalEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      `Invalid Temporal settings (start the stack with 'npm start', or set them):\n${describeEnvIssues(parsed.error, env)}`,
    );
  }
  const e = parsed.data;
  const certPair =
    e.TEMPORAL_TLS_CERT && e.TEMPORAL_TLS_KEY
      ? { clientCertPair: { crt: readFileSync(e.TEMPORAL_TLS_CERT), key: readFileSync(e.TEMPORAL_TLS_KEY) } }
      : null;
  return {
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      apiKey: e.TEMPORAL_API_KEY,
      tls: certPair ?? (e.TEMPORAL_TLS === 'true' || e.TEMPORAL_API_KEY !== undefined),
      taskQueue: e.LIAISON_TASK_QUEUE,
    },
    clickhouse: parseClickHouseEnv(env),
    sourcesFile: resolve(e.SOURCES_FILE),
  };
}
