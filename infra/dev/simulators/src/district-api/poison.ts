// Invalid records the simulated API can slip into a page (the `poison`
// fault): one of each way a district system has been seen to break a record.
// Each is a copy of a good record of the page with a fresh identity and one
// field broken, so the connector must quarantine exactly these and keep the
// good records of the same page. `field` is the path the schema reports.
import { generateUscc, type Collection } from '@liaison/schemas';
import type { Rand } from '../demo-data/random.ts';
import type { RawRecord } from './store.ts';

type Mutable = Record<string, unknown>;

export interface PoisonKind {
  name: string;
  /** Path of the field the schema must reject. */
  field: string;
  breakRecord(r: Mutable): void;
}

const naiveTime = (r: Mutable) => {
  r.updated_at = String(r.updated_at).slice(0, 19).replace('T', ' ');
};
const wrongCheckChar = (r: Mutable) => {
  const u = String(r.uscc);
  r.uscc = u.slice(0, 17) + (u[17] === '0' ? '1' : '0');
};

const k = (name: string, field: string, breakRecord: (r: Mutable) => void): PoisonKind => ({ name, field, breakRecord });

export const POISON_KINDS: Record<Collection, readonly PoisonKind[]> = {
  enterprises: [
    k('bad_uscc_check', 'uscc', wrongCheckChar),
    k('unknown_district', 'district', (r) => (r.district = 'xiangmihu')),
    k('negative_employees', 'employees', (r) => (r.employees = -12)),
    k('missing_name', 'name', (r) => delete r.name),
    k('naive_updated_at', 'updated_at', naiveTime),
    k('unknown_ownership', 'ownership', (r) => (r.ownership = '国企')),
    k('tier_out_of_range', 'tier', (r) => (r.tier = 7)),
  ],
  visits: [
    k('bad_uscc_check', 'uscc', wrongCheckChar),
    k('unknown_district', 'district', (r) => (r.district = 'xiangmihu')),
    k('negative_demands', 'demands_raised', (r) => (r.demands_raised = -1)),
    k('missing_visit_id', 'visit_id', (r) => delete r.visit_id),
    k('impossible_date', 'visited_on', (r) => (r.visited_on = '2024-02-30')),
    k('naive_updated_at', 'updated_at', naiveTime),
  ],
  projects: [
    k('five_decimals', 'investment_wan', (r) => (r.investment_wan = '12500.12345')),
    k('negative_investment', 'investment_wan', (r) => (r.investment_wan = '-300')),
    k('unknown_sector', 'sector', (r) => (r.sector = 'aerospace')),
    k('missing_name', 'name', (r) => (r.name = null)),
    k('unknown_district', 'district', (r) => (r.district = 'xiangmihu')),
    k('slashed_date', 'signed_on', (r) => (r.signed_on = '2024/5/17')),
    k('naive_updated_at', 'updated_at', naiveTime),
  ],
};

/** A fresh identity, so a poison record never shadows a real one. */
function freshIdentity(collection: Collection, r: Mutable, rand: Rand, serial: number): void {
  if (collection === 'enterprises') r.uscc = generateUscc(rand);
  else if (collection === 'visits') r.visit_id = `POISON-ZF-${serial}`;
  else r.project_id = `POISON-XM-${serial}`;
}

/** The poison kinds of a collection: all of them, or those named. */
export function poisonKindsOf(collection: Collection, names?: readonly string[] | null): readonly PoisonKind[] {
  return POISON_KINDS[collection].filter((p) => !names || names.includes(p.name));
}

/** A broken copy of `template` with a fresh identity (`serial` keeps ids unique). */
export function poisonRecord(collection: Collection, kind: PoisonKind, template: RawRecord, rand: Rand, serial: number): Mutable {
  const r: Mutable = { ...template };
  freshIdentity(collection, r, rand, serial);
  kind.breakRecord(r);
  return r;
}
