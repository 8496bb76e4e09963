// Data quality (metrics.md "Data quality"), published beside the figures: per
// source, what its syncs received and loaded, what is now in quarantine and
// why, its last successful sync and lag, and its last run. Public output, so
// it carries counts, codes and field paths only: never a raw record, nor an
// issue's message (a message may quote the offending value).
import { NOW_IN_QUARANTINE_SQL, type ClickHouseClient } from '@liaison/warehouse';
import { isoFromClickHouse, isStale } from './freshness.ts';

export interface QualitySource {
  id: string;
  kind: string;
  schedule: string;
}

/** Records now in quarantine with an issue of this code at this path (a record with several issues counts under each). */
export interface QuarantineReason {
  collection: string;
  path: string;
  code: string;
  records: number;
}

export interface SourceQuality {
  source_id: string;
  kind: string;
  /** Records delivered over all runs (every delivery counts, re-deliveries too). */
  received: number;
  /** Records loaded over all runs. */
  loaded: number;
  /** Distinct records now in quarantine, by identity (or position without one). */
  quarantined: number;
  quarantine_reasons: QuarantineReason[];
  /** The succeeded run that finished last (the source's `as_of`), with its own counts. */
  last_success: { finished_at: string; received: number; loaded: number } | null;
  /** Whole seconds from the last success to `now`; null if it never succeeded. */
  lag_seconds: number | null;
  stale: boolean;
  /** The run started last, whatever its state. */
  last_run: { status: string; started_at: string; finished_at: string | null; error: string | null } | null;
}

export interface QualityFigures {
  sources: SourceQuality[];
  /** Demands whose `created` event has not arrived; null when no counter was given. */
  incomplete_demands: number | null;
}

// Tuples keep argMax from skipping a NULL (a last run without error or end).
const RUNS_SQL = `
  SELECT source_id, total_received, total_loaded, success_at, success.1 AS success_received, success.2 AS success_loaded,
         last.1 AS last_status, last.2 AS last_started_at, last.3 AS last_finished_at, last.4 AS last_error
  FROM (
    SELECT source_id, sum(received) AS total_received, sum(loaded) AS total_loaded,
           toString(maxIf(finished_at, status = 'succeeded')) AS success_at,
           argMaxIf((received, loaded), finished_at, status = 'succeeded') AS success,
           argMax((toString(status), toString(started_at), toString(finished_at), error), started_at) AS last
    FROM sync_runs FINAL
    WHERE source_id IN {ids:Array(String)}
    GROUP BY source_id
  )`;

const NOW_IN_QUARANTINE = NOW_IN_QUARANTINE_SQL;

const QUARANTINED_SQL = `SELECT source_id, count() AS records FROM (${NOW_IN_QUARANTINE}) GROUP BY source_id`;

const REASONS_SQL = `
  SELECT source_id, collection, issue.1 AS path, issue.2 AS code, count() AS records
  FROM (${NOW_IN_QUARANTINE})
  ARRAY JOIN arrayDistinct(arrayMap(i -> (i.path, i.code), issues)) AS issue
  GROUP BY source_id, collection, path, code
  ORDER BY source_id, records DESC, collection, path, code`;

interface RunsRow {
  source_id: string;
  total_received: string;
  total_loaded: string;
  success_at: string | null;
  success_received: string;
  success_loaded: string;
  last_status: string;
  last_started_at: string;
  last_finished_at: string | null;
  last_error: string | null;
}

function lastSuccess(r: RunsRow | undefined): SourceQuality['last_success'] {
  if (!r?.success_at) return null;
  return { finished_at: isoFromClickHouse(r.success_at), received: Number(r.success_received), loaded: Number(r.success_loaded) };
}

function lastRun(r: RunsRow | undefined): SourceQuality['last_run'] {
  if (!r) return null;
  return {
    status: r.last_status,
    started_at: isoFromClickHouse(r.last_started_at),
    finished_at: r.last_finished_at ? isoFromClickHouse(r.last_finished_at) : null,
    error: r.last_error,
  };
}

export async function qualityFigures(
  ch: ClickHouseClient,
  sources: readonly QualitySource[],
  now: Date,
  opts: { incompleteDemands?: (ch: ClickHouseClient) => Promise<number> } = {},
): Promise<QualityFigures> {
  const query = async <T>(sql: string): Promise<T[]> =>
    (await ch.query({ query: sql, query_params: { ids: sources.map((s) => s.id) }, format: 'JSONEachRow' })).json<T>();
  const [runs, quarantined, reasons, incomplete] = await Promise.all([
    query<RunsRow>(RUNS_SQL),
    query<{ source_id: string; records: string }>(QUARANTINED_SQL),
    query<Omit<QuarantineReason, 'records'> & { source_id: string; records: string }>(REASONS_SQL),
    opts.incompleteDemands ? opts.incompleteDemands(ch) : null,
  ]);
  const runsOf = new Map(runs.map((r) => [r.source_id, r]));
  const quarantinedOf = new Map(quarantined.map((r) => [r.source_id, Number(r.records)]));
  return {
    incomplete_demands: incomplete,
    sources: sources.map((s): SourceQuality => {
      const r = runsOf.get(s.id);
      const success = lastSuccess(r);
      return {
        source_id: s.id,
        kind: s.kind,
        received: Number(r?.total_received ?? 0),
        loaded: Number(r?.total_loaded ?? 0),
        quarantined: quarantinedOf.get(s.id) ?? 0,
        quarantine_reasons: reasons
          .filter((q) => q.source_id === s.id)
          .map(({ collection, path, code, records }) => ({ collection, path, code, records: Number(records) })),
        last_success: success,
        // clamped: a success stamped by a clock slightly ahead of ours is not a negative lag
        lag_seconds: success ? Math.max(0, Math.floor((now.getTime() - Date.parse(success.finished_at)) / 1000)) : null,
        stale: isStale(success?.finished_at ?? null, s.schedule, now),
        last_run: lastRun(r),
      };
    }),
  };
}
