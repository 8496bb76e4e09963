// A memo of demandFigures per (data version, filters, as_of date), over the
// one versioned memo of published figures (shared/versioned-memo.ts): demand
// figures change only when events load, and every successful load moves the
// source's `as_of`. The dashboard caches whole responses the same way; this
// form serves callers that hold a client and a version themselves (the
// benchmark). A failed computation is not kept.
import type { ClickHouseClient } from '@liaison/warehouse';
import { versionedMemo } from '../shared/versioned-memo.ts';
import { cstDate, demandFigures } from './figures.ts';
import type { DemandFilters } from './filters.ts';
import type { DemandFigures } from './response.ts';

export type DemandFiguresFn = (ch: ClickHouseClient, f: DemandFilters, asOf: Date) => Promise<DemandFigures>;

/**
 * `version`: e.g. JSON of the response's `as_of` for the demand sources; null
 * (never synced) computes every time. Results are shared: treat them as frozen.
 */
export function memoizeDemandFigures(opts: { max?: number; compute?: DemandFiguresFn } = {}) {
  const compute = opts.compute ?? demandFigures;
  const memo = versionedMemo(opts.max ?? 256);
  return (ch: ClickHouseClient, f: DemandFilters, asOf: Date, version: string | null): Promise<DemandFigures> => {
    if (version === null) return compute(ch, f, asOf);
    // Only what changes the figures: not `format` or `lang`.
    const key = JSON.stringify([cstDate(asOf), f.district, f.from, f.to, f.category, f.channel]);
    return memo(key, version, () => compute(ch, f, asOf));
  };
}
