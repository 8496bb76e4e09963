// The worker process killed with SIGKILL while a page (district API) or a file
// (drop folder) is being loaded: no shutdown, no last heartbeat. Temporal
// retries the activity on a new worker once the heartbeat timeout passes; the
// sync completes with exactly the source's records.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { demoDistrict, startDistrictApiSimulator, writeDistrictDrop } from '@liaison/simulators';
import { createTestDatabase, type ClickHouseClient, type ClickHouseSettings } from '@liaison/warehouse/testing';
import { startSync } from '@liaison/temporal-client';
import { startTestIngest, writeSourcesFile } from '../testing.ts';
import { expectExactlyTheSourceData } from './exactly-the-source.ts';
import { startWorkerProcess, type WorkerProcess } from './worker-process.ts';

// Short, so the killed worker's activity is given to the next one soon.
const HEARTBEAT_TIMEOUT_MS = 3_000;

const rowCount = async (ch: ClickHouseClient, table: string) =>
  Number((await (await ch.query({ query: `SELECT count() AS n FROM ${table}`, format: 'JSONEachRow' })).json<{ n: string }>())[0]?.n);

describe('a worker killed mid-activity', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => {});
  });

  /** A Temporal client (no worker in this process), `sources` applied, and the env of worker processes. */
  async function setUp(settings: ClickHouseSettings, ch: ClickHouseClient, sources: unknown[], secrets: Record<string, string>) {
    const client = await startTestIngest({ temporalAddress: inject('temporalAddress'), ch, sources, env: {} });
    await client.stopWorker();
    cleanups.push(() => client.stop());
    const env = {
      ...secrets,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: settings.url,
      CLICKHOUSE_DATABASE: settings.database,
      SOURCES_FILE: await writeSourcesFile(sources),
      LIAISON_TASK_QUEUE: client.taskQueue,
    };
    const worker = async (): Promise<WorkerProcess> => {
      const w = await startWorkerProcess(env);
      cleanups.push(() => w.kill());
      return w;
    };
    return { client, worker };
  }

  it('mid-page: a new worker finishes the district API sync, nothing lost or doubled', async () => {
    const { ch, settings } = await createTestDatabase(inject('clickhouseUrl'));
    cleanups.push(() => ch.close());
    const sim = await startDistrictApiSimulator({
      district: 'futian',
      token: 't',
      seed: 3,
      sizes: { enterprises: 200, visits: 10, projects: 10 },
      faults: { slow: { delayMs: 400 } },
    });
    cleanups.push(() => sim.stop());
    const source = {
      id: 'futian',
      kind: 'district-api',
      district: 'futian',
      baseUrl: sim.url,
      tokenEnv: 'T',
      schedule: '0 2 * * *',
      pageSize: 20,
    };
    const { client, worker } = await setUp(settings, ch, [source], { T: 't' });

    const first = await worker();
    const handle = await startSync(client.client, client.taskQueue, {
      sourceId: 'futian',
      mode: 'manual',
      heartbeatTimeoutMs: HEARTBEAT_TIMEOUT_MS,
    });
    // some pages answered, and the next one asked for and not yet answered
    await expect.poll(() => sim.requests.length >= 3 && sim.inFlight > 0, { timeout: 60_000, interval: 20 }).toBe(true);
    await first.kill();
    expect(await rowCount(ch, 'enterprises')).toBeLessThan(200);

    await worker();
    const summary = await handle.result();
    expect(summary.status).toBe('succeeded');
    await expectExactlyTheSourceData(
      ch,
      { enterprises: sim.records('enterprises'), visits: sim.records('visits'), projects: sim.records('projects') },
      [summary.runId],
    );
  });

  it('mid-file: a new worker finishes the drop folder sync, nothing lost or doubled', async () => {
    const { ch, settings } = await createTestDatabase(inject('clickhouseUrl'));
    cleanups.push(() => ch.close());
    const dir = await mkdtemp(join(tmpdir(), 'drops-killed-'));
    // several 5,000-row batches in one file, so the kill lands between them
    const data = demoDistrict({ district: 'luohu', seed: 5, enterprises: 12_000, visits: 20, projects: 10 });
    await writeDistrictDrop({ dir, district: 'luohu', date: '2026-11-30', data });
    const source = { id: 'luohu', kind: 'district-files', district: 'luohu', dir, encoding: 'auto', schedule: '30 2 * * *' };
    const { client, worker } = await setUp(settings, ch, [source], {});

    const first = await worker();
    const handle = await startSync(client.client, client.taskQueue, {
      sourceId: 'luohu',
      mode: 'manual',
      heartbeatTimeoutMs: HEARTBEAT_TIMEOUT_MS,
    });
    // the file's first batch loaded, the rest still to come
    await expect.poll(() => rowCount(ch, 'enterprises'), { timeout: 60_000, interval: 20 }).toBeGreaterThan(0);
    await first.kill();
    expect(await rowCount(ch, 'enterprises')).toBeLessThan(data.enterprises.length);

    await worker();
    const summary = await handle.result();
    expect(summary.status).toBe('succeeded');
    await expectExactlyTheSourceData(ch, { enterprises: data.enterprises, visits: data.visits, projects: data.projects }, [summary.runId]);
  });
});
