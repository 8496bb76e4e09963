// The published coverage response: figures plus as_of/stale of the sources
// that feed them (the district systems and member submissions).
import type { ClickHouseClient } from '@liaison/warehouse';
import { feedingSources, publish, type SourceInfo, type SourceKind } from '../shared/published.ts';
import { coverageFigures } from './figures.ts';
import type { CoverageFilters } from './filters.ts';
import type { CoverageResult } from './response.ts';

export const COVERAGE_FEEDS: readonly SourceKind[] = ['district-api', 'district-files', 'member-inbox'];

export function coverage(ch: ClickHouseClient, filters: CoverageFilters, sources: readonly SourceInfo[]): Promise<CoverageResult> {
  return publish(ch, feedingSources(COVERAGE_FEEDS, sources), filters, coverageFigures(ch, filters));
}
