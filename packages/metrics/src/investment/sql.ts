// The SQL of the investment figures (metrics.md § Investment), each query
// beside the schemas of its parameters and rows. ClickHouse counts and sums,
// in Decimal, so money never touches binary floating point. Amounts leave the
// database as canonical decimal strings of yuan (`toString` of the Decimal
// sum: no exponent, no trailing zeros; whole yuan in practice, as
// investment_wan has at most 4 decimals), e.g. "125005000", "0".
import { z } from 'zod';
import { defineQuery, exactNumber, optionalParam } from '../shared/query.ts';
import { allOf, breakdowns, dateWindow, equalsWhenGiven } from '../shared/sql.ts';

export const investmentParams = z.strictObject({
  district: optionalParam,
  sector: optionalParam,
  stage: optionalParam,
  from: optionalParam,
  to: optionalParam,
});

export const PROJECT_BREAKDOWNS = breakdowns(['district', 'sector', 'stage', 'source_event', 'quarter']);
export const PLAN_BREAKDOWNS = breakdowns(['district', 'sector']);

const grouped = { breakdown: z.string(), slice: z.string().nullable() };

// `figure` names what a project counts towards ('' = nothing, dropped), so
// every breakdown partitions the same rows and sums to the headline. With
// from/to, a NULL landed_on compares as NULL (false): no date, not in the
// window. projects_current is the whole latest version of each project.
export const projectFigures = defineQuery({
  name: 'investment projects',
  params: investmentParams,
  row: z.object({
    ...grouped,
    projects: exactNumber,
    investment_yuan: exactNumber,
    agreements: exactNumber,
    joint_ventures: exactNumber,
    key_projects: exactNumber,
    key_investment_yuan: exactNumber,
  }),
  sql: `
  SELECT
    ${PROJECT_BREAKDOWNS.column},
    ${PROJECT_BREAKDOWNS.slice},
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
                     AND ${dateWindow('landed_on')}, 'projects',
                   stage = 'terminated', '',
                   kind = 'strategic_agreement', 'agreements',
                   kind = 'joint_venture', 'joint_ventures',
                   kind = 'key_project', 'key_projects', '') AS figure
    FROM projects_current
    WHERE ${allOf(equalsWhenGiven('district'), equalsWhenGiven('sector'), equalsWhenGiven('stage'))}
  )
  WHERE figure != ''
  ${PROJECT_BREAKDOWNS.groupBy}`,
});

// Plan items of the current submission per (member, period): member_plans is
// replaced by submission_seq, so FINAL leaves the latest accepted one.
export const planFigures = defineQuery({
  name: 'investment member plans',
  params: investmentParams,
  row: z.object({ ...grouped, items: exactNumber, investment_yuan: exactNumber }),
  sql: `
  SELECT
    ${PLAN_BREAKDOWNS.column},
    ${PLAN_BREAKDOWNS.slice},
    count() AS items,
    toString(sum(wan) * 10000) AS investment_yuan
  FROM (
    SELECT plan.district AS district, plan.sector AS sector, plan.planned_investment_wan AS wan
    FROM member_plans FINAL ARRAY JOIN plans AS plan
  )
  WHERE ${allOf(equalsWhenGiven('district'), equalsWhenGiven('sector'))}
  ${PLAN_BREAKDOWNS.groupBy}`,
});
