// Test support: an embedded server on a fresh temporary data directory, and
// @clickhouse/client instances pointed at it that are closed with it.
import { ClickHouseLogLevel, createClient, type ClickHouseClient } from '@clickhouse/client';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedClickHouse, type EmbeddedClickHouse, type EmbeddedClickHouseOptions } from './index.ts';

type ClientConfig = NonNullable<Parameters<typeof createClient>[0]>;

export interface TestServer {
  url: string;
  dataDir: string;
  server: EmbeddedClickHouse;
  client(config?: ClientConfig): ClickHouseClient;
  /** Stops the server; removes the data directory unless `keepData`. */
  stop(keepData?: boolean): Promise<void>;
}

export async function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'liaison-ch-test-'));
}

export async function startTestServer(dataDir?: string, options: Omit<EmbeddedClickHouseOptions, 'dataDir'> = {}): Promise<TestServer> {
  const dir = dataDir ?? (await tempDataDir());
  const server = await startEmbeddedClickHouse({ ...options, dataDir: dir });
  const clients: ClickHouseClient[] = [];
  return {
    url: server.url,
    dataDir: dir,
    server,
    client(config = {}) {
      // Tests assert on rejected errors; the client's own error log is noise there.
      const client = createClient({ url: server.url, log: { level: ClickHouseLogLevel.OFF }, ...config });
      clients.push(client);
      return client;
    },
    async stop(keepData = false) {
      await Promise.all(clients.map((c) => c.close()));
      await server.stop();
      if (!keepData) await rm(dir, { recursive: true, force: true });
    },
  };
}
