// Investment (metrics.md § Investment): cooperation projects landed or beyond
// and their investment, agreements, joint ventures, key projects, and what
// members plan, from the queries of sql.ts. District and sector slices carry
// the plans too; the others cannot (plans have no stage, event or landing date).
import type { ClickHouseClient } from '@liaison/warehouse';
import { splitBreakdowns } from '../shared/sql.ts';
import type { InvestmentFilters } from './filters.ts';
import type { InvestmentFigures, InvestmentRow, PlannedByMembers } from './response.ts';
import { PLAN_BREAKDOWNS, planFigures, PROJECT_BREAKDOWNS, projectFigures } from './sql.ts';

type ProjectRow = Awaited<ReturnType<typeof projectFigures>>[number];
type PlanRow = Awaited<ReturnType<typeof planFigures>>[number];

// A slice absent from one query (e.g. a district with plans and no projects) has zeros there.
const projectsOf = (r: ProjectRow | undefined): Omit<InvestmentRow, 'planned_by_members'> => ({
  projects: Number(r?.projects ?? 0),
  investment_yuan: r?.investment_yuan ?? '0',
  agreements: Number(r?.agreements ?? 0),
  joint_ventures: Number(r?.joint_ventures ?? 0),
  key_projects: Number(r?.key_projects ?? 0),
  key_investment_yuan: r?.key_investment_yuan ?? '0',
});
const plansOf = (r: PlanRow | undefined): PlannedByMembers => ({
  items: Number(r?.items ?? 0),
  investment_yuan: r?.investment_yuan ?? '0',
});

const bySlice = <T extends { slice: string | null }>(rows: readonly T[]) => new Map(rows.map((r) => [r.slice, r]));

/** Slices present on either side, ascending, null last. */
function sliceKeys(...maps: ReadonlyArray<Map<string | null, unknown>>): Array<string | null> {
  const keys = [...new Set(maps.flatMap((m) => [...m.keys()]))];
  return keys.sort((a, b) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1));
}

export async function investmentFigures(ch: ClickHouseClient, f: InvestmentFilters): Promise<InvestmentFigures> {
  const params = {
    district: f.district ?? null,
    sector: f.sector ?? null,
    stage: f.stage ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
  };
  const [projectRows, planRows] = await Promise.all([projectFigures(ch, params), planFigures(ch, params)]);
  const projects = splitBreakdowns(projectRows, PROJECT_BREAKDOWNS);
  const plans = splitBreakdowns(planRows, PLAN_BREAKDOWNS);

  const withPlans = (b: 'district' | 'sector') => {
    const p = bySlice(projects.by[b]);
    const m = bySlice(plans.by[b]);
    return sliceKeys(p, m).map((k) => ({ key: k ?? '', ...projectsOf(p.get(k)), planned_by_members: plansOf(m.get(k)) }));
  };
  const projectsOnly = (b: 'stage' | 'source_event' | 'quarter') => {
    const p = bySlice(projects.by[b]);
    return sliceKeys(p).map((k) => ({ key: k, ...projectsOf(p.get(k)), planned_by_members: null }));
  };
  return {
    ...projectsOf(projects.headline),
    planned_by_members: plansOf(plans.headline),
    by_district: withPlans('district').map(({ key, ...row }) => ({ district: key, ...row })),
    by_sector: withPlans('sector').map(({ key, ...row }) => ({ sector: key, ...row })),
    by_stage: projectsOnly('stage').map(({ key, ...row }) => ({ stage: key ?? '', ...row })),
    by_source_event: projectsOnly('source_event').map(({ key, ...row }) => ({ source_event: key, ...row })),
    by_quarter: projectsOnly('quarter').map(({ key, ...row }) => ({ quarter: key, ...row })),
  };
}
