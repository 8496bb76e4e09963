import { describe, expect, it } from 'vitest';
import { isoFromClickHouse } from '@liaison/warehouse';
import { isStale, schedulePeriodMs } from './freshness.ts';

describe('schedule periods', () => {
  it('measures the gap between firings', () => {
    expect(schedulePeriodMs('0 2 * * *')).toBe(86_400_000);
    expect(schedulePeriodMs('*/15 * * * *')).toBe(15 * 60_000);
    // weekdays only: the longest gap spans the weekend
    expect(schedulePeriodMs('0 9 * * 1-5')).toBe(3 * 86_400_000);
  });
});

describe('staleness', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it('is stale when never synced', () => {
    expect(isStale(null, '*/5 * * * *', now)).toBe(true);
  });
  it('allows one period late, not two', () => {
    expect(isStale('2026-03-09T13:00:00.000Z', '0 2 * * *', now)).toBe(false);
    expect(isStale('2026-03-08T11:00:00.000Z', '0 2 * * *', now)).toBe(true);
  });
  it('reads ClickHouse timestamps as UTC', () => {
    expect(isoFromClickHouse('2026-03-09 13:00:00.123456', 'ms')).toBe('2026-03-09T13:00:00.123Z');
  });
});
