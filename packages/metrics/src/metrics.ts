// The published responses: figures plus their `as_of`/`stale` and the filters
// that produced them. API routes and pages call these, and nothing else.
import type { ClickHouseClient } from '@liaison/warehouse';
import { coverageFigures, type CoverageFigures } from './coverage.ts';
import type { CoverageFilters } from './filters.ts';
import { freshness, type FeedingSource, type Freshness } from './freshness.ts';
import { investmentFigures, type InvestmentFigures, type InvestmentFilters } from './investment.ts';
import { qualityFigures, type QualityFigures } from './quality.ts';
import { demandFigures, incompleteDemands, type DemandFigures, type DemandFilters } from './demands.ts';
import { memoizeDemandFigures } from './demands-cache.ts';

/** The configured sources, as the metrics need them (id, kind, schedule). */
export interface SourceInfo extends FeedingSource {
  kind: 'district-api' | 'district-files' | 'demand-platform' | 'member-inbox';
}

const FEEDS = {
  coverage: ['district-api', 'district-files', 'member-inbox'],
  demands: ['demand-platform'],
  investment: ['district-api', 'district-files', 'member-inbox'],
  quality: ['district-api', 'district-files', 'demand-platform', 'member-inbox'],
} as const;

export function feedsOf(metric: keyof typeof FEEDS, sources: readonly SourceInfo[]): SourceInfo[] {
  const kinds: readonly string[] = FEEDS[metric];
  return sources.filter((s) => kinds.includes(s.kind));
}

type Published<F, T> = Freshness & { filters: Omit<F, 'format' | 'lang'> } & T;

function publicFilters<F extends { format?: unknown; lang?: unknown }>(f: F): Omit<F, 'format' | 'lang'> {
  const { format: _format, lang: _lang, ...rest } = f;
  return rest;
}

export type CoverageResult = Published<CoverageFilters, CoverageFigures>;

export async function coverage(
  ch: ClickHouseClient,
  filters: CoverageFilters,
  sources: readonly SourceInfo[],
): Promise<CoverageResult> {
  const [fresh, figures] = await Promise.all([
    freshness(ch, feedsOf('coverage', sources)),
    coverageFigures(ch, filters),
  ]);
  return { ...fresh, filters: publicFilters(filters), ...figures };
}

// Demand figures change only when a sync of the demand platform lands: the
// memo is keyed on the feeding sources' as_of (and the filters), one per database.
const demandMemos = new WeakMap<ClickHouseClient, ReturnType<typeof memoizeDemandFigures>>();
function demandFiguresMemo(ch: ClickHouseClient) {
  let memo = demandMemos.get(ch);
  if (!memo) demandMemos.set(ch, (memo = memoizeDemandFigures({ compute: demandFigures })));
  return memo;
}

export type DemandsResult = Published<DemandFilters, DemandFigures>;

export async function demands(
  ch: ClickHouseClient,
  filters: DemandFilters,
  sources: readonly SourceInfo[],
  now = new Date(),
): Promise<DemandsResult> {
  const fresh = await freshness(ch, feedsOf('demands', sources), now);
  const stamps = Object.values(fresh.as_of);
  const latest = stamps.filter((s): s is string => s !== null).sort().at(-1);
  // Backlog ages are counted at as_of: the data's time, not the request's.
  const asOf = latest ? new Date(latest) : now;
  const version = stamps.length > 0 && stamps.every((s) => s !== null) ? JSON.stringify(fresh.as_of) : null;
  const figures = await demandFiguresMemo(ch)(ch, filters, asOf, version);
  return { ...fresh, filters: publicFilters(filters), ...figures };
}

export type InvestmentResult = Published<InvestmentFilters, InvestmentFigures>;

export async function investment(
  ch: ClickHouseClient,
  filters: InvestmentFilters,
  sources: readonly SourceInfo[],
): Promise<InvestmentResult> {
  const [fresh, figures] = await Promise.all([
    freshness(ch, feedsOf('investment', sources)),
    investmentFigures(ch, filters),
  ]);
  return { ...fresh, filters: publicFilters(filters), ...figures };
}

export type QualityResult = Freshness & QualityFigures;

/** Data quality of every source, published beside the figures. */
export async function quality(ch: ClickHouseClient, sources: readonly SourceInfo[], now = new Date()): Promise<QualityResult> {
  const [fresh, figures] = await Promise.all([
    freshness(ch, feedsOf('quality', sources), now),
    qualityFigures(ch, sources, now, { incompleteDemands }),
  ]);
  return { ...fresh, ...figures };
}
