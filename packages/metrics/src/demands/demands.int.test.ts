// Demand figures on the real engine, against values worked out by hand from
// demands-fixtures.ts (each demand there says what it proves). The events
// arrive out of order over three loads, some of them twice.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, loadDemandEvents, type ClickHouseClient } from '@liaison/warehouse/testing';
import { demandFigures, incompleteDemands, medianDays } from './figures.ts';
import { demandFilters } from './filters.ts';
import type { DemandRow } from './response.ts';
import { AS_OF, ev, FIXTURE } from './demands-fixtures.ts';
import { rate } from '../shared/rate.ts';

/** A figures row: counts, median, satisfied/with feedback, open backlog [total, 0–7, 8–30, 31–90, >90]. */
function row(demands: number, resolved: number, onTime: number, median: number | null, sat: [number, number], open: number[]): DemandRow {
  const [total = 0, a = 0, b = 0, c = 0, d = 0] = open;
  return {
    demands,
    resolved,
    resolution_rate: rate(resolved, demands),
    on_time: onTime,
    on_time_rate: rate(onTime, resolved),
    median_days_to_resolve: median,
    satisfaction_rate: rate(sat[0], sat[1]),
    open_backlog: { total, days_0_7: a, days_8_30: b, days_31_90: c, days_over_90: d },
  };
}
const pick = ({
  demands,
  resolved,
  resolution_rate,
  on_time,
  on_time_rate,
  median_days_to_resolve,
  satisfaction_rate,
  open_backlog,
}: DemandRow): DemandRow => ({
  demands,
  resolved,
  resolution_rate,
  on_time,
  on_time_rate,
  median_days_to_resolve,
  satisfaction_rate,
  open_backlog,
});

