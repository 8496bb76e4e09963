// For integration tests: a fresh, migrated database of its own on the test
// run's ClickHouse, so test files never see each other's rows.
import { randomBytes } from 'node:crypto';
import { createClickHouseClient, type ClickHouseClient } from './client.ts';
import type { ClickHouseSettings } from './env.ts';
import { migrate } from './migrate.ts';

export async function createTestDatabase(url: string): Promise<{ settings: ClickHouseSettings; ch: ClickHouseClient }> {
  const settings: ClickHouseSettings = {
    url,
    user: 'default',
    password: '',
    database: `test_${randomBytes(6).toString('hex')}`,
  };
  await migrate(settings);
  return { settings, ch: createClickHouseClient(settings) };
}

/** Every row of a table in a stable order (after merging replaced versions). */
export async function tableSnapshot(ch: ClickHouseClient, table: string): Promise<unknown[]> {
  const rs = await ch.query({
    query: 'SELECT * FROM {table:Identifier} FINAL ORDER BY ALL',
    query_params: { table },
    format: 'JSONEachRow',
  });
  return rs.json();
}

// Re-exported so integration tests import test support from one place.
export * from './index.ts';
