// A district system of kind `district-api` (sources.md §1a) on node:http,
// for tests, benchmarks and the dev stack: realistic demo data by default,
// switchable faults, a request log, and data that can be changed while it
// runs (to test incremental syncs).
import { COLLECTIONS, type Collection } from '@liaison/schemas';
import { demoDistrict } from '../demo-data/district.ts';
import { seededRand } from '../demo-data/random.ts';
import { faultPlan, type DistrictApiFaults } from './faults.ts';
import { serveLoopback } from '../http-server.ts';
import { handle, type RequestLogEntry } from './handler.ts';
import { collectionStore, type CollectionStore, type RawRecord } from './store.ts';

export type { DistrictApiFaults, FaultTrigger } from './faults.ts';
export type { RequestLogEntry } from './handler.ts';
export { POISON_KINDS as DISTRICT_API_POISON_KINDS } from './poison.ts';

export type DistrictApiData = Partial<Record<Collection, readonly RawRecord[]>>;

export interface DistrictApiSimulatorOptions {
  district: string;
  token: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  seed?: number | string;
  /** Sizes of the generated demo data (ignored when `data` is given). */
  sizes?: { enterprises?: number; visits?: number; projects?: number };
  /** Records to serve instead of generated demo data; a missing collection is empty. */
  data?: DistrictApiData;
  faults?: DistrictApiFaults;
  /** page_size when the client sends none. Default 100. */
  defaultPageSize?: number;
}

export interface DistrictApiSimulator {
  /** `http://127.0.0.1:PORT`, the client's baseUrl. */
  readonly url: string;
  /** Every request answered since start (or the last clearRequests). */
  readonly requests: readonly RequestLogEntry[];
  /** Requests being answered right now (e.g. a slow page a client is waiting for). */
  readonly inFlight: number;
  clearRequests(): void;
  /** Replaces the faults and restarts their counting. */
  setFaults(faults: DistrictApiFaults): void;
  /** Replaces the records of the collections given. */
  setData(data: DistrictApiData): void;
  /** Adds records or replaces those with the same identity. */
  upsert(collection: Collection, records: readonly RawRecord[]): void;
  /** Current records of a collection in serving order. */
  records(collection: Collection): RawRecord[];
  stop(): Promise<void>;
}

export async function startDistrictApiSimulator(opts: DistrictApiSimulatorOptions): Promise<DistrictApiSimulator> {
  const seed = opts.seed ?? 1;
  const data: DistrictApiData = opts.data ?? demoDistrict({ district: opts.district, seed, ...opts.sizes });
  const stores = Object.fromEntries(COLLECTIONS.map((c) => [c, collectionStore(c, data[c] ?? [])])) as Record<Collection, CollectionStore>;
  let plan = faultPlan(opts.faults ?? {}, seed);
  let serial = 0;
  const requests: RequestLogEntry[] = [];
  const stopping = new AbortController(); // the handler's signal, aborted by stop()
  const ctx = {
    token: opts.token,
    stores,
    plan: () => plan,
    rand: seededRand(seed, opts.district, 'poison'),
    serial: (count: number) => ((serial += count), serial - count + 1),
    defaultPageSize: opts.defaultPageSize ?? 100,
    log: (e: RequestLogEntry) => void requests.push(e),
    signal: stopping.signal,
  };
  let inFlight = 0;
  const server = await serveLoopback((req, res) => {
    inFlight++;
    return handle(ctx, req, res).finally(() => inFlight--);
  }, opts);
  return {
    url: server.url,
    requests,
    get inFlight() {
      return inFlight;
    },
    clearRequests: () => void requests.splice(0),
    setFaults(faults) {
      // A fresh plan and a fresh poison stream: the same faults replay the
      // same answers, so a re-run can be compared with the first run.
      plan = faultPlan(faults, seed);
      ctx.rand = seededRand(seed, opts.district, 'poison');
      serial = 0;
    },
    setData(d) {
      for (const c of COLLECTIONS) if (d[c]) stores[c].replace(d[c]);
    },
    upsert: (collection, records) => stores[collection].upsert(records),
    records: (collection) => stores[collection].page({ sinceMs: null, after: null, limit: Infinity }).records,
    stop() {
      stopping.abort();
      return server.stop();
    },
  };
}
