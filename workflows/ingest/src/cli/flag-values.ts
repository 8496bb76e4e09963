// Reading the values of flags: dates (days in China Standard Time), instants
// and counts, refused as bad usage when they cannot be read. The command line
// checks them all before any service is contacted (FLAG_VALUE_CHECKS).
import { UsageError } from './output.ts';

/** A date in China Standard Time, as the instant it starts (UTC ISO). */
export function cstDayStart(date: string, flag: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00+08:00`))) {
    throw new UsageError(`${flag} must be a date YYYY-MM-DD (got '${date}')`);
  }
  return new Date(`${date}T00:00:00+08:00`).toISOString();
}

export const DEFAULT_RUNS_LIMIT = 50;
const MAX_LIMIT = 0xffff_ffff;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function runsLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_RUNS_LIMIT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_LIMIT) throw new UsageError(`--limit must be a positive whole number (got '${value}')`);
  return n;
}

/** The instant runs must have started at or after, as UTC ISO; a date is its start in China Standard Time. */
export function runsSince(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return cstDayStart(value, '--since');
  if (!ISO_INSTANT.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--since must be a date YYYY-MM-DD or an instant such as 2024-07-01T08:00:00Z (got '${value}')`);
  }
  return new Date(value).toISOString();
}

/** Each flag whose value must be readable, with its reader. */
export const FLAG_VALUE_CHECKS: Readonly<Record<string, (value: string) => unknown>> = {
  from: (v) => cstDayStart(v, '--from'),
  to: (v) => cstDayStart(v, '--to'),
  limit: runsLimit,
  since: runsSince,
};
