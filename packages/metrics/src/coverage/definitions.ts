// Definition text of the coverage figures (metrics.md § Coverage), zh and
// en, served with /api/v1/definitions and shown beside each chart. It must say
// what metrics.md says and what figures.ts computes.
import type { Definition } from '../shared/definition.ts';

export const coverageDefinitions = {
  enterprises: {
    zh: '名录内企业数：按统一社会信用代码去重的最新企业信息，不含已注销企业；可按企业类型、所在区筛选。',
    en: 'Enterprises in the registry: the latest record per unified social credit code, excluding deregistered ones; filterable by ownership and district.',
  },
  visited: {
    zh: '已走访企业数：名录内在所选走访活动（未选时为所选日期范围内全部走访，按走访日期）中至少被走访一次的企业。',
    en: 'Visited: registry enterprises with at least one visit in the selected campaign (by default, all visits dated within the from/to range).',
  },
  visit_coverage: {
    zh: '走访覆盖率 = 已走访企业数 ÷ 名录内企业数。',
    en: 'Visit coverage = visited ÷ enterprises.',
  },
  orphan_visits: {
    zh: '无法匹配的走访：企业不在名录内（未知或已注销）的走访记录数，不计入已走访；按走访记录自身所在区筛选，不按企业类型。',
    en: 'Orphan visits: visits whose enterprise is not in the registry (unknown or deregistered); not counted as visited; filtered by the visit’s own district, not by ownership.',
  },
  party_org_coverage: {
    zh: '党组织覆盖率 = 党组织类型已知且不为“未建立”的企业数 ÷ 党组织类型已知的企业数。',
    en: 'Party organisation coverage = enterprises whose Party organisation type is known and not “none” ÷ enterprises whose type is known.',
  },
  members: {
    zh: '会员单位数：所选年度（默认最近一个有资料的年度）提交并被接受的会员基本信息数；不受区和企业类型筛选影响。',
    en: 'Members: member units with an accepted profile for the selected year (default: the latest year with any); not affected by the district and ownership filters.',
  },
  legal_entities_covered: {
    zh: '覆盖法人单位数：上述会员单位所报法人单位数之和。',
    en: 'Legal entities covered: the sum of the legal entities those members report.',
  },
} as const satisfies Record<string, Definition>;
