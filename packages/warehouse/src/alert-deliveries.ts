// Alerts already posted (alert_deliveries, migration 0018), and the run
// history an alert is decided from: where a source's current streak of
// failed runs began. One row per target,
// source, event and run: the worker checks it before posting, so an event is
// posted once whatever is retried or run again.
import type { ClickHouseClient } from '@clickhouse/client';
import { isoFromClickHouse } from './time.ts';

export interface AlertDelivery {
  source_id: string;
  /** failed, stale or recovered. */
  event: string;
  /** The run the event is about. */
  run_id: string;
  /** The alert: its kind and the variable holding its URL (`wecom:ALERT_URL`), never the URL. */
  target: string;
  outcome: 'sent' | 'undeliverable';
  /** For an undeliverable alert, why. */
  detail: string;
  /** ISO 8601, UTC. */
  at: string;
}

type AlertKey = Pick<AlertDelivery, 'source_id' | 'event' | 'run_id'>;

export async function recordAlertDelivery(ch: ClickHouseClient, d: AlertDelivery): Promise<void> {
  await ch.insert({
    table: 'alert_deliveries',
    values: [d],
    format: 'JSONEachRow',
    clickhouse_settings: { insert_deduplication_token: `alert:${JSON.stringify([d.source_id, d.event, d.run_id, d.target])}` },
  });
}

/** The deliveries recorded for one event of a source (about one run), by target. */
export async function alertDeliveries(ch: ClickHouseClient, key: AlertKey): Promise<Map<string, AlertDelivery>> {
  const rs = await ch.query({
    query: `SELECT source_id, event, run_id, target, outcome, detail, toString(at) AS at FROM alert_deliveries FINAL
            WHERE source_id = {source:String} AND event = {event:String} AND run_id = {run:String}`,
    query_params: { source: key.source_id, event: key.event, run: key.run_id },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<AlertDelivery>();
  return new Map(rows.map((r) => [r.target, { ...r, at: isoFromClickHouse(r.at, 'ms') }]));
}

/** Every alert posted about a run (or found not deliverable), oldest first: shown with the run in the console. */
export async function alertDeliveriesOfRun(ch: ClickHouseClient, runId: string): Promise<AlertDelivery[]> {
  const rs = await ch.query({
    query: `SELECT source_id, event, run_id, target, outcome, detail, toString(at) AS at FROM alert_deliveries FINAL
            WHERE run_id = {run:String} ORDER BY at, event, target`,
    query_params: { run: runId },
    format: 'JSONEachRow',
  });
  return (await rs.json<AlertDelivery>()).map((r) => ({ ...r, at: isoFromClickHouse(r.at, 'ms') }));
}

/** Around one run of a source: the succeeded run before it, and the first failed run since then (up to the run itself). */
export interface RunStreak {
  previousSuccess: string | null;
  firstFailure: string | null;
}

export async function runStreak(ch: ClickHouseClient, o: { sourceId: string; runId: string }): Promise<RunStreak> {
  const rs = await ch.query({
    query: `
      WITH (SELECT max(started_at) FROM sync_runs FINAL WHERE run_id = {run:String}) AS run_start,
           (SELECT max(started_at) FROM sync_runs FINAL
             WHERE source_id = {source:String} AND status = 'succeeded' AND started_at < run_start) AS last_ok
      SELECT
        (SELECT argMax(run_id, started_at) FROM sync_runs FINAL
          WHERE source_id = {source:String} AND status = 'succeeded' AND started_at < run_start) AS previous_success,
        (SELECT argMin(run_id, started_at) FROM sync_runs FINAL
          WHERE source_id = {source:String} AND status = 'failed' AND started_at > last_ok AND started_at <= run_start) AS first_failure`,
    query_params: { source: o.sourceId, run: o.runId },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ previous_success: string; first_failure: string }>();
  return { previousSuccess: row?.previous_success || null, firstFailure: row?.first_failure || null };
}
