// The Temporal server restarted in the middle of a sync: a dev server on a
// SQLite file of its own (the shared one cannot be restarted under other
// tests), stopped while pages are being loaded and started again on the same
// file and port. The worker and the client reconnect, the workflow goes on
// from its history, and the warehouse holds exactly the source's records.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator } from '@liaison/simulators';
import { startTemporalDevServer, type DevServer } from '@liaison/temporal-dev';
import { createTestDatabase } from '@liaison/warehouse/testing';
import { startSync } from '@liaison/temporal-client';
import { startTestIngest } from '../testing.ts';
import { expectExactlyTheSourceData } from './exactly-the-source.ts';

const cleanups: Array<() => Promise<unknown>> = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => {});
});

it('continues a sync after the Temporal server restarts, nothing lost or doubled', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'temporal-restart-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const dbFile = join(dir, 'temporal.db');
  const quiet = () => {};
  let server: DevServer = await startTemporalDevServer({ dbFile, headless: true, log: quiet });
  cleanups.push(() => server.stop());
  const port = Number(server.address.split(':')[1]);

  const { ch } = await createTestDatabase(inject('clickhouseUrl'));
  cleanups.push(() => ch.close());
  const sim = await startDistrictApiSimulator({
    district: 'longgang',
    token: 't',
    seed: 41,
    sizes: { enterprises: 200, visits: 10, projects: 10 },
    faults: { slow: { delayMs: 200 } },
  });
  cleanups.push(() => sim.stop());
  const ingest = await startTestIngest({
    temporalAddress: server.address,
    ch,
    sources: [
      { id: 'longgang', kind: 'district-api', district: 'longgang', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *', pageSize: 20 },
    ],
    env: { T: 't' },
  });
  cleanups.push(() => ingest.stop());

  const handle = await startSync(ingest.client, ingest.taskQueue, { sourceId: 'longgang', mode: 'manual', heartbeatTimeoutMs: 3_000 });
  await expect.poll(() => sim.requests.length, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(3);
  await server.stop();
  const servedWhileDown = sim.requests.length;
  server = await startTemporalDevServer({ dbFile, port, headless: true, log: quiet });

  const summary = await handle.result();
  expect(summary.status).toBe('succeeded');
  expect(servedWhileDown).toBeLessThan(sim.requests.length); // the sync was not over when the server went away
  await expectExactlyTheSourceData(
    ch,
    { enterprises: sim.records('enterprises'), visits: sim.records('visits'), projects: sim.records('projects') },
    [summary.runId],
  );
});
