// The demand platform simulator: `GET /v2/demand-events` exactly as
// sources.md §2 describes it, over node:http on 127.0.0.1, for tests,
// benchmarks and the dev stack. Events come from a lazily generated feed
// (feed.ts), so 10 M events cost a few MB; see README.md.
import { DISTRICTS_CODES } from '@liaison/schemas';
import { demoRegistry } from '../demo-data/district.ts';
import { DemandFeed } from './feed.ts';
import type { DemandFaults } from './faults.ts';
import { serveLoopback } from '../http-server.ts';
import { handle, type RequestRecord } from './handler.ts';
import type { DemandEnterprise } from './lifecycle.ts';
import type { WireDemandEvent } from './wire.ts';

export interface DemandPlatformOptions {
  apiKey: string;
  secret: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  seed?: number | string;
  /** Demands to generate (about 6 events each); default 2000. */
  demands?: number;
  /** Who raises the demands; default the district simulators' demo registry for `seed`. */
  enterprises?: readonly DemandEnterprise[];
  faults?: DemandFaults;
  /** The platform's clock in ms (default Date.now), for the 300 s timestamp check. */
  clock?: () => number;
}

export interface DemandPlatformSimulator {
  /** `http://127.0.0.1:PORT`, the connector's baseUrl. */
  readonly url: string;
  stop(): Promise<void>;
  /** Replaces the faults (counted ones start afresh). */
  setFaults(faults: DemandFaults): void;
  /** Adds events of any shape (poison too) after the feed; returns them with their seq. */
  append(events: readonly object[]): WireDemandEvent[];
  /** Every event in seq order, built on each read: fine for tests, not for 10 M (use `feed.all()`). */
  readonly events: WireDemandEvent[];
  /** The feed itself, to stream or count events without holding them. */
  readonly feed: DemandFeed;
  /** Every request answered, with its status. */
  readonly requests: readonly RequestRecord[];
}

export async function startDemandPlatformSimulator(opts: DemandPlatformOptions): Promise<DemandPlatformSimulator> {
  const seed = opts.seed ?? 1;
  const enterprises = opts.enterprises ?? demoRegistry({ seed, districts: DISTRICTS_CODES }).filter((e) => !e.deleted);
  const feed = new DemandFeed({ seed, demands: opts.demands ?? 2000, enterprises });
  let faults: DemandFaults = { ...opts.faults };
  const requests: RequestRecord[] = [];
  const stopping = new AbortController(); // the handler's signal, aborted by stop()
  const ctx = {
    auth: { apiKey: opts.apiKey, secret: opts.secret },
    feed,
    faults: () => faults,
    clock: opts.clock ?? Date.now,
    log: (r: RequestRecord) => void requests.push(r),
    signal: stopping.signal,
  };
  const server = await serveLoopback((req, res) => handle(ctx, req, res), opts);
  return {
    url: server.url,
    stop() {
      stopping.abort();
      return server.stop();
    },
    setFaults(next) {
      faults = { ...next };
    },
    append: (events) => feed.append(events),
    get events() {
      return Array.from(feed.all());
    },
    feed,
    requests,
  };
}
