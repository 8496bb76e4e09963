// Failures in the middle of a sync: the worker process killed outright, and
// ClickHouse gone for a while. The run must finish with nothing lost or doubled.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedClickHouse } from '@liaison/embedded-clickhouse';
import { startDistrictApiSimulator } from '@liaison/simulators';
import { createClickHouseClient, createTestDatabase, migrate, tableSnapshot } from '@liaison/warehouse/testing';
import { startSync } from '@liaison/temporal-client';
import { startTestIngest, writeSourcesFile } from './testing.ts';

const WORKER_MAIN = fileURLToPath(new URL('./worker-main.ts', import.meta.url));
const count = async (ch: ReturnType<typeof createClickHouseClient>, table: string) =>
  Number((await (await ch.query({ query: `SELECT count() AS n FROM ${table}`, format: 'JSONEachRow' })).json<{ n: string }>())[0]?.n);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startWorkerProcess(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [WORKER_MAIN], { env: { ...process.env, ...env }, stdio: 'ignore' });
}

describe('chaos', () => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c().catch(() => {});
  });

  it('finishes a sync whose worker was killed with SIGKILL mid-way, nothing lost or doubled', async () => {
    const { ch, settings } = await createTestDatabase(inject('clickhouseUrl'));
    cleanups.push(() => ch.close());
    const sim = await startDistrictApiSimulator({
      district: 'futian',
      token: 't',
      seed: 3,
      sizes: { enterprises: 400, visits: 10, projects: 10 },
      faults: { slow: { delayMs: 250 } },
    });
    cleanups.push(() => sim.stop());
    const sourcesFile = await writeSourcesFile([
      {
        id: 'futian',
        kind: 'district-api',
        district: 'futian',
        baseUrl: sim.url,
        tokenEnv: 'FUTIAN_TOKEN',
        schedule: '0 2 * * *',
        pageSize: 20,
      },
    ]);
    const taskQueue = `chaos-${Date.now()}`;
    const env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: settings.url,
      CLICKHOUSE_DATABASE: settings.database,
      SOURCES_FILE: sourcesFile,
      LIAISON_TASK_QUEUE: taskQueue,
      FUTIAN_TOKEN: 't',
    };
    // a client only: the workers are separate processes
    const ingest = await startTestIngest({ temporalAddress: env.TEMPORAL_ADDRESS, ch, sources: [], env: {} });
    await ingest.stopWorker();
    cleanups.push(() => ingest.stop());

    const first = startWorkerProcess(env);
    const handle = await startSync(ingest.client, taskQueue, { sourceId: 'futian', mode: 'manual' });
    while ((await count(ch, 'enterprises')) < 100) await sleep(200);
    first.kill('SIGKILL');
    const loadedWhenKilled = await count(ch, 'enterprises');
    expect(loadedWhenKilled).toBeLessThan(400);

    const second = startWorkerProcess(env);
    cleanups.push(async () => second.kill('SIGTERM'));
    const summary = await handle.result();
    expect(summary.status).toBe('succeeded');
    const rs = await ch.query({ query: 'SELECT count() AS n, uniqExact(uscc) AS u FROM enterprises FINAL', format: 'JSONEachRow' });
    const [{ n, u }] = (await rs.json<{ n: string; u: string }>()) as [{ n: string; u: string }];
    expect(Number(u)).toBe(sim.records('enterprises').length);
    expect(Number(n)).toBe(Number(u)); // one version each: nothing doubled
  });

  it('recovers when ClickHouse is unreachable for a while during a load', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'chaos-ch-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let server = await startEmbeddedClickHouse({ dataDir });
    const port = Number(new URL(server.url).port);
    const settings = { url: server.url, user: 'default', password: '', database: 'chaos' };
    await migrate(settings);
    const ch = createClickHouseClient(settings);
    cleanups.push(() => ch.close());
    const sim = await startDistrictApiSimulator({
      district: 'luohu',
      token: 't',
      seed: 4,
      sizes: { enterprises: 300, visits: 10, projects: 10 },
      faults: { slow: { delayMs: 150 } },
    });
    cleanups.push(() => sim.stop());
    const ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [
        { id: 'luohu', kind: 'district-api', district: 'luohu', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *', pageSize: 20 },
      ],
      env: { T: 't' },
    });
    cleanups.push(() => ingest.stop());

    const handle = await startSync(ingest.client, ingest.taskQueue, { sourceId: 'luohu', mode: 'manual' });
    while ((await count(ch, 'enterprises')) < 60) await sleep(200);
    await server.stop();
    await sleep(4_000); // pages fail meanwhile and are retried with backoff
    server = await startEmbeddedClickHouse({ dataDir, port });
    cleanups.push(() => server.stop());
    const summary = await handle.result();
    expect(summary.status).toBe('succeeded');
    expect(await count(ch, 'enterprises_current')).toBe(sim.records('enterprises').length);
    const again = await tableSnapshot(ch, 'enterprises');
    expect(again).toHaveLength(sim.records('enterprises').length);
  });
});
