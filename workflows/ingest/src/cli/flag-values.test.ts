// `liaison runs --limit N --since DATE`: values read, or refused as bad usage.
import { describe, expect, it } from 'vitest';
import { UsageError } from './output.ts';
import { DEFAULT_RUNS_LIMIT, runsLimit, runsSince } from './flag-values.ts';

describe('runs options', () => {
  it('--limit: a positive whole number, 50 when not given', () => {
    expect(runsLimit(undefined)).toBe(DEFAULT_RUNS_LIMIT);
    expect(runsLimit('500')).toBe(500);
    for (const bad of ['0', '-3', '2.5', 'all', '', '1e3', '99999999999'])
      expect(() => runsLimit(bad), bad).toThrow(new UsageError(`--limit must be a positive whole number (got '${bad}')`));
  });

  it('--since: a date (its start in China Standard Time) or an ISO instant', () => {
    expect(runsSince(undefined)).toBeUndefined();
    expect(runsSince('2024-07-01')).toBe('2024-06-30T16:00:00.000Z');
    expect(runsSince('2024-07-01T08:30:00+08:00')).toBe('2024-07-01T00:30:00.000Z');
    expect(runsSince('2024-07-01T00:30Z')).toBe('2024-07-01T00:30:00.000Z');
    for (const bad of ['yesterday', '2024-13-45', '2024-07-01T08:00:00', '07/01/2024'])
      expect(() => runsSince(bad), bad).toThrow(UsageError);
  });
});
