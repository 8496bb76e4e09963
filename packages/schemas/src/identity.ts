// Record identity, defined once (sources.md §1, §2): per collection, the
// fields whose values make a record's key, in key order, joined by '/'.
// Everything that names a record derives from this table: the key of a valid
// record (the loaders' dedupe), the best-effort key of a raw, maybe invalid
// one (quarantine), and, in @liaison/warehouse, the same key as SQL over the
// stored columns (quarantine release). Adding a field here changes all three.
// Member submissions have their identity at the end of the file: (member,
// kind, period), for the member loader's "latest wins" and quarantine keys.
import type { DemandEvent } from './demand-events.ts';
import type { Collection, RecordOf } from './records.ts';

/** Records that have an identity: the district collections and the demand feed's events. */
export type IdentifiedCollection = Collection | 'events';
export type IdentifiedRecord<C extends IdentifiedCollection> = C extends Collection ? RecordOf<C> : DemandEvent;

export const IDENTIFIED_COLLECTIONS = ['enterprises', 'visits', 'projects', 'events'] as const satisfies readonly IdentifiedCollection[];

export const IDENTITY_FIELDS = {
  enterprises: ['uscc'],
  visits: ['district', 'visit_id'],
  projects: ['district', 'project_id'],
  events: ['event_id'],
} as const satisfies { [C in IdentifiedCollection]: readonly [...(keyof IdentifiedRecord<C>)[], keyof IdentifiedRecord<C>] };

export type IdentityField<C extends IdentifiedCollection> = (typeof IDENTITY_FIELDS)[C][number];

/** Between the fields of a key, in TypeScript and in SQL. */
export const IDENTITY_SEPARATOR = '/';

/**
 * The key of a valid record: `uscc`, `district/visit_id`, `district/project_id`,
 * `event_id`. Takes any record of the collection, validated or stored (the
 * fields are checked against the record types above, once, in IDENTITY_FIELDS).
 */
export function identityKey(collection: IdentifiedCollection, record: object): string {
  const r: Partial<Record<string, unknown>> = record;
  const fields: readonly string[] = IDENTITY_FIELDS[collection];
  // One field is the common case on the loaders' hot path: no array, no join.
  if (fields.length === 1) return String(r[fields[0]!]);
  return fields.map((f) => String(r[f])).join(IDENTITY_SEPARATOR);
}

/** A field of a raw record as key text: a non-empty string or a number, else null. */
const keyText = (v: unknown) => (typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : null);

/**
 * The operator-facing identity of a raw (maybe invalid) district record, best
 * effort: the last field is the record's own id and without it there is no
 * key (null); a field qualifying it (district) that cannot be read shows `?`.
 */
export function recordKey(collection: Collection, raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const values = IDENTITY_FIELDS[collection].map((f) => keyText(r[f]));
  if (values.at(-1) === null) return null;
  return values.map((v) => v ?? '?').join(IDENTITY_SEPARATOR);
}

/** A member submission is one per (member, kind, period): the latest accepted wins (sources.md §3). */
export const SUBMISSION_IDENTITY_FIELDS = ['member_id', 'kind', 'period'] as const;
type SubmissionIdentity = { readonly [F in (typeof SUBMISSION_IDENTITY_FIELDS)[number]]?: unknown };

/** The operator-facing key of a submission, `member/kind/period`, best effort (any field may be missing). */
export function submissionKey(s: SubmissionIdentity): string {
  return SUBMISSION_IDENTITY_FIELDS.map((f) => String(s[f])).join(IDENTITY_SEPARATOR);
}

/** The same identity as an unambiguous map key (values may contain the separator). */
export function submissionIdentity(s: SubmissionIdentity): string {
  return JSON.stringify(SUBMISSION_IDENTITY_FIELDS.map((f) => s[f]));
}
