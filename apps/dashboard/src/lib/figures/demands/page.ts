// The demand-resolution page as data: the monthly trend, the open backlog by
// age and the breakdowns, each with its chart, table, summary and
// definitions, from the server's demands view.
import { BarChart, LineChart } from 'layerchart/svg';
import { barHeight, bars, monthlyLines, SERIES_COLORS, stackedBars, TIME_CHART_HEIGHT } from '#lib/chart.ts';
import { countSummary } from '#lib/table.ts';
import type { Definition } from '#lib/view.ts';
import { chart, type FiguresPageData, type FiguresPageSpec, type PanelSpec } from '../panel.ts';
import { backlogTable, demandsTable, rateSummary } from './tables.ts';
import { demandsText } from './text.ts';
import type { DemandsRow, DemandsView } from './view.server.ts';

const legendOf = (series: Array<{ label: string }>) => series.map((s, i) => ({ label: s.label, color: SERIES_COLORS[i] ?? '' }));
const demands = (r: DemandsRow) => r.demands;

export function demandsPage({ lang, view: v, fields, others, dropped }: FiguresPageData<DemandsView>): FiguresPageSpec {
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
  /** Resolved and open, stacked, per category or channel. */
  const stacked = (
    id: string,
    title: string,
    rows: DemandsRow[],
    dimension: 'category' | 'channel',
    definitions: Definition[],
  ): PanelSpec => ({
    id,
    title,
    definitions,
    table: demandsTable(rows, lang, dimension),
    chartHeight: barHeight(rows.length),
    summary: countSummary(rows, lang, demands),
    legend: legendOf(resolvedOpen),
    chart: chart(BarChart, { data: rows, ...stackedBars(lang, rows, { series: resolvedOpen }) }),
  });
  /** One rate per district or department, on the fixed 0–100 % scale. */
  const rated = (
    id: string,
    title: string,
    rows: DemandsRow[],
    dimension: 'district' | 'department',
    definitions: Definition[],
    key: 'resolution_rate' | 'on_time_rate',
  ): PanelSpec => {
    const value = (r: DemandsRow) => r[key].value;
    return {
      id,
      title,
      definitions,
      table: demandsTable(rows, lang, dimension),
      chartHeight: barHeight(rows.length),
      summary: rateSummary(rows, lang, value),
      chart: chart(BarChart, { data: rows, ...bars(lang, rows, { key, label: c[key], kind: 'rate', value }) }),
    };
  };
  return {
    lang,
    title: t.title,
    intro: t.intro,
    filters: { action: '/demands', fields, others },
    dropped,
    headline: v.headline,
    sources: v.sources,
    stale: v.stale,
    note: v.note,
    panels: [
      {
        id: 'by-month',
        title: t.panels.byMonth,
        definitions: v.definitions.month,
        table: demandsTable(v.byMonth, lang, 'month'),
        chartHeight: TIME_CHART_HEIGHT,
        summary: countSummary(v.byMonth, lang, demands),
        legend: legendOf(createdResolved),
        chart: chart(LineChart, { data: v.byMonth, ...monthlyLines(lang, v.byMonth, { series: createdResolved }) }),
      },
      {
        id: 'backlog',
        title: t.panels.backlog,
        definitions: v.definitions.backlog,
        table: backlogTable(v.backlog, lang),
        chartHeight: barHeight(v.backlog.length),
        summary: `${countSummary(v.backlog, lang, (r) => r.open)} ${t.agesAt(v.asOfDate)}`,
        // Four age bands always exist; with nothing open there is nothing to draw.
        chart: chart(
          BarChart,
          { data: v.backlog.some((r) => r.open > 0) ? v.backlog : [], ...bars(lang, v.backlog, { key: 'open', label: c.open }) },
          t.noOpen,
        ),
      },
      stacked('by-category', t.panels.byCategory, v.byCategory, 'category', v.definitions.category),
      rated('by-district', t.panels.byDistrict, v.byDistrict, 'district', v.definitions.district, 'resolution_rate'),
      stacked('by-channel', t.panels.byChannel, v.byChannel, 'channel', v.definitions.channel),
      rated('by-department', t.panels.byDepartment, v.byDepartment, 'department', v.definitions.department, 'on_time_rate'),
    ],
  };
}
