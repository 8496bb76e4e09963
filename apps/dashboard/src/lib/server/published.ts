// Published results, cached by the data they stand on. A figure family's
// result is a pure function of its filters and of its feeding sources' last
// successful syncs (`as_of`) and `stale`: that pair is the data version. Each
// request reads the version (one small query on the run history), and a result
// computed for the same filters at the same version is reused; a new sync
// changes the version and the next request recomputes. So pages and the API
// never serve figures older than the last sync, and never recompute them
// needlessly. (A run that fails after loading part of its data becomes visible
// with the source's next successful sync, which is when its `as_of` moves.)
import type { z } from 'zod';
import { feedsOf, type Freshness } from '@liaison/metrics';
import type { ClickHouseClient } from '@liaison/warehouse';
import { clickhouse } from './clickhouse.ts';
import { freshnessOf } from './freshness.ts';
import { parseQuery, type Parsed } from './query.ts';
import { sources, type SourceConfig } from './sources.ts';

export type FamilyName = 'coverage' | 'demands' | 'investment' | 'quality';

/** What a response stands on; `minute` is set for figures that move with the clock (quality's lag). */
export interface DataVersion extends Freshness {
  minute: number | null;
}

export function versionKey(v: DataVersion): string {
  return JSON.stringify([v.as_of, v.stale, v.minute]);
}

const MAX_ENTRIES = 500;
const entries = new Map<string, { version: string; value: Promise<unknown> }>();

/**
 * The value computed for `key` at `version`, computing it when missing, older
 * or `refresh` is asked. Concurrent requests share one computation; a failed
 * one is forgotten so the next request tries again. Least recently used
 * entries go first.
 */
function memo<R>(key: string, version: string, refresh: boolean, compute: () => Promise<R>): Promise<R> {
  const hit = entries.get(key);
  entries.delete(key);
  if (hit && hit.version === version && !refresh) {
    entries.set(key, hit);
    return hit.value as Promise<R>;
  }
  const value = compute();
  entries.set(key, { version, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
  return value;
}

type Filters = { format?: 'json' | 'csv' | undefined; lang?: 'zh' | 'en' | undefined };

/** The filters that change the figures, in a stable order (format and lang only change the rendering). */
export function canonicalFilters(filters: Filters & object): string {
  const { format: _f, lang: _l, ...rest } = filters as Record<string, unknown>;
  return JSON.stringify(Object.entries(rest).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface LoadOptions {
  /** The version already read for this request (read again when absent). */
  version?: DataVersion;
  /** Recompute even if cached (a request sent with `Cache-Control: no-cache`). */
  refresh?: boolean;
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
  });
  return {
    name,
    schema,
    feeds,
    version,
    parse: (params) => parseQuery(schema, params),
    async load(filters, o = {}) {
      const v = o.version ?? (await version());
      return memo(`${name}:${canonicalFilters(filters as Filters)}`, versionKey(v), o.refresh ?? false, () =>
        compute(clickhouse(), filters, sources(), new Date()),
      );
    },
  };
}
