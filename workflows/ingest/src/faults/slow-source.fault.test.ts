// A slow district (sources.md §1a): every page takes longer than the page
// activity's heartbeat timeout, every time it is asked for. That is slow, not
// broken: the sync waits for each page, heartbeating, and completes with
// everything loaded once. Scaled down: a 2 s heartbeat timeout, 5 s pages.
import { describe, expect, it } from 'vitest';
import { getRun } from '@liaison/warehouse/testing';
import { expectExactlyTheSourceData } from './exactly-the-source.ts';
import { useDistrictApiSync } from '../test-district-api.ts';

const HEARTBEAT_TIMEOUT_MS = 2_000;
const PAGE_DELAY_MS = 5_000;

describe('a slow district source', () => {
  const api = useDistrictApiSync({
    district: 'dapeng',
    seed: 21,
    sizes: { enterprises: 12, visits: 8, projects: 5 },
    faults: { slow: { delayMs: PAGE_DELAY_MS } },
  });

  it('waits for pages slower than the heartbeat timeout and loads everything once', async () => {
    const summary = await api.sync({ mode: 'manual', heartbeatTimeoutMs: HEARTBEAT_TIMEOUT_MS });
    expect(summary.status).toBe('succeeded');
    // one request per collection: no page was given up on and asked again
    expect(api.sim.requests.map((r) => r.collection)).toEqual(['enterprises', 'visits', 'projects']);
    await expectExactlyTheSourceData(
      api.ch,
      { enterprises: api.sim.records('enterprises'), visits: api.sim.records('visits'), projects: api.sim.records('projects') },
      [summary.runId],
    );
    expect(await getRun(api.ch, summary.runId)).toMatchObject({ status: 'succeeded', received: 25, loaded: 25, duplicates: 0 });
  }, 60_000);
});
