// Loads validated demand platform events (sources.md §2) into demand_events,
// their private free text into demand_event_texts, and refreshes the folded
// state (demand_states) of every demand the load touched, so the published
// figures read one row per demand instead of folding millions of events.
import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import { keptByRunSql } from './run-rows.ts';
import { identityKey, type DEMAND_PRIVATE_FIELDS, type DemandEvent } from '@liaison/schemas';
import { dedupSettings, type LoadMeta } from './insert-token.ts';

const EVENT_COLUMNS = [
  'demand_id',
  'event_id',
  'seq',
  'type',
  'occurred_at',
  'uscc',
  'district',
  'category',
  'channel',
  'priority',
  'department',
  'deadline',
  'satisfaction',
  'source_id',
  'run_id',
] as const;

/** Payload fields that may name people, and the enterprise's name: never in demand_events. */
export type DemandTextField = (typeof DEMAND_PRIVATE_FIELDS)[number] | 'enterprise_name';

/**
 * One copy per identity (event_id): the lowest seq, then the first in the batch (the copy
 * the table and foldDemand keep). One insert gives every row the same
 * loaded_at, so the table itself could not choose between batch duplicates.
 */
export function distinctEvents(events: readonly DemandEvent[]): { kept: DemandEvent[]; duplicates: number } {
  const byId = new Map<string, DemandEvent>();
  for (const e of events) {
    const id = identityKey('events', e);
    const seen = byId.get(id);
    if (!seen || e.seq < seen.seq) byId.set(id, e);
  }
  return { kept: [...byId.values()], duplicates: events.length - byId.size };
}

type Typed = Partial<Record<(typeof EVENT_COLUMNS)[number], string | number | null>>;

/** The typed payload columns of an event; every other column stays null. */
function payloadColumns(e: DemandEvent): Typed {
  switch (e.type) {
    case 'created': {
      const p = e.payload;
      return { uscc: p.uscc, district: p.district, category: p.category, channel: p.channel, deadline: p.deadline };
    }
    case 'classified':
      return { category: e.payload.category, priority: e.payload.priority };
    case 'transferred':
      return { department: e.payload.department, deadline: e.payload.deadline };
    case 'feedback':
      return { satisfaction: e.payload.satisfaction };
    default:
      return {};
  }
}

/** The private text of an event, field by field. */
export function privateTexts(e: DemandEvent): Array<[DemandTextField, string]> {
  switch (e.type) {
    case 'created':
      return [
        ['title', e.payload.title],
        ['enterprise_name', e.payload.enterprise_name],
      ];
    case 'progress':
      return [['note', e.payload.note]];
    case 'resolved':
      return [['resolution', e.payload.resolution]];
    case 'reopened':
    case 'withdrawn':
      return [['reason', e.payload.reason]];
    default:
      return [];
  }
}

export async function loadDemandEvents(
  ch: ClickHouseClient,
  events: readonly DemandEvent[],
  meta: LoadMeta,
  /**
   * Refold the touched demands now (incremental syncs). A backfill passes
   * false and rebuilds every state once at its end: one fold over everything
   * is far cheaper than one per batch.
   */
  opts: { refresh?: boolean } = {},
): Promise<{ loaded: number; duplicates: number }> {
  const { kept, duplicates } = distinctEvents(events);
  if (kept.length === 0) return { loaded: 0, duplicates };
  const base = (e: DemandEvent): Typed => ({
    demand_id: e.demand_id,
    event_id: e.event_id,
    seq: e.seq,
    type: e.type,
    occurred_at: e.occurred_at,
    source_id: meta.sourceId,
    run_id: meta.runId,
  });
  await ch.insert({
    table: 'demand_events',
    clickhouse_settings: dedupSettings('demand_events', meta),
    columns: [...EVENT_COLUMNS],
    format: 'JSONCompactEachRow',
    values: kept.map((e) => {
      const row = { ...base(e), ...payloadColumns(e) };
      return EVENT_COLUMNS.map((c) => row[c] ?? null);
    }),
  });
  const texts = kept.flatMap((e) =>
    privateTexts(e).map(([field, text]) => [e.demand_id, e.event_id, field, text, e.seq, meta.sourceId, meta.runId]),
  );
  if (texts.length > 0) {
    await ch.insert({
      table: 'demand_event_texts',
      clickhouse_settings: dedupSettings('demand_event_texts', meta),
      columns: ['demand_id', 'event_id', 'field', 'text', 'seq', 'source_id', 'run_id'],
      format: 'JSONCompactEachRow',
      values: texts,
    });
  }
  // Only after both inserts: a failure before this point is retried as a
  // whole, and the retry's refresh folds everything that landed.
  if (opts.refresh !== false) await refreshDemandStates(ch, new Set(kept.map((e) => e.demand_id)));
  return { loaded: kept.length, duplicates };
}

/** Refolds the given demands from their distinct events into demand_states. */
export async function refreshDemandStates(ch: ClickHouseClient, demandIds: Iterable<string>): Promise<void> {
  const ids = [...demandIds];
  if (ids.length === 0) return;
  // The ids travel in an insert body: thousands of them do not fit in a URL.
  const loadId = randomUUID();
  await ch.insert({
    table: 'demand_state_refresh',
    columns: ['load_id', 'demand_id'],
    format: 'JSONCompactEachRow',
    values: ids.map((id) => [loadId, id]),
  });
  await ch.command({
    query: foldInto('demand_id IN (SELECT demand_id FROM demand_state_refresh WHERE load_id = {load:UUID})'),
    query_params: { load: loadId },
  });
}

