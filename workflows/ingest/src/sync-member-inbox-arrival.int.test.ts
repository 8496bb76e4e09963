// The member inbox never misses a submission (sources.md §3), end to end on
// the real Temporal dev server and ClickHouse engine: whatever was accepted
// before a sync started is loaded by it, submissions accepted while a sync
// runs are loaded by the next, and a submission whose seq is older than the
// cursor (taken by another process just before, in the same second, its
// insert landing after a sync read past it) is still loaded, once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, recordSubmission, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync, startSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from './testing.ts';

const profile = (member_id: string) => ({
  member_id,
  unit_name: '招商局集团深圳分公司',
  uscc: '91440305MA5G0K1P6B',
  batch: 1,
  legal_entities: 3,
  party_org: 'committee',
  party_members: 80,
  employees: 900,
  contact_name: '张三',
  contact_phone: '13800138000',
});

describe('member-inbox sync and submissions arriving around it', () => {
  let ch: ClickHouseClient;
  let ingest: TestIngest;
  const options = { sourceId: 'members', mode: 'manual' } as const;
  const sync = () => runSync(ingest.client, ingest.taskQueue, options);
  const submit = (member_id: string) =>
    recordSubmission(ch, {
      member_id,
      kind: 'profile',
      period: '2024',
      status: 'accepted',
      data: profile(member_id),
      errors: [],
      channel: 'api',
    });
  const loadedMembers = async () => {
    const rs = await ch.query({ query: 'SELECT member_id FROM member_profiles FINAL ORDER BY member_id', format: 'JSONEachRow' });
    return (await rs.json<{ member_id: string }>()).map((r) => r.member_id);
  };
  const members = (...n: number[]) => n.map((i) => `m-${i}`);

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    ingest = await startTestIngest({
      temporalAddress: inject('temporalAddress'),
      ch,
      sources: [{ id: 'members', kind: 'member-inbox', schedule: '*/5 * * * *' }],
      env: {},
    });
  });
  afterAll(async () => {
    await ingest?.stop();
    await ch?.close();
  });

  it('loads every submission accepted before the sync started, the latest included', async () => {
    await Promise.all(members(1, 2, 3).map(submit));
    const run = await sync();
    expect(run.received).toBe(3);
    expect(await loadedMembers()).toEqual(members(1, 2, 3));
  });

  it('loads the submissions accepted while a sync runs by the next sync', async () => {
    const running = await startSync(ingest.client, ingest.taskQueue, options);
    await Promise.all(members(4, 5, 6).map(submit));
    await running.result();
    await sync();
    expect(await loadedMembers()).toEqual(members(1, 2, 3, 4, 5, 6));
  });

  it('loads, once, a submission older than the cursor whose insert finished after a sync read past it', async () => {
    const last = await submit('m-7');
    expect((await sync()).received).toBe(1);
    // another process took the seq just before m-7's, and its insert lands only now
    await ch.insert({
      table: 'submissions',
      format: 'JSONEachRow',
      values: [
        {
          seq: Number(last.seq) - 1,
          submission_id: randomUUID(),
          member_id: 'm-8',
          kind: 'profile',
          period: '2024',
          status: 'accepted',
          data: JSON.stringify(profile('m-8')),
          errors: [],
          channel: 'api',
          submitted_at: last.submitted_at,
        },
      ],
    });
    expect((await sync()).received).toBe(1);
    expect(await loadedMembers()).toEqual(members(1, 2, 3, 4, 5, 6, 7, 8));
    expect((await sync()).received).toBe(0);
  });
});
