// Loading semantics against the real ClickHouse engine: idempotent
// re-delivery, latest updated_at wins, later delivery wins on ties, exact money.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { loadDistrictRecords } from './district-records.ts';
import { createTestDatabase, tableSnapshot } from './testing.ts';

const ent = (over: Record<string, unknown> = {}) => ({
  uscc: '91440300MA5DC6QX8G',
  name: '深圳华润置地有限公司',
  ownership: 'central_soe',
  parent_group: '华润集团',
  tier: 2,
  district: 'nanshan',
  cluster: null,
  party_org: 'committee',
  party_members: 120,
  employees: 800,
  deleted: false,
  updated_at: '2024-05-17T01:30:00.000Z',
  ...over,
});

const proj = (id: string, wan: string) => ({
  district: 'futian',
  project_id: id,
  name: `项目${id}`,
  kind: 'cooperation_project',
  sector: 'finance',
  stage: 'landed',
  investment_wan: wan,
  central_partner: null,
  local_partner: null,
  signed_on: null,
  landed_on: '2024-03-01',
  source_event: null,
  updated_at: '2024-05-17T01:30:00.000Z',
});

describe('district records', () => {
  let ch: ClickHouseClient;
  const meta = { sourceId: 'nanshan', runId: 'run-1' };
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch.close();
  });

  const current = async (uscc: string) => {
    const rs = await ch.query({
      query: 'SELECT name, party_members FROM enterprises_current WHERE uscc = {u:String}',
      query_params: { u: uscc },
      format: 'JSONEachRow',
    });
    return (await rs.json<{ name: string; party_members: number | null }>())[0];
  };

  it('changes nothing when the same record is delivered twice', async () => {
    await loadDistrictRecords(ch, 'enterprises', [ent()], meta);
    const before = await tableSnapshot(ch, 'enterprises');
    await loadDistrictRecords(ch, 'enterprises', [ent()], { ...meta, runId: 'run-2' });
    expect(await tableSnapshot(ch, 'enterprises')).toEqual(before);
    expect(before).toHaveLength(1);
  });

  it('keeps the latest updated_at, whatever the delivery order', async () => {
    await loadDistrictRecords(ch, 'enterprises', [ent({ name: '新名称', updated_at: '2024-06-01T00:00:00.000Z' })], meta);
    await loadDistrictRecords(ch, 'enterprises', [ent({ name: '旧名称', updated_at: '2024-01-01T00:00:00.000Z' })], meta);
    expect((await current('91440300MA5DC6QX8G'))?.name).toBe('新名称');
  });

  it('lets the later delivery win on equal updated_at (a corrected re-delivery)', async () => {
    const t = '2024-07-01T00:00:00.000Z';
    await loadDistrictRecords(ch, 'enterprises', [ent({ party_members: 1, updated_at: t })], meta);
    await loadDistrictRecords(ch, 'enterprises', [ent({ party_members: 2, updated_at: t })], meta);
    expect((await current('91440300MA5DC6QX8G'))?.party_members).toBe(2);
    // within one delivery, the later row wins
    const r = await loadDistrictRecords(
      ch,
      'enterprises',
      [
        ent({ party_members: 3, updated_at: '2024-08-01T00:00:00.000Z' }),
        ent({ party_members: 4, updated_at: '2024-08-01T00:00:00.000Z' }),
      ],
      meta,
    );
    expect(r).toEqual({ loaded: 1, duplicates: 1 });
    expect((await current('91440300MA5DC6QX8G'))?.party_members).toBe(4);
  });

  it('lets a newer version clear a field (NULL is a value, not a gap)', async () => {
    await loadDistrictRecords(ch, 'enterprises', [ent({ party_members: null, updated_at: '2024-09-01T00:00:00.000Z' })], meta);
    expect((await current('91440300MA5DC6QX8G'))?.party_members).toBeNull();
  });

  it('sums money exactly', async () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point
    await loadDistrictRecords(ch, 'projects', [proj('P1', '0.1'), proj('P2', '0.2'), proj('P3', '12500.0001')], meta);
    const rs = await ch.query({
      query: "SELECT toString(sum(investment_wan) * 10000) AS yuan FROM projects_current WHERE project_id IN ('P1', 'P2')",
      format: 'JSONEachRow',
    });
    expect((await rs.json<{ yuan: string }>())[0]?.yuan).toBe('3000');
  });
});
