// Valid sample records in the JSON (API) form, shared by the unit tests of
// this package. Not exported from the package index.

export const USCC = '91440305MA5G0K1P6B';
export const enterpriseJson = {
  uscc: USCC,
  name: '深圳市示例科技有限公司',
  ownership: 'central_soe',
  parent_group: '中国示例集团',
  tier: 3,
  district: 'nanshan',
  cluster: '新一代信息技术',
  party_org: 'branch',
  party_members: 12,
  employees: 340,
  deleted: false,
  updated_at: '2024-05-17T09:30:00+08:00',
};
export const visitJson = {
  visit_id: 'NS-2024-0001',
  uscc: USCC,
  district: 'nanshan',
  visited_on: '2024-05-16',
  campaign: '千人走访千企-2024',
  team: '第三组',
  demands_raised: 2,
  project_plans: 1,
  updated_at: '2024-05-17T09:30:00+08:00',
};
export const projectJson = {
  project_id: 'DP-001',
  name: '海洋装备合作项目',
  kind: 'cooperation_project',
  district: 'dapeng',
  sector: 'marine_economy',
  stage: 'landed',
  investment_wan: 12500.5,
  central_partner: '中国示例集团',
  local_partner: null,
  signed_on: '2024-03-01',
  landed_on: null,
  source_event: '央企国企深圳行·大鹏站',
  updated_at: '2024-05-17T09:30:00+08:00',
};
