// The demand platform's event as it goes on the wire (sources.md §2). The
// simulator plays the external system, so it writes the wire shape itself
// rather than the pipeline's parsed type: poison events must be expressible.

/** An event before the feed gives it a `seq`. */
export interface DemandEventBody {
  event_id: string;
  demand_id: string;
  type: string;
  occurred_at: string;
  payload: Record<string, unknown>;
}

/** An event as served: the body plus its position in the feed. */
export type WireDemandEvent = { seq: number } & DemandEventBody;
