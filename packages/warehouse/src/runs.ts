// Sync run history: one row per run, rewritten as the run progresses (the
// latest version wins), so operators can find failed runs and re-run them.
import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import { keptByRunSql, VERSIONED_TABLES, type VersionedTableName } from './run-rows.ts';

export type RunStatus = 'running' | 'succeeded' | 'failed';

export interface SyncRun {
  run_id: string;
  source_id: string;
  source_kind: string;
  mode: string;
  rerun_of: string | null;
  window_from: string | null;
  window_to: string | null;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  received: number;
  loaded: number;
  quarantined: number;
  duplicates: number;
  error: string | null;
}

export async function saveRun(ch: ClickHouseClient, run: SyncRun): Promise<void> {
  await ch.insert({ table: 'sync_runs', values: [run], format: 'JSONEachRow' });
}

const SELECT_RUNS = `
  SELECT run_id, source_id, source_kind, mode, rerun_of, window_from, window_to, status,
         toString(started_at) AS started_at, toString(finished_at) AS finished_at,
         toUInt64(received) AS received, toUInt64(loaded) AS loaded,
         toUInt64(quarantined) AS quarantined, toUInt64(duplicates) AS duplicates, error
  FROM sync_runs FINAL`;

function numeric(run: SyncRun): SyncRun {
  // UInt64 arrive quoted, as from a real server.
  return {
    ...run,
    received: Number(run.received),
    loaded: Number(run.loaded),
    quarantined: Number(run.quarantined),
    duplicates: Number(run.duplicates),
  };
}

export async function getRun(ch: ClickHouseClient, runId: string): Promise<SyncRun | null> {
  const rs = await ch.query({
    query: `${SELECT_RUNS} WHERE run_id = {id:String}`,
    query_params: { id: runId },
    format: 'JSONEachRow',
  });
  const [run] = await rs.json<SyncRun>();
  return run ? numeric(run) : null;
}

export async function listRuns(
  ch: ClickHouseClient,
  filter: { sourceId?: string; failedOnly?: boolean; limit?: number } = {},
): Promise<SyncRun[]> {
  const rs = await ch.query({
    query: `${SELECT_RUNS}
      WHERE ({source:Nullable(String)} IS NULL OR source_id = {source:Nullable(String)})
        AND (NOT {failed:Bool} OR status = 'failed')
      ORDER BY started_at DESC
      LIMIT {limit:UInt32}`,
    query_params: { source: filter.sourceId ?? null, failed: filter.failedOnly ?? false, limit: filter.limit ?? 50 },
    format: 'JSONEachRow',
  });
  return (await rs.json<SyncRun>()).map(numeric);
}

/** Finish time of the last successful sync per source (the `as_of` of figures). */
export async function lastSuccessfulSyncs(ch: ClickHouseClient): Promise<Map<string, string>> {
  const rs = await ch.query({
    query: `SELECT source_id, toString(max(finished_at)) AS finished_at
            FROM sync_runs FINAL WHERE status = 'succeeded' GROUP BY source_id`,
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ source_id: string; finished_at: string }>();
  return new Map(rows.map((r) => [r.source_id, r.finished_at]));
}

/** Versions a run added (new records or new versions), across the data tables; reads only the run's records. */
export async function versionsAddedBy(ch: ClickHouseClient, runId: string): Promise<number> {
  const tables = Object.keys(VERSIONED_TABLES) as VersionedTableName[];
  const union = tables.map((t) => `SELECT count() AS n FROM (${keptByRunSql(t)})`).join(' UNION ALL ');
  const rs = await ch.query({ query: `SELECT sum(n) AS n FROM (${union})`, query_params: { run: runId }, format: 'JSONEachRow' });
  return Number((await rs.json<{ n: string }>())[0]?.n ?? 0);
}

/**
 * Records what one batch a run read held, before its rows are loaded. A batch
 * is its position and content: an attempt that reads the same batch again
 * (a retried page) replaces the entry rather than adding to it, and a batch an
 * abandoned attempt loaded is still counted even if the retry read another.
 */
export async function recordRunBatch(
  ch: ClickHouseClient,
  b: { runId: string; collection: string; position: unknown; content: unknown; received: number; quarantined: number },
): Promise<void> {
  const batch = createHash('sha256')
    .update(JSON.stringify([b.position, b.content]))
    .digest('hex');
  await ch.insert({
    table: 'run_batches',
    columns: ['run_id', 'collection', 'batch', 'received', 'quarantined'],
    format: 'JSONCompactEachRow',
    values: [[b.runId, b.collection, batch, b.received, b.quarantined]],
  });
}

/** What a run's batches held in all: records received and quarantined, each batch once. */
export async function runBatchTotals(ch: ClickHouseClient, runId: string): Promise<{ received: number; quarantined: number }> {
  const rs = await ch.query({
    query: `SELECT sum(received) AS received, sum(quarantined) AS quarantined
            FROM run_batches FINAL WHERE run_id = {run:String}`,
    query_params: { run: runId },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ received: string; quarantined: string }>();
  return { received: Number(row?.received ?? 0), quarantined: Number(row?.quarantined ?? 0) };
}
