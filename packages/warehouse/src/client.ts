// The one way the platform reaches ClickHouse: @clickhouse/client over HTTP,
// the same code path for a production cluster and the embedded engine.
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import type { ClickHouseSettings } from './env.ts';

export type { ClickHouseClient };

export interface ClientOptions {
  /** null: no current database (used to create it before migrating). */
  database?: string | null;
  /** Every query read-only (readonly = 2: no writes, per-query settings still allowed). */
  readOnly?: boolean;
}

export function createClickHouseClient(settings: ClickHouseSettings, opts: ClientOptions = {}): ClickHouseClient {
  return createClient({
    url: settings.url,
    username: settings.user,
    password: settings.password,
    ...(opts.database === null ? {} : { database: opts.database ?? settings.database }),
    clickhouse_settings: {
      // An insert returns only once its data is durable, so a cursor saved
      // afterwards never points past rows that could still be lost.
      wait_end_of_query: 1,
      date_time_input_format: 'best_effort',
      ...(opts.readOnly ? { readonly: '2' } : {}),
    },
    request_timeout: 300_000,
    // Large bound arrays (the ids of a 50 k-row batch) go in the request body
    // rather than an over-long URL.
    use_multipart_params_auto: true,
    // Failures reach callers as ClickHouseError with code and type; the
    // client's own console logging would only repeat them.
    log: { level: ClickHouseLogLevel.OFF },
  });
}
