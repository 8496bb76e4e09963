// A cancelled sync ends its run as `cancelled` (booked even while the workflow
// is being cancelled), never stays `running`, and can be re-run; a terminated
// one's run is closed as `cancelled` by the next sync of the source.
import { describe, expect, inject, it } from 'vitest';
import { WorkflowFailedError } from '@temporalio/client';
import { CancelledFailure } from '@temporalio/common';
import { startDistrictApiSimulator } from '@liaison/simulators';
import { createTestDatabase, getRun, listRuns } from '@liaison/warehouse/testing';
import { runSync, startRerun, startSync } from '@liaison/temporal-client';
import { startTestIngest } from './testing.ts';
import { useDistrictApiSync } from './test-district-api.ts';

describe('a cancelled sync', () => {
  const api = useDistrictApiSync({
    district: 'yantian',
    seed: 31,
    sizes: { enterprises: 10, visits: 6, projects: 4 },
    faults: { slow: { delayMs: 60_000 } },
  });

  it('ends its run as cancelled, and a re-run of it completes', async () => {
    const handle = await startSync(api.ingest.client, api.ingest.taskQueue, {
      sourceId: 'yantian',
      mode: 'manual',
      heartbeatTimeoutMs: 2_000,
    });
    await expect.poll(async () => (await listRuns(api.ch, { sourceId: 'yantian' }))[0]?.status, { timeout: 30_000 }).toBe('running');
    const [running] = await listRuns(api.ch, { sourceId: 'yantian' });
    await handle.cancel();
    const err = await handle.result().then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(WorkflowFailedError);
    expect((err as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
    expect(await getRun(api.ch, running!.run_id)).toMatchObject({ status: 'cancelled', error: 'cancelled by an operator' });

    api.sim.setFaults({});
    const rerun = await startRerun(api.ingest.client, api.ingest.taskQueue, { sourceId: 'yantian', runId: running!.run_id });
    const summary = await rerun.result();
    expect(summary.status).toBe('succeeded');
    expect(await getRun(api.ch, summary.runId)).toMatchObject({
      mode: 'rerun',
      rerun_of: running!.run_id,
      status: 'succeeded',
      loaded: 20,
    });
  });
});

describe('a terminated sync', () => {
  it('leaves a running run that the next sync of the source closes as cancelled, with the reason', async () => {
    const { ch } = await createTestDatabase(inject('clickhouseUrl'));
    const sim = await startDistrictApiSimulator({
      district: 'longgang',
      token: 't',
      seed: 32,
      sizes: { enterprises: 5, visits: 3, projects: 2 },
    });
    sim.setFaults({ slow: { delayMs: 60_000 } });
    const source = { id: 'longgang', kind: 'district-api', district: 'longgang', baseUrl: sim.url, tokenEnv: 'T', schedule: '0 2 * * *' };
    const ingest = await startTestIngest({ temporalAddress: inject('temporalAddress'), ch, sources: [source], env: { T: 't' } });
    try {
      const handle = await startSync(ingest.client, ingest.taskQueue, { sourceId: 'longgang', mode: 'manual', heartbeatTimeoutMs: 2_000 });
      await expect.poll(async () => (await listRuns(ch, { sourceId: 'longgang' }))[0]?.status, { timeout: 30_000 }).toBe('running');
      const [terminated] = await listRuns(ch, { sourceId: 'longgang' });
      await handle.terminate('operator terminated it');
      sim.setFaults({});
      const next = await runSync(ingest.client, ingest.taskQueue, { sourceId: 'longgang', mode: 'manual' });
      expect(next.status).toBe('succeeded');
      const closed = await getRun(ch, terminated!.run_id);
      expect(closed?.status).toBe('cancelled');
      expect(closed?.error).toMatch(new RegExp(`terminated or lost.*${next.runId}`));
    } finally {
      await ingest.stop();
      await sim.stop();
      await ch.close();
    }
  });
});
