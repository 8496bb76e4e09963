// Demand resolution (metrics.md § Demand resolution): demands, resolved,
// on-time resolution, median days to resolve, satisfaction and the open
// backlog with its ages, for a headline and each breakdown. ClickHouse does
// all the counting (demands-sql.ts); here rows become exact rates and figures.
// Nothing here carries free text or names a person: only codes and counts.
import { z } from 'zod';
import { DEMAND_CATEGORIES_CODES, DEMAND_CHANNELS } from '@liaison/schemas';
import type { ClickHouseClient } from '@liaison/warehouse';
import { DEMAND_FIGURES_SQL, INCOMPLETE_DEMANDS_SQL, type DemandFiguresRow } from './demands-sql.ts';
import { commonFilterFields } from './filters.ts';
import { rate, type Rate } from './rate.ts';

export const demandFilters = z
  .strictObject({
    ...commonFilterFields,
    category: z.enum(DEMAND_CATEGORIES_CODES, { error: `must be a demand category (${DEMAND_CATEGORIES_CODES.join(', ')})` }).optional(),
    channel: z.enum(DEMAND_CHANNELS, { error: `must be a channel (${DEMAND_CHANNELS.join(', ')})` }).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.from && f.to && f.from >= f.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` is exclusive and must be after `from`' });
    }
  });

export type DemandFilters = z.infer<typeof demandFilters>;

/** Open (not resolved, not withdrawn) demands by age in whole CST days at as_of. */
export interface OpenBacklog {
  total: number;
  days_0_7: number;
  days_8_30: number;
  days_31_90: number;
  days_over_90: number;
}

export interface DemandRow {
  demands: number;
  resolved: number;
  resolution_rate: Rate;
  on_time: number;
  on_time_rate: Rate;
  /** null when nothing is resolved. */
  median_days_to_resolve: number | null;
  satisfaction_rate: Rate;
  open_backlog: OpenBacklog;
}

export interface DemandFigures extends DemandRow {
  /** The CST date ages are measured at. */
  as_of_date: string;
  by_category: Array<DemandRow & { category: string }>;
  by_district: Array<DemandRow & { district: string }>;
  by_channel: Array<DemandRow & { channel: string }>;
  /** department: of the last `transferred` event; null = never transferred. */
  by_department: Array<DemandRow & { department: string | null }>;
  /** month: of creation, `YYYY-MM` in CST. */
  by_month: Array<DemandRow & { month: string }>;
}

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

function toRow(r: DemandFiguresRow): DemandRow {
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

const EMPTY: DemandRow = toRow({
  demands: '0', resolved: '0', on_time: '0', middle_ms: ['0', '0'], with_feedback: '0',
  satisfied: '0', open: '0', open_0_7: '0', open_8_30: '0', open_31_90: '0', open_over_90: '0',
} as DemandFiguresRow);

/** Figures for the filters, with open-backlog ages taken at `asOf`. */
export async function demandFigures(ch: ClickHouseClient, f: DemandFilters, asOf: Date): Promise<DemandFigures> {
  const asOfDate = cstDate(asOf);
  const rs = await ch.query({
    query: DEMAND_FIGURES_SQL,
    query_params: {
      district: f.district ?? null,
      from: f.from ?? null,
      to: f.to ?? null,
      category: f.category ?? null,
      channel: f.channel ?? null,
      as_of_day: asOfDate,
    },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<DemandFiguresRow>();
  const is = (r: DemandFiguresRow, key: keyof DemandFiguresRow & `by_${string}`) => Boolean(r[key]);
  const total = rows.find((r) => !is(r, 'by_category') && !is(r, 'by_district') && !is(r, 'by_channel')
    && !is(r, 'by_department') && !is(r, 'by_month'));
  return {
    ...(total ? toRow(total) : EMPTY),
    as_of_date: asOfDate,
    by_category: rows.filter((r) => is(r, 'by_category')).map((r) => ({ category: r.category, ...toRow(r) })),
    by_district: rows.filter((r) => is(r, 'by_district')).map((r) => ({ district: r.district, ...toRow(r) })),
    by_channel: rows.filter((r) => is(r, 'by_channel')).map((r) => ({ channel: r.channel, ...toRow(r) })),
    by_department: rows.filter((r) => is(r, 'by_department')).map((r) => ({ department: r.department, ...toRow(r) })),
    by_month: rows.filter((r) => is(r, 'by_month')).map((r) => ({ month: r.month_label, ...toRow(r) })),
  };
}

/** metrics.md "Data quality": demands whose `created` event has not arrived. */
export async function incompleteDemands(ch: ClickHouseClient): Promise<number> {
  const rs = await ch.query({ query: INCOMPLETE_DEMANDS_SQL, format: 'JSONEachRow' });
  const [row] = await rs.json<{ incomplete_demands: string }>();
  return Number(row?.incomplete_demands ?? 0);
}
