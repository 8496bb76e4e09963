// Temporal settings (TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_API_KEY,
// TEMPORAL_TLS, TEMPORAL_TLS_CERT/KEY, LIAISON_TASK_QUEUE, and TEMPORAL_UI_URL
// for links to the Temporal Web UI), parsed one way for
// the worker, the CLI, the dev stack and the dashboard's console, and turned
// into the connection options that @temporalio/client's Connection and the
// worker's NativeConnection both take. An API key implies TLS; a client
// certificate pair means mTLS.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { blankToUndefined, ConfigError, parseEnv, type Env } from './config-error.ts';
import { processEnv } from './process-env.ts';

const blank = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema);

const address = z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, such as 127.0.0.1:7233');

const temporalEnvSchema = z.object({
  TEMPORAL_ADDRESS: blank(address.optional()),
  TEMPORAL_NAMESPACE: blank(z.string().min(1).default('default')),
  TEMPORAL_API_KEY: blank(z.string().min(1).optional()),
  TEMPORAL_TLS: blank(z.enum(['true', 'false']).default('false')),
  TEMPORAL_TLS_CERT: blank(z.string().optional()),
  TEMPORAL_TLS_KEY: blank(z.string().optional()),
  LIAISON_TASK_QUEUE: blank(z.string().min(1).default('liaison-ingest')),
  TEMPORAL_UI_URL: blank(z.url({ protocol: /^https?$/, error: 'must be an http(s) address, such as http://127.0.0.1:8233' }).optional()),
});

/** A client certificate and key (PEM), for mTLS. */
export interface ClientCertPair {
  crt: Buffer;
  key: Buffer;
}

export interface TemporalSettings {
  address: string;
  namespace: string;
  apiKey: string | undefined;
  tls: boolean | { clientCertPair: ClientCertPair };
  taskQueue: string;
  /** The Temporal Web UI, without a trailing slash; null when not known (no links are shown). */
  uiUrl: string | null;
}

/** What Connection.connect (client) and NativeConnection.connect (worker) take. */
export interface TemporalConnectionOptions {
  address: string;
  tls: boolean | { clientCertPair: ClientCertPair };
  apiKey?: string;
}

export function temporalConnectionOptions(t: TemporalSettings): TemporalConnectionOptions {
  return { address: t.address, tls: t.tls, ...(t.apiKey ? { apiKey: t.apiKey } : {}) };
}

function readPem(name: string, file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new ConfigError(`Invalid Temporal settings:\n  ${name}: cannot be read (${(err as Error).message})`, [name]);
  }
}

function certPair(cert: string | undefined, key: string | undefined): { clientCertPair: ClientCertPair } | null {
  if (cert === undefined && key === undefined) return null;
  if (cert === undefined || key === undefined) {
    const missing = cert === undefined ? 'TEMPORAL_TLS_CERT' : 'TEMPORAL_TLS_KEY';
    throw new ConfigError(
      `Invalid Temporal settings:\n  ${missing}: required with ${cert === undefined ? 'TEMPORAL_TLS_KEY' : 'TEMPORAL_TLS_CERT'} (mTLS needs both)`,
      [missing],
    );
  }
  return { clientCertPair: { crt: readPem('TEMPORAL_TLS_CERT', cert), key: readPem('TEMPORAL_TLS_KEY', key) } };
}

/**
 * The Temporal settings, or null when TEMPORAL_ADDRESS is not set (the
 * dashboard then runs without its re-run button). Throws naming a bad variable.
 */
export function parseOptionalTemporalEnv(env: Env = processEnv(), title = 'Invalid Temporal settings'): TemporalSettings | null {
  const e = parseEnv(temporalEnvSchema, env, title);
  if (e.TEMPORAL_ADDRESS === undefined) return null;
  return {
    address: e.TEMPORAL_ADDRESS,
    namespace: e.TEMPORAL_NAMESPACE,
    apiKey: e.TEMPORAL_API_KEY,
    tls: certPair(e.TEMPORAL_TLS_CERT, e.TEMPORAL_TLS_KEY) ?? (e.TEMPORAL_TLS === 'true' || e.TEMPORAL_API_KEY !== undefined),
    taskQueue: e.LIAISON_TASK_QUEUE,
    uiUrl: e.TEMPORAL_UI_URL?.replace(/\/+$/, '') ?? null,
  };
}

const HINT = "Invalid Temporal settings (start the stack with 'npm start', or set them)";

/** The Temporal settings of a deployable that cannot run without Temporal (worker, CLI). */
export function parseTemporalEnv(env: Env = processEnv()): TemporalSettings {
  const settings = parseOptionalTemporalEnv(env, HINT);
  if (!settings) throw new ConfigError(`${HINT}:\n  TEMPORAL_ADDRESS: required`, ['TEMPORAL_ADDRESS']);
  return settings;
}
