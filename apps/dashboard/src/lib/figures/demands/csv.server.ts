// `?format=csv` of the demands API: by category, district, channel, department
// and month; each rate as its exact fraction and rounded value; the open
// backlog with its age buckets.
import type { DemandRow } from '@liaison/metrics';
import type { Lang } from '#lib/i18n.ts';
import { breakdownCsv, rateColumns, type CsvColumn } from '#lib/server/figures/breakdown-csv.ts';
import type { DemandsResult } from './family.server.ts';
import { categoryLabel, channelLabel, districtLabel, textLabel } from '#lib/server/figures/labels.ts';

const COLUMNS: Array<CsvColumn<DemandRow>> = [
  { header: 'demands', cell: (r) => r.demands },
  { header: 'resolved', cell: (r) => r.resolved },
  ...rateColumns<DemandRow>('resolution_rate', (r) => r.resolution_rate),
  { header: 'on_time', cell: (r) => r.on_time },
  ...rateColumns<DemandRow>('on_time_rate', (r) => r.on_time_rate),
  { header: 'median_days_to_resolve', cell: (r) => r.median_days_to_resolve },
  ...rateColumns<DemandRow>('satisfaction_rate', (r) => r.satisfaction_rate),
  { header: 'open_backlog', cell: (r) => r.open_backlog.total },
  { header: 'open_0_7_days', cell: (r) => r.open_backlog.days_0_7 },
  { header: 'open_8_30_days', cell: (r) => r.open_backlog.days_8_30 },
  { header: 'open_31_90_days', cell: (r) => r.open_backlog.days_31_90 },
  { header: 'open_over_90_days', cell: (r) => r.open_backlog.days_over_90 },
];

export function demandsCsv(result: DemandsResult, lang: Lang): string {
  return breakdownCsv(COLUMNS, [
    { name: 'category', slices: result.by_category.map((r) => ({ code: r.category, label: categoryLabel(r.category, lang), row: r })) },
    { name: 'district', slices: result.by_district.map((r) => ({ code: r.district, label: districtLabel(r.district, lang), row: r })) },
    { name: 'channel', slices: result.by_channel.map((r) => ({ code: r.channel, label: channelLabel(r.channel, lang), row: r })) },
    {
      name: 'department',
      slices: result.by_department.map((r) => ({ code: r.department, label: textLabel(r.department, lang, 'department'), row: r })),
    },
    { name: 'month', slices: result.by_month.map((r) => ({ code: r.month, label: r.month, row: r })) },
  ]);
}
