// Coverage on a hand-computed fixture, against the real ClickHouse engine.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, loadDistrictRecords, type ClickHouseClient } from '@liaison/warehouse/testing';
import { coverageFigures } from './figures.ts';

const T = '2024-05-01T00:00:00.000Z';
const e = (uscc: string, district: string, ownership: string, party_org: string | null, deleted = false) => ({
  uscc,
  name: `企业${uscc.slice(-4)}`,
  ownership,
  parent_group: null,
  tier: null,
  district,
  cluster: null,
  party_org,
  party_members: null,
  employees: null,
  deleted,
  updated_at: T,
});
const v = (id: string, uscc: string, district: string, visited_on: string, campaign = '千人走访千企-2024') => ({
  district,
  visit_id: id,
  uscc,
  visited_on,
  campaign,
  team: '一组',
  demands_raised: 0,
  project_plans: 0,
  updated_at: T,
});

// Registry: A,B,C in nanshan, D in futian; E tombstoned. Visits: A twice, C
// in another campaign, E (tombstoned → orphan), X (unknown → orphan).
const A = '91440300MA5DC6QX8G',
  B = '91440305MA5G0K1P6B',
  C = '914403001928374617',
  D = '91110000600037341L';
const E = '91440300MA5EXAMPL1',
  X = '91440300MA5UNKNOWN';

describe('coverage figures', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    const meta = { sourceId: 's', runId: 'r' };
    await loadDistrictRecords(
      ch,
      'enterprises',
      [
        e(A, 'nanshan', 'central_soe', 'committee'),
        e(B, 'nanshan', 'central_soe', 'none'),
        e(C, 'nanshan', 'private', null),
        e(D, 'futian', 'central_soe', 'branch'),
        e(E, 'futian', 'private', 'branch', true),
      ],
      meta,
    );
    await loadDistrictRecords(
      ch,
      'visits',
      [
        v('V1', A, 'nanshan', '2024-03-01'),
        v('V2', A, 'nanshan', '2024-04-01'),
        v('V3', C, 'nanshan', '2024-03-05', '其他活动'),
        v('V4', E, 'futian', '2024-03-01'),
        v('V5', X, 'nanshan', '2024-03-01'),
      ],
      meta,
    );
  });

  it('counts the registry, visited enterprises, orphans and Party coverage', async () => {
    const f = await coverageFigures(ch, {});
    expect(f.enterprises).toBe(4); // E is tombstoned
    expect(f.visited).toBe(2); // A and C (all campaigns)
    expect(f.orphan_visits).toBe(2); // E and X
    expect(f.visit_coverage).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    // known: A, B, D; established (not none): A, D
    expect(f.party_org_coverage).toEqual({ numerator: 2, denominator: 3, value: 0.6667 });
    expect(f.by_district.map((r) => [r.district, r.enterprises, r.visited])).toEqual([
      ['futian', 1, 0],
      ['nanshan', 3, 2],
    ]);
    expect(f.by_ownership.map((r) => [r.ownership, r.enterprises])).toEqual([
      ['central_soe', 3],
      ['private', 1],
    ]);
    expect(f.members).toBe(0);
    expect(f.period).toBeNull();
  });

  it('counts members with an accepted profile for the period, default the latest year', async () => {
    const row = (member_id: string, period: string, legal_entities: number, seq: number) => ({
      member_id,
      period,
      unit_name: '单位',
      uscc: A,
      batch: 1,
      legal_entities,
      party_org: null,
      party_members: null,
      employees: null,
      submission_seq: seq,
      run_id: 'r',
    });
    await ch.insert({
      table: 'member_profiles',
      format: 'JSONEachRow',
      values: [
        row('M1', '2024', 3, 1),
        row('M2', '2024', 4, 2),
        row('M1', '2025', 5, 3),
        row('M1', '2025', 6, 4), // a later submission of the same member and year supersedes
      ],
    });
    const latest = await coverageFigures(ch, {});
    expect([latest.period, latest.members, latest.legal_entities_covered]).toEqual(['2025', 1, 6]);
    const y2024 = await coverageFigures(ch, { period: '2024', district: 'futian' }); // district does not apply
    expect([y2024.period, y2024.members, y2024.legal_entities_covered]).toEqual(['2024', 2, 7]);
    await ch.command({ query: 'TRUNCATE TABLE member_profiles' });
  });

  it('applies the campaign and dates to visited and orphans, not to the registry', async () => {
    const f = await coverageFigures(ch, { campaign: '千人走访千企-2024', from: '2024-03-01', to: '2024-04-01' });
    expect(f.enterprises).toBe(4);
    expect(f.visited).toBe(1); // A by V1 (V2 is on `to`, which is exclusive)
    expect(f.orphan_visits).toBe(2);
  });

  it('filters numerator and denominator alike; orphans by the visit district, not ownership', async () => {
    const f = await coverageFigures(ch, { district: 'futian' });
    expect([f.enterprises, f.visited, f.orphan_visits]).toEqual([1, 0, 1]);
    expect(f.visit_coverage.value).toBe(0);
    const own = await coverageFigures(ch, { ownership: 'private' });
    expect([own.enterprises, own.visited, own.orphan_visits]).toEqual([1, 1, 2]);
    expect(own.party_org_coverage).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});
