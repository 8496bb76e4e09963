// Switchable failures of the demand platform, deterministic for tests: a
// fault with `times` hits exactly the next `times` requests and then clears
// itself (so a retrying client can be seen to recover); without `times` it
// hits every request until switched off with setFaults.
import type { PoisonFault } from './poison.ts';

export interface CountedFault {
  /** How many of the next requests it hits; absent = all of them. */
  times?: number;
}

export interface DemandFaults {
  /** 429 with `Retry-After: retryAfterSeconds` (default 1). */
  rateLimit?: CountedFault & { retryAfterSeconds?: number };
  /** 500, 502 or 503 (default 503). */
  serverError?: CountedFault & { status?: 500 | 502 | 503 };
  /** 200 whose body is not the envelope: cut-off JSON (default), a proxy's HTML page, or JSON of another shape. */
  badJson?: CountedFault & { body?: 'truncated' | 'html' | 'envelope' };
  /** Wait this long before answering (client timeouts). */
  delayMs?: number;
  /** The platform's clock is off by this much: correct signatures fail past 300 s. */
  clockSkewSeconds?: number;
  /** Every signature is refused, as after a secret rotation at the platform. */
  rejectSignatures?: boolean;
  /** Corrupt some events on the way out (see poison.ts). */
  poison?: PoisonFault;
}

type Counted = 'rateLimit' | 'serverError' | 'badJson';

/**
 * Whether a counted fault hits this request, spending one of its `times`.
 * The fault object is replaced, not mutated, so callers' objects stay as given.
 */
export function takeFault<K extends Counted>(faults: DemandFaults, key: K): NonNullable<DemandFaults[K]> | null {
  const fault = faults[key];
  if (!fault) return null;
  if (fault.times !== undefined) {
    if (fault.times <= 0) return null;
    faults[key] = { ...fault, times: fault.times - 1 } as DemandFaults[K];
  }
  return fault as NonNullable<DemandFaults[K]>;
}
