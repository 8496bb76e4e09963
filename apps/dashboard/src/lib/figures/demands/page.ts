// The demand-resolution page as data: the monthly trend, the open backlog by
// age and the breakdowns, each with its chart, table, summary and
// definitions, from the server's demands view.
import { BarChart, LineChart } from 'layerchart/svg';
import { barHeight, bars, monthlyLines, SERIES_COLORS, stackedBars, TIME_CHART_HEIGHT } from '#lib/chart.ts';
import { chart, type FiguresPageData, type FiguresPageSpec } from '../panel.ts';
import { backlogTable, demandsTable, rateSummary } from './tables.ts';
import { countSummary } from '#lib/table.ts';
import { demandsText } from './text.ts';
import type { DemandsRow, DemandsView } from './view.server.ts';

const legendOf = (series: Array<{ label: string }>) => series.map((s, i) => ({ label: s.label, color: SERIES_COLORS[i] ?? '' }));
const resolutionRate = (r: DemandsRow) => r.resolution_rate.value;
const onTimeRate = (r: DemandsRow) => r.on_time_rate.value;
const demands = (r: DemandsRow) => r.demands;

export function demandsPage({ lang, view: v, fields, others }: FiguresPageData<DemandsView>): FiguresPageSpec {
  const t = demandsText[lang];
  const c = t.columns;
  const resolvedOpen = [
    { key: 'resolved', label: c.resolved, value: (r: DemandsRow) => r.resolved },
    { key: 'open', label: c.open, value: (r: DemandsRow) => r.open_backlog.total },
  ];
  const createdResolved = [
    { key: 'demands', label: c.demands, value: demands },
    { key: 'resolved', label: c.resolved, value: (r: DemandsRow) => r.resolved },
  ];
  const stacked = (id: string, title: string, rows: DemandsRow[], dimension: 'category' | 'channel', definitions: typeof v.definitions.category) => ({
    id, title, definitions,
    table: demandsTable(rows, lang, dimension),
    chartHeight: barHeight(rows.length), summary: countSummary(rows, lang, demands),
    legend: legendOf(resolvedOpen),
    chart: chart(BarChart, { data: rows, ...stackedBars(lang, rows, { series: resolvedOpen }) }),
  });
  return {
    lang, title: t.title, intro: t.intro,
    filters: { action: '/demands', fields, others },
    headline: v.headline, sources: v.sources, stale: v.stale, note: v.note,
    panels: [
      {
        id: 'by-month', title: t.panels.byMonth, definitions: v.definitions.month,
        table: demandsTable(v.byMonth, lang, 'month'),
        chartHeight: TIME_CHART_HEIGHT, summary: countSummary(v.byMonth, lang, demands),
        legend: legendOf(createdResolved),
        chart: chart(LineChart, { data: v.byMonth, ...monthlyLines(lang, v.byMonth, { series: createdResolved }) }),
      },
      {
        id: 'backlog', title: t.panels.backlog, definitions: v.definitions.backlog,
        table: backlogTable(v.backlog, lang),
        chartHeight: barHeight(v.backlog.length), summary: `${countSummary(v.backlog, lang, (r) => r.open)} ${t.agesAt(v.asOfDate)}`,
        chart: chart(BarChart, { data: v.backlog, ...bars(lang, v.backlog, { key: 'open', label: c.open }) }),
      },
      stacked('by-category', t.panels.byCategory, v.byCategory, 'category', v.definitions.category),
      {
        id: 'by-district', title: t.panels.byDistrict, definitions: v.definitions.district,
        table: demandsTable(v.byDistrict, lang, 'district'),
        chartHeight: barHeight(v.byDistrict.length), summary: rateSummary(v.byDistrict, lang, resolutionRate),
        chart: chart(BarChart, {
          data: v.byDistrict,
          ...bars(lang, v.byDistrict, { key: 'resolution_rate', label: c.resolution_rate, kind: 'rate', value: resolutionRate }),
        }),
      },
      stacked('by-channel', t.panels.byChannel, v.byChannel, 'channel', v.definitions.channel),
      {
        id: 'by-department', title: t.panels.byDepartment, definitions: v.definitions.department,
        table: demandsTable(v.byDepartment, lang, 'department'),
        chartHeight: barHeight(v.byDepartment.length), summary: rateSummary(v.byDepartment, lang, onTimeRate),
        chart: chart(BarChart, {
          data: v.byDepartment,
          ...bars(lang, v.byDepartment, { key: 'on_time_rate', label: c.on_time_rate, kind: 'rate', value: onTimeRate }),
        }),
      },
    ],
  };
}
