// One ClickHouse client per server process, shared by pages and the API.
// Settings are parsed by @liaison/config when the server starts
// (hooks.server.ts `init`), so a bad value stops start-up naming the variable.
import { parseClickHouseEnv } from '@liaison/config';
import { createClickHouseClient, type ClickHouseClient } from '@liaison/warehouse';
import { dashboardEnv } from './env.ts';

let client: ClickHouseClient | undefined;

export function clickhouse(): ClickHouseClient {
  client ??= createClickHouseClient(parseClickHouseEnv(dashboardEnv()));
  return client;
}

/** Lets in-flight queries finish and frees sockets on shutdown. */
export async function closeClickhouse(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.close();
}
