// Cross-check on random lifecycles: the per-demand states folded in SQL equal
// foldDemand (the TS reference in @liaison/schemas), and the published
// figures equal the same figures counted here in TS from those folds, even
// when events arrive shuffled, over several loads, some of them twice.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { foldDemands, type DemandEvent, type DemandFold } from '@liaison/schemas';
import { createTestDatabase, loadDemandEvents, type ClickHouseClient } from '@liaison/warehouse/testing';
import { cstDate, demandFigures, medianDays } from './figures.ts';
import type { DemandFilters } from './filters.ts';
import { arrive, seededRand, syntheticDemandEvents } from './demands-synthetic.ts';
import { rate } from '../shared/rate.ts';

const rand = seededRand(20240601);
const events = arrive(syntheticDemandEvents({ rand, firstIndex: 0, count: 400, chaos: true, spacingMs: 3 * 86_400_000 }), rand);
// Re-deliveries: a tenth of the events again, half of them under a later seq.
const again = events.filter(() => rand() < 0.1).map((e) => (rand() < 0.5 ? e : { ...e, seq: e.seq + 100_000 }));
const folds = foldDemands([...events, ...again]);
const AS_OF = new Date('2026-03-01T00:00:00Z');

/** The headline counted in TS from the reference folds. */
function expected(f: DemandFilters) {
  const inWindow = [...folds.values()].filter((d): d is DemandFold & { created_at: string } => {
    if (d.created_at === null || d.state === 'withdrawn') return false;
    const on = cstDate(new Date(d.created_at));
    return (
      (!f.district || d.district === f.district) &&
      (!f.channel || d.channel === f.channel) &&
      (!f.category || d.category === f.category) &&
      (!f.from || on >= f.from) &&
      (!f.to || on < f.to)
    );
  });
  const resolved = inWindow.filter((d) => d.state === 'resolved');
  const onTime = resolved.filter((d) => d.deadline === null || cstDate(new Date(d.last_resolved_at ?? '')) <= d.deadline);
  const ms = resolved
    .map((d) => BigInt(Date.parse(d.last_resolved_at ?? '') - Date.parse(d.created_at)))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const fed = inWindow.filter((d) => d.latest_satisfaction !== null);
  const open = inWindow.filter((d) => d.state === 'open');
  const age = (d: { created_at: string }) => (Date.parse(cstDate(AS_OF)) - Date.parse(cstDate(new Date(d.created_at)))) / 86_400_000;
  return {
    demands: inWindow.length,
    resolved: resolved.length,
    on_time: onTime.length,
    median_days_to_resolve:
      ms.length === 0 ? null : medianDays(ms[Math.ceil(ms.length / 2) - 1] ?? 0n, ms[Math.floor(ms.length / 2)] ?? 0n),
    satisfaction_rate: rate(fed.filter((d) => (d.latest_satisfaction ?? 0) >= 4).length, fed.length),
    open_backlog: {
      total: open.length,
      days_0_7: open.filter((d) => age(d) <= 7).length,
      days_8_30: open.filter((d) => age(d) >= 8 && age(d) <= 30).length,
      days_31_90: open.filter((d) => age(d) >= 31 && age(d) <= 90).length,
      days_over_90: open.filter((d) => age(d) > 90).length,
    },
  };
}

describe('demand fold cross-check', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    const loads: DemandEvent[][] = [
      events.slice(0, 900),
      events.slice(900, 1800),
      [...events.slice(1800), ...again.slice(0, 50)],
      again.slice(50),
    ];
    for (const [i, batch] of loads.entries()) await loadDemandEvents(ch, batch, { sourceId: 'demand-platform', runId: `run-${i}` });
  });
  afterAll(async () => {
    await ch.close();
  });

  it('folds every demand as foldDemand does', async () => {
    const rs = await ch.query({
      query: `SELECT demand_id, has_created, created_at, district, channel, category, department, state, resolved_at,
                     toString(deadline) AS deadline, satisfaction FROM demand_states FINAL ORDER BY demand_id`,
      format: 'JSONEachRow',
    });
    const iso = (ts: string | null) => (ts === null ? null : `${ts.replace(' ', 'T')}Z`);
    const sql = (await rs.json<Record<string, string | number | boolean | null>>()).map((r) => ({
      demand_id: r['demand_id'],
      created_at: r['has_created'] ? iso(r['created_at'] as string) : null,
      district: r['district'] || null,
      channel: r['channel'] || null,
      category: r['category'] || null,
      department: r['department'],
      state: r['state'],
      last_resolved_at: iso(r['resolved_at'] as string | null),
      deadline: r['deadline'],
      latest_satisfaction: r['satisfaction'],
    }));
    const reference = [...folds.values()]
      .sort((a, b) => (a.demand_id < b.demand_id ? -1 : 1))
      .map((d) => ({
        demand_id: d.demand_id,
        created_at: d.created_at,
        district: d.district,
        channel: d.channel,
        category: d.category,
        department: d.department,
        state: d.state,
        last_resolved_at: d.last_resolved_at,
        deadline: d.deadline,
        latest_satisfaction: d.latest_satisfaction,
      }));
    expect(sql).toEqual(reference);
    // the random lives do cover the cases
    const states = new Set(reference.map((d) => d.state));
    expect([...states].sort()).toEqual(['open', 'resolved', 'withdrawn']);
    expect(reference.some((d) => d.created_at === null)).toBe(true);
  });

  it.each<DemandFilters>([
    {},
    { from: '2024-01-01', to: '2025-01-01' },
    { district: 'nanshan' },
    { channel: 'hotline', category: 'policy' },
  ])('publishes the figures the reference folds give (%o)', async (f) => {
    const got = await demandFigures(ch, f, AS_OF);
    const { demands, resolved, on_time, median_days_to_resolve, satisfaction_rate, open_backlog } = got;
    expect({ demands, resolved, on_time, median_days_to_resolve, satisfaction_rate, open_backlog }).toEqual(expected(f));
  });
});
