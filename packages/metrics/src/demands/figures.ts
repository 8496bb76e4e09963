// Demand resolution (metrics.md § Demand resolution): demands, resolved,
// on-time resolution, median days to resolve, satisfaction and the open
// backlog with its ages, for a headline and each breakdown. ClickHouse does
// all the counting (sql.ts); here rows become exact rates and figures.
// Nothing here carries free text or names a person: only codes and counts.
import type { ClickHouseClient } from '@liaison/warehouse';
import { rate } from '../shared/rate.ts';
import { splitBreakdowns } from '../shared/sql.ts';
import type { DemandFilters } from './filters.ts';
import type { DemandFigures, DemandRow } from './response.ts';
import { DEMAND_BREAKDOWNS, demandFiguresQuery, incompleteDemandsQuery } from './sql.ts';

type DemandFiguresRow = Awaited<ReturnType<typeof demandFiguresQuery>>[number];

const DAY_MS = 86_400_000n;

/**
 * The mean of the two middle durations (ms) in days, rounded to 1 decimal
 * half away from zero, on integers: (low + high) / 2 / DAY_MS × 10.
 */
export function medianDays(lowMs: bigint, highMs: bigint): number {
  const twice = lowMs + highMs;
  const magnitude = twice < 0n ? -twice : twice;
  const d = 2n * DAY_MS;
  const tenths = (magnitude * 20n + d) / (2n * d);
  const value = Number(tenths) / 10;
  return twice < 0n && value !== 0 ? -value : value;
}

/** The CST (UTC+08:00) calendar date of an instant. */
export function cstDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

type Counts = Omit<DemandFiguresRow, 'breakdown' | 'category' | 'district' | 'channel' | 'department' | 'month_label'>;

function toRow(r: Counts): DemandRow {
  const resolved = BigInt(r.resolved);
  return {
    demands: Number(r.demands),
    resolved: Number(resolved),
    resolution_rate: rate(resolved, BigInt(r.demands)),
    on_time: Number(r.on_time),
    on_time_rate: rate(BigInt(r.on_time), resolved),
    median_days_to_resolve: resolved === 0n ? null : medianDays(BigInt(r.middle_ms[0]), BigInt(r.middle_ms[1])),
    satisfaction_rate: rate(BigInt(r.satisfied), BigInt(r.with_feedback)),
    open_backlog: {
      total: Number(r.open),
      days_0_7: Number(r.open_0_7),
      days_8_30: Number(r.open_8_30),
      days_31_90: Number(r.open_31_90),
      days_over_90: Number(r.open_over_90),
    },
  };
}

const EMPTY: Counts = {
  demands: '0',
  resolved: '0',
  on_time: '0',
  middle_ms: ['0', '0'],
  with_feedback: '0',
  satisfied: '0',
  open: '0',
  open_0_7: '0',
  open_8_30: '0',
  open_31_90: '0',
  open_over_90: '0',
};

/** Figures for the filters, with open-backlog ages taken at `asOf`. */
export async function demandFigures(ch: ClickHouseClient, f: DemandFilters, asOf: Date): Promise<DemandFigures> {
  const asOfDate = cstDate(asOf);
  const rows = await demandFiguresQuery(ch, {
    district: f.district ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    category: f.category ?? null,
    channel: f.channel ?? null,
    as_of_day: asOfDate,
  });
  const { headline, by } = splitBreakdowns(rows, DEMAND_BREAKDOWNS);
  return {
    ...toRow(headline ?? EMPTY),
    as_of_date: asOfDate,
    by_category: by.category.map((r) => ({ category: r.category, ...toRow(r) })),
    by_district: by.district.map((r) => ({ district: r.district, ...toRow(r) })),
    by_channel: by.channel.map((r) => ({ channel: r.channel, ...toRow(r) })),
    by_department: by.department.map((r) => ({ department: r.department, ...toRow(r) })),
    by_month: by.month.map((r) => ({ month: r.month_label, ...toRow(r) })),
  };
}

/** metrics.md "Data quality": demands whose `created` event has not arrived. */
export async function incompleteDemands(ch: ClickHouseClient): Promise<number> {
  const [row] = await incompleteDemandsQuery(ch, {});
  return Number(row?.incomplete_demands ?? 0);
}
