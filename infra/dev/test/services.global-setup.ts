// Integration tests run against the real services: one embedded ClickHouse
// engine and one Temporal dev server for the whole run, started here. Each
// test file makes its own database (see @liaison/warehouse/testing) and its
// own task queue, so files do not see each other's data.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startServices } from '@liaison/serve/services';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'liaison-it-'));
  const verbose = process.env['LIAISON_TEST_VERBOSE'] === '1';
  const services = await startServices({
    dataDir,
    env: {}, // always the embedded services: tests never touch a configured cluster
    persistent: false,
    log: (line) => {
      if (verbose) console.error(line);
    },
  });
  project.provide('clickhouseUrl', services.env['CLICKHOUSE_URL'] ?? '');
  project.provide('temporalAddress', services.env['TEMPORAL_ADDRESS'] ?? '');
  project.provide('clickhouseReader', {
    user: services.env['CLICKHOUSE_READER_USER'] ?? '',
    password: services.env['CLICKHOUSE_READER_PASSWORD'] ?? '',
  });
  return async () => {
    await services.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
