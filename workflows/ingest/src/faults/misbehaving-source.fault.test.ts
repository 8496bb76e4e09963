// A district API that misbehaves several times in a row (sources.md §1a):
// garbage bodies (a proxy's HTML page, cut-off JSON, JSON of another shape),
// 429s whose Retry-After must be honoured, and a connection closed half-way
// through the body. All are transient: the page is asked again and the sync
// completes with exactly the source's records. (Slow pages: slow-source.fault.test.ts.)
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiFaults, type DistrictApiSimulator } from '@liaison/simulators';
import { createTestDatabase, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { expectExactlyTheSourceData } from './exactly-the-source.ts';

describe('a misbehaving district source', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    sim = await startDistrictApiSimulator({
      district: 'yantian',
      token: 't',
      seed: 31,
      sizes: { enterprises: 50, visits: 20, projects: 10 },
    });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [
        { id: 'yantian', kind: 'district-api', district: 'yantian', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *', pageSize: 20 },
      ],
      env: { T: 't' },
    });
  });
  afterAll(async () => {
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  /** A full sync with `faults` switched on; it must succeed with exactly the source's data. */
  async function syncThrough(faults: DistrictApiFaults) {
    sim.setFaults(faults);
    sim.clearRequests();
    const summary = await runSync(ingest.client, ingest.taskQueue, { sourceId: 'yantian', mode: 'full', full: true });
    expect(summary.status).toBe('succeeded');
    expect(summary.received).toBe(80);
    await expectExactlyTheSourceData(
      ch,
      { enterprises: sim.records('enterprises'), visits: sim.records('visits'), projects: sim.records('projects') },
      [summary.runId],
    );
    return sim.requests;
  }

  it.each(['html', 'truncated', 'envelope'] as const)('retries garbage bodies (%s) twice in a row', async (body) => {
    const requests = await syncThrough({ badJson: { body, times: 2 } });
    expect(requests.slice(0, 3).map((r) => r.fault)).toEqual(['badJson', 'badJson', null]);
    expect(new Set(requests.slice(0, 3).map((r) => r.query.page_token))).toEqual(new Set([null])); // the same page each time
  });

  it('waits as long as Retry-After asks between 429s in a row', async () => {
    const requests = await syncThrough({ rateLimit: { times: 2, retryAfterSeconds: 3 } });
    expect(requests.slice(0, 3).map((r) => r.status)).toEqual([429, 429, 200]);
    // the default backoff would have asked again after 1 s, then 2 s
    expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(2_900);
    expect(requests[2]!.at - requests[1]!.at).toBeGreaterThanOrEqual(2_900);
  });

  it('asks again for a page whose connection closed half-way through the body', async () => {
    const requests = await syncThrough({ cutOff: { every: 2, times: 3 } });
    expect(requests.filter((r) => r.fault === 'cutOff')).toHaveLength(3);
  });
});
