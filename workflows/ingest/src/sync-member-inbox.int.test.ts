// The member-inbox sync end to end (real Temporal and ClickHouse): accepted
// submissions are loaded, the latest per (member, kind, period) wins, and
// personal data stays in the access-controlled submissions table.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, recordSubmission, tableSnapshot, type ClickHouseClient } from '@liaison/warehouse/testing';
import { runSync } from '@liaison/temporal-client';
import { startTestIngest, type TestIngest } from './testing.ts';

const profile = (legal_entities: number) => ({
  member_id: 'm-1',
  unit_name: '招商局集团深圳分公司',
  uscc: '91440305MA5G0K1P6B',
  batch: 1,
  legal_entities,
  party_org: 'committee',
  party_members: 80,
  employees: 900,
  contact_name: '张三',
  contact_phone: '13800138000',
});

describe('member-inbox sync', () => {
  let ch: ClickHouseClient;
  let ingest: TestIngest;
  const sync = () => runSync(ingest.client, ingest.taskQueue, { sourceId: 'members', mode: 'manual' });
  const submit = (data: object, kind = 'profile', period = '2024') =>
    recordSubmission(ch, { member_id: 'm-1', kind, period, status: 'accepted', data, errors: [], channel: 'api' });

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

  it('loads the latest accepted submission per member, kind and period, without personal data', async () => {
    await submit(profile(3));
    await submit(profile(5));
    await submit(
      {
        member_id: 'm-1',
        plans: [
          { name: '前海数据中心', sector: 'digital_economy', district: 'qianhai', planned_investment_wan: '12500.5', planned_start: null },
        ],
      },
      'project_plans',
      '2024-H1',
    );
    await recordSubmission(ch, {
      member_id: 'm-1',
      kind: 'profile',
      period: '2025',
      status: 'rejected',
      data: {},
      errors: [],
      channel: 'api',
    });
    const run = await sync();
    expect(run.status).toBe('succeeded');
    expect(run.received).toBe(3);
    const rows = await tableSnapshot(ch, 'member_profiles');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ member_id: 'm-1', period: '2024', legal_entities: 5 });
    expect(JSON.stringify(rows)).not.toMatch(/张三|13800138000/);
    const plans = await tableSnapshot(ch, 'member_plans');
    expect(JSON.stringify(plans)).toContain('12500.5');
  });

  it('resumes after the last submission read', async () => {
    const again = await sync();
    expect(again.received).toBe(0);
    await submit(profile(7));
    const next = await sync();
    expect(next.received).toBe(1);
    expect((await tableSnapshot(ch, 'member_profiles'))[0]).toMatchObject({ legal_entities: 7 });
  });
});
