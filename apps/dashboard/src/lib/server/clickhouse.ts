// The dashboard's ClickHouse clients, one each per server process: the
// public figures read through the read-only account (CLICKHOUSE_READER_USER,
// granted only what they need: @liaison/warehouse public-reads.ts); the
// console, the portal and logins use the main account. Settings are parsed by
// @liaison/config when the server starts (hooks.server.ts `init`), so a bad
// value stops start-up naming the variable.
import { parseClickHouseEnv, parseClickHouseReaderEnv } from '@liaison/config';
import { createClickHouseClient, type ClickHouseClient } from '@liaison/warehouse';
import { dashboardEnv } from './env.ts';

let client: ClickHouseClient | undefined;
let reader: ClickHouseClient | undefined;

/** The main account: the console, the portal, sessions and logins. */
export function clickhouse(): ClickHouseClient {
  client ??= createClickHouseClient(parseClickHouseEnv(dashboardEnv()));
  return client;
}

/**
 * The public figures' account. Without a reader account configured, the main
 * account with every query read-only (it can still read every table: serve
 * warns at start).
 */
export function publicClickhouse(): ClickHouseClient {
  // Every public request asks for it: the settings are parsed once, with the client.
  reader ??= newPublicClient();
  return reader;
}

function newPublicClient(): ClickHouseClient {
  const settings = parseClickHouseReaderEnv(dashboardEnv());
  return settings ? createClickHouseClient(settings) : createClickHouseClient(parseClickHouseEnv(dashboardEnv()), { readOnly: true });
}

/** Lets in-flight queries finish and frees sockets on shutdown. */
export async function closeClickhouse(): Promise<void> {
  const open = [client, reader];
  client = reader = undefined;
  await Promise.all(open.map((c) => c?.close()));
}
