// `liaison cancel`: exit 1 with a clear message when no sync is running; exit
// 0 and the run shown as `cancelled` when one is.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startDistrictApiSimulator, type DistrictApiSimulator } from '@liaison/simulators';
import { createTestDatabase, listRuns, type ClickHouseClient } from '@liaison/warehouse/testing';
import { startSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from '../testing.ts';
import { cliRunner } from './test-cli.ts';

describe('liaison cancel', () => {
  let ch: ClickHouseClient;
  let sim: DistrictApiSimulator;
  let ingest: TestIngest;
  let env: Record<string, string>;
  const cli = cliRunner(() => env);

  beforeAll(async () => {
    const db = await createTestDatabase(inject('clickhouseUrl'));
    ch = db.ch;
    sim = await startDistrictApiSimulator({
      district: 'pingshan',
      token: 't',
      seed: 33,
      sizes: { enterprises: 5, visits: 3, projects: 2 },
    });
    const source = { id: 'pingshan', kind: 'district-api', district: 'pingshan', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *' };
    ingest = await startTestIngest({ temporalAddress: inject('temporalAddress'), ch, sources: [source], env: { T: 't' } });
    env = {
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      CLICKHOUSE_URL: db.settings.url,
      CLICKHOUSE_DATABASE: db.settings.database,
      SOURCES_FILE: ingest.sourcesFile,
      LIAISON_TASK_QUEUE: ingest.taskQueue,
    };
  });
  afterAll(async () => {
    await ingest?.stop();
    await sim?.stop();
    await ch?.close();
  });

  it('exits 1 saying so when no sync is running', async () => {
    const r = await cli('cancel', 'pingshan');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no sync of 'pingshan' is running/);
  });

  it('with --json, says so as a JSON error on stdout, exit 1', async () => {
    const r = await cli('cancel', 'pingshan', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      error: { message: expect.stringMatching(/no sync of 'pingshan' is running/), code: 1, kind: 'failed' },
    });
    expect(r.stderr).toBe('');
  });

  it('cancels the running sync: exit 0, its run cancelled', async () => {
    sim.setFaults({ slow: { delayMs: 60_000 } });
    await startSync(ingest.client, ingest.taskQueue, { sourceId: 'pingshan', mode: 'manual', heartbeatTimeoutMs: 2_000 });
    await expect.poll(async () => (await listRuns(ch, { sourceId: 'pingshan' }))[0]?.status, { timeout: 30_000 }).toBe('running');
    const r = await cli('cancel', 'pingshan', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ source_id: 'pingshan', status: 'cancelled' });
  });
});
