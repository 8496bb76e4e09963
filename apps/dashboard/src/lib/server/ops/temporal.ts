// Temporal for the console's re-run button: settings parsed once by
// @liaison/config (the same TEMPORAL_* variables, TLS, client certificate and
// API key as the worker and the CLI; a bad value stops start-up naming it, see
// hooks.server.ts), and one lazily opened client. Without TEMPORAL_ADDRESS the
// console still shows runs and quarantine; only re-running says Temporal is
// not configured.
import { parseOptionalTemporalEnv, type TemporalSettings } from '@liaison/config';
import { connectTemporal, type Client } from '@liaison/temporal-client';
import { dashboardEnv } from '../env.ts';

export type { TemporalSettings };

let settings: TemporalSettings | null | undefined;

/** The Temporal settings, or null when TEMPORAL_ADDRESS is not set. Throws naming a bad variable. */
export function temporalSettings(): TemporalSettings | null {
  if (settings === undefined) settings = parseOptionalTemporalEnv(dashboardEnv());
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
