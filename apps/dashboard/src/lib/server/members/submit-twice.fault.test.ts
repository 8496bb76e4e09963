// A member submitting the same thing twice at once (a double click, a client
// retrying before the first answer came), tested at the function the
// POST /api/v1/submissions route calls, on the real ClickHouse engine (the
// dashboard server itself is not started). With one Idempotency-Key: one
// stored submission, both answered with it (the insert is deduplicated by the
// key, so two dashboard processes racing behave the same: replicas.int.test.ts
// of apps/serve). Without a key the two are two submissions
// (interfaces.md promises replay only for a key), but the member's figures
// hold the content once: the latest per (member, kind, period) wins the load.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listSubmissions, loadMemberSubmissions, readInbox, type ClickHouseClient } from '@liaison/warehouse';
import { createTestDatabase } from '@liaison/warehouse/testing';
import { submit } from './submit.ts';

const member = { member_id: 'm-twice', unit_name: '单位二' };
const profile = {
  kind: 'profile',
  period: '2024',
  data: {
    member_id: 'm-twice',
    unit_name: '单位二',
    uscc: '91440305MA5G0K1P6B',
    batch: 1,
    legal_entities: 3,
    party_org: 'committee',
    party_members: 80,
    employees: 900,
    contact_name: '张三',
    contact_phone: '13800138000',
  },
};
const request = (idempotencyKey: string | null) => ({ channel: 'api' as const, idempotencyKey, requestBytes: JSON.stringify(profile) });

describe('the same submission twice at once', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch?.close();
  });

  it('with one Idempotency-Key: one submission, the second answered with the first', async () => {
    const [a, b] = await Promise.all([submit(ch, member, profile, request('twice-1')), submit(ch, member, profile, request('twice-1'))]);
    expect(a).toMatchObject({ status: 201, body: { status: 'accepted' } });
    expect(b).toEqual(a);
    expect((await listSubmissions(ch, member.member_id)).map((s) => s.id)).toEqual([a.id]);
  });

  it('without a key: two submissions, loaded as one current profile', async () => {
    const [a, b] = await Promise.all([submit(ch, member, profile, request(null)), submit(ch, member, profile, request(null))]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.id).not.toBe(b.id);
    const inbox = await readInbox(ch, { afterSeq: 0, limit: 100 });
    expect(await loadMemberSubmissions(ch, inbox, 'run-twice')).toMatchObject({ loaded: 1 });
    const rs = await ch.query({ query: 'SELECT member_id, period, legal_entities FROM member_profiles FINAL', format: 'JSONEachRow' });
    expect(await rs.json()).toEqual([{ member_id: 'm-twice', period: '2024', legal_entities: 3 }]);
  });
});
