// Lazily opened connections for CLI commands, closed once at exit. Settings
// are parsed once, by @liaison/config, from the process environment.
import { parseIngestEnv, type IngestSettings } from '@liaison/config';
import { connectTemporal, type Client } from '@liaison/temporal-client';
import { createClickHouseClient, type ClickHouseClient } from '@liaison/warehouse';

export interface CliContext {
  settings: IngestSettings;
  json: boolean;
  ch(): ClickHouseClient;
  temporal(): Promise<Client>;
  close(): Promise<void>;
}

export function createContext(json: boolean): CliContext {
  const settings = parseIngestEnv();
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
