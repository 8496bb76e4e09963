// Published results, cached by the data they stand on. A figure family's
// result is a pure function of its filters, the applied sources version, and
// its feeding sources' last successful syncs (`as_of`) and `stale`: together
// the data version. Each request reads the version (small queries on the
// published configuration and the run history, shared by every replica), and a result
// computed for the same filters at the same version is reused; a new sync
// changes the version and the next request recomputes. So pages and the API
// never serve figures older than the last sync, and never recompute them
// needlessly. (A run that fails after loading part of its data becomes visible
// with the source's next successful sync, which is when its `as_of` moves.)
import type { z } from 'zod';
import { feedsOf, versionedMemo, type Freshness, type MetricName, type OutputSwitches } from '@liaison/metrics';
import type { ClickHouseClient } from '@liaison/warehouse';
import { publicClickhouse } from '../clickhouse.ts';
import { freshnessOf } from './freshness.ts';
import { parseQuery, type Parsed } from './query.ts';
import { sources, sourcesVersion, type SourceConfig } from '../sources.ts';

export type FamilyName = MetricName;

/**
 * What a response stands on: the applied sources version, the feeding
 * sources' syncs, and `minute` for figures that move with the clock (quality's lag).
 */
export interface DataVersion extends Freshness {
  minute: number | null;
  sources: number;
}

export function versionKey(v: DataVersion): string {
  return JSON.stringify([v.sources, v.as_of, v.stale, v.minute]);
}

// The one versioned memo of @liaison/metrics: a result per (family, filters), kept while its data version is current.
const memo = versionedMemo(500);

/** The filters that change the figures, in a stable order (format and lang only change the rendering). */
export function canonicalFilters(filters: OutputSwitches & object): string {
  const { format: _f, lang: _l, ...rest } = filters as Record<string, unknown>;
  return JSON.stringify(
    Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

export interface LoadOptions {
  /** The version already read for this request (read again when absent). */
  version?: DataVersion;
}

export interface Family<S extends z.ZodType, R extends Freshness> {
  name: FamilyName;
  schema: S;
  parse(params: URLSearchParams): Parsed<z.output<S>>;
  /** The data version of this family now. */
  version(now?: Date): Promise<DataVersion>;
  /** The feeding sources, as configured now. */
  feeds(): SourceConfig[];
  load(filters: z.output<S>, opts?: LoadOptions): Promise<R>;
  /** Whether a result for these filters at this version is held, so load() will not compute. */
  cached(filters: z.output<S>, version: DataVersion): boolean;
}

/** Computes a result from every configured source (the publishers pick their feeding ones). */
type Compute<F, R> = (ch: ClickHouseClient, filters: F, configured: SourceConfig[], now: Date) => Promise<R>;

export function family<S extends z.ZodType, R extends Freshness>(
  name: FamilyName,
  schema: S,
  compute: Compute<z.output<S>, R>,
  opts: { clockBound?: boolean } = {},
): Family<S, R> {
  const feeds = (): SourceConfig[] => feedsOf(name, sources()) as SourceConfig[];
  const version = async (now = new Date()): Promise<DataVersion> => ({
    ...(await freshnessOf(feeds(), now)),
    minute: opts.clockBound ? Math.floor(now.getTime() / 60_000) : null,
    sources: sourcesVersion(),
  });
  const memoKey = (filters: z.output<S>) => `${name}:${canonicalFilters(filters as OutputSwitches)}`;
  return {
    name,
    schema,
    feeds,
    version,
    parse: (params) => parseQuery(schema, params),
    async load(filters, o = {}) {
      const v = o.version ?? (await version());
      return memo(memoKey(filters), versionKey(v), () => compute(publicClickhouse(), filters, sources(), new Date()));
    },
    cached: (filters, v) => memo.holds(memoKey(filters), versionKey(v)),
  };
}
