// The state of one demand from its lifecycle events (sources.md §2, metrics.md
// "Demand resolution"). Pure and order-independent: events are made distinct
// by event_id and sorted by (occurred_at, seq) before folding, so duplicates
// and out-of-order arrival change nothing.
import type { DemandEvent, DemandEventOf, DemandChannel } from './demand-events.ts';
import type { DemandCategoryCode, DistrictSlug } from './reference/codes.ts';

export type DemandState = 'withdrawn' | 'resolved' | 'open';

export interface DemandFold {
  demand_id: string;
  /** The first `created` event in fold order; null until it has arrived. */
  created: DemandEventOf<'created'> | null;
  state: DemandState;
  /** Of the last `classified` event, else of `created`. */
  category: DemandCategoryCode | null;
  channel: DemandChannel | null;
  district: DistrictSlug | null;
  /** Deadline in force: the non-null deadline of the last `created`/`transferred` carrying one. */
  deadline: string | null;
  /** occurred_at of the last `resolved` event (also kept when reopened since). */
  last_resolved_at: string | null;
  /** Of the last `transferred` event. */
  department: string | null;
  /** Of the latest `feedback` event. */
  latest_satisfaction: number | null;
  /** occurred_at of `created`. */
  created_at: string | null;
}

/**
 * Distinct events (by event_id; a re-delivered id keeps the copy with the
 * lowest seq) in fold order: occurred_at (UTC ISO strings sort as time),
 * then seq, then event_id so the order is total.
 */
export function orderDemandEvents(events: readonly DemandEvent[]): DemandEvent[] {
  const byId = new Map<string, DemandEvent>();
  for (const e of events) {
    const seen = byId.get(e.event_id);
    if (!seen || e.seq < seen.seq) byId.set(e.event_id, e);
  }
  return [...byId.values()].sort((a, b) =>
    a.occurred_at !== b.occurred_at
      ? a.occurred_at < b.occurred_at
        ? -1
        : 1
      : a.seq !== b.seq
        ? a.seq - b.seq
        : a.event_id < b.event_id
          ? -1
          : a.event_id > b.event_id
            ? 1
            : 0,
  );
}

/**
 * Folds the events of ONE demand; throws on an empty list or mixed demand ids.
 * Events must be `demandEvent` outputs (occurred_at normalised to UTC).
 */
export function foldDemand(events: readonly DemandEvent[]): DemandFold {
  const demandId = events[0]?.demand_id;
  if (demandId === undefined) throw new RangeError('foldDemand: no events');
  let created: DemandEventOf<'created'> | null = null;
  let classified: DemandCategoryCode | null = null;
  let deadline: string | null = null;
  let department: string | null = null;
  let lastResolvedAt: string | null = null;
  let satisfaction: number | null = null;
  let [withdrawnAt, reopenedAt, resolvedAt] = [-1, -1, -1];

  orderDemandEvents(events).forEach((e, i) => {
    if (e.demand_id !== demandId) throw new RangeError(`foldDemand: events of ${demandId} and ${e.demand_id}`);
    switch (e.type) {
      case 'created':
        created ??= e;
        if (e.payload.deadline !== null) deadline = e.payload.deadline;
        break;
      case 'classified':
        classified = e.payload.category;
        break;
      case 'transferred':
        department = e.payload.department;
        deadline = e.payload.deadline;
        break;
      case 'resolved':
        resolvedAt = i;
        lastResolvedAt = e.occurred_at;
        break;
      case 'feedback':
        satisfaction = e.payload.satisfaction;
        break;
      case 'reopened':
        reopenedAt = i;
        break;
      case 'withdrawn':
        withdrawnAt = i;
        break;
    }
  });

  const withdrawn = withdrawnAt >= 0 && reopenedAt < withdrawnAt;
  const resolved = !withdrawn && resolvedAt >= 0 && reopenedAt < resolvedAt && withdrawnAt < resolvedAt;
  const c = created as DemandEventOf<'created'> | null;
  return {
    demand_id: demandId,
    created: c,
    state: withdrawn ? 'withdrawn' : resolved ? 'resolved' : 'open',
    category: classified ?? c?.payload.category ?? null,
    channel: c?.payload.channel ?? null,
    district: c?.payload.district ?? null,
    deadline,
    last_resolved_at: lastResolvedAt,
    department,
    latest_satisfaction: satisfaction,
    created_at: c?.occurred_at ?? null,
  };
}

/** Folds events of many demands: demand_id → fold. */
export function foldDemands(events: readonly DemandEvent[]): Map<string, DemandFold> {
  const groups = new Map<string, DemandEvent[]>();
  for (const e of events) {
    const g = groups.get(e.demand_id);
    if (g) g.push(e);
    else groups.set(e.demand_id, [e]);
  }
  const out = new Map<string, DemandFold>();
  for (const [id, g] of groups) out.set(id, foldDemand(g));
  return out;
}
