// A demand-resolution result laid out for the pages: headline figures, the
// breakdowns labelled in the page's language and ordered for reading, the
// open backlog by age, and the definitions shown beside each chart. No figure
// is computed here; they are demands()'s own.
import type { DemandRow, QualityResult } from '@liaison/metrics';
import type { Lang } from '#lib/i18n.ts';
import { demandsText } from './text.ts';
import type { Headline, Labelled } from '#lib/view.ts';
import { demandsFamily, type DemandsResult } from './family.server.ts';
import { categoryLabel, channelLabel, definitionsOf, districtLabel, textLabel } from '#lib/server/figures/labels.ts';
import { asOfView, qualityNote, ranked } from '#lib/server/figures/view-common.ts';

export type DemandsRow = Labelled<DemandRow>;

export interface BacklogRow {
  code: string;
  label: string;
  open: number;
}

const AGES = ['days_0_7', 'days_8_30', 'days_31_90', 'days_over_90'] as const;

const byDemands = (a: DemandsRow, b: DemandsRow) => a.demands - b.demands;
const byRate = (pick: (r: DemandsRow) => number | null) => (a: DemandsRow, b: DemandsRow) => (pick(a) ?? -1) - (pick(b) ?? -1);

function headline(r: DemandsResult, lang: Lang): Headline[] {
  const h = demandsText[lang].headline;
  return [
    { key: 'demands', label: h.demands, kind: 'int', value: r.demands },
    { key: 'resolved', label: h.resolved, kind: 'int', value: r.resolved },
    { key: 'resolution_rate', label: h.resolution_rate, kind: 'rate', rate: r.resolution_rate },
    { key: 'on_time_rate', label: h.on_time_rate, kind: 'rate', rate: r.on_time_rate },
    { key: 'median_days_to_resolve', label: h.median_days_to_resolve, kind: 'days', value: r.median_days_to_resolve },
    { key: 'satisfaction_rate', label: h.satisfaction_rate, kind: 'rate', rate: r.satisfaction_rate },
    { key: 'open_backlog', label: h.open_backlog, kind: 'int', value: r.open_backlog.total },
  ];
}

export function demandsView(result: DemandsResult, quality: QualityResult, lang: Lang) {
  const t = demandsText[lang];
  const c = t.columns;
  const h = t.headline;
  const def = (keys: Parameters<typeof definitionsOf<'demands'>>[1]) => definitionsOf('demands', keys, lang);
  return {
    headline: headline(result, lang),
    byMonth: result.by_month
      .map(({ month, ...r }) => ({ ...r, month, code: month, label: month }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    backlog: AGES.map((age): BacklogRow => ({ code: age, label: t.ages[age], open: result.open_backlog[age] })),
    asOfDate: result.as_of_date,
    byCategory: ranked(
      result.by_category.map(({ category, ...r }) => ({ ...r, code: category, label: categoryLabel(category, lang) })),
      byDemands,
    ),
    byDistrict: ranked(
      result.by_district.map(({ district, ...r }) => ({ ...r, code: district, label: districtLabel(district, lang) })),
      byRate((r) => r.resolution_rate.value),
    ),
    byChannel: ranked(
      result.by_channel.map(({ channel, ...r }) => ({ ...r, code: channel, label: channelLabel(channel, lang) })),
      byDemands,
    ),
    byDepartment: ranked(
      result.by_department.map(({ department, ...r }) => ({
        ...r,
        code: department ?? '',
        label: textLabel(department, lang, 'department'),
      })),
      byRate((r) => r.on_time_rate.value),
    ),
    ...asOfView(result, lang),
    note: qualityNote(quality, demandsFamily.feeds(), true),
    definitions: {
      headline: def([
        ['demands', h.demands],
        ['resolved', h.resolved],
        ['resolution_rate', h.resolution_rate],
      ]),
      month: def([
        ['demands', c.demands],
        ['resolved', c.resolved],
        ['by_month', c.month],
      ]),
      backlog: def([['open_backlog', c.open]]),
      category: def([
        ['demands', c.demands],
        ['resolved', c.resolved],
        ['by_category', c.category],
      ]),
      district: def([
        ['resolution_rate', c.resolution_rate],
        ['demands', c.demands],
      ]),
      channel: def([
        ['demands', c.demands],
        ['resolved', c.resolved],
      ]),
      department: def([
        ['on_time_rate', c.on_time_rate],
        ['on_time', c.on_time],
        ['by_department', c.department],
      ]),
    },
  };
}

export type DemandsView = ReturnType<typeof demandsView>;
