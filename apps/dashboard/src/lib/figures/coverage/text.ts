// Wording of the coverage page and its overview block.
import type { Lang, Translated } from '#lib/i18n.ts';

const zh = {
  title: '联络覆盖',
  intro: '名录内企业的走访覆盖、党组织覆盖与会员单位情况。',
  see: '查看覆盖详情',
  headline: {
    enterprises: '名录内企业',
    visited: '已走访企业',
    visit_coverage: '走访覆盖率',
    party_org_coverage: '党组织覆盖率',
    members: '会员单位',
    legal_entities_covered: '覆盖法人单位',
  },
  panels: {
    byDistrict: '各区名录内企业数',
    byDistrictRate: '各区走访覆盖率',
    byOwnership: '各类型名录内企业数',
    partyByDistrict: '各区党组织覆盖率',
    partyByOwnership: '各类型企业党组织覆盖率',
    members: '会员单位',
  },
  columns: {
    district: '区域',
    ownership: '企业类型',
    enterprises: '名录内企业',
    visited: '已走访',
    visit_coverage: '走访覆盖率',
    party_org_coverage: '党组织覆盖率',
    period: '年度',
    members: '会员单位',
    legal_entities_covered: '覆盖法人单位',
  },
  membersNote: (period: string) => `会员单位为 ${period} 年度已受理报送，不受区域与类型筛选影响。`,
  orphanNote: (n: string) => `另有 ${n} 条走访记录的企业不在名册中，未计入。`,
};

export const coverageText: Record<Lang, Translated<typeof zh>> = {
  zh,
  en: {
    title: 'Liaison coverage',
    intro: 'Visits to registered enterprises, Party organisation coverage and member units.',
    see: 'See coverage in detail',
    headline: {
      enterprises: 'Registered enterprises',
      visited: 'Enterprises visited',
      visit_coverage: 'Visit coverage',
      party_org_coverage: 'Party organisation coverage',
      members: 'Member units',
      legal_entities_covered: 'Legal entities covered',
    },
    panels: {
      byDistrict: 'Registered enterprises by district',
      byDistrictRate: 'Visit coverage by district',
      byOwnership: 'Registered enterprises by ownership',
      partyByDistrict: 'Party organisation coverage by district',
      partyByOwnership: 'Party organisation coverage by ownership',
      members: 'Member units',
    },
    columns: {
      district: 'District',
      ownership: 'Ownership',
      enterprises: 'Enterprises',
      visited: 'Visited',
      visit_coverage: 'Visit coverage',
      party_org_coverage: 'Party organisation coverage',
      period: 'Year',
      members: 'Member units',
      legal_entities_covered: 'Legal entities covered',
    },
    membersNote: (period: string) => `Member units with an accepted ${period} profile; not affected by the district and ownership filters.`,
    orphanNote: (n: string) => `${n} further visits name enterprises not in the registry and are not counted.`,
  },
};
