// Data quality (metrics.md "Data quality"), published beside the figures: per
// source, what its syncs received and loaded, what is now in quarantine and
// why, its last successful sync and lag, and its last run, from the queries
// of sql.ts. Public output, so it carries counts, codes and field paths only:
// never a raw record, nor an issue's message (a message may quote the value),
// nor a run's error text (it may quote upstream URLs, paths or bodies): the
// last run says only the kind of its failure.
import type { RunErrorKind } from '@liaison/schemas';
import type { ClickHouseClient } from '@liaison/warehouse';
import { isoFromClickHouse } from '@liaison/warehouse';
import { isStale } from '../shared/freshness.ts';
import type { QualityFigures, SourceQuality } from './response.ts';
import { quarantinedRecords, quarantineReasons, sourceRuns } from './sql.ts';

export interface QualitySource {
  id: string;
  kind: string;
  schedule: string;
}

type RunsRow = Awaited<ReturnType<typeof sourceRuns>>[number];

function lastSuccess(r: RunsRow | undefined): SourceQuality['last_success'] {
  if (!r?.success_at) return null;
  return { finished_at: isoFromClickHouse(r.success_at, 'ms'), received: Number(r.success_received), loaded: Number(r.success_loaded) };
}

function lastRun(r: RunsRow | undefined): SourceQuality['last_run'] {
  if (!r) return null;
  return {
    status: r.last_status,
    started_at: isoFromClickHouse(r.last_started_at, 'ms'),
    finished_at: r.last_finished_at ? isoFromClickHouse(r.last_finished_at, 'ms') : null,
    error_kind: (r.last_error_kind as RunErrorKind | null) ?? null,
  };
}

export async function qualityFigures(
  ch: ClickHouseClient,
  sources: readonly QualitySource[],
  now: Date,
  opts: { incompleteDemands?: (ch: ClickHouseClient) => Promise<number> } = {},
): Promise<QualityFigures> {
  const params = { ids: sources.map((s) => s.id) };
  const [runs, quarantined, reasons, incomplete] = await Promise.all([
    sourceRuns(ch, params),
    quarantinedRecords(ch, params),
    quarantineReasons(ch, params),
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
