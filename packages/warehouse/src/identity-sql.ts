// Record identity as SQL: the key expression over a data table's stored
// columns, derived from the one definition in @liaison/schemas (identity.ts),
// so a quarantined record's `identity` and a loaded row's key cannot drift.
// Field names come from that constant table, never from input; the separator
// is bound as {identity_sep:String}.
import type { VersionedTableName } from './run-rows.ts';
import { IDENTITY_FIELDS, IDENTITY_SEPARATOR, type IdentifiedCollection } from '@liaison/schemas';

/** The data table each identified collection is loaded into. */
export const IDENTIFIED_TABLES = {
  enterprises: 'enterprises',
  visits: 'visits',
  projects: 'projects',
  events: 'demand_events',
} as const satisfies Record<IdentifiedCollection, VersionedTableName>;

/** Query parameters every identity expression needs. */
export const IDENTITY_PARAMS = { identity_sep: IDENTITY_SEPARATOR } as const;

/** `toString(uscc)`, `concat(toString(district), {identity_sep:String}, toString(visit_id))`, … */
export function identitySql(collection: IdentifiedCollection): string {
  const parts = IDENTITY_FIELDS[collection].map((f) => `toString(${f})`);
  return parts.length === 1 ? parts[0]! : `concat(${parts.join(', {identity_sep:String}, ')})`;
}
