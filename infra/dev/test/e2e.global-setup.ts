// End-to-end tests run against the whole platform: the built dashboard in
// front of real synced data (services, simulators, worker, first syncs done
// and nothing running or scheduled any more, so pages hold still while tests
// read them), driven by Debian's Chromium (installed here when missing). The
// stack's ClickHouse and Temporal are provided as for integration tests, so a
// security test can deploy dashboards of its own on a database of its own.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium, freePort, startStack } from '@liaison/stack';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = await ensureChromium();
  const dataDir = await mkdtemp(join(tmpdir(), 'liaison-e2e-'));
  const sourcesFile = join(dataDir, 'sources.json');
  const districts = ['nanshan', 'futian', 'luohu'];
  const sources: Array<Record<string, unknown>> = [];
  for (const d of districts) {
    sources.push({
      id: d,
      kind: 'district-api',
      district: d,
      baseUrl: `http://127.0.0.1:${await freePort()}`,
      tokenEnv: `${d.toUpperCase()}_TOKEN`,
      schedule: '0 2 * * *',
    });
  }
  sources.push(
    {
      id: 'longgang',
      kind: 'district-files',
      district: 'longgang',
      dir: join(dataDir, 'drops/longgang'),
      encoding: 'auto',
      schedule: '30 2 * * *',
    },
    {
      id: 'demands',
      kind: 'demand-platform',
      baseUrl: `http://127.0.0.1:${await freePort()}`,
      apiKeyEnv: 'DEMANDS_KEY',
      secretEnv: 'DEMANDS_SECRET',
      schedule: '*/15 * * * *',
    },
    { id: 'members', kind: 'member-inbox', schedule: '*/5 * * * *' },
  );
  await writeFile(sourcesFile, JSON.stringify({ sources }, null, 2));
  const verbose = process.env['LIAISON_TEST_VERBOSE'] === '1';
  const stack = await startStack({
    dataDir,
    sourcesFile,
    // every e2e request comes from one address, more than a reader's pace: the
    // per-client limit is off here (it has its own test, rate-limit.test.ts)
    env: { LIAISON_RATE_LIMIT: '0' },
    persistent: false,
    log: (l) => {
      if (verbose) console.error(l);
    },
    dashboard: { mode: 'built', port: await freePort() },
    firstSync: 'wait',
    // tests read pages only once every first sync is booked, with nothing running or scheduled
    settled: true,
  });
  const dashboardUrl = stack.dashboardUrl ?? '';
  process.env['LIAISON_E2E_BASE_URL'] = dashboardUrl;
  process.env['LIAISON_CHROMIUM'] = chromiumPath;
  // for tests that set up members or operators directly in the warehouse
  process.env['LIAISON_E2E_CLICKHOUSE_URL'] = stack.env['CLICKHOUSE_URL'] ?? '';
  process.env['LIAISON_E2E_CLICKHOUSE_DATABASE'] = stack.env['CLICKHOUSE_DATABASE'] ?? '';
  process.env['LIAISON_E2E_CLICKHOUSE_USER'] = stack.env['CLICKHOUSE_USER'] ?? 'default';
  process.env['LIAISON_E2E_CLICKHOUSE_PASSWORD'] = stack.env['CLICKHOUSE_PASSWORD'] ?? '';
  project.provide('clickhouseUrl', stack.env['CLICKHOUSE_URL'] ?? '');
  project.provide('temporalAddress', stack.env['TEMPORAL_ADDRESS'] ?? '');
  project.provide('dashboardUrl', dashboardUrl);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
