// The published investment response: figures plus as_of/stale of the sources
// that feed them (the district systems and member submissions).
import type { ClickHouseClient } from '@liaison/warehouse';
import { feedingSources, publish, type SourceInfo, type SourceKind } from '../shared/published.ts';
import { investmentFigures } from './figures.ts';
import type { InvestmentFilters } from './filters.ts';
import type { InvestmentResult } from './response.ts';

export const INVESTMENT_FEEDS: readonly SourceKind[] = ['district-api', 'district-files', 'member-inbox'];

export function investment(ch: ClickHouseClient, filters: InvestmentFilters, sources: readonly SourceInfo[]): Promise<InvestmentResult> {
  return publish(ch, feedingSources(INVESTMENT_FEEDS, sources), filters, investmentFigures(ch, filters));
}
