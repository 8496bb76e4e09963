// Timestamps in the sources' wire form: ISO 8601 with the +08:00 offset the
// Shenzhen systems use, and plain dates. Demo records get `updated_at` values
// that ascend across a window, with some ties (batch jobs touch many records
// in the same second), because ties are where paging cursors go wrong.
import { chance, type Rand } from './random.ts';

const OFFSET_MS = 8 * 3600_000;

/** `2024-05-17T09:30:00+08:00` for an instant (whole seconds). */
export function toShanghaiIso(ms: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + OFFSET_MS).toISOString();
  return `${local.slice(0, 19)}+08:00`;
}

/** `2024-05-17`: the Shanghai calendar date of an instant. */
export function toShanghaiDate(ms: number): string {
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** Instant of a Shanghai local date-time given as `YYYY-MM-DD[THH:MM[:SS]]`. */
export function shanghaiMs(local: string): number {
  const withTime = local.length === 10 ? `${local}T00:00:00` : local;
  return Date.parse(`${withTime}+08:00`);
}

export const DAY_MS = 86_400_000;

/**
 * `count` ascending instants (whole seconds) spread over [fromMs, toMs],
 * during office hours, with about `tieRate` of them equal to their
 * predecessor.
 */
export function ascendingInstants(rand: Rand, count: number, fromMs: number, toMs: number, tieRate = 0.05): number[] {
  const points: number[] = [];
  for (let i = 0; i < count; i++) {
    const prev = points[i - 1];
    if (prev !== undefined && chance(rand, tieRate)) {
      points.push(prev);
      continue;
    }
    const day = Math.floor((fromMs + rand() * (toMs - fromMs)) / DAY_MS) * DAY_MS;
    // 08:30–19:30 Shanghai time is 00:30–11:30 UTC.
    const inDay = 1800_000 + Math.floor(rand() * 11 * 3600) * 1000;
    points.push(Math.min(toMs, Math.max(fromMs, day + inDay)));
  }
  return points.sort((a, b) => a - b);
}
