// Demo data must be valid against the shared schemas (the connectors'
// quarantine would otherwise fill with our own noise), identical per seed,
// and varied enough to exercise every code list.
import { describe, expect, it } from 'vitest';
import { enterpriseRecord, hasValidOrgCodeCheck, OWNERSHIP_CODES, projectRecord, validateBatch, visitRecord } from '@liaison/schemas';
import { demoDistrict, demoRegistry } from './district.ts';
import { demoEnterprises } from './enterprises.ts';

const demo = demoDistrict({ district: 'nanshan', seed: 42, enterprises: 400, visits: 800, projects: 200 });
const items = (records: readonly unknown[]) => records.map((raw, index) => ({ raw, position: { index } }));

describe('demoDistrict', () => {
  it('produces only records the schemas accept', () => {
    for (const [schema, records] of [
      [enterpriseRecord, demo.enterprises],
      [visitRecord, demo.visits],
      [projectRecord, demo.projects],
    ] as const) {
      const { valid, invalid } = validateBatch(schema, items(records));
      expect(invalid).toEqual([]);
      expect(valid).toHaveLength(records.length);
    }
  });

  it('is deterministic per seed and differs between seeds', () => {
    const again = demoDistrict({ district: 'nanshan', seed: 42, enterprises: 400, visits: 800, projects: 200 });
    expect(again).toEqual(demo);
    const other = demoDistrict({ district: 'nanshan', seed: 43, enterprises: 400, visits: 800, projects: 200 });
    expect(other.enterprises[0]).not.toEqual(demo.enterprises[0]);
  });

  it('represents every ownership type, mostly central SOE units', () => {
    const counts = new Map<string, number>();
    for (const e of demo.enterprises) counts.set(e.ownership, (counts.get(e.ownership) ?? 0) + 1);
    for (const code of OWNERSHIP_CODES) expect(counts.get(code) ?? 0).toBeGreaterThan(0);
    expect(counts.get('central_soe')!).toBeGreaterThan(demo.enterprises.length * 0.3);
    const tiny = demoEnterprises({ district: 'futian', seed: 1, count: OWNERSHIP_CODES.length });
    expect(new Set(tiny.map((e) => e.ownership)).size).toBe(OWNERSHIP_CODES.length);
  });

  it('gives unique, fully valid Shenzhen USCCs and unique names', () => {
    const usccs = demo.enterprises.map((e) => e.uscc);
    expect(new Set(usccs).size).toBe(usccs.length);
    expect(new Set(demo.enterprises.map((e) => e.name)).size).toBe(usccs.length);
    for (const u of usccs) {
      expect(u).toMatch(/^9[12]4403\d\d/);
      expect(hasValidOrgCodeCheck(u)).toBe(true);
    }
  });

  it('has tombstones, orphan visits and ascending +08:00 timestamps', () => {
    expect(demo.enterprises.some((e) => e.deleted)).toBe(true);
    const known = new Set(demo.enterprises.map((e) => e.uscc));
    const orphans = demo.visits.filter((v) => !known.has(v.uscc));
    expect(orphans.length).toBeGreaterThan(0);
    expect(orphans.length).toBeLessThan(demo.visits.length * 0.1);
    for (const list of [demo.enterprises, demo.visits, demo.projects]) {
      const times = list.map((r) => r.updated_at);
      for (const t of times) expect(t).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
      expect([...times].sort()).toEqual(times);
    }
    expect(new Set(demo.visits.map((v) => v.visit_id)).size).toBe(demo.visits.length);
    expect(new Set(demo.projects.map((p) => p.project_id)).size).toBe(demo.projects.length);
  });

  it('writes amounts as exact decimal strings with at most 4 decimals', () => {
    for (const p of demo.projects) expect(p.investment_wan).toMatch(/^\d+(\.\d{1,4})?$/);
    expect(demo.projects.some((p) => p.investment_wan.includes('.'))).toBe(true);
  });

  it('reuses the same enterprises for other simulators', () => {
    const registry = demoRegistry({ seed: 42, districts: ['nanshan', 'futian'], perDistrict: 400 });
    expect(registry.slice(0, 400)).toEqual(demo.enterprises);
    expect(registry.slice(400).every((e) => e.district === 'futian')).toBe(true);
    const withFewerVisits = demoDistrict({ district: 'nanshan', seed: 42, enterprises: 400, visits: 5 });
    expect(withFewerVisits.enterprises).toEqual(demo.enterprises);
  });
});
