// A slow district (sources.md §1a): every page takes longer than the page
// activity's heartbeat timeout, every time it is asked for. That is slow, not
// broken: the sync waits for each page, heartbeating, and completes with
// everything loaded once. Scaled down: a 2 s heartbeat timeout, 5 s pages.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { createTestDatabase, getRun, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { expectExactlyTheSourceData } from './exactly-the-source.ts';

const HEARTBEAT_TIMEOUT_MS = 2_000;
const PAGE_DELAY_MS = 5_000;

describe('a slow district source', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    sim = await startDistrictApiSimulator({
      district: 'dapeng',
      token: 't',
      seed: 21,
      sizes: { enterprises: 12, visits: 8, projects: 5 },
      faults: { slow: { delayMs: PAGE_DELAY_MS } },
    });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [{ id: 'dapeng', kind: 'district-api', district: 'dapeng', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *' }],
      env: { T: 't' },
    });
  });
  afterAll(async () => {
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('waits for pages slower than the heartbeat timeout and loads everything once', async () => {
    const summary = await runSync(ingest.client, ingest.taskQueue, {
      sourceId: 'dapeng',
      mode: 'manual',
      heartbeatTimeoutMs: HEARTBEAT_TIMEOUT_MS,
    });
    expect(summary.status).toBe('succeeded');
    // one request per collection: no page was given up on and asked again
    expect(sim.requests.map((r) => r.collection)).toEqual(['enterprises', 'visits', 'projects']);
    await expectExactlyTheSourceData(
      ch,
      { enterprises: sim.records('enterprises'), visits: sim.records('visits'), projects: sim.records('projects') },
      [summary.runId],
    );
    expect(await getRun(ch, summary.runId)).toMatchObject({ status: 'succeeded', received: 25, loaded: 25, duplicates: 0 });
  }, 60_000);
});
