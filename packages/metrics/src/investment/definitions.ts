// Definition text of the investment figures (metrics.md § Investment), zh and
// en, served with /api/v1/definitions and shown beside each chart. It must say
// what metrics.md says and what figures.ts computes.
import type { Definition } from '../shared/definition.ts';

export const investmentDefinitions = {
  projects: {
    zh: '落地项目数：最新信息中项目类别为“央地合作项目”、项目阶段为“已落地”“在建”或“已投产运营”的项目；选择日期范围时按落地日期（含起始日、不含截止日）计，未填落地日期的项目不计入。可按所在区、所属领域、项目阶段筛选。',
    en: 'Projects: projects whose latest record is of kind “central-local cooperation project” at stage landed, under construction or in operation; with a from/to range, counted by landing date (from inclusive, to exclusive), and projects without a landing date are left out. Filterable by district, sector and stage.',
  },
  investment_yuan: {
    zh: '落地项目投资额（元）：上述落地项目投资额（万元）× 10,000 之和，精确计算，不经二进制浮点；与落地项目数使用相同筛选和日期范围。',
    en: 'Investment (yuan): the sum of those projects’ investment in 10,000 yuan × 10,000, computed exactly, never in binary floating point; same filters and date range as projects.',
  },
  agreements: {
    zh: '战略合作协议数：项目类别为“战略合作协议”、阶段不为“已终止”的项目；可按所在区、所属领域、项目阶段筛选，不受日期范围影响。',
    en: 'Agreements: projects of kind strategic cooperation agreement at any stage but terminated; filterable by district, sector and stage; the date range does not apply.',
  },
  joint_ventures: {
    zh: '合资公司数：项目类别为“合资公司”、阶段不为“已终止”的项目；可按所在区、所属领域、项目阶段筛选，不受日期范围影响。',
    en: 'Joint ventures: projects of kind joint-venture company at any stage but terminated; filterable by district, sector and stage; the date range does not apply.',
  },
  key_projects: {
    zh: '重点项目数：项目类别为“重点项目”、阶段不为“已终止”的项目；可按所在区、所属领域、项目阶段筛选，不受日期范围影响。',
    en: 'Key projects: projects of kind key project at any stage but terminated; filterable by district, sector and stage; the date range does not apply.',
  },
  key_investment_yuan: {
    zh: '重点项目投资额（元）：上述重点项目投资额（万元）× 10,000 之和，精确计算。',
    en: 'Key project investment (yuan): the sum of those key projects’ investment in 10,000 yuan × 10,000, computed exactly.',
  },
  planned_by_members: {
    zh: '会员单位计划项目：各会员单位每一期间最新被接受的项目计划中的计划项目条数及计划投资额（元，万元 × 10,000，精确计算）；按计划项目自身的所在区、所属领域筛选，不受项目阶段和日期范围影响。',
    en: 'Planned by members: the number of plan items, and their planned investment in yuan (10,000 yuan × 10,000, exact), in the latest accepted project plans of each member and period; filtered by each plan item’s own district and sector; stage and the date range do not apply.',
  },
  breakdowns: {
    zh: '分组：按所在区、所属领域、项目阶段、来源活动、落地日期所在季度（YYYY-Qn）；每组给出与总数相同的指标，各组相加等于总数。会员计划项目只按区和领域分组（计划没有阶段、来源活动和落地日期）。未填来源活动或落地日期的项目归入“空”组。',
    en: 'Breakdowns: by district, sector, stage, source event and quarter of the landing date (YYYY-Qn); each row carries the same figures as the headline for its slice, and the rows add up to the headline. Member plans are broken down by district and sector only (plans have no stage, source event or landing date). Projects without a source event or landing date form the empty (null) row.',
  },
} as const satisfies Record<string, Definition>;
