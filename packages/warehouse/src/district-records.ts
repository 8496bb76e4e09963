// Loads validated district records (enterprises, visits, projects) into their
// versioned tables. The loader is generic over the collection and takes the
// schema's record type: the columns are the schema's fields (one definition,
// no hand list to drift), identity comes from @liaison/schemas identity.ts.
// Rows go as JSONCompactEachRow (arrays, not objects: measured ~2× cheaper to
// serialise).
import type { ClickHouseClient } from '@clickhouse/client';
import { identityKey, RECORD_SCHEMAS, type Collection, type RecordOf } from '@liaison/schemas';
import { dedupSettings, type LoadMeta } from './insert-token.ts';

export type DistrictCollection = Collection;

/**
 * A row as its table stores it: the schema's record type, with reference
 * codes as the text their LowCardinality(String) columns hold (so fixtures
 * written as plain objects load without being validated first).
 */
export type StoredRecord<C extends Collection> = ColumnsOf<RecordOf<C>>;
type ColumnsOf<R> = { readonly [K in keyof R]: R[K] extends infer V ? (V extends string ? string : V) : never };

/**
 * What the loader takes: a validated record of the collection, or its stored
 * form. (The first is a case of the second; it is named so a caller generic
 * over the collection passes its records without TypeScript having to prove
 * the widening of codes.)
 */
export type LoadableRecord<C extends Collection> = RecordOf<C> | StoredRecord<C>;

/** The table's data columns: the schema's fields, in its order. */
export function columnsOf(collection: Collection): string[] {
  return Object.keys(RECORD_SCHEMAS[collection].shape);
}

/** One stored column of a record (records are typed at the loader's boundary). */
function column(record: object, name: string): unknown {
  const row: Partial<Record<string, unknown>> = record;
  return row[name];
}

/**
 * Keeps, per (identity, updated_at), only the last record of the batch: within
 * a delivery the later row wins, and one insert gives every row the same
 * loaded_at, so the database could not tell them apart.
 */
export function lastPerVersion<C extends Collection, R extends LoadableRecord<C>>(
  collection: C,
  records: readonly R[],
): { kept: R[]; duplicates: number } {
  const byVersion = new Map<string, R>();
  for (const r of records) {
    const key = `${identityKey(collection, r)}\u0000${String(column(r, 'updated_at'))}`;
    byVersion.delete(key); // re-insert so Map order follows the last occurrence
    byVersion.set(key, r);
  }
  return { kept: [...byVersion.values()], duplicates: records.length - byVersion.size };
}

/**
 * Writes the batch's versions; writing a stored version again is harmless
 * (identical rows collapse, keeping the first delivery). `duplicates` counts
 * repeats within the batch; what a whole run added is counted at its end
 * (runs.ts versionsAddedBy), with no lookup on this hot path.
 */
export async function loadDistrictRecords<C extends Collection>(
  ch: ClickHouseClient,
  collection: C,
  records: readonly LoadableRecord<C>[],
  meta: LoadMeta,
): Promise<{ loaded: number; duplicates: number }> {
  const { kept, duplicates: repeatedInBatch } = lastPerVersion(collection, records);
  if (kept.length === 0) return { loaded: 0, duplicates: repeatedInBatch };
  const columns = columnsOf(collection);
  const values = kept.map((r) => [meta.sourceId, meta.runId, ...columns.map((c) => column(r, c) ?? null)]);
  await ch.insert({
    table: collection,
    values,
    columns: ['source_id', 'run_id', ...columns],
    format: 'JSONCompactEachRow',
    clickhouse_settings: dedupSettings(collection, meta),
  });
  return { loaded: kept.length, duplicates: repeatedInBatch };
}
