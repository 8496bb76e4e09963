// ClickHouse unreachable for a while — during a page's load, and during the
// run bookkeeping (opening and finishing the run): the worker reaches the
// database through a TCP proxy the test cuts and restores. The activities
// fail, are retried, and the sync completes with exactly the source's records.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { createClickHouseClient, createTestDatabase, type ClickHouseClient } from '@liaison/warehouse/testing';
import { startSync } from '@liaison/temporal-client';
import type { IngestActivities } from '../activities/index.ts';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { expectExactlyTheSourceData } from './exactly-the-source.ts';
import { startTcpProxy, type TcpProxy } from './tcp-proxy.ts';

const enterprisesLoaded = async (ch: ClickHouseClient) =>
  Number((await (await ch.query({ query: 'SELECT count() AS n FROM enterprises', format: 'JSONEachRow' })).json<{ n: string }>())[0]?.n);

describe('ClickHouse away', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
  });

  /** A simulator, and a worker whose database connection goes through `proxy`. */
  async function setUp(wrap?: (a: IngestActivities, proxy: TcpProxy) => IngestActivities) {
    const { ch, settings } = await createTestDatabase(inject('clickhouseUrl'));
    cleanups.push(() => ch.close());
    const proxy = await startTcpProxy(settings.url);
    cleanups.push(() => proxy.stop());
    const proxied = createClickHouseClient({ ...settings, url: proxy.url });
    cleanups.push(() => proxied.close());
    const sim: DistrictApiSimulator = await startDistrictApiSimulator({
      district: 'luohu',
      token: 't',
      seed: 4,
      sizes: { enterprises: 160, visits: 10, projects: 10 },
      faults: { slow: { delayMs: 100 } },
    });
    cleanups.push(() => sim.stop());
    const ingest: TestIngest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch: proxied,
      sources: [
        { id: 'luohu', kind: 'district-api', district: 'luohu', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *', pageSize: 20 },
      ],
      env: { T: 't' },
      ...(wrap ? { wrapActivities: (a: IngestActivities) => wrap(a, proxy) } : {}),
    });
    cleanups.push(() => ingest.stop());
    const sync = () => startSync(ingest.client, ingest.taskQueue, { sourceId: 'luohu', mode: 'manual' });
    const everything = () => ({
      enterprises: sim.records('enterprises'),
      visits: sim.records('visits'),
      projects: sim.records('projects'),
    });
    return { ch, proxy, sync, everything };
  }

  /** Waits until the worker has tried the vanished database and been dropped twice (a failure and a retry), then restores it. */
  async function restoreAfterRetries(proxy: TcpProxy) {
    await expect.poll(() => proxy.dropped, { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(2);
    proxy.restore();
  }

  it('during a load: the page is retried and loaded once', async () => {
    const { ch, proxy, sync, everything } = await setUp();
    const handle = await sync();
    await expect.poll(() => enterprisesLoaded(ch), { timeout: 60_000, interval: 20 }).toBeGreaterThanOrEqual(40);
    proxy.cut();
    await restoreAfterRetries(proxy);
    const summary = await handle.result();
    expect(summary.status).toBe('succeeded');
    await expectExactlyTheSourceData(ch, everything(), [summary.runId]);
  });

  it('during run bookkeeping: opening and finishing the run are retried, the counts stay right', async () => {
    const cutAt: string[] = [];
    const cutOnFirstCall = <F extends (...args: never[]) => Promise<unknown>>(name: string, f: F, proxy: TcpProxy): F =>
      (async (...args: Parameters<F>) => {
        if (!cutAt.includes(name)) {
          cutAt.push(name);
          proxy.cut();
        }
        return f(...args);
      }) as F;
    const { ch, proxy, sync, everything } = await setUp((a, p) => ({
      ...a,
      beginRun: cutOnFirstCall('beginRun', a.beginRun, p),
      finishRun: cutOnFirstCall('finishRun', a.finishRun, p),
    }));
    const handle = await sync();
    await expect.poll(() => cutAt).toEqual(['beginRun']);
    await restoreAfterRetries(proxy);
    await expect.poll(() => cutAt, { timeout: 60_000 }).toEqual(['beginRun', 'finishRun']);
    await restoreAfterRetries(proxy);
    const summary = await handle.result();
    expect(summary.status).toBe('succeeded');
    expect(summary.received).toBe(180);
    await expectExactlyTheSourceData(ch, everything(), [summary.runId]);
  });
});
