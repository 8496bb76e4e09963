// Each source's last successful and last failed run, for `liaison status` and
// the console: when each finished, its run id, and the failure's reason in
// words (the run's error, as the run history keeps it; operators only, never public).
import type { ClickHouseClient } from '@clickhouse/client';
import { isoFromClickHouse } from './time.ts';

export interface RunOutcome {
  run_id: string;
  /** ISO 8601, UTC. */
  finished_at: string;
}

export interface SourceRunOutcomes {
  last_success: RunOutcome | null;
  last_failure: (RunOutcome & { reason: string }) | null;
}

interface Row {
  source_id: string;
  successes: string | number;
  success: [string, string];
  failures: string | number;
  failure: [string, string, string];
}

/** The last success and last failure of each of the sources (both null for a source that never ran). */
export async function lastRunOutcomes(ch: ClickHouseClient, sourceIds: readonly string[]): Promise<Map<string, SourceRunOutcomes>> {
  const rs = await ch.query({
    query: `
      SELECT source_id,
             countIf(status = 'succeeded') AS successes,
             argMaxIf((run_id, toString(ifNull(finished_at, started_at))), started_at, status = 'succeeded') AS success,
             countIf(status = 'failed') AS failures,
             argMaxIf((run_id, toString(ifNull(finished_at, started_at)), ifNull(error, '')), started_at, status = 'failed') AS failure
      FROM sync_runs FINAL
      WHERE source_id IN {ids:Array(String)}
      GROUP BY source_id`,
    query_params: { ids: [...sourceIds] },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<Row>();
  const outcomes = new Map<string, SourceRunOutcomes>(sourceIds.map((id) => [id, { last_success: null, last_failure: null }]));
  for (const r of rows) {
    const [successId, successAt] = r.success;
    const [failureId, failureAt, reason] = r.failure;
    outcomes.set(r.source_id, {
      last_success: Number(r.successes) > 0 ? { run_id: successId, finished_at: isoFromClickHouse(successAt, 'ms') } : null,
      last_failure:
        Number(r.failures) > 0
          ? { run_id: failureId, finished_at: isoFromClickHouse(failureAt, 'ms'), reason: reason || 'failed (no reason recorded)' }
          : null,
    });
  }
  return outcomes;
}
