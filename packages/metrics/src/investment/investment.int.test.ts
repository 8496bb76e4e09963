// Investment figures against the real ClickHouse engine, on fixtures whose
// figures are computed by hand below: exact money (sums binary floating point
// gets wrong), terminated and not-yet-landed projects, the latest version of a
// project, filters, and breakdowns that add up to the headline.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, loadDistrictRecords, type ClickHouseClient } from '@liaison/warehouse/testing';
import { investmentFigures } from './figures.ts';
import { investmentFilters } from './filters.ts';
import type { InvestmentRow } from './response.ts';

type P = [
  id: string,
  kind: string,
  district: string,
  sector: string,
  stage: string,
  wan: string,
  landed: string | null,
  event: string | null,
];
const T1 = '2024-05-01T00:00:00.000Z';
const proj = ([project_id, kind, district, sector, stage, investment_wan, landed_on, source_event]: P, updated_at = T1) => ({
  district,
  project_id,
  name: `项目${project_id}`,
  kind,
  sector,
  stage,
  investment_wan,
  central_partner: null,
  local_partner: null,
  signed_on: null,
  landed_on,
  source_event,
  updated_at,
});
const CO = 'cooperation_project';

// yuan per project in the comments; C8/C9/C10 are loaded again below with newer versions
const FIXTURE: P[] = [
  ['C1', CO, 'futian', 'finance', 'landed', '0.1', '2024-02-10', 'E1'], // 1000
  ['C2', CO, 'futian', 'finance', 'under_construction', '0.2', '2024-05-20', 'E1'], // 2000
  ['C3', CO, 'nanshan', 'new_energy', 'in_operation', '12500.0001', '2024-04-01', null], // 125000001
  ['C4', CO, 'dapeng', 'marine_economy', 'landed', '99999999999999.9999', '2023-12-31', 'E2'], // 999999999999999999
  ['C5', CO, 'nanshan', 'finance', 'signed', '50', null, null], // not landed: counts nowhere
  ['C6', CO, 'futian', 'finance', 'terminated', '70', '2024-03-01', null], // terminated
  ['C7', CO, 'nanshan', 'new_energy', 'landed', '3.3333', null, null], // 33333, landing date unknown
  ['C8', CO, 'futian', 'finance', 'landed', '100', '2024-01-05', 'E1'], // terminated by its next version
  ['C9', CO, 'nanshan', 'new_energy', 'landed', '5', '2024-07-01', 'E2'], // 50000; next version clears date and event
  ['C10', CO, 'futian', 'finance', 'landed', '1', '2024-05-01', 'E1'], // corrected to 2 wan = 20000
  ['A1', 'strategic_agreement', 'futian', 'finance', 'signed', '1000', null, null],
  ['A2', 'strategic_agreement', 'nanshan', 'new_energy', 'terminated', '0', null, null],
  ['A3', 'strategic_agreement', 'dapeng', 'marine_economy', 'landed', '0', '2024-02-01', 'E2'],
  ['J1', 'joint_venture', 'nanshan', 'finance', 'under_construction', '8', null, 'E1'],
  ['K1', 'key_project', 'futian', 'infrastructure', 'signed', '0.7', null, null], // 7000
  ['K2', 'key_project', 'nanshan', 'infrastructure', 'in_operation', '1234.5678', '2024-08-08', null], // 12345678
  ['K3', 'key_project', 'dapeng', 'infrastructure', 'terminated', '999', null, null],
];

const plan = (district: string, sector: string, planned_investment_wan: string) => ({
  name: `计划-${district}`,
  sector,
  district,
  planned_investment_wan,
  planned_start: null,
});
const plans = (member_id: string, period: string, submission_seq: number, items: object[]) => ({
  member_id,
  period,
  plans: items,
  submission_seq,
  run_id: 'member-run',
});