/**
 * Refolds the demands whose events a run changed: those where a copy the run
 * delivered is the one kept (a full re-read or backfill, once at its end).
 * Cost follows the run's size; re-delivering stored events refolds nothing.
 */
export async function refreshDemandStatesChangedBy(ch: ClickHouseClient, runId: string): Promise<void> {
  await ch.command({
    query: foldInto(`demand_id IN (SELECT demand_id FROM (${keptByRunSql('demand_events')}))`),
    query_params: { run: runId },
  });
}

/** Refolds every demand (after a restore, or to repair a refresh that never ran). */
export async function rebuildDemandStates(ch: ClickHouseClient): Promise<void> {
  await ch.command({ query: foldInto('1') });
  // A second full copy would make every FINAL read merge the two (measured
  // ~4× slower at 1.5 M demands) until the next forced merge: merge now.
  await ch.command({ query: 'OPTIMIZE TABLE demand_states FINAL' });
}

const DEMAND_STATE_COLUMNS = [
  'demand_id',
  'has_created',
  'created_at',
  'created_on',
  'district',
  'channel',
  'category',
  'department',
  'state',
  'resolved_at',
  'deadline',
  'on_time',
  'resolve_ms',
  'satisfaction',
  'events',
] as const;

/**
 * The fold of sources.md §2 in SQL, per demand over its distinct events
 * (FINAL: one row per event_id) in fold order (occurred_at, seq), as
 * foldDemand in @liaison/schemas does. `pos` packs that order into one
 * UInt128 (ms since 1970 above, seq below): comparing it is ~4× faster than a
 * tuple with the event_id tiebreak, which can never decide here since no two
 * distinct events of the feed share a seq. Absent event types are tracked by
 * counts, not by comparing default positions. `scope` is a fixed SQL
 * condition written in this package, never built from input.
 */
const DEMAND_FOLD_SELECT = (scope: string) => `
  SELECT
    demand_id, has_created, created_at, toDate(created_at, 'Etc/GMT-8') AS created_on,
    ifNull(created_district, '') AS district, ifNull(created_channel, '') AS channel,
    ifNull(if(has_classified, classified_category, created_category), '') AS category,
    department,
    has_withdrawn AND NOT (has_reopened AND reopened_pos > withdrawn_pos) AS withdrawn,
    NOT withdrawn AND has_resolved AND NOT (has_reopened AND reopened_pos > resolved_pos)
      AND NOT (has_withdrawn AND withdrawn_pos > resolved_pos) AS resolved,
    multiIf(withdrawn, 'withdrawn', resolved, 'resolved', 'open') AS state,
    if(has_resolved, last_resolved_at, NULL) AS resolved_at,
    deadline,
    -- Derived here, once per demand, rather than per request.
    resolved AND (deadline IS NULL OR toDate(last_resolved_at, 'Etc/GMT-8') <= deadline) AS on_time,
    if(resolved, toUnixTimestamp64Milli(last_resolved_at) - toUnixTimestamp64Milli(created_at), 0) AS resolve_ms,
    satisfaction, events
  FROM (
    SELECT
      demand_id,
      countIf(type = 'created') > 0 AS has_created,
      argMinIf(occurred_at, pos, type = 'created') AS created_at,
      argMinIf(district, pos, type = 'created') AS created_district,
      argMinIf(channel, pos, type = 'created') AS created_channel,
      argMinIf(category, pos, type = 'created') AS created_category,
      countIf(type = 'classified') > 0 AS has_classified,
      argMaxIf(category, pos, type = 'classified') AS classified_category,
      argMaxIf(department, pos, type = 'transferred') AS department,
      argMaxIf(deadline, pos, type IN ('created', 'transferred') AND deadline IS NOT NULL) AS deadline,
      argMaxIf(satisfaction, pos, type = 'feedback') AS satisfaction,
      countIf(type = 'resolved') > 0 AS has_resolved,
      maxIf(pos, type = 'resolved') AS resolved_pos,
      argMaxIf(occurred_at, pos, type = 'resolved') AS last_resolved_at,
      countIf(type = 'reopened') > 0 AS has_reopened,
      maxIf(pos, type = 'reopened') AS reopened_pos,
      countIf(type = 'withdrawn') > 0 AS has_withdrawn,
      maxIf(pos, type = 'withdrawn') AS withdrawn_pos,
      count() AS events
    FROM (
      SELECT demand_id, type, occurred_at, district, channel, category, department, deadline, satisfaction,
             bitOr(bitShiftLeft(toUInt128(toUnixTimestamp64Milli(occurred_at)), 64), toUInt128(seq)) AS pos
      FROM demand_events FINAL
      WHERE ${scope}
    )
    GROUP BY demand_id
  )`;

/** INSERT … SELECT of the fold for the demands `scope` selects. */
function foldInto(scope: string): string {
  const columns = DEMAND_STATE_COLUMNS.join(', ');
  return `INSERT INTO demand_states (${columns}) SELECT ${columns} FROM (${DEMAND_FOLD_SELECT(scope)})`;
}
