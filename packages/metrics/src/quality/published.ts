// The published data-quality response: every source's quality, as_of/stale
// of them all, and the incomplete demands counter.
import type { ClickHouseClient } from '@liaison/warehouse';
import { incompleteDemands } from '../demands/figures.ts';
import { freshness } from '../shared/freshness.ts';
import { feedingSources, type SourceInfo, type SourceKind } from '../shared/published.ts';
import { qualityFigures } from './figures.ts';
import type { QualityResult } from './response.ts';

export const QUALITY_FEEDS: readonly SourceKind[] = ['district-api', 'district-files', 'demand-platform', 'member-inbox'];

/** Data quality of every source, published beside the figures. */
export async function quality(ch: ClickHouseClient, sources: readonly SourceInfo[], now = new Date()): Promise<QualityResult> {
  const [fresh, figures] = await Promise.all([
    freshness(ch, feedingSources(QUALITY_FEEDS, sources), now),
    qualityFigures(ch, sources, now, { incompleteDemands }),
  ]);
  return { ...fresh, ...figures };
}
