// A district API that misbehaves several times in a row (sources.md §1a):
// garbage bodies (a proxy's HTML page, cut-off JSON, JSON of another shape),
// 429s whose Retry-After must be honoured, and a connection closed half-way
// through the body. All are transient: the page is asked again and the sync
// completes with exactly the source's records. (Slow pages: slow-source.fault.test.ts.)
import { describe, expect, it } from 'vitest';
import { type DistrictApiFaults } from '@liaison/simulators';
import { expectExactlyTheSourceData } from './exactly-the-source.ts';
import { useDistrictApiSync } from '../test-district-api.ts';

describe('a misbehaving district source', () => {
  const api = useDistrictApiSync({ district: 'yantian', seed: 31, sizes: { enterprises: 50, visits: 20, projects: 10 }, pageSize: 20 });

  /** A full sync with `faults` switched on; it must succeed with exactly the source's data. */
  async function syncThrough(faults: DistrictApiFaults) {
    api.sim.setFaults(faults);
    api.sim.clearRequests();
    const summary = await api.sync({ mode: 'full', full: true });
    expect(summary.status).toBe('succeeded');
    expect(summary.received).toBe(80);
    await expectExactlyTheSourceData(
      api.ch,
      { enterprises: api.sim.records('enterprises'), visits: api.sim.records('visits'), projects: api.sim.records('projects') },
      [summary.runId],
    );
    return api.sim.requests;
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
