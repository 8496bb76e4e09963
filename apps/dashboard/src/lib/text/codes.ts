// Labels the reference lists do not have: the demand channels (a fixed list
// in @liaison/schemas without names) and what an empty slice is called.
import type { Lang, Translated } from '../i18n.ts';

const zhChannels = {
  visit: '走访收集',
  platform: '平台提交',
  association: '协会转交',
  hotline: '服务热线',
  publication: '公开征集',
};

export const channelNames: Record<Lang, Translated<typeof zhChannels>> = {
  zh: zhChannels,
  en: {
    visit: 'Visits',
    platform: 'Online platform',
    association: 'Association',
    hotline: 'Hotline',
    publication: 'Public call for input',
  },
};

const zhEmpty = {
  unknown: '未注明',
  department: '未转办',
  sourceEvent: '无来源活动',
  quarter: '无落地日期',
};

export const emptyLabels: Record<Lang, Translated<typeof zhEmpty>> = {
  zh: zhEmpty,
  en: {
    unknown: 'Not stated',
    department: 'Not transferred',
    sourceEvent: 'No source event',
    quarter: 'No landing date',
  },
};
