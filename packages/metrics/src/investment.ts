// Investment (metrics.md § Investment): cooperation projects landed or beyond
// and their investment, agreements, joint ventures, key projects, and what
// members plan. Every value is bound; ClickHouse counts and sums, in Decimal,
// so money never touches binary floating point. Amounts leave the database as
// canonical decimal strings of yuan (`toString` of the Decimal sum: no
// exponent, no trailing zeros; whole yuan in practice, as investment_wan has at
// most 4 decimals), e.g. "125005000", "0".
import { z } from 'zod';
import { PROJECT_STAGES_CODES, SECTORS_CODES } from '@liaison/schemas';
import type { ClickHouseClient } from '@liaison/warehouse';
import { commonFilterFields } from './filters.ts';

export const investmentFilters = z
  .strictObject({
    ...commonFilterFields,
    sector: z.enum(SECTORS_CODES, { error: `must be a sector code (${SECTORS_CODES.join(', ')})` }).optional(),
    stage: z.enum(PROJECT_STAGES_CODES, { error: `must be a project stage code (${PROJECT_STAGES_CODES.join(', ')})` }).optional(),
  })
  .refine((f) => !(f.from && f.to && f.from >= f.to), { path: ['to'], message: '`to` is exclusive and must be after `from`' });

export type InvestmentFilters = z.infer<typeof investmentFilters>;

export interface PlannedByMembers {
  /** Plan items in the current project_plans submissions. */
  items: number;
  investment_yuan: string;
}

export interface InvestmentRow {
  projects: number;
  investment_yuan: string;
  agreements: number;
  joint_ventures: number;
  key_projects: number;
  key_investment_yuan: string;
  /** null in slices plans do not have (stage, source_event, quarter). */
  planned_by_members: PlannedByMembers | null;
}

export interface InvestmentFigures extends InvestmentRow {
  planned_by_members: PlannedByMembers;
  by_district: Array<InvestmentRow & { district: string; planned_by_members: PlannedByMembers }>;
  by_sector: Array<InvestmentRow & { sector: string; planned_by_members: PlannedByMembers }>;
  by_stage: Array<InvestmentRow & { stage: string }>;
  /** `source_event: null`: projects without one. */
  by_source_event: Array<InvestmentRow & { source_event: string | null }>;
  /** `quarter` is `YYYY-Qn` of landed_on; null: projects without a landed_on. */
  by_quarter: Array<InvestmentRow & { quarter: string | null }>;
}

// The current version of each project, whole: LIMIT 1 BY rather than the
// projects_current view, whose per-column argMax skips NULLs and so would keep
// an old landed_on or source_event that a later version cleared.
const CURRENT_PROJECTS = `
  SELECT district, kind, sector, stage, investment_wan, landed_on, source_event FROM projects
  ORDER BY updated_at DESC, loaded_at DESC
  LIMIT 1 BY district, project_id`;

// `figure` names what a project counts towards ('' = nothing, dropped), so
// every breakdown partitions the same rows and sums to the headline. With
// from/to, a NULL landed_on compares as NULL (false): no date, not in the window.
const PROJECTS_SQL = `
  SELECT
    multiIf(grouping(district) = 0, 'district', grouping(sector) = 0, 'sector', grouping(stage) = 0, 'stage',
            grouping(source_event) = 0, 'source_event', grouping(quarter) = 0, 'quarter', 'total') AS breakdown,
    multiIf(grouping(district) = 0, toString(district), grouping(sector) = 0, toString(sector),
            grouping(stage) = 0, toString(stage), grouping(source_event) = 0, source_event,
            grouping(quarter) = 0, quarter, NULL) AS slice,
    countIf(figure = 'projects') AS projects,
    toString(sumIf(investment_wan, figure = 'projects') * 10000) AS investment_yuan,
    countIf(figure = 'agreements') AS agreements,
    countIf(figure = 'joint_ventures') AS joint_ventures,
    countIf(figure = 'key_projects') AS key_projects,
    toString(sumIf(investment_wan, figure = 'key_projects') * 10000) AS key_investment_yuan
  FROM (
    SELECT district, sector, stage, source_event, investment_wan,
           concat(toString(toYear(landed_on)), '-Q', toString(toQuarter(landed_on))) AS quarter,
           multiIf(kind = 'cooperation_project' AND stage IN ('landed', 'under_construction', 'in_operation')
                     AND ({from:Nullable(Date)} IS NULL OR landed_on >= {from:Nullable(Date)})
                     AND ({to:Nullable(Date)} IS NULL OR landed_on < {to:Nullable(Date)}), 'projects',
                   stage = 'terminated', '',
                   kind = 'strategic_agreement', 'agreements',
                   kind = 'joint_venture', 'joint_ventures',
                   kind = 'key_project', 'key_projects', '') AS figure
    FROM (${CURRENT_PROJECTS})
    WHERE ({district:Nullable(String)} IS NULL OR district = {district:Nullable(String)})
      AND ({sector:Nullable(String)} IS NULL OR sector = {sector:Nullable(String)})
      AND ({stage:Nullable(String)} IS NULL OR stage = {stage:Nullable(String)})
  )
  WHERE figure != ''
  GROUP BY GROUPING SETS ((), (district), (sector), (stage), (source_event), (quarter))`;

