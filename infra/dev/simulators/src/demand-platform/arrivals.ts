// How a block of demands reaches the feed: each event arrives a little after
// it occurred (delivery delay), some demands have one event overtaken by the
// next (out-of-order arrival), a few lose their `created` for good, and some
// events of the previous block are delivered again (at-least-once). All of it
// is drawn from streams keyed by (seed, block), so any block can be rebuilt.
import { chance, int, seededRand } from '../demo-data/random.ts';
import { demandLifecycle, type DemandEnterprise } from './lifecycle.ts';
import type { DemandEventBody } from './wire.ts';

export const BLOCK_DEMANDS = 256;
/** Demands whose `created` never arrives (metrics.md: `incomplete_demands`). */
const MISSING_CREATED_RATE = 0.005;
/** Demands with one event delivered after a later event of the same demand. */
const OUT_OF_ORDER_RATE = 0.06;
/** Events of the previous block delivered again. */
const REDELIVERY_RATE = 0.01;

export interface FeedOptions {
  seed: number | string;
  demands: number;
  enterprises: readonly DemandEnterprise[];
}

/** An event and the instant it reaches the feed; the feed is in arrival order. */
export interface Arrival {
  at: number;
  event: DemandEventBody;
}

/** The events of block b's demands, in arrival order. */
export function blockArrivals(opts: FeedOptions, b: number): Arrival[] {
  const rand = seededRand(opts.seed, 'arrival', String(b));
  const out: Arrival[] = [];
  for (let d = b * BLOCK_DEMANDS; d < Math.min(opts.demands, (b + 1) * BLOCK_DEMANDS); d++) {
    const arrivals = demandLifecycle(opts.seed, d, opts.demands, opts.enterprises).map(({ atMs, ...event }) => ({
      at: atMs + int(rand, 0, 600) * 1000,
      event,
    }));
    if (arrivals.length >= 2 && chance(rand, MISSING_CREATED_RATE)) arrivals.shift();
    else if (arrivals.length >= 2 && chance(rand, OUT_OF_ORDER_RATE)) {
      const k = int(rand, 0, arrivals.length - 2);
      arrivals[k]!.at = arrivals[k + 1]!.at + int(rand, 1, 3600) * 1000;
    }
    out.push(...arrivals);
  }
  return out.sort((x, y) => x.at - y.at);
}

/** Block b as served: its own arrivals with some of the previous block's mixed in again. */
export function withRedeliveries(
  seed: number | string,
  b: number,
  own: readonly Arrival[],
  previous: readonly Arrival[],
): DemandEventBody[] {
  const rand = seededRand(seed, 'redeliver', String(b));
  const all = [...own];
  const from = own[0]?.at ?? 0;
  const span = (own.at(-1)?.at ?? from) - from;
  for (const prev of previous) {
    if (chance(rand, REDELIVERY_RATE)) all.push({ at: from + rand() * span, event: prev.event });
  }
  return all.sort((x, y) => x.at - y.at).map((a) => a.event);
}
