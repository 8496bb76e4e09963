// Wording of the filter forms, shared by every figures page.
import type { Lang, Translated } from '../i18n.ts';

const zh = {
  legend: '筛选',
  district: '区域',
  from: '起始日期',
  to: '截止日期（不含当日）',
  category: '诉求类别',
  channel: '受理渠道',
  sector: '所属领域',
  stage: '项目阶段',
  ownership: '企业类型',
  campaign: '走访活动',
  period: '会员年度',
  all: '全部',
  apply: '应用筛选',
  reset: '清除筛选',
  active: '当前筛选',
  campaignHint: '如：千人走访千企-2024',
  periodHint: '如：2024',
  dropped: '链接中以下参数无法识别，已忽略，下列数字未按其筛选：',
  noRows: '没有符合筛选条件的记录。',
};

export const filterText: Record<Lang, Translated<typeof zh>> = {
  zh,
  en: {
    legend: 'Filters',
    district: 'District',
    from: 'From',
    to: 'To (exclusive)',
    category: 'Category',
    channel: 'Channel',
    sector: 'Sector',
    stage: 'Stage',
    ownership: 'Ownership',
    campaign: 'Visit campaign',
    period: 'Member year',
    all: 'All',
    apply: 'Apply filters',
    reset: 'Clear filters',
    active: 'Active filters',
    campaignHint: 'e.g. 千人走访千企-2024',
    periodHint: 'e.g. 2024',
    dropped: 'Ignored what this page cannot read in its link; the figures below are not filtered by it:',
    noRows: 'No records match these filters.',
  },
};
