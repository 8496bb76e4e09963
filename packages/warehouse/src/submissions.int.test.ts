// Submissions against the real ClickHouse engine: the audit log keeps
// accepted and rejected submissions, reads are scoped to one member,
// Idempotency-Keys are per member, and the inbox hands out accepted
// submissions in seq order without skipping one that is still settling.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClickHouseClient, type ClickHouseClient } from './client.ts';
import {
  findByIdempotencyKey,
  getSubmission,
  listSubmissions,
  nextSeq,
  markInboxRead,
  readInbox,
  recordSubmission,
  type NewSubmission,
} from './submissions.ts';
import { createTestDatabase } from './testing.ts';

const opinions = (member: string, text = '人才公寓不足'): NewSubmission => ({
  member_id: member,
  kind: 'opinions',
  period: '2024',
  status: 'accepted',
  channel: 'api',
  data: { member_id: member, items: [{ category: 'housing', text, demand_id: null }] },
  errors: [],
});
const rejected = (member: string): NewSubmission => ({
  member_id: member,
  kind: 'profile',
  period: '2024-H1',
  status: 'rejected',
  channel: 'upload',
  data: { batch: 9 },
  errors: [
    { path: 'period', code: 'invalid_format', message: 'expected a year such as 2024' },
    { path: 'data.batch', code: 'too_big', message: 'must be ≤ 3' },
  ],
});

