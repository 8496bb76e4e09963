// What every published response is: the figures plus `as_of`/`stale` of the
// sources that feed them and the filters that produced them. Each metric's
// `published.ts` computes its figures and wraps them with `publish`.
import type { ClickHouseClient } from '@liaison/warehouse';
import { freshness, type FeedingSource, type Freshness } from './freshness.ts';

export type SourceKind = 'district-api' | 'district-files' | 'demand-platform' | 'member-inbox';

/** The configured sources, as the metrics need them (id, kind, schedule). */
export interface SourceInfo extends FeedingSource {
  kind: SourceKind;
}

/** The configured sources of the kinds that feed a metric. */
export function feedingSources<S extends { kind: string }>(kinds: readonly SourceKind[], sources: readonly S[]): S[] {
  return sources.filter((s) => (kinds as readonly string[]).includes(s.kind));
}

export type PublicFilters<F> = Omit<F, 'format' | 'lang'>;

export type Published<F, T> = Freshness & { filters: PublicFilters<F> } & T;

function publicFilters<F extends { format?: unknown; lang?: unknown }>(f: F): PublicFilters<F> {
  const { format: _format, lang: _lang, ...rest } = f;
  return rest;
}

/** Freshness of the feeding sources and the figures, read together, as one response. */
export async function publish<F extends { format?: unknown; lang?: unknown }, T extends object>(
  ch: ClickHouseClient,
  feeds: readonly FeedingSource[],
  filters: F,
  figures: Promise<T>,
  now = new Date(),
): Promise<Published<F, T>> {
  const [fresh, computed] = await Promise.all([freshness(ch, feeds, now), figures]);
  return { ...fresh, filters: publicFilters(filters), ...computed };
}

/** The same, for figures that need the freshness first (demand ages are counted at as_of). */
export async function publishAfter<F extends { format?: unknown; lang?: unknown }, T extends object>(
  ch: ClickHouseClient,
  feeds: readonly FeedingSource[],
  filters: F,
  figures: (fresh: Freshness) => Promise<T>,
  now = new Date(),
): Promise<Published<F, T>> {
  const fresh = await freshness(ch, feeds, now);
  return { ...fresh, filters: publicFilters(filters), ...(await figures(fresh)) };
}
