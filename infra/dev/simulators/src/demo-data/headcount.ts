// Employees, Party organisation and Party members of a demo enterprise, kept
// plausible together: large state units have a Party committee and many
// members, small private firms often a joint branch or none; a few values are
// unknown (null), as in real registries.
import type { OwnershipCode, PartyOrgCode } from '@liaison/schemas';
import { chance, int, logInt, pick, type Rand } from './random.ts';

const EMPLOYEES: Record<OwnershipCode, [number, number]> = {
  central_soe: [30, 20000],
  municipal_soe: [30, 12000],
  district_soe: [15, 2500],
  other_soe: [20, 3000],
  mixed: [10, 6000],
  private: [5, 5000],
  foreign: [20, 8000],
};

const STATE: ReadonlySet<OwnershipCode> = new Set(['central_soe', 'municipal_soe', 'district_soe', 'other_soe']);

function partyOrg(rand: Rand, state: boolean, employees: number): PartyOrgCode {
  if (state || employees >= 300) {
    if (employees >= 1000) return 'committee';
    if (employees >= 300) return 'general_branch';
    return 'branch';
  }
  return pick(rand, ['none', 'none', 'joint_branch', 'joint_branch', 'branch'] as const);
}

export interface Headcount {
  party_org: PartyOrgCode | null;
  party_members: number | null;
  employees: number | null;
}

export function headcount(rand: Rand, ownership: OwnershipCode): Headcount {
  const [min, max] = EMPLOYEES[ownership];
  const size = logInt(rand, min, max);
  const state = STATE.has(ownership);
  const org = chance(rand, 0.05) ? null : partyOrg(rand, state, size);
  const share = state ? 0.1 + rand() * 0.25 : 0.01 + rand() * 0.06;
  const members = org === 'none' ? 0 : Math.max(3, Math.round(size * share));
  return {
    party_org: org,
    party_members: chance(rand, 0.04) ? null : org === null ? int(rand, 0, 50) : members,
    employees: chance(rand, 0.03) ? null : size,
  };
}