describe('demand figures', () => {
  let ch: ClickHouseClient;
  const meta = { sourceId: 'demand-platform', runId: 'run-1' };
  const figures = (f: Record<string, string> = {}) => demandFigures(ch, demandFilters.parse(f), AS_OF);

  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
    const late = FIXTURE.filter((_, i) => i % 3 !== 0).reverse();
    const early = FIXTURE.filter((_, i) => i % 3 === 0);
    await loadDemandEvents(ch, late, meta);
    await loadDemandEvents(ch, [...early, ...late.slice(0, 5)], { ...meta, runId: 'run-2' });
    // re-deliveries on a later page, under higher seqs
    await loadDemandEvents(
      ch,
      FIXTURE.slice(0, 6).map((e) => ({ ...e, seq: e.seq + 5000 })),
      { ...meta, runId: 'run-3' },
    );
  });
  afterAll(async () => {
    await ch.close();
  });

  it('computes the headline', async () => {
    const f = await figures();
    expect(pick(f)).toEqual(row(10, 5, 3, 10, [1, 4], [5, 1, 1, 2, 1]));
    expect(f.resolution_rate.value).toBe(0.5);
    expect(f.as_of_date).toBe('2024-09-01');
  });

  it('breaks down by district, channel, category, department and month', async () => {
    const f = await figures();
    expect(f.by_district).toEqual([
      { district: 'futian', ...row(4, 2, 0, 16.6, [0, 1], [2, 1, 0, 1, 0]) }, // (13.1 + 20) / 2 = 16.55 → 16.6
      { district: 'nanshan', ...row(6, 3, 3, 5, [1, 3], [3, 0, 1, 1, 1]) },
    ]);
    expect(f.by_channel).toEqual([
      { channel: 'association', ...row(1, 0, 0, null, [0, 0], [1, 0, 0, 1, 0]) },
      { channel: 'hotline', ...row(2, 0, 0, null, [0, 1], [2, 0, 1, 1, 0]) },
      { channel: 'platform', ...row(2, 1, 1, 10, [0, 1], [1, 1, 0, 0, 0]) },
      { channel: 'visit', ...row(5, 4, 2, 9.1, [1, 2], [1, 0, 0, 0, 1]) }, // (5 + 13.1) / 2 = 9.05 → 9.1
    ]);
    expect(f.by_category.map((r) => [r.category, r.demands])).toEqual([
      ['financing', 5],
      ['permits', 1],
      ['policy', 4],
    ]);
    expect(f.by_department.map((r) => [r.department, r.demands, r.resolved])).toEqual([
      [null, 8, 3],
      ['市人社局', 1, 1],
      ['市工信局', 1, 1],
    ]);
    expect(f.by_month.map((r) => [r.month, r.demands])).toEqual([
      ['2024-05', 1],
      ['2024-06', 7],
      ['2024-08', 2],
    ]);
  });

  it('has breakdown rows that add up to the headline', async () => {
    const f = await figures();
    for (const rows of [f.by_district, f.by_channel, f.by_category, f.by_department, f.by_month]) {
      const sum = (get: (r: DemandRow) => number) => rows.reduce((s, r) => s + get(r), 0);
      expect(sum((r) => r.demands)).toBe(f.demands);
      expect(sum((r) => r.resolved)).toBe(f.resolved);
      expect(sum((r) => r.on_time)).toBe(f.on_time);
      expect(sum((r) => r.satisfaction_rate.denominator)).toBe(f.satisfaction_rate.denominator);
      expect(sum((r) => r.open_backlog.days_over_90)).toBe(f.open_backlog.days_over_90);
    }
  });

  it('windows by the CST date of created, `to` exclusive', async () => {
    // D9 (2024-05-31T16:30Z) is June; D10 (2024-05-31T15:59Z) is May
    expect(pick(await figures({ from: '2024-06-01', to: '2024-07-01' }))).toEqual(row(7, 4, 2, 11.6, [1, 4], [3, 0, 0, 2, 1]));
    expect((await figures({ to: '2024-06-01' })).demands).toBe(1);
    expect((await figures({ from: '2024-06-01', to: '2024-06-02' })).by_category).toMatchObject([{ category: 'permits', demands: 1 }]);
  });

  it('filters numerator and denominator alike', async () => {
    const f = await figures({ category: 'financing' });
    expect(pick(f)).toEqual(row(5, 3, 2, 5, [1, 3], [2, 1, 0, 1, 0]));
    expect(f.by_district.map((r) => [r.district, r.demands])).toEqual([
      ['futian', 2],
      ['nanshan', 3],
    ]);
    expect(pick(await figures({ district: 'futian', channel: 'visit' }))).toEqual(row(2, 2, 0, 16.6, [0, 1], [0]));
  });

  it('gives null, never 0 or NaN, for zero denominators', async () => {
    const none = await figures({ district: 'luohu' });
    expect(pick(none)).toEqual(row(0, 0, 0, null, [0, 0], [0]));
    expect(none.resolution_rate.value).toBeNull();
    expect(none.by_month).toEqual([]);
    const hotline = await figures({ channel: 'hotline' });
    expect([hotline.on_time_rate.value, hotline.median_days_to_resolve, hotline.resolution_rate.value]).toEqual([null, null, 0]);
  });

  it('counts demands whose created has not arrived, until it does', async () => {
    expect(await incompleteDemands(ch)).toBe(1);
    await loadDemandEvents(ch, [ev('D13', 'withdrawn', '2024-06-10 09:00', { reason: 'x' })], meta);
    expect(await incompleteDemands(ch)).toBe(2);
    await loadDemandEvents(
      ch,
      [
        ev('D13', 'created', '2024-06-09 09:00', {
          uscc: '91440300MA5DC6QX8G',
          enterprise_name: '企业',
          district: 'nanshan',
          category: 'policy',
          channel: 'visit',
          title: 't',
          deadline: null,
        }),
      ],
      meta,
    );
    expect(await incompleteDemands(ch)).toBe(1);
    expect((await figures()).demands).toBe(10); // D13 is withdrawn
  });
});

describe('median rounding', () => {
  it('is exact: the mean of the two middles, half away from zero', () => {
    const day = 86_400_000n;
    expect(medianDays(5n * day, (131n * day) / 10n)).toBe(9.1);
    expect(medianDays(day, day)).toBe(1);
    expect(medianDays(0n, day / 10n)).toBe(0.1); // 0.05 → 0.1
    expect(medianDays(0n, day / 10n - 1n)).toBe(0);
    expect(medianDays(-day / 10n, 0n)).toBe(-0.1);
  });
});
