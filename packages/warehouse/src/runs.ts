// Sync run history: one row per run, rewritten as the run progresses (the
// latest version wins), so operators can find failed runs and re-run them.
import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import type { RunErrorKind } from '@liaison/schemas';
import { keptByRunSql, VERSIONED_TABLES, type VersionedTableName } from './run-rows.ts';

export type RunStatus = 'running' | 'succeeded' | 'failed' | 'cancelled';

/** A failed or cancelled run can be run again over its recorded window. */
export const isRerunnable = (status: RunStatus): boolean => status === 'failed' || status === 'cancelled';

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
  /** Why it did not succeed, publicly (RUN_ERROR_KINDS of @liaison/schemas); null when it did not fail. */
  error_kind?: RunErrorKind | null;
}

/** A cancelled run's kind goes without saying; a failed one is `internal` unless its booking said otherwise. */
function errorKindOf(run: SyncRun): RunErrorKind | '' {
  if (run.error_kind) return run.error_kind;
  if (run.status === 'cancelled') return 'cancelled';
  return run.status === 'failed' ? 'internal' : '';
}

export async function saveRun(ch: ClickHouseClient, run: SyncRun): Promise<void> {
  await ch.insert({ table: 'sync_runs', values: [{ ...run, error_kind: errorKindOf(run) }], format: 'JSONEachRow' });
}

const SELECT_RUNS = `
  SELECT run_id, source_id, source_kind, mode, rerun_of, window_from, window_to, status,
         toString(started_at) AS started_at, toString(finished_at) AS finished_at,
         toUInt64(received) AS received, toUInt64(loaded) AS loaded,
         toUInt64(quarantined) AS quarantined, toUInt64(duplicates) AS duplicates, error,
         nullIf(error_kind, '') AS error_kind
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

/** Which runs a history listing shows; `since` is an ISO instant (runs started at or after it). */
export interface RunFilter {
  sourceId?: string | undefined;
  failedOnly?: boolean | undefined;
  since?: string | undefined;
}

// `sync_runs.started_at` is the column: SELECT_RUNS's `started_at` is its text.
const RUN_FILTER_SQL = `
      WHERE ({source:Nullable(String)} IS NULL OR source_id = {source:Nullable(String)})
        AND (NOT {failed:Bool} OR status = 'failed')
        AND ({since:Nullable(String)} IS NULL OR sync_runs.started_at >= parseDateTime64BestEffortOrNull({since:Nullable(String)}, 3, 'UTC'))`;

const runFilterParams = (f: RunFilter) => ({ source: f.sourceId ?? null, failed: f.failedOnly ?? false, since: f.since ?? null });

/** The newest runs matching the filter, at most `limit` (default 50). */
export async function listRuns(ch: ClickHouseClient, filter: RunFilter & { limit?: number } = {}): Promise<SyncRun[]> {
  const rs = await ch.query({
    query: `${SELECT_RUNS} ${RUN_FILTER_SQL}
      ORDER BY started_at DESC
      LIMIT {limit:UInt32}`,
    query_params: { ...runFilterParams(filter), limit: filter.limit ?? 50 },
    format: 'JSONEachRow',
  });
  return (await rs.json<SyncRun>()).map(numeric);
}

/** How many runs match the filter, however many a listing shows. */
export async function countRuns(ch: ClickHouseClient, filter: RunFilter = {}): Promise<number> {
  const rs = await ch.query({
    query: `SELECT count() AS n FROM sync_runs FINAL ${RUN_FILTER_SQL}`,
    query_params: runFilterParams(filter),
    format: 'JSONEachRow',
  });
  return Number((await rs.json<{ n: string }>())[0]?.n ?? 0);
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
 * Closes a source's runs left `running` by a workflow that ended without
 * booking them (terminated, or lost): called as a new sync of the source
 * begins, when no other sync of it can be running (one workflow id per source).
 */
export async function cancelAbandonedRuns(
  ch: ClickHouseClient,
  o: { sourceId: string; exceptRunId: string; reason: string; finishedAt: string },
): Promise<string[]> {
  const rs = await ch.query({
    query: `${SELECT_RUNS} WHERE source_id = {source:String} AND status = 'running' AND run_id != {except:String}`,
    query_params: { source: o.sourceId, except: o.exceptRunId },
    format: 'JSONEachRow',
  });
  const abandoned = (await rs.json<SyncRun>()).map(numeric);
  for (const run of abandoned) {
    const counts = await storedRunCounts(ch, run.run_id);
    await saveRun(ch, { ...run, ...counts, status: 'cancelled', error: o.reason, finished_at: o.finishedAt });
  }
  return abandoned.map((r) => r.run_id);
}

/**
 * Records what one batch a run read held, before its rows are loaded. A batch
 * is its position and content: an attempt that reads the same batch again
 * (a retried page) replaces the entry rather than adding to it, and a batch an
 * abandoned attempt loaded is still counted even if the retry read another.
 * Returns the batch's key, which its loads carry as deduplication token.
 */
export async function recordRunBatch(
  ch: ClickHouseClient,
  b: { runId: string; collection: string; position: unknown; content: unknown; received: number; quarantined: number },
): Promise<string> {
  const batch = createHash('sha256')
    .update(JSON.stringify([b.position, b.content]))
    .digest('hex');
  await ch.insert({
    table: 'run_batches',
    columns: ['run_id', 'collection', 'batch', 'received', 'quarantined'],
    format: 'JSONCompactEachRow',
    values: [[b.runId, b.collection, batch, b.received, b.quarantined]],
  });
  return batch;
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

export interface RunCounts {
  received: number;
  loaded: number;
  quarantined: number;
  duplicates: number;
}

/**
 * A run's counts from its batches and the versions it added: whatever the
 * batches held that was neither loaded nor quarantined is a duplicate, so
 * received = loaded + quarantined + duplicates always.
 */
export function addingUp(batches: { received: number; quarantined: number }, loaded: number): RunCounts {
  const duplicates = Math.max(0, batches.received - batches.quarantined - loaded);
  return { received: loaded + batches.quarantined + duplicates, loaded, quarantined: batches.quarantined, duplicates };
}

/** What the tables say a run did: each batch it read once, each version it added once. */
export async function storedRunCounts(ch: ClickHouseClient, runId: string): Promise<RunCounts> {
  return addingUp(await runBatchTotals(ch, runId), await versionsAddedBy(ch, runId));
}
