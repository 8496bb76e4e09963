// Switchable misbehaviour of the simulated district API, so connector and
// workflow tests can meet every failure sources.md §1a names. Each fault has
// a trigger: every Nth data request, a seeded probability, or (neither
// given) every request; `times` caps how often it fires. Counting restarts
// when the faults are replaced, which keeps tests deterministic.
import { seededRand, type Rand } from '../demo-data/random.ts';

export interface FaultTrigger {
  /** Fire on requests N, 2N, 3N, … (counted from the last setFaults). */
  every?: number;
  /** Fire with this probability (seeded, reproducible). */
  probability?: number;
  /** Fire at most this many times. */
  times?: number;
}

export interface DistrictApiFaults {
  /** 401 (or 403) whatever the token. */
  unauthorized?: FaultTrigger & { status?: 401 | 403 };
  /** 429 with Retry-After in seconds, or as an HTTP-date. */
  rateLimit?: FaultTrigger & { retryAfterSeconds?: number; httpDate?: boolean };
  /** 500/502/503 in turn, or always `status`. */
  serverError?: FaultTrigger & { status?: 500 | 502 | 503 };
  /** 200 whose body is not the JSON envelope: a proxy's HTML page, cut-off JSON, or JSON of another shape. */
  badJson?: FaultTrigger & { body?: 'html' | 'truncated' | 'envelope' };
  /** 200 with the envelope's length announced, then the connection closed half-way through the body. */
  cutOff?: FaultTrigger;
  /** Answer only after `delayMs` (for client timeouts). */
  slow?: FaultTrigger & { delayMs: number };
  /** Invalid records injected among the good ones of a page. */
  poison?: FaultTrigger & { kinds?: readonly string[] };
  /** The page also repeats the `count` records served just before it. */
  duplicates?: FaultTrigger & { count?: number };
  /** Consecutive pages overlap by one record (the last of a page opens the next). */
  overlap?: boolean;
}

export type FaultName = Exclude<keyof DistrictApiFaults, 'overlap'>;

/** Decides, request by request, which faults fire. */
export interface FaultPlan {
  readonly faults: DistrictApiFaults;
  /** Call once per data request, before asking `fires`. */
  nextRequest(): void;
  fires(name: FaultName): boolean;
  /** How many times a fault has fired (e.g. to rotate 500/502/503). */
  fired(name: FaultName): number;
}

export function faultPlan(faults: DistrictApiFaults, seed: number | string): FaultPlan {
  const rand: Rand = seededRand(seed, 'faults');
  const counts = new Map<FaultName, number>();
  let n = 0;
  return {
    faults,
    nextRequest() {
      n++;
    },
    fires(name) {
      const t = faults[name];
      if (!t) return false;
      const done = counts.get(name) ?? 0;
      if (t.times !== undefined && done >= t.times) return false;
      const hit = t.every !== undefined ? n % t.every === 0 : t.probability !== undefined ? rand() < t.probability : true;
      if (hit) counts.set(name, done + 1);
      return hit;
    },
    fired: (name) => counts.get(name) ?? 0,
  };
}
