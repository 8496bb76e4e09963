// A run's counts stay true when page activities are retried after they had
// already loaded (the activity timed out, the worker died after the insert):
// received = loaded + quarantined + duplicates, and loaded is what the run
// actually added, each record once. Real Temporal and ClickHouse; the fault is
// a test-only wrapper that lets the first attempt of a page load, then fails it.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApplicationFailure } from '@temporalio/activity';
import { demoDistrict, writeDistrictDrop, type DemoDistrictData } from '@liaison/simulators';
import { createTestDatabase, getRun, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import type { IngestActivities } from './activities/index.ts';
import { startTestIngest, type TestIngest } from './testing.ts';

/** The first attempt of the first page loads, then fails as a timed-out attempt would. */
function failFirstPageAfterLoading(activities: IngestActivities): IngestActivities {
  let failed = false;
  return {
    ...activities,
    async syncPage(req) {
      const result = await activities.syncPage(req);
      if (!failed) {
        failed = true;
        throw ApplicationFailure.retryable('test fault: the attempt is lost after its rows were loaded', 'TestFault');
      }
      return result;
    },
  };
}

describe('run counts under retried pages', () => {
  let ch: ClickHouseClient;
  let ingest: TestIngest;
  let data: DemoDistrictData;
  const scalar = async (sql: string) => Number((await (await ch.query({ query: sql, format: 'JSONEachRow' })).json<{ v: string }>())[0]?.v);

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    const dir = await mkdtemp(join(tmpdir(), 'drops-'));
    data = demoDistrict({ district: 'futian', seed: 5, enterprises: 40, visits: 60, projects: 20 });
    await writeDistrictDrop({ dir, district: 'futian', date: '2024-06-01', data });
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [{ id: 'futian', kind: 'district-files', district: 'futian', dir, encoding: 'auto', schedule: '30 2 * * *' }],
      env: {},
      wrapActivities: failFirstPageAfterLoading,
    });
  });
  afterAll(async () => {
    await ingest?.stop();
    await ch?.close();
  });

  it('counts a file loaded by an abandoned attempt once, and the counts add up', async () => {
    const run = await runSync(ingest.client, ingest.taskQueue, { sourceId: 'futian', mode: 'manual' });
    expect(run.status).toBe('succeeded');
    const records = data.enterprises.length + data.visits.length + data.projects.length;
    const stored = await scalar(
      `SELECT (SELECT count() FROM enterprises FINAL) + (SELECT count() FROM visits FINAL) + (SELECT count() FROM projects FINAL) AS v`,
    );
    expect(stored).toBe(records);
    const counts = { received: run.received, loaded: run.loaded, quarantined: run.quarantined, duplicates: run.duplicates };
    expect(counts).toEqual({ received: records, loaded: records, quarantined: 0, duplicates: 0 });
    const recorded = await getRun(ch, run.runId);
    expect(recorded).toMatchObject(counts);
  });
});
