// Quarantined records: kept with source, run, key, position, the raw record
// and every issue, where operators can list, export and re-drive them.
import type { ClickHouseClient } from '@clickhouse/client';
import type { InvalidItem } from '@liaison/schemas';

/** An invalid record as validation reports it: raw form, position, key, every issue. */
export type QuarantinedRecord = InvalidItem;

export interface Issue {
  path: string;
  code: string;
  message: string;
}

export interface QuarantineRow {
  source_id: string;
  collection: string;
  identity: string;
  record_key: string | null;
  position: string;
  raw: string;
  issues: Issue[];
  run_id: string;
  quarantined_at: string;
}

/** A record is one quarantine entry per identity; without a key, per position. */
export function quarantineIdentity(r: QuarantinedRecord): string {
  return r.key ?? `@${JSON.stringify(r.position)}`;
}

export async function quarantineRecords(
  ch: ClickHouseClient,
  records: readonly QuarantinedRecord[],
  meta: { sourceId: string; collection: string; runId: string },
): Promise<number> {
  if (records.length === 0) return 0;
  await ch.insert({
    table: 'quarantine',
    columns: ['source_id', 'collection', 'identity', 'record_key', 'position', 'raw', 'issues', 'run_id'],
    format: 'JSONCompactEachRow',
    values: records.map((r) => [
      meta.sourceId,
      meta.collection,
      quarantineIdentity(r),
      r.key,
      JSON.stringify(r.position),
      JSON.stringify(r.raw),
      r.issues.map((i) => ({ path: i.path, code: i.code, message: i.message })),
      meta.runId,
    ]),
  });
  return records.length;
}

export async function listQuarantine(
  ch: ClickHouseClient,
  filter: { sourceId: string; limit?: number },
): Promise<QuarantineRow[]> {
  const rs = await ch.query({
    query: `SELECT source_id, collection, identity, record_key, position, raw,
                   arrayMap(i -> map('path', i.1, 'code', i.2, 'message', i.3), issues) AS issues,
                   run_id, toString(quarantined_at) AS quarantined_at
            FROM quarantine FINAL
            WHERE source_id = {source:String}
            ORDER BY collection, identity, quarantined_at DESC
            LIMIT 1 BY collection, identity
            LIMIT {limit:UInt32}`,
    query_params: { source: filter.sourceId, limit: filter.limit ?? 100_000 },
    format: 'JSONEachRow',
  });
  return rs.json<QuarantineRow>();
}
