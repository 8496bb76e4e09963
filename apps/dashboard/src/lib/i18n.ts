// Interface language. The language lives in the URL (`?lang=en`; Chinese when
// absent) so every view, filters included, can be shared as a link.
// Only the site's own wording is here: metric definitions come from
// @liaison/metrics and code-list labels from @liaison/schemas, so the text
// beside a figure is the same text the API publishes.

export type Lang = 'zh' | 'en';

export function langOf(url: { searchParams: { get(name: string): string | null } }): Lang {
  return url.searchParams.get('lang') === 'en' ? 'en' : 'zh';
}

/** BCP 47 tag for `<html lang>` and Intl formatting. */
export const locale: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/**
 * `path` with the current language and the given query parameters.
 * Chinese is the default, so it is left out of the URL to keep links canonical.
 */
export function href(path: string, lang: Lang, params: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  if (lang === 'en') q.set('lang', 'en');
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** The same page and query in the other language. */
export function switchLang(url: { pathname: string; searchParams: Iterable<[string, string]> }, to: Lang): string {
  const q = new URLSearchParams([...url.searchParams]);
  if (to === 'en') q.set('lang', 'en');
  else q.delete('lang');
  const s = q.toString();
  return s ? `${url.pathname}?${s}` : url.pathname;
}

const zh = {
  siteTitle: '央企国企联络服务平台 · 数据公开',
  siteSubtitle: '在深央企及外地国企联络服务统计',
  skipToContent: '跳到主要内容',
  nav: { overview: '概览', coverage: '覆盖', demands: '诉求办理', investment: '投资', quality: '数据质量' },
  navLabel: '主导航',
  langSwitch: 'English',
  langSwitchLabel: 'Switch to English',
  comingSoon: '建设中',
  comingSoonBody: '该栏目正在建设，数据口径已发布，图表即将上线。',
  overviewTitle: '数据概览',
  overviewIntro: '本站公开联络服务平台的覆盖、诉求办理与投资统计。所有数字均由同一套口径计算，与公开接口返回的数据一致。',
  ofTotal: (n: string, d: string) => `${n} / ${d}`,
  noData: '无数据',
  filters: {
    legend: '筛选',
    district: '区域',
    ownership: '企业类型',
    all: '全部',
    apply: '应用筛选',
    reset: '清除筛选',
    active: '当前筛选',
  },
  definition: '口径说明',
  chartLegend: '图例',
  dataTable: '查看数据表',
  downloadCsv: '下载 CSV',
  source: '数据来源',
  asOf: '数据截至',
  syncTimes: '各数据源最近成功同步时间',
  notSynced: '尚未同步',
  stale: '数据可能已过期',
  staleHint: '至少一个数据源超过计划时间未成功同步，数字可能未反映最新情况。',
  beijingTime: '北京时间',
  apiLink: '公开接口',
  footer: '数据来自各区联络系统、诉求平台与会员单位报送，按计划自动同步。',
  errorTitle: '出错了',
  backHome: '返回首页',
} as const;

type Messages = {
  [K in keyof typeof zh]: (typeof zh)[K] extends (...a: infer A) => string
    ? (...a: A) => string
    : (typeof zh)[K] extends string
      ? string
      : { [J in keyof (typeof zh)[K]]: string };
};

const en: Messages = {
  siteTitle: 'Liaison public statistics',
  siteSubtitle: 'Liaison services for central and out-of-town state-owned enterprises',
  skipToContent: 'Skip to main content',
  nav: { overview: 'Overview', coverage: 'Coverage', demands: 'Demands', investment: 'Investment', quality: 'Data quality' },
  navLabel: 'Main navigation',
  langSwitch: '中文',
  langSwitchLabel: '切换到中文',
  comingSoon: 'Coming soon',
  comingSoonBody: 'This section is being built. Its definitions are published; charts will follow.',
  overviewTitle: 'Overview',
  overviewIntro:
    'Coverage, demand resolution and investment figures from the liaison platform. Every figure uses one published definition and matches the public API.',
  ofTotal: (n: string, d: string) => `${n} of ${d}`,
  noData: 'No data',
  filters: {
    legend: 'Filters',
    district: 'District',
    ownership: 'Ownership',
    all: 'All',
    apply: 'Apply filters',
    reset: 'Clear filters',
    active: 'Active filters',
  },
  definition: 'Definition',
  chartLegend: 'Legend',
  dataTable: 'Show data table',
  downloadCsv: 'Download CSV',
  source: 'Source',
  asOf: 'Data as of',
  syncTimes: 'Last successful sync of each source',
  notSynced: 'not yet synced',
  stale: 'May be out of date',
  staleHint: 'At least one source has not synced successfully within its schedule; figures may lag.',
  beijingTime: 'China Standard Time',
  apiLink: 'Public API',
  footer: 'Data from district liaison systems, the demand platform and member submissions, synced on schedule.',
  errorTitle: 'Something went wrong',
  backHome: 'Back to the overview',
};

export const messages: Record<Lang, Messages> = { zh, en };

/**
 * The shape a translation must have, derived from the Chinese text: the same
 * keys, strings for strings, functions of the same arguments for functions.
 */
export type Translated<T> = T extends (...a: infer A) => string
  ? (...a: A) => string
  : T extends string
    ? string
    : { [K in keyof T]: Translated<T[K]> };
export type { Messages };
