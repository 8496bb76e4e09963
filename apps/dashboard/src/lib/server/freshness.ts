// `as_of` and `stale` of the feeding sources, as @liaison/metrics defines
// them (freshness.ts there), read on every request to know the data version.
// Same query, same rule; the one difference is that a schedule's period is
// worked out once per schedule, not per request: walking two weeks of a
// `*/5` cron takes ~80 ms, which would be most of a request's budget.
import { isoFromClickHouse, schedulePeriodMs, type FeedingSource, type Freshness } from '@liaison/metrics';
import { lastSuccessfulSyncs } from '@liaison/warehouse';
import { clickhouse } from './clickhouse.ts';

const periods = new Map<string, number>();

export function periodMs(schedule: string): number {
  let p = periods.get(schedule);
  if (p === undefined) periods.set(schedule, (p = schedulePeriodMs(schedule)));
  return p;
}

/** When a source's data went (or will go) stale: two schedule periods after its last success. */
export function staleSince(asOf: string, schedule: string): number {
  return Date.parse(asOf) + 2 * periodMs(schedule);
}

export async function freshnessOf(feeds: readonly FeedingSource[], now: Date): Promise<Freshness> {
  const last = await lastSuccessfulSyncs(clickhouse());
  const as_of: Record<string, string | null> = {};
  let stale = false;
  for (const feed of feeds) {
    const finished = last.get(feed.id);
    const iso = finished ? isoFromClickHouse(finished) : null;
    as_of[feed.id] = iso;
    stale ||= iso === null || now.getTime() > staleSince(iso, feed.schedule);
  }
  return { as_of, stale };
}

/**
 * The instant the response last changed: the newest sync it stands on, or,
 * once stale, the moment it became so (its `stale` flag changed then).
 */
export function lastModifiedOf(v: Freshness, feeds: readonly FeedingSource[], now: Date): Date | null {
  let t = -Infinity;
  for (const feed of feeds) {
    const at = v.as_of[feed.id];
    if (!at) continue;
    t = Math.max(t, Date.parse(at));
    const since = staleSince(at, feed.schedule);
    if (since < now.getTime()) t = Math.max(t, since);
  }
  return Number.isFinite(t) ? new Date(t) : null;
}