describe('submissions', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch.close();
  });

  it('seq is strictly increasing in a process, even when the clock stands still or steps back', () => {
    const a = nextSeq(1_700_000_000_000);
    const b = nextSeq(1_700_000_000_000);
    const c = nextSeq(1_600_000_000_000);
    expect(b).toBeGreaterThan(a);
    expect(c).toBeGreaterThan(b);
    expect(nextSeq()).toBeGreaterThan(Date.now() * 1000 - 1_000_000);
  });

  it('keeps accepted and rejected submissions, each member seeing only its own', async () => {
    const first = await recordSubmission(ch, opinions('m-a'));
    const bad = await recordSubmission(ch, rejected('m-a'));
    await recordSubmission(ch, opinions('m-b'));
    expect(BigInt(bad.seq)).toBeGreaterThan(BigInt(first.seq));

    const mine = await listSubmissions(ch, 'm-a');
    expect(mine.map((s) => [s.id, s.status, s.error_count, s.channel])).toEqual([
      [bad.id, 'rejected', 2, 'upload'],
      [first.id, 'accepted', 0, 'api'],
    ]);
    expect(mine[0]).toMatchObject({ kind: 'profile', period: '2024-H1' });

    const detail = await getSubmission(ch, 'm-a', bad.id);
    expect(detail?.errors).toEqual(rejected('m-a').errors);
    expect(detail?.data).toEqual({ batch: 9 });
    expect((await getSubmission(ch, 'm-a', first.id))?.data).toEqual(opinions('m-a').data);
    // Another member's id reads as not found, not as forbidden.
    expect(await getSubmission(ch, 'm-b', first.id)).toBeNull();
  });

  it('finds the first submission of an Idempotency-Key, per member', async () => {
    const key = 'retry-1';
    const one = await recordSubmission(ch, { ...opinions('m-c'), idempotency_key: key, request_sha256: 'h1' });
    await recordSubmission(ch, { ...opinions('m-c'), idempotency_key: key, request_sha256: 'h1' });
    expect(await findByIdempotencyKey(ch, 'm-c', key)).toMatchObject({ id: one.id, status: 'accepted', request_sha256: 'h1' });
    expect(await findByIdempotencyKey(ch, 'm-d', key)).toBeNull();
    expect(await findByIdempotencyKey(ch, 'm-c', 'other')).toBeNull();
  });

  it('of concurrent submissions with one key, from two clients, exactly one is stored', async () => {
    const { ch: a, settings } = await createTestDatabase(inject('clickhouseUrl'));
    const b = createClickHouseClient(settings); // a second replica's client
    try {
      const keyed = (text: string, hash: string) => ({ ...opinions('m-e', text), idempotency_key: 'race', request_sha256: hash });
      const [x, y] = await Promise.all([recordSubmission(a, keyed('一', 'h1')), recordSubmission(b, keyed('二', 'h2'))]);
      const rs = await a.query({ query: `SELECT submission_id FROM submissions WHERE member_id = 'm-e'`, format: 'JSONEachRow' });
      const stored = (await rs.json<{ submission_id: string }>()).map((r) => r.submission_id);
      expect(stored).toHaveLength(1);
      expect([x.id, y.id]).toContain(stored[0]);
      expect((await findByIdempotencyKey(b, 'm-e', 'race'))?.id).toBe(stored[0]);
      // another key of the same member is stored as usual
      await recordSubmission(b, { ...keyed('三', 'h3'), idempotency_key: 'other' });
      expect((await listSubmissions(a, 'm-e')).length).toBe(2);
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('the inbox returns accepted submissions after the cursor in seq order, and every one not read yet whatever its seq', async () => {
    const { ch: fresh } = await createTestDatabase(inject('clickhouseUrl'));
    try {
      const a = await recordSubmission(fresh, opinions('m-1', '一'));
      await recordSubmission(fresh, rejected('m-1'));
      const b = await recordSubmission(fresh, opinions('m-2', '二'));
      const c = await recordSubmission(fresh, opinions('m-1', '三'));

      // written just now, and read at once
      const all = await readInbox(fresh, { afterSeq: '0', limit: 100 });
      expect(all.map((s) => s.submission_id)).toEqual([a.id, b.id, c.id]);
      expect(all[1]).toMatchObject({ member_id: 'm-2', kind: 'opinions', period: '2024', data: opinions('m-2', '二').data });

      const page = await readInbox(fresh, { afterSeq: a.seq, limit: 1 });
      expect(page.map((s) => s.seq)).toEqual([b.seq]);

      // unread only: everything not read yet, in seq order
      const unread = async () => (await readInbox(fresh, { afterSeq: '0', limit: 100, unreadOnly: true })).map((s) => s.submission_id);
      expect(await unread()).toEqual([a.id, b.id, c.id]);
      await markInboxRead(
        fresh,
        [a, c].map((s) => ({ seq: s.seq, submission_id: s.id })),
        'r1',
      );
      expect(await unread()).toEqual([b.id]);
      // a row landing now with a seq an hour behind everything read (a replica
      // whose clock is slow) is still read: no clock decides what is new
      const hourBehind = String(BigInt(a.seq) - 3_600_000_000n);
      await fresh.insert({
        table: 'submissions',
        format: 'JSONEachRow',
        values: [
          {
            seq: hourBehind,
            submission_id: 'late',
            member_id: 'm-3',
            kind: 'opinions',
            period: '2024',
            status: 'accepted',
            data: '{}',
            errors: [],
            channel: 'api',
          },
        ],
      });
      expect(await unread()).toEqual(['late', b.id]);
    } finally {
      await fresh.close();
    }
  });

  it('a page never ends between two submissions of the same seq', async () => {
    const { ch: fresh } = await createTestDatabase(inject('clickhouseUrl'));
    try {
      const row = (id: string, seq: number) => ({
        seq,
        submission_id: id,
        member_id: id,
        kind: 'opinions',
        period: '2024',
        status: 'accepted',
        data: '{}',
        errors: [],
        idempotency_key: null,
        channel: 'api',
      });
      // Two processes may hand out the same microsecond.
      await fresh.insert({ table: 'submissions', values: [row('x', 10), row('y', 20), row('z', 20), row('w', 30)], format: 'JSONEachRow' });
      const page = await readInbox(fresh, { afterSeq: 10, limit: 1 });
      expect(page.map((s) => s.submission_id).sort()).toEqual(['y', 'z']);
    } finally {
      await fresh.close();
    }
  });
});
