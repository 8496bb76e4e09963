// The published metrics by name: which source kinds feed each. With
// definitions.ts, the one place that lists the metrics; everything else about
// a metric lives in its own folder.
import { COVERAGE_FEEDS } from './coverage/published.ts';
import { DEMAND_FEEDS } from './demands/published.ts';
import { INVESTMENT_FEEDS } from './investment/published.ts';
import { QUALITY_FEEDS } from './quality/published.ts';
import { feedingSources, type SourceKind } from './shared/published.ts';

const FEEDS = {
  coverage: COVERAGE_FEEDS,
  demands: DEMAND_FEEDS,
  investment: INVESTMENT_FEEDS,
  quality: QUALITY_FEEDS,
} as const satisfies Record<string, readonly SourceKind[]>;

export type MetricName = keyof typeof FEEDS;

/** The configured sources that feed a metric. */
export function feedsOf<S extends { kind: string }>(metric: MetricName, sources: readonly S[]): S[] {
  return feedingSources(FEEDS[metric], sources);
}
