// Demand platform lifecycle events (sources.md §2) and the page envelope of
// `GET /v2/demand-events`. The envelope keeps events as `unknown` so each one
// is validated on its own: one bad event is quarantined, not the page.
import { z } from 'zod';
import { DEMAND_CATEGORIES_CODES, DISTRICTS_CODES } from './reference/codes.ts';
import * as f from './fields.ts';

export const DEMAND_CHANNELS = ['visit', 'platform', 'association', 'hotline', 'publication'] as const;
export type DemandChannel = (typeof DEMAND_CHANNELS)[number];
export const DEMAND_PRIORITIES = ['normal', 'urgent'] as const;
export type DemandPriority = (typeof DEMAND_PRIORITIES)[number];

/** Payload fields that may name people: stored, never published. */
export const DEMAND_PRIVATE_FIELDS = ['title', 'note', 'resolution', 'reason'] as const;

const category = () => f.code(DEMAND_CATEGORIES_CODES, 'demand category');
const freeText = () => z.string({ error: (i) => (i.input === undefined ? 'required' : 'expected text') });

/** RFC 4122 textual form (any version), normalised to lower case. */
const eventId = () =>
  z
    .string({ error: (i) => (i.input === undefined ? 'required' : 'expected a uuid') })
    .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, { message: 'expected a uuid' })
    .transform((s) => s.toLowerCase());

const payloadError = (i: { input: unknown }) => (i.input === undefined ? 'required' : 'expected an object');
const payload = <S extends z.ZodRawShape>(shape: S) => z.object(shape, { error: payloadError });

export const DEMAND_PAYLOADS = {
  created: payload({
    uscc: f.uscc(),
    enterprise_name: f.text(),
    district: f.code(DISTRICTS_CODES, 'district'),
    category: category(),
    channel: f.code(DEMAND_CHANNELS, 'channel'),
    title: freeText(),
    deadline: f.optDate(),
  }),
  classified: payload({ category: category(), priority: f.code(DEMAND_PRIORITIES, 'priority') }),
  transferred: payload({ department: f.text(), deadline: f.date() }),
  progress: payload({ note: freeText() }),
  resolved: payload({ resolution: freeText() }),
  feedback: payload({ satisfaction: f.int(1, 5) }),
  closed: payload({}),
  reopened: payload({ reason: freeText() }),
  withdrawn: payload({ reason: freeText() }),
} as const;

export type DemandEventType = keyof typeof DEMAND_PAYLOADS;
export const DEMAND_EVENT_TYPES = Object.keys(DEMAND_PAYLOADS) as DemandEventType[];

function eventOf<T extends DemandEventType>(type: T) {
  return z.object({
    seq: f.int(0),
    event_id: eventId(),
    demand_id: f.text(),
    type: z.literal(type),
    occurred_at: f.timestamp(),
    payload: DEMAND_PAYLOADS[type],
  });
}

/** One lifecycle event, discriminated on `type`. */
export const demandEvent = z.discriminatedUnion(
  'type',
  [
    eventOf('created'),
    eventOf('classified'),
    eventOf('transferred'),
    eventOf('progress'),
    eventOf('resolved'),
    eventOf('feedback'),
    eventOf('closed'),
    eventOf('reopened'),
    eventOf('withdrawn'),
  ],
  {
    error: (i) =>
      i.input === undefined
        ? 'required'
        : typeof i.input !== 'object' || i.input === null
          ? 'expected an object'
          : `unknown event type; expected one of ${DEMAND_EVENT_TYPES.join(', ')}`,
  },
);

export type DemandEvent = z.output<typeof demandEvent>;
export type DemandEventOf<T extends DemandEventType> = Extract<DemandEvent, { type: T }>;
export type DemandPayload<T extends DemandEventType> = z.output<(typeof DEMAND_PAYLOADS)[T]>;

/** `{ events, last_seq, has_more }`; events stay unvalidated here (see `demandEvent`). */
export const demandEventsPage = z.object({
  events: z.array(z.unknown()),
  last_seq: f.int(0),
  has_more: f.bool(),
});
export type DemandEventsPage = z.output<typeof demandEventsPage>;

/** Operator-facing key of a raw event: its event_id, else `seq:N`. */
export function demandEventKey(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.event_id === 'string' && r.event_id !== '') return r.event_id;
  return typeof r.seq === 'number' ? `seq:${r.seq}` : null;
}
