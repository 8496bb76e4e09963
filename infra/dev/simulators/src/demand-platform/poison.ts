// Poison events: what a real upstream occasionally sends and the pipeline
// must quarantine without stalling the good events beside them. Poisoning
// happens on the way out (by seq), so the same seq is poisoned on every read
// while the fault is on, and switching the fault off "repairs" the source,
// which is how an operator's re-drive is exercised.
import type { WireDemandEvent } from './wire.ts';

export const POISON_KINDS = [
  'unknown_type',
  'satisfaction_out_of_range',
  'bad_uuid',
  'missing_payload_field',
  'occurred_at_without_offset',
  'unknown_category',
] as const;
export type PoisonKind = (typeof POISON_KINDS)[number];

export interface PoisonFault {
  /** Every `every`-th seq is poisoned (default 50). */
  every?: number;
  /** Kinds to rotate through, in order (default all). */
  kinds?: readonly PoisonKind[];
}

/** The kind of poison for `seq`, or null when it goes out clean. */
export function poisonKindOf(seq: number, fault: PoisonFault): PoisonKind | null {
  const every = fault.every ?? 50;
  const kinds = fault.kinds ?? POISON_KINDS;
  if (seq % every !== 0 || kinds.length === 0) return null;
  return kinds[(seq / every) % kinds.length] ?? null;
}

/** A corrupted copy of the event; the stored event is left intact. */
export function poison(event: WireDemandEvent, kind: PoisonKind): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...event, payload: { ...event.payload } };
  switch (kind) {
    case 'unknown_type':
      return { ...copy, type: 'escalated' };
    case 'satisfaction_out_of_range':
      return { ...copy, type: 'feedback', payload: { satisfaction: 7 } };
    case 'bad_uuid':
      return { ...copy, event_id: `evt-${event.seq}` };
    case 'missing_payload_field': {
      const [first] = Object.keys(event.payload);
      if (first === undefined) return { ...copy, payload: undefined }; // `closed` has no field to lose
      const { [first]: _, ...rest } = event.payload;
      return { ...copy, payload: rest };
    }
    case 'occurred_at_without_offset':
      return { ...copy, occurred_at: event.occurred_at.slice(0, 19) };
    case 'unknown_category':
      return { ...copy, type: 'classified', payload: { category: 'aerospace', priority: 'normal' } };
  }
}
