// One ClickHouse client per server process, shared by pages and the API.
// Settings are parsed with the warehouse's zod schema when the server starts
// (hooks.server.ts `init`), so a bad value stops start-up naming the variable.
import * as env from '$app/env/private';
import { createClickHouseClient, parseClickHouseEnv, type ClickHouseClient } from '@liaison/warehouse';

let client: ClickHouseClient | undefined;

export function clickhouse(): ClickHouseClient {
  client ??= createClickHouseClient(
    parseClickHouseEnv({
      CLICKHOUSE_URL: env.CLICKHOUSE_URL,
      CLICKHOUSE_USER: env.CLICKHOUSE_USER,
      CLICKHOUSE_PASSWORD: env.CLICKHOUSE_PASSWORD,
      CLICKHOUSE_DATABASE: env.CLICKHOUSE_DATABASE,
    }),
  );
  return client;
}

/** Lets in-flight queries finish and frees sockets on shutdown. */
export async function closeClickhouse(): Promise<void> {
  const c = client;
  client = undefined;
  await c?.close();
}
