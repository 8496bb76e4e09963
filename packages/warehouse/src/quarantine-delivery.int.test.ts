// Quarantine of re-delivered records against the real engine: a record with
// no readable key counts once by its content wherever it is delivered again,
// and every record is listed at the position it was delivered at last.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { listQuarantine, NOW_IN_QUARANTINE_SQL, quarantineRecords, type QuarantinedRecord } from './quarantine.ts';
import { createTestDatabase } from './testing.ts';

const issues = [{ path: 'visit_id', code: 'invalid_type', message: 'visit_id is missing' }];
const keyless = (position: Record<string, unknown>, raw: Record<string, unknown>): QuarantinedRecord => ({
  key: null,
  raw,
  position,
  issues,
});
const noId = { district: 'nanshan', uscc: '91440300MA5DC6QX8X', visited_on: '2024-05-17' };

describe('quarantine of re-delivered records', () => {
  let ch: ClickHouseClient;
  const meta = (runId: string) => ({ sourceId: 's', collection: 'visits', runId });
  const nowInQuarantine = async () => {
    const rs = await ch.query({
      query: `SELECT count() AS n FROM (${NOW_IN_QUARANTINE_SQL})`,
      query_params: { ids: ['s'] },
      format: 'JSONEachRow',
    });
    return Number((await rs.json<{ n: string }>())[0]?.n);
  };
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });

  it('counts a record without a key once by its content, on whatever page, file or line it comes again', async () => {
    await quarantineRecords(
      ch,
      [keyless({ page: 1, index: 4 }, noId), keyless({ page: 1, index: 9 }, { ...noId, district: 'futian' })],
      meta('r1'),
    );
    // a full re-read: the same two records, elsewhere, their fields in another order
    await quarantineRecords(
      ch,
      [keyless({ page: 3, index: 0 }, { visited_on: '2024-05-17', uscc: '91440300MA5DC6QX8X', district: 'nanshan' })],
      meta('r2'),
    );
    await quarantineRecords(ch, [keyless({ file: 'b.csv', line: 12 }, { ...noId, district: 'futian' })], meta('r3'));
    expect(await nowInQuarantine()).toBe(2);
    const listed = await listQuarantine(ch, { sourceId: 's' });
    expect(listed).toHaveLength(2);
    const positions = listed.map((r) => ({ district: JSON.parse(r.raw).district, position: JSON.parse(r.position), run: r.run_id }));
    expect(positions).toEqual(
      expect.arrayContaining([
        { district: 'nanshan', position: { page: 3, index: 0 }, run: 'r2' },
        { district: 'futian', position: { file: 'b.csv', line: 12 }, run: 'r3' },
      ]),
    );
  });

  it('lists a keyed record at its latest position, since its first delivery', async () => {
    const keyed = (position: Record<string, unknown>): QuarantinedRecord => ({
      key: 'nanshan/V9',
      raw: { ...noId, visit_id: 'V9' },
      position,
      issues,
    });
    await quarantineRecords(ch, [keyed({ page: 2, index: 1 })], meta('r4'));
    const [first] = (await listQuarantine(ch, { sourceId: 's' })).filter((r) => r.record_key === 'nanshan/V9');
    await quarantineRecords(ch, [keyed({ page: 5, index: 7 })], meta('r5'));
    const [again] = (await listQuarantine(ch, { sourceId: 's' })).filter((r) => r.record_key === 'nanshan/V9');
    expect(again).toMatchObject({ position: JSON.stringify({ page: 5, index: 7 }), run_id: 'r5', quarantined_at: first?.quarantined_at });
    expect(await nowInQuarantine()).toBe(3);
  });
});
