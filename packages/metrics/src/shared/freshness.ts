// `as_of` and `stale` of a response: the finish time of the last successful
// sync of each feeding source, and whether any of them is overdue. A source is
// overdue when its last success is older than two gaps of its schedule (one
// scheduled run missed), or when it never synced.
import { CronExpressionParser } from 'cron-parser';
import type { ClickHouseClient } from '@liaison/warehouse';
import { isoFromClickHouse, lastSuccessfulSyncs } from '@liaison/warehouse';

export interface FeedingSource {
  id: string;
  schedule: string;
}

export interface Freshness {
  as_of: Record<string, string | null>;
  stale: boolean;
}

// Walking two weeks of firings costs tens of ms: once per schedule string.
const periods = new Map<string, number>();

/** The longest gap between consecutive firings of a cron schedule, in ms. */
export function schedulePeriodMs(schedule: string): number {
  let period = periods.get(schedule);
  if (period === undefined) periods.set(schedule, (period = measurePeriod(schedule)));
  return period;
}

function measurePeriod(schedule: string, from = new Date('2026-01-05T00:00:00Z')): number {
  const it = CronExpressionParser.parse(schedule, { currentDate: from, tz: 'Asia/Shanghai' });
  let previous = it.next().getTime();
  let longest = 0;
  // Two weeks of firings cover weekly patterns; cap the count for minute crons.
  for (let i = 0; i < 2_000; i++) {
    const next = it.next().getTime();
    longest = Math.max(longest, next - previous);
    previous = next;
    if (next - from.getTime() > 14 * 86_400_000) break;
  }
  return longest;
}

/** When data synced at `lastSuccess` goes (or went) stale: two schedule periods later, in ms. */
export function staleSince(lastSuccess: string, schedule: string): number {
  return Date.parse(lastSuccess) + 2 * schedulePeriodMs(schedule);
}

export function isStale(lastSuccess: string | null, schedule: string, now: Date): boolean {
  return lastSuccess === null || now.getTime() > staleSince(lastSuccess, schedule);
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
