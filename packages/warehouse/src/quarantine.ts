// Quarantined records: kept with source, run, key, position, the raw record
// and every issue, where operators can list, export and re-drive them. One
// entry per identity (quarantine-identity.ts: the key, or the content of a
// record without one), listed at the position it was delivered at last.
import type { ClickHouseClient } from '@clickhouse/client';
import { IDENTIFIED_COLLECTIONS, type InvalidItem } from '@liaison/schemas';
import { deliveredByRunSql } from './run-rows.ts';
import { IDENTIFIED_TABLES, IDENTITY_PARAMS, identitySql } from './identity-sql.ts';
import { quarantineIdentity } from './quarantine-identity.ts';
import { dedupSettings, type LoadMeta } from './insert-token.ts';

export { quarantineIdentity } from './quarantine-identity.ts';

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

export async function quarantineRecords(
  ch: ClickHouseClient,
  records: readonly QuarantinedRecord[],
  meta: LoadMeta & { collection: string },
): Promise<number> {
  if (records.length === 0) return 0;
  const identities = records.map(quarantineIdentity);
  await ch.insert({
    table: 'quarantine',
    clickhouse_settings: dedupSettings(`quarantine:${meta.collection}`, meta),
    columns: ['source_id', 'collection', 'identity', 'record_key', 'position', 'raw', 'issues', 'run_id'],
    format: 'JSONCompactEachRow',
    values: records.map((r, i) => [
      meta.sourceId,
      meta.collection,
      identities[i],
      r.key,
      JSON.stringify(r.position),
      JSON.stringify(r.raw),
      r.issues.map((issue) => ({ path: issue.path, code: issue.code, message: issue.message })),
      meta.runId,
    ]),
  });
  // after the entries: a delivery row never points at an entry not yet written
  await ch.insert({
    table: 'quarantine_deliveries',
    clickhouse_settings: dedupSettings(`quarantine_deliveries:${meta.collection}`, meta),
    columns: ['source_id', 'collection', 'identity', 'position', 'run_id'],
    format: 'JSONCompactEachRow',
    values: records.map((r, i) => [meta.sourceId, meta.collection, identities[i], JSON.stringify(r.position), meta.runId]),
  });
  return records.length;
}

/**
 * Releases the source's quarantined records of which the run loaded a valid
 * version (once per run, at its end: no lookup on the loading path). The key
 * of a loaded row is identity-sql.ts's, the same as the quarantine's. A record
 * held by its content (no readable key) never loads as itself, since a loaded
 * row always has a key and a content identity never reads as one: it stays
 * held until an operator deals with it.
 */
export async function releaseQuarantine(ch: ClickHouseClient, r: { sourceId: string; runId: string }): Promise<void> {
  for (const collection of IDENTIFIED_COLLECTIONS) {
    const table = IDENTIFIED_TABLES[collection];
    // The records the run loaded, through run_rows (run-rows.ts): no scan of
    // the table's history. Not by the stored rows' run_id: a version loaded
    // before collapses into its first copy, so a source that reverts a broken
    // record to a version already stored would never release it.
    const loaded = `SELECT ${identitySql(collection)} FROM ${table} WHERE ${deliveredByRunSql(table)}`;
    await ch.command({
      query: `INSERT INTO quarantine_releases (source_id, collection, identity, run_id)
              SELECT DISTINCT source_id, collection, identity, {run:String} FROM quarantine
              WHERE source_id = {source:String} AND collection = {collection:String} AND identity IN (${loaded})`,
      query_params: { source: r.sourceId, collection, run: r.runId, ...IDENTITY_PARAMS },
    });
  }
}

/** The latest `at` of each quarantined identity of the sources in {ids:Array(String)}, in an event table. */
function latestPerIdentity(table: string, at: string): string {
  return `
    SELECT source_id, collection, identity, max(${at}) AS ${at}
    FROM ${table}
    WHERE source_id IN {ids:Array(String)}
    GROUP BY source_id, collection, identity
  `;
}

/**
 * SQL of what is now in quarantine for the sources in {ids:Array(String)}: per
 * identity its latest entry (FINAL first collapses re-deliveries of one
 * version), unless a release came after its latest delivery. The delivery,
 * not the entry: an entry keeps its first time, so a record released and then
 * broken again the same way would otherwise stay released. A missing delivery
 * (entries older than delivery tracking) or release joins as the epoch.
 */
export const NOW_IN_QUARANTINE_SQL = `
  SELECT q.source_id AS source_id, q.collection AS collection, q.identity AS identity, q.issues AS issues,
         q.last_at AS quarantined_at
  FROM (
    SELECT source_id, collection, identity, argMax(issues, quarantined_at) AS issues, max(quarantined_at) AS last_at
    FROM quarantine FINAL
    WHERE source_id IN {ids:Array(String)}
    GROUP BY source_id, collection, identity
  ) AS q
  LEFT JOIN (${latestPerIdentity('quarantine_deliveries', 'delivered_at')}) AS d USING (source_id, collection, identity)
  LEFT JOIN (${latestPerIdentity('quarantine_releases', 'released_at')}) AS r USING (source_id, collection, identity)
  WHERE r.released_at < greatest(q.last_at, d.delivered_at)`;

/**
 * What is now in quarantine for one source, one row per record: its latest
 * version, since when it is held (`quarantined_at`), and the position and run
 * of its latest delivery (an entry older than delivery tracking keeps its own).
 */
export async function listQuarantine(ch: ClickHouseClient, filter: { sourceId: string; limit?: number }): Promise<QuarantineRow[]> {
  const rs = await ch.query({
    query: `SELECT q.source_id AS source_id, q.collection AS collection, q.identity AS identity, q.record_key AS record_key,
                   if(d.position = '', q.position, d.position) AS position, q.raw AS raw,
                   arrayMap(i -> map('path', i.1, 'code', i.2, 'message', i.3), q.issues) AS issues,
                   if(d.run_id = '', q.run_id, d.run_id) AS run_id, toString(q.quarantined_at) AS quarantined_at
            FROM (
              SELECT * FROM quarantine FINAL
              WHERE source_id = {source:String}
                AND (collection, identity, quarantined_at) IN (
                  SELECT collection, identity, quarantined_at FROM (${NOW_IN_QUARANTINE_SQL}))
              ORDER BY collection, identity, quarantined_at DESC
              LIMIT 1 BY collection, identity
            ) AS q
            LEFT JOIN (
              SELECT collection, identity, position, run_id FROM quarantine_deliveries FINAL WHERE source_id = {source:String}
            ) AS d ON d.collection = q.collection AND d.identity = q.identity
            ORDER BY collection, identity
            LIMIT {limit:UInt32}`,
    query_params: { source: filter.sourceId, ids: [filter.sourceId], limit: filter.limit ?? 100_000 },
    format: 'JSONEachRow',
  });
  return rs.json<QuarantineRow>();
}
