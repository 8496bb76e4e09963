// When a source's data is stale: its last successful sync is older than two
// gaps of its schedule (one scheduled run missed), or it never synced. One
// definition for the published figures (@liaison/metrics' freshness and
// quality) and the worker's stale alerts; it sits here, below both.
import { CronExpressionParser } from 'cron-parser';

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
