// The published demand-resolution response: figures plus as_of/stale of the
// demand platform. Backlog ages are counted at as_of (the data's time, not
// the request's); the dashboard caches whole responses by data version.
import type { ClickHouseClient } from '@liaison/warehouse';
import { feedingSources, publishAfter, type SourceInfo, type SourceKind } from '../shared/published.ts';
import { demandFigures } from './figures.ts';
import type { DemandFilters } from './filters.ts';
import type { DemandsResult } from './response.ts';

export const DEMAND_FEEDS: readonly SourceKind[] = ['demand-platform'];

export function demands(
  ch: ClickHouseClient,
  filters: DemandFilters,
  sources: readonly SourceInfo[],
  now = new Date(),
): Promise<DemandsResult> {
  return publishAfter(
    ch,
    feedingSources(DEMAND_FEEDS, sources),
    filters,
    (fresh) => {
      const latest = Object.values(fresh.as_of)
        .filter((s): s is string => s !== null)
        .sort()
        .at(-1);
      return demandFigures(ch, filters, latest ? new Date(latest) : now);
    },
    now,
  );
}
