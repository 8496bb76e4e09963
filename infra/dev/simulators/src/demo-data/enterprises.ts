// Demo enterprise registry of one district: valid USCCs under Shenzhen
// divisions, names built from real parent groups or invented brands, every
// ownership type with a mix dominated by central-SOE units (the liaison
// office's main clientele), tiers, clusters, Party organisation, head counts
// and a few tombstones. Deterministic per (seed, district, count).
import { generateUscc, OWNERSHIP_CODES, type OwnershipCode } from '@liaison/schemas';
import { CENTRAL_GROUPS, districtGroup, MUNICIPAL_GROUPS, OTHER_SOE_GROUPS, type ParentGroup } from './groups.ts';
import { foreignName, groupUnitName, privateName, uniqueNamer, type UnitForm } from './names.ts';
import { districtProfile } from './districts.ts';
import { chance, pick, seededRand, shuffle, weighted, type Rand } from './random.ts';
import { ascendingInstants, shanghaiMs, toShanghaiIso } from './time.ts';
import { headcount } from './headcount.ts';
import type { EnterpriseJson } from './types.ts';

export interface DemoEnterprisesOptions {
  district: string;
  seed: number | string;
  count: number;
  /** Window of `updated_at`, Shanghai local dates; default 2024-01-02 … 2024-12-27. */
  from?: string;
  to?: string;
  /** Share of deregistered enterprises sent as tombstones (`deleted: true`). */
  tombstoneRate?: number;
}

const MIX: Record<OwnershipCode, number> = {
  central_soe: 42,
  municipal_soe: 12,
  district_soe: 8,
  other_soe: 7,
  mixed: 10,
  private: 16,
  foreign: 5,
};

export const CLUSTERS = [
  '网络与通信',
  '半导体与集成电路',
  '超高清视频显示',
  '智能终端',
  '软件与信息服务',
  '数字创意',
  '工业母机',
  '智能机器人',
  '精密仪器设备',
  '新能源',
  '安全节能环保',
  '智能网联汽车',
  '新材料',
  '高端医疗器械',
  '生物医药',
  '大健康',
  '海洋产业',
  '现代时尚',
] as const;

const STATE_GROUPS: Partial<Record<OwnershipCode, readonly ParentGroup[]>> = {
  central_soe: CENTRAL_GROUPS,
  municipal_soe: MUNICIPAL_GROUPS,
  other_soe: OTHER_SOE_GROUPS,
};

interface Identity {
  name: string;
  parent_group: string | null;
  tier: number | null;
}

// Groups based in Shenzhen have no "深圳分公司"; groups from elsewhere rarely
// have their headquarters here.
const FORMS_AWAY = { headquarters: 3, branch: 20, subsidiary: 77 } as const;
const FORMS_LOCAL = { headquarters: 6, branch: 0, subsidiary: 94 } as const;

function stateUnit(rand: Rand, group: ParentGroup, name: ReturnType<typeof uniqueNamer>, local: boolean): Identity {
  const form = weighted<UnitForm>(rand, local ? FORMS_LOCAL : FORMS_AWAY);
  const unit = name((attempt) => groupUnitName(rand, group, form, attempt));
  const tier = unit === group.legal ? 1 : unit.endsWith('深圳分公司') ? 2 : Number(weighted(rand, { 2: 30, 3: 40, 4: 20, 5: 10 }));
  return { name: unit, parent_group: group.name, tier };
}

function identity(rand: Rand, ownership: OwnershipCode, districtShort: string, name: ReturnType<typeof uniqueNamer>): Identity {
  const groups = STATE_GROUPS[ownership];
  if (groups) return stateUnit(rand, pick(rand, groups), name, ownership === 'municipal_soe');
  if (ownership === 'district_soe') return stateUnit(rand, districtGroup(districtShort), name, true);
  if (ownership === 'foreign') return { name: name((a) => foreignName(rand, a)), parent_group: null, tier: null };
  const mixed = ownership === 'mixed';
  const unit = name((a) => privateName(rand, mixed && chance(rand, 0.6), a));
  if (mixed && chance(rand, 0.5)) {
    const group = pick(rand, chance(rand, 0.6) ? CENTRAL_GROUPS : MUNICIPAL_GROUPS);
    return { name: unit, parent_group: group.name, tier: pick(rand, [2, 3, 3, 4]) };
  }
  return { name: unit, parent_group: null, tier: chance(rand, 0.2) ? 1 : null };
}

/** The first records take every ownership type once, so small demos show them all. */
function ownershipSequence(rand: Rand, count: number): OwnershipCode[] {
  const all = shuffle(rand, [...OWNERSHIP_CODES]);
  return Array.from({ length: count }, (_, i) => all[i] ?? weighted(rand, MIX));
}

export function demoEnterprises(opts: DemoEnterprisesOptions): EnterpriseJson[] {
  const rand = seededRand(opts.seed, opts.district, 'enterprises');
  const place = districtProfile(opts.district);
  const name = uniqueNamer();
  const usccs = new Set<string>();
  const times = ascendingInstants(rand, opts.count, shanghaiMs(opts.from ?? '2024-01-02'), shanghaiMs(opts.to ?? '2024-12-27'));
  return ownershipSequence(rand, opts.count).map((ownership, i) => {
    let uscc: string;
    do uscc = generateUscc(rand, { division: chance(rand, 0.6) ? '440300' : place.division });
    while (usccs.has(uscc));
    usccs.add(uscc);
    const unit = identity(rand, ownership, place.short, name);
    const people = headcount(rand, ownership);
    return {
      uscc,
      name: unit.name,
      ownership,
      parent_group: unit.parent_group,
      tier: unit.tier,
      district: place.slug,
      cluster: chance(rand, 0.15) ? null : pick(rand, CLUSTERS),
      party_org: people.party_org,
      party_members: people.party_members,
      employees: people.employees,
      deleted: chance(rand, opts.tombstoneRate ?? 0.02),
      updated_at: toShanghaiIso(times[i]!),
    };
  });
}
