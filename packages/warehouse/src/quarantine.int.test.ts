// Quarantine against the real engine: once per identity, and released when a
// later run loads a valid version of the record.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { loadDistrictRecords } from './district-records.ts';
import { listQuarantine, quarantineRecords, releaseQuarantine } from './quarantine.ts';
import { createTestDatabase } from './testing.ts';

const USCC = '91440305MA5G0K1P6B';
const bad = (name: string) => ({
  raw: { uscc: USCC, name },
  position: { page: 1, index: 0 },
  key: USCC,
  issues: [{ path: 'district', code: 'invalid_value', message: 'unknown district code "火星区"' }],
});
const good = {
  uscc: USCC,
  name: '深圳测试有限公司',
  ownership: 'private',
  parent_group: null,
  tier: null,
  district: 'nanshan',
  cluster: null,
  party_org: null,
  party_members: null,
  employees: null,
  deleted: false,
  updated_at: '2024-06-01T00:00:00.000Z',
};

describe('quarantine', () => {
  let ch: ClickHouseClient;
  const meta = (runId: string) => ({ sourceId: 's', collection: 'enterprises', runId });
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });

  it('keeps one entry per identity however often it is delivered', async () => {
    await quarantineRecords(ch, [bad('a')], meta('r1'));
    await quarantineRecords(ch, [bad('a')], meta('r2'));
    expect(await listQuarantine(ch, { sourceId: 's' })).toHaveLength(1);
  });

  it('releases a record once a later run loads a valid version, and holds it again if it breaks again', async () => {
    await loadDistrictRecords(ch, 'enterprises', [good], { sourceId: 's', runId: 'r3' });
    await releaseQuarantine(ch, { sourceId: 's', runId: 'r3' });
    expect(await listQuarantine(ch, { sourceId: 's' })).toHaveLength(0);
    await quarantineRecords(ch, [bad('b')], meta('r4'));
    const now = await listQuarantine(ch, { sourceId: 's' });
    expect(now).toHaveLength(1);
    expect(JSON.parse(now[0]?.raw ?? '{}')).toMatchObject({ name: 'b' });
  });
});