describe('investmentFigures', () => {
  let ch: ClickHouseClient;
  const figures = (filters: Record<string, string> = {}) => investmentFigures(ch, investmentFilters.parse(filters));

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    const meta = { sourceId: 'district-a', runId: 'run-1' };
    const later = '2024-06-01T00:00:00.000Z';
    // newer versions first: delivery order must not matter, only updated_at
    await loadDistrictRecords(
      ch,
      'projects',
      [
        proj(['C8', CO, 'futian', 'finance', 'terminated', '100', '2024-01-05', 'E1'], later),
        proj(['C9', CO, 'nanshan', 'new_energy', 'landed', '5', null, null], later),
      ],
      meta,
    );
    await loadDistrictRecords(
      ch,
      'projects',
      FIXTURE.map((p) => proj(p)),
      meta,
    );
    // same updated_at, later delivery: the correction wins
    await loadDistrictRecords(ch, 'projects', [proj(['C10', CO, 'futian', 'finance', 'landed', '2', '2024-05-01', 'E1'])], {
      ...meta,
      runId: 'run-2',
    });
    // M1's 2024 plans: seq 2 supersedes seq 1 although seq 1 arrives last
    await ch.insert({
      table: 'member_plans',
      format: 'JSONEachRow',
      values: [
        plans('M1', '2024', 2, [
          plan('futian', 'finance', '0.1'),
          plan('futian', 'digital_economy', '0.2'),
          plan('dapeng', 'marine_economy', '1.0001'),
        ]),
        plans('M2', '2024-H1', 3, [plan('nanshan', 'finance', '99999999999999.9999')]),
        plans('M1', '2025', 4, [plan('luohu', 'finance', '10')]),
      ],
    });
    await ch.insert({
      table: 'member_plans',
      format: 'JSONEachRow',
      values: [plans('M1', '2024', 1, [plan('nanshan', 'new_energy', '0.2')])],
    });
  });
  afterAll(async () => {
    await ch.close();
  });

  it('computes the headline exactly, as decimal strings of yuan', async () => {
    const f = await figures();
    expect(f).toMatchObject({
      projects: 7, // C1 C2 C3 C4 C7 C9 C10
      investment_yuan: '1000000000125106333',
      agreements: 2, // A1 A3
      joint_ventures: 1,
      key_projects: 2, // K1 K2
      key_investment_yuan: '12352678',
      planned_by_members: { items: 5, investment_yuan: '1000000000000113000' },
    });
  });

  it('sums 0.1 + 0.2 wan to exactly 3000 yuan', async () => {
    expect(await figures({ district: 'futian', sector: 'finance', from: '2024-02-01', to: '2024-06-01', stage: 'landed' })).toMatchObject({
      projects: 2,
      investment_yuan: '21000',
    }); // C1 + C10
    const q2 = (await figures()).by_quarter.find((r) => r.quarter === '2024-Q1');
    expect(q2).toMatchObject({ projects: 1, investment_yuan: '1000', agreements: 1 }); // C1, A3
    const futian = (await figures({ from: '2024-02-01', to: '2024-05-21' })).by_district.find((r) => r.district === 'futian');
    expect(futian).toMatchObject({ projects: 3, investment_yuan: '23000' }); // C1 + C2 + C10
    expect(futian?.planned_by_members).toEqual({ items: 2, investment_yuan: '3000' }); // 0.1 + 0.2 wan
  });

  it('applies from/to (to exclusive) by landed_on, to projects and investment only', async () => {
    const f = await figures({ from: '2024-01-01', to: '2024-06-01' });
    expect(f).toMatchObject({ projects: 4, investment_yuan: '125023001', agreements: 2, joint_ventures: 1, key_projects: 2 });
    expect(f.planned_by_members.items).toBe(5);
    expect((await figures({ from: '2024-01-01', to: '2024-05-20' })).projects).toBe(3); // C2 lands on `to`
    expect((await figures({ from: '2024-05-20', to: '2024-05-21' })).projects).toBe(1); // … and on `from`
  });

  it('applies district, sector and stage to every figure (stage not to plans)', async () => {
    expect(await figures({ district: 'futian' })).toMatchObject({
      projects: 3,
      investment_yuan: '23000',
      agreements: 1,
      joint_ventures: 0,
      key_projects: 1,
      key_investment_yuan: '7000',
      planned_by_members: { items: 2, investment_yuan: '3000' },
    });
    expect(await figures({ sector: 'finance' })).toMatchObject({
      projects: 3,
      investment_yuan: '23000',
      agreements: 1,
      joint_ventures: 1,
      key_projects: 0,
      key_investment_yuan: '0',
      planned_by_members: { items: 3, investment_yuan: '1000000000000100999' },
    });
    expect(await figures({ stage: 'landed' })).toMatchObject({
      projects: 5,
      investment_yuan: '1000000000000104332',
      agreements: 1,
      joint_ventures: 0,
      key_projects: 0,
      planned_by_members: { items: 5 },
    });
    expect(await figures({ stage: 'terminated' })).toMatchObject({
      projects: 0,
      investment_yuan: '0',
      agreements: 0,
      joint_ventures: 0,
      key_projects: 0,
      key_investment_yuan: '0',
    });
  });

  it('uses the latest version of each project, even when it clears a field', async () => {
    const f = await figures();
    expect(f.by_quarter.find((r) => r.quarter === '2024-Q3')).toMatchObject({ projects: 0, key_projects: 1 }); // not C9's old date
    expect(f.by_quarter.find((r) => r.quarter === null)).toMatchObject({ projects: 2, agreements: 1, joint_ventures: 1, key_projects: 1 });
    expect(f.by_source_event.find((r) => r.source_event === 'E2')).toMatchObject({ projects: 1, agreements: 1 }); // C4, A3
  });

  it('has breakdowns whose rows add up to the headline', async () => {
    for (const filters of [{}, { from: '2024-01-01', to: '2024-07-01' }, { district: 'nanshan' }] as Array<Record<string, string>>) {
      const f = await figures(filters);
      for (const rows of [f.by_district, f.by_sector, f.by_stage, f.by_source_event, f.by_quarter]) {
        const sum = (k: keyof InvestmentRow) => rows.reduce((s, r) => s + BigInt(r[k] as string | number), 0n);
        for (const k of ['projects', 'investment_yuan', 'agreements', 'joint_ventures', 'key_projects', 'key_investment_yuan'] as const) {
          expect(sum(k), k).toBe(BigInt(f[k]));
        }
      }
      for (const rows of [f.by_district, f.by_sector]) {
        expect(rows.reduce((s, r) => s + r.planned_by_members.items, 0)).toBe(f.planned_by_members.items);
        expect(rows.reduce((s, r) => s + BigInt(r.planned_by_members.investment_yuan), 0n)).toBe(
          BigInt(f.planned_by_members.investment_yuan),
        );
      }
    }
  });

  it('labels slices and keeps plan-only slices', async () => {
    const f = await figures();
    expect(f.by_quarter.map((r) => r.quarter)).toEqual(['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', null]);
    expect(f.by_district.find((r) => r.district === 'luohu')).toEqual({
      district: 'luohu',
      projects: 0,
      investment_yuan: '0',
      agreements: 0,
      joint_ventures: 0,
      key_projects: 0,
      key_investment_yuan: '0',
      planned_by_members: { items: 1, investment_yuan: '100000' },
    });
    expect(f.by_stage.map((r) => r.stage)).toEqual(['in_operation', 'landed', 'signed', 'under_construction']);
    expect(f.by_stage.every((r) => r.planned_by_members === null)).toBe(true);
  });

  it('refuses unknown codes and parameters', () => {
    expect(investmentFilters.safeParse({ sector: 'mining' }).success).toBe(false);
    expect(investmentFilters.safeParse({ stage: 'done' }).success).toBe(false);
    expect(investmentFilters.safeParse({ kind: 'key_project' }).success).toBe(false);
    expect(investmentFilters.safeParse({ from: '2024-02-01', to: '2024-02-01' }).success).toBe(false);
  });
});