// Plan items of the current submission per (member, period): member_plans is
// replaced by submission_seq, so FINAL leaves the latest accepted one.
const PLANS_SQL = `
  SELECT
    multiIf(grouping(district) = 0, 'district', grouping(sector) = 0, 'sector', 'total') AS breakdown,
    multiIf(grouping(district) = 0, district, grouping(sector) = 0, sector, NULL) AS slice,
    count() AS items,
    toString(sum(wan) * 10000) AS investment_yuan
  FROM (
    SELECT plan.district AS district, plan.sector AS sector, plan.planned_investment_wan AS wan
    FROM member_plans FINAL ARRAY JOIN plans AS plan
  )
  WHERE ({district:Nullable(String)} IS NULL OR district = {district:Nullable(String)})
    AND ({sector:Nullable(String)} IS NULL OR sector = {sector:Nullable(String)})
  GROUP BY GROUPING SETS ((), (district), (sector))`;

interface Grouped {
  breakdown: 'total' | 'district' | 'sector' | 'stage' | 'source_event' | 'quarter';
  slice: string | null;
}
type ProjectRow = Grouped & Record<'projects' | 'agreements' | 'joint_ventures' | 'key_projects' | 'investment_yuan' | 'key_investment_yuan', string>;
type PlanRow = Grouped & { items: string; investment_yuan: string };

// A slice absent from one query (e.g. a district with plans and no projects) has zeros there.
const projectFigures = (r: ProjectRow | undefined): Omit<InvestmentRow, 'planned_by_members'> => ({
  projects: Number(r?.projects ?? 0), investment_yuan: r?.investment_yuan ?? '0', agreements: Number(r?.agreements ?? 0),
  joint_ventures: Number(r?.joint_ventures ?? 0), key_projects: Number(r?.key_projects ?? 0), key_investment_yuan: r?.key_investment_yuan ?? '0',
});
const planFigures = (r: PlanRow | undefined): PlannedByMembers => ({ items: Number(r?.items ?? 0), investment_yuan: r?.investment_yuan ?? '0' });

type Breakdown = Grouped['breakdown'];

function bySlice<T extends Grouped>(rows: readonly T[], breakdown: Breakdown): Map<string | null, T> {
  return new Map(rows.filter((r) => r.breakdown === breakdown).map((r) => [r.slice, r]));
}

/** Slices present on either side, ascending, null last. */
function sliceKeys(...maps: ReadonlyArray<Map<string | null, unknown>>): Array<string | null> {
  const keys = [...new Set(maps.flatMap((m) => [...m.keys()]))];
  return keys.sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
}

export async function investmentFigures(ch: ClickHouseClient, f: InvestmentFilters): Promise<InvestmentFigures> {
  const params = {
    district: f.district ?? null, sector: f.sector ?? null, stage: f.stage ?? null, from: f.from ?? null, to: f.to ?? null,
  };
  const query = async <T>(sql: string): Promise<T[]> =>
    (await ch.query({ query: sql, query_params: params, format: 'JSONEachRow' })).json<T>();
  const [projects, plans] = await Promise.all([query<ProjectRow>(PROJECTS_SQL), query<PlanRow>(PLANS_SQL)]);

  // district and sector slices carry the plans too; the others cannot (plans have no stage, event or landing date)
  const withPlans = (b: Breakdown) => {
    const p = bySlice(projects, b);
    const m = bySlice(plans, b);
    return sliceKeys(p, m).map((k) => ({ key: k ?? '', ...projectFigures(p.get(k)), planned_by_members: planFigures(m.get(k)) }));
  };
  const projectsOnly = (b: Breakdown) => {
    const p = bySlice(projects, b);
    return sliceKeys(p).map((k) => ({ key: k, ...projectFigures(p.get(k)), planned_by_members: null }));
  };
  return {
    ...projectFigures(bySlice(projects, 'total').get(null)),
    planned_by_members: planFigures(bySlice(plans, 'total').get(null)),
    by_district: withPlans('district').map(({ key, ...row }) => ({ district: key, ...row })),
    by_sector: withPlans('sector').map(({ key, ...row }) => ({ sector: key, ...row })),
    by_stage: projectsOnly('stage').map(({ key, ...row }) => ({ stage: key ?? '', ...row })),
    by_source_event: projectsOnly('source_event').map(({ key, ...row }) => ({ source_event: key, ...row })),
    by_quarter: projectsOnly('quarter').map(({ key, ...row }) => ({ quarter: key, ...row })),
  };
}
