// The platform's event feed: `seq` → event, built lazily in blocks so that a
// feed of 10 M events costs a few MB. Block b is the events of BLOCK_DEMANDS
// consecutive demands as they arrive (arrivals.ts), rebuilt on demand from
// the seed. Only block sizes are kept for good (one number per block), plus a
// small cache of recent blocks for sequential readers; appended events (tests
// adding poison or late events) are held as given, after the generated ones.
import { BLOCK_DEMANDS, blockArrivals, withRedeliveries, type Arrival, type FeedOptions } from './arrivals.ts';
import type { DemandEventBody, WireDemandEvent } from './wire.ts';

export type { FeedOptions };
const CACHE_BLOCKS = 4;

export class DemandFeed {
  readonly #opts: FeedOptions;
  readonly #blocks: number;
  /** #starts[b] = number of generated events before block b. */
  readonly #starts: number[] = [0];
  readonly #own = new Map<number, Arrival[]>();
  readonly #served = new Map<number, WireDemandEvent[]>();
  readonly #appended: WireDemandEvent[] = [];

  constructor(opts: FeedOptions) {
    if (opts.demands > 0 && opts.enterprises.length === 0) throw new RangeError('demands need enterprises');
    this.#opts = opts;
    this.#blocks = Math.ceil(opts.demands / BLOCK_DEMANDS);
  }

  /** Up to `limit` events with seq > afterSeq, in seq order. */
  slice(afterSeq: number, limit: number): { events: WireDemandEvent[]; lastSeq: number; hasMore: boolean } {
    const events: WireDemandEvent[] = [];
    while (events.length < limit) {
      const chunk = this.#chunkFrom(afterSeq + events.length + 1, limit - events.length);
      if (chunk.length === 0) break;
      events.push(...chunk);
    }
    const lastSeq = events.at(-1)?.seq ?? afterSeq;
    return { events, lastSeq, hasMore: this.#chunkFrom(lastSeq + 1, 1).length > 0 };
  }

  /** Adds events after everything generated so far; the feed assigns their seq. */
  append(bodies: readonly object[]): WireDemandEvent[] {
    const first = this.generatedCount() + this.#appended.length + 1;
    const added = bodies.map((b, i) => ({ ...(b as DemandEventBody), seq: first + i }));
    this.#appended.push(...added);
    return added;
  }

  /** Every event in seq order, one block in memory at a time. */
  *all(): Generator<WireDemandEvent> {
    for (let b = 0; b < this.#blocks; b++) yield* this.#block(b);
    yield* this.#appended;
  }

  /** Generated events (not appended ones); counting builds every block once. */
  generatedCount(): number {
    this.#countUpTo(Infinity);
    return this.#starts[this.#blocks]!;
  }

  #chunkFrom(seq: number, n: number): WireDemandEvent[] {
    this.#countUpTo(seq);
    const counted = this.#starts.length - 1;
    const generated = this.#starts[counted]!;
    if (seq > generated) {
      // every block is counted here: #countUpTo stops early only when it covers seq
      return this.#appended.slice(seq - generated - 1, seq - generated - 1 + n);
    }
    const b = this.#blockOf(seq);
    const offset = seq - this.#starts[b]! - 1;
    return this.#block(b).slice(offset, offset + n);
  }

  /** Extends block sizes until they cover `seq` or all blocks are counted. */
  #countUpTo(seq: number): void {
    while (this.#starts.length <= this.#blocks && this.#starts[this.#starts.length - 1]! < seq) this.#countNext();
  }

  /** Counts the first uncounted block; its start is known, being the previous end. */
  #countNext(): void {
    const b = this.#starts.length - 1;
    this.#starts.push(this.#starts[b]! + this.#block(b).length);
  }

  /** Binary search: the block whose seq range (starts[b], starts[b+1]] holds seq. */
  #blockOf(seq: number): number {
    let lo = 0;
    let hi = this.#starts.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#starts[mid]! < seq) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Block b as served, numbered from where block b-1 ends. */
  #block(b: number): WireDemandEvent[] {
    const hit = this.#served.get(b);
    if (hit) return hit;
    const own = this.#arrivals(b);
    const events = withRedeliveries(this.#opts.seed, b, own, b > 0 && own.length > 0 ? this.#arrivals(b - 1) : []);
    while (this.#starts.length <= b) this.#countNext();
    const first = this.#starts[b]! + 1;
    return remember(
      this.#served,
      b,
      events.map((e, i) => ({ seq: first + i, ...e })),
    );
  }

  #arrivals(b: number): Arrival[] {
    return this.#own.get(b) ?? remember(this.#own, b, blockArrivals(this.#opts, b));
  }
}

/** Small FIFO cache: sequential readers touch at most two blocks at a time. */
function remember<V>(cache: Map<number, V>, key: number, value: V): V {
  cache.set(key, value);
  if (cache.size > CACHE_BLOCKS) cache.delete(cache.keys().next().value!);
  return value;
}
