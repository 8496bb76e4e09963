// `as_of` and `stale` of a response: the finish time of the last successful
// sync of each feeding source, and whether any of them is overdue. What
// "stale" means is the warehouse's one definition (staleness.ts there), which
// the worker's stale alerts use too.
import type { ClickHouseClient } from '@liaison/warehouse';
import { isoFromClickHouse, isStale, lastSuccessfulSyncs } from '@liaison/warehouse';

export { isStale, schedulePeriodMs, staleSince } from '@liaison/warehouse';

export interface FeedingSource {
  id: string;
  schedule: string;
}

export interface Freshness {
  as_of: Record<string, string | null>;
  stale: boolean;
}

export async function freshness(ch: ClickHouseClient, feeds: readonly FeedingSource[], now = new Date()): Promise<Freshness> {
  const last = await lastSuccessfulSyncs(ch);
  const as_of: Record<string, string | null> = {};
  let stale = false;
  for (const feed of feeds) {
    const finished = last.get(feed.id);
    const iso = finished ? isoFromClickHouse(finished, 'ms') : null;
    as_of[feed.id] = iso;
    stale ||= isStale(iso, feed.schedule, now);
  }
  return { as_of, stale };
}
