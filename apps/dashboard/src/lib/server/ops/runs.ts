// Sync runs as the console lists them: the columns of `liaison runs`, times
// as ISO instants (shown in China Standard Time), whether the console offers
// a re-run (failed or cancelled: the warehouse's isRerunnable), filters from the URL.
import { isoFromClickHouse, isRerunnable, listRuns, type ClickHouseClient, type SyncRun } from '@liaison/warehouse';

export type RunView = SyncRun & { rerunnable: boolean };

const iso = (t: string | null) => (t ? isoFromClickHouse(t) : null);

export function runView(r: SyncRun): RunView {
  return { ...r, started_at: iso(r.started_at) ?? r.started_at, finished_at: iso(r.finished_at), rerunnable: isRerunnable(r.status) };
}

export interface RunFilter {
  source: string | null;
  failed: boolean;
}

export function runFilter(params: URLSearchParams): RunFilter {
  const source = params.get('source')?.trim();
  return { source: source || null, failed: params.get('failed') === '1' || params.get('failed') === 'on' };
}

export async function runsOf(ch: ClickHouseClient, f: RunFilter): Promise<RunView[]> {
  const runs = await listRuns(ch, { ...(f.source ? { sourceId: f.source } : {}), failedOnly: f.failed, limit: 200 });
  return runs.map(runView);
}
