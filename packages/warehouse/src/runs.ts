// Sync run history: one row per run, rewritten as the run progresses (the
// latest version wins), so operators can find failed runs and re-run them.
import type { ClickHouseClient } from '@clickhouse/client';

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

// Tables whose rows carry the run that first delivered them: identical
// re-deliveries collapse onto the first delivery, so the rows of a run that
// survive deduplication are exactly the versions it added.
const VERSIONED_TABLES = ['enterprises', 'visits', 'projects', 'demand_events'] as const;

/** Versions a run added (new records or new versions), across the data tables. */
export async function versionsAddedBy(ch: ClickHouseClient, runId: string): Promise<number> {
  const union = VERSIONED_TABLES.map((t) => `SELECT count() AS n FROM ${t} FINAL WHERE run_id = {run:String}`).join(' UNION ALL ');
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
    const loaded = await versionsAddedBy(ch, run.run_id);
    await saveRun(ch, { ...run, loaded, status: 'cancelled', error: o.reason, finished_at: o.finishedAt });
  }
  return abandoned.map((r) => r.run_id);
}
