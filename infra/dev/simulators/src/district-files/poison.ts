// Poison rows for export files: broken copies of good records (fresh
// identity, one field broken) slipped in among the good rows, using the same
// breakages as the district API simulator. Some API breakages are legal in a
// file (`2024/5/17`, a timestamp without offset read as +08:00), so only
// those still invalid in file form are offered here.
import type { Collection } from '@liaison/schemas';
import { poisonKindsOf, poisonRecord, type PoisonKind } from '../district-api/poison.ts';
import { seededRand, type Rand } from '../demo-data/random.ts';

const LEGAL_IN_FILES = new Set(['naive_updated_at', 'slashed_date']);

/** Poison kinds a file of the collection can carry. */
export function filePoisonKinds(collection: Collection): readonly PoisonKind[] {
  return poisonKindsOf(collection).filter((k) => !LEGAL_IN_FILES.has(k.name));
}

/** The default poison of a drop: bad USCC, unknown district, impossible date, negative count, 5-decimal amount. */
export const DEFAULT_FILE_POISON: Readonly<Record<Collection, readonly string[]>> = {
  enterprises: ['bad_uscc_check'],
  visits: ['unknown_district', 'impossible_date', 'negative_demands'],
  projects: ['five_decimals'],
};

/** A record to write, and the poison it carries (if any). */
export interface PlannedRow {
  record: Readonly<Record<string, unknown>>;
  poison?: PoisonKind;
}

// What the corrected re-delivery also fixes in the first good record, keeping
// its updated_at: on equal updated_at the later delivery must win.
const CORRECTIONS: Record<Collection, { field: string; fix(r: Record<string, unknown>): void }> = {
  enterprises: { field: 'employees', fix: (r) => (r.employees = Number(r.employees ?? 0) + 1) },
  visits: { field: 'demands_raised', fix: (r) => (r.demands_raised = Number(r.demands_raised) + 1) },
  projects: { field: 'name', fix: (r) => (r.name = `${String(r.name)}（更正）`) },
};

/** A copy of the record as the corrected re-delivery sends it, and the field changed. */
export function correctedCopy(collection: Collection, record: Readonly<Record<string, unknown>>) {
  const copy = { ...record };
  CORRECTIONS[collection].fix(copy);
  return { record: copy, field: CORRECTIONS[collection].field };
}

/**
 * The good records with one poison row per named kind inserted at seeded
 * places. With `repaired`, the same rows come unbroken (fresh identity kept):
 * the corrected re-delivery of the same file.
 */
export function withPoison(
  collection: Collection,
  records: readonly Readonly<Record<string, unknown>>[],
  names: readonly string[],
  opts: { seed: string; repaired: boolean },
): PlannedRow[] {
  const rows: PlannedRow[] = records.map((record) => ({ record }));
  if (records.length === 0) return rows;
  const rand: Rand = seededRand(opts.seed, 'poison', collection);
  const kinds = filePoisonKinds(collection);
  names.forEach((name, serial) => {
    const kind = kinds.find((k) => k.name === name);
    if (!kind) throw new RangeError(`no file poison "${name}" for ${collection} (known: ${kinds.map((k) => k.name).join(', ')})`);
    const template = records[Math.floor(rand() * records.length)]!;
    const effective = opts.repaired ? { ...kind, breakRecord: () => {} } : kind;
    const record = poisonRecord(collection, effective, template, rand, serial + 1);
    rows.splice(Math.floor(rand() * (rows.length + 1)), 0, opts.repaired ? { record } : { record, poison: kind });
  });
  return rows;
}
