// Temporal for the console's re-run button: settings from env, parsed once
// with zod (a bad value stops start-up naming it, see hooks.server.ts), and
// one lazily opened client. Without TEMPORAL_ADDRESS the console still shows
// runs and quarantine; only re-running says Temporal is not configured.
import type { Client } from '@temporalio/client';
import { connectTemporal } from '@liaison/ingest/client';
import * as env from '$app/env/private';
import { z } from 'zod';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

const temporalEnv = z.object({
  TEMPORAL_ADDRESS: z.preprocess(blankToUndefined, z.string().regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'must be host:port, such as 127.0.0.1:7233').optional()),
  TEMPORAL_NAMESPACE: z.preprocess(blankToUndefined, z.string().min(1).default('default')),
  TEMPORAL_API_KEY: z.preprocess(blankToUndefined, z.string().min(1).optional()),
  TEMPORAL_TLS: z.preprocess(blankToUndefined, z.enum(['true', 'false']).default('false')),
  LIAISON_TASK_QUEUE: z.preprocess(blankToUndefined, z.string().min(1).default('liaison-ingest')),
});

/** What connectTemporal takes (host, namespace, credentials, task queue). */
export type TemporalSettings = Parameters<typeof connectTemporal>[0];

let settings: TemporalSettings | null | undefined;

/** The Temporal settings, or null when TEMPORAL_ADDRESS is not set. Throws naming a bad variable. */
export function temporalSettings(): TemporalSettings | null {
  if (settings !== undefined) return settings;
  const raw = {
    TEMPORAL_ADDRESS: env.TEMPORAL_ADDRESS,
    TEMPORAL_NAMESPACE: env.TEMPORAL_NAMESPACE,
    TEMPORAL_API_KEY: env.TEMPORAL_API_KEY,
    TEMPORAL_TLS: env.TEMPORAL_TLS,
    LIAISON_TASK_QUEUE: env.LIAISON_TASK_QUEUE,
  };
  const parsed = temporalEnv.safeParse(raw);
  if (!parsed.success) {
    throw new Error(`Invalid Temporal settings:\n${parsed.error.issues.map((i) => `  ${String(i.path[0])}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  settings = e.TEMPORAL_ADDRESS
    ? {
        address: e.TEMPORAL_ADDRESS,
        namespace: e.TEMPORAL_NAMESPACE,
        apiKey: e.TEMPORAL_API_KEY,
        tls: e.TEMPORAL_TLS === 'true' || e.TEMPORAL_API_KEY !== undefined,
        taskQueue: e.LIAISON_TASK_QUEUE,
      }
    : null;
  return settings;
}

let client: Promise<Client> | undefined;

/** A connected client, opened on first use; a failed connection is retried on the next call. */
export function temporalClient(s: TemporalSettings): Promise<Client> {
  client ??= connectTemporal(s).catch((err: unknown) => {
    client = undefined;
    throw err;
  });
  return client;
}
