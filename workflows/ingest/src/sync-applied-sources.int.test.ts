// Workers use the applied sources configuration (published in the warehouse by
// `sources apply`), not a file of their own: a source added by a later apply
// is synced by a worker that was running all along.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, getRun, publishSources, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from './testing.ts';

const inbox = (id: string) => ({ id, kind: 'member-inbox', schedule: '*/5 * * * *' }) as const;

describe('syncs use the applied sources configuration', () => {
  let ch: ClickHouseClient;
  let ingest: TestIngest;

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    ingest = await startTestIngest({ temporalAddress: inject('temporalAddress'), ch, sources: [inbox('members-a')], env: {} });
  });
  afterAll(async () => {
    await ingest?.stop();
    await ch?.close();
  });

  it('a source added by a later apply is synced by the running worker', async () => {
    await publishSources(ch, { sources: [inbox('members-a'), inbox('members-b')] }, 'ops.alice');
    const summary = await runSync(ingest.client, ingest.taskQueue, { sourceId: 'members-b', mode: 'manual' });
    expect(summary).toMatchObject({ sourceId: 'members-b', status: 'succeeded' });
    expect(await getRun(ch, summary.runId)).toMatchObject({ source_id: 'members-b', source_kind: 'member-inbox', status: 'succeeded' });
  });
});
