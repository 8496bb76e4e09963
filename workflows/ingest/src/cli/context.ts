// Lazily opened connections for CLI commands, closed once at exit.
import type { Client } from '@temporalio/client';
import { createClickHouseClient, type ClickHouseClient } from '@liaison/warehouse';
import { parseIngestEnv, type IngestSettings } from '../env.ts';
import { connectTemporal } from '../temporal-client.ts';

export interface CliContext {
  settings: IngestSettings;
  json: boolean;
  ch(): ClickHouseClient;
  temporal(): Promise<Client>;
  close(): Promise<void>;
}

export function createContext(json: boolean): CliContext {
  const settings = parseIngestEnv(process.env);
  let ch: ClickHouseClient | undefined;
  let temporal: Promise<Client> | undefined;
  return {
    settings,
    json,
    ch: () => (ch ??= createClickHouseClient(settings.clickhouse)),
    temporal: () => (temporal ??= connectTemporal(settings.temporal)),
    async close() {
      await ch?.close();
      if (temporal) await (await temporal).connection.close();
    },
  };
}
