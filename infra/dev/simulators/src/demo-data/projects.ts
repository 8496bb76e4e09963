// Demo investment projects of one district: central-local cooperation
// projects, strategic agreements, joint ventures and key projects, named
// after their central partner, an area of the district and a sector topic,
// with amounts in 万元 as exact decimal strings (up to 4 decimals) and sign /
// landing dates consistent with the stage.
import type { ProjectKindCode, ProjectStageCode, SectorCode } from '@liaison/schemas';
import { CENTRAL_GROUPS, districtGroup, MUNICIPAL_GROUPS } from './groups.ts';
import { districtProfile, type DistrictProfile } from './districts.ts';
import { chance, int, logInt, pick, seededRand, weighted, type Rand } from './random.ts';
import { ascendingInstants, DAY_MS, shanghaiMs, toShanghaiDate, toShanghaiIso } from './time.ts';
import { PROJECT_TOPICS, wanAmount } from './project-parts.ts';
import type { EnterpriseJson, ProjectJson } from './types.ts';

export interface DemoProjectsOptions {
  district: string;
  seed: number | string;
  count: number;
  /** Registry whose central-SOE units may appear as partners. */
  enterprises?: readonly Pick<EnterpriseJson, 'name' | 'ownership' | 'parent_group'>[];
  from?: string;
  to?: string;
}

const KIND_MIX: Record<ProjectKindCode, number> = {
  cooperation_project: 45,
  strategic_agreement: 15,
  joint_venture: 15,
  key_project: 25,
};
const STAGE_MIX: Record<ProjectStageCode, number> = {
  signed: 25,
  landed: 20,
  under_construction: 25,
  in_operation: 20,
  terminated: 10,
};
const AMOUNT: Record<ProjectKindCode, [number, number]> = {
  cooperation_project: [2000, 800000],
  strategic_agreement: [100000, 5000000],
  joint_venture: [1000, 200000],
  key_project: [5000, 2000000],
};

function title(rand: Rand, kind: ProjectKindCode, partner: string, place: DistrictProfile, area: string, topic: string): string {
  if (kind === 'strategic_agreement') return `${partner}与${place.nameZh}${topic}战略合作协议`;
  if (kind === 'joint_venture') return `${partner}${area}${topic}合资公司`;
  if (kind === 'key_project') return `${area}${topic}项目（${pick(rand, ['一期', '二期'])}）`;
  return `${partner}${area}${topic}项目`;
}

function sourceEvent(rand: Rand, place: DistrictProfile, year: string): string | null {
  const k = weighted(rand, { tour: 50, summit: 15, fair: 10, none: 25 });
  if (k === 'tour') return `央企国企深圳行·${place.short}站`;
  if (k === 'summit') return `深圳全球招商大会-${year}`;
  if (k === 'fair') return `中国国际高新技术成果交易会-${year}`;
  return null;
}

function dates(rand: Rand, kind: ProjectKindCode, stage: ProjectStageCode, updatedMs: number) {
  const signedMs = updatedMs - int(rand, 0, 420) * DAY_MS;
  const signed_on = kind === 'key_project' && stage === 'signed' && chance(rand, 0.3) ? null : toShanghaiDate(signedMs);
  const landed = stage === 'landed' || stage === 'under_construction' || stage === 'in_operation';
  const landedMs = Math.min(updatedMs, signedMs + int(rand, 30, 300) * DAY_MS);
  return { signed_on, landed_on: landed ? toShanghaiDate(landedMs) : null };
}

export function demoProjects(opts: DemoProjectsOptions): ProjectJson[] {
  const rand = seededRand(opts.seed, opts.district, 'projects');
  const place = districtProfile(opts.district);
  const unitsOf = new Map<string, string[]>();
  for (const e of opts.enterprises ?? []) {
    if (e.ownership !== 'central_soe' || !e.parent_group) continue;
    unitsOf.set(e.parent_group, [...(unitsOf.get(e.parent_group) ?? []), e.name]);
  }
  const locals = [...MUNICIPAL_GROUPS.map((g) => g.legal), districtGroup(place.short).legal, `深圳市${place.nameZh}人民政府`];
  const times = ascendingInstants(rand, opts.count, shanghaiMs(opts.from ?? '2024-01-15'), shanghaiMs(opts.to ?? '2024-12-27'));
  const seqByYear = new Map<string, number>();
  return times.map((t) => {
    const kind = weighted(rand, KIND_MIX);
    const stage: ProjectStageCode =
      kind === 'strategic_agreement' ? weighted(rand, { signed: 70, landed: 25, terminated: 5 }) : weighted(rand, STAGE_MIX);
    const sector: SectorCode = weighted(rand, PROJECT_TOPICS.weights);
    const group = pick(rand, CENTRAL_GROUPS);
    const own = unitsOf.get(group.name) ?? [];
    const year = toShanghaiDate(t).slice(0, 4);
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const [min, max] = AMOUNT[kind];
    return {
      project_id: `${place.idPrefix}-XM-${year}-${String(seq).padStart(4, '0')}`,
      name: title(rand, kind, group.short, place, pick(rand, place.places), pick(rand, PROJECT_TOPICS.bySector[sector])),
      kind,
      district: place.slug,
      sector,
      stage,
      investment_wan: wanAmount(rand, logInt(rand, min, max)),
      central_partner: own.length > 0 && chance(rand, 0.5) ? pick(rand, own) : group.name,
      local_partner: chance(rand, 0.1) ? null : pick(rand, locals),
      ...dates(rand, kind, stage, t),
      source_event: sourceEvent(rand, place, year),
      updated_at: toShanghaiIso(t),
    };
  });
}
