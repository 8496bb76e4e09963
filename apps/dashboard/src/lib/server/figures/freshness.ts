// `as_of` and `stale` of the feeding sources (@liaison/metrics freshness),
// read on every request to know the data version, and the Last-Modified that
// follows from them.
import { freshness, staleSince, type FeedingSource, type Freshness } from '@liaison/metrics';
import { publicClickhouse } from '../clickhouse.ts';

export function freshnessOf(feeds: readonly FeedingSource[], now: Date): Promise<Freshness> {
  return freshness(publicClickhouse(), feeds, now);
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
