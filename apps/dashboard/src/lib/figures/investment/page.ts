// The investment page as data: the panels of the figures page, each with its
// chart, table, summary and definitions, from the server's investment view.
import { BarChart } from 'layerchart/svg';
import { barHeight, bars, columns, moneyBars, SERIES_COLORS, stackedBars, TIME_CHART_HEIGHT } from '#lib/chart.ts';
import type { Lang } from '#lib/i18n.ts';
import { countSummary } from '#lib/table.ts';
import { chart, type FiguresPageData, type FiguresPageSpec } from '../panel.ts';
import { ALL_FIELDS, investmentTable, yuanSummary } from './tables.ts';
import { investmentText } from './text.ts';
import type { InvestmentRow, InvestmentView } from './view.server.ts';

const investment = (r: InvestmentRow) => r.investment_yuan;
const planned = (r: InvestmentRow) => r.planned_by_members?.investment_yuan ?? '0';
const kindsTotal = (r: InvestmentRow) => r.projects + r.agreements + r.joint_ventures + r.key_projects;

function kinds(lang: Lang) {
  const c = investmentText[lang].columns;
  return [
    { key: 'projects', label: c.projects, value: (r: InvestmentRow) => r.projects },
    { key: 'agreements', label: c.agreements, value: (r: InvestmentRow) => r.agreements },
    { key: 'joint_ventures', label: c.joint_ventures, value: (r: InvestmentRow) => r.joint_ventures },
    { key: 'key_projects', label: c.key_projects, value: (r: InvestmentRow) => r.key_projects },
  ];
}

export function investmentPage({ lang, view: v, fields, others, dropped }: FiguresPageData<InvestmentView>): FiguresPageSpec {
  const t = investmentText[lang];
  const c = t.columns;
  const series = kinds(lang);
  const money = (rows: InvestmentRow[]) => moneyBars(lang, rows, { key: 'investment_yuan', label: c.investment_yuan, yuan: investment });
  return {
    lang,
    title: t.title,
    intro: t.intro,
    filters: { action: '/investment', fields, others },
    dropped,
    headline: v.headline,
    sources: v.sources,
    stale: v.stale,
    note: v.note,
    panels: [
      {
        id: 'by-district',
        title: t.panels.byDistrict,
        definitions: v.definitions.landed,
        table: investmentTable(v.byDistrict, lang, 'district', ALL_FIELDS),
        chartHeight: barHeight(v.byDistrict.length),
        summary: yuanSummary(v.byDistrict, lang, investment),
        chart: chart(BarChart, { data: v.byDistrict, ...money(v.byDistrict) }),
      },
      {
        id: 'by-sector',
        title: t.panels.bySector,
        definitions: v.definitions.landed,
        table: investmentTable(v.bySector, lang, 'sector', ALL_FIELDS),
        chartHeight: barHeight(v.bySector.length),
        summary: yuanSummary(v.bySector, lang, investment),
        chart: chart(BarChart, { data: v.bySector, ...money(v.bySector) }),
      },
      {
        id: 'by-quarter',
        title: t.panels.byQuarter,
        definitions: v.definitions.grouped,
        table: investmentTable(v.byQuarter, lang, 'quarter', ['projects', 'investment_yuan']),
        chartHeight: TIME_CHART_HEIGHT,
        summary: yuanSummary(v.byQuarter, lang, investment),
        chart: chart(BarChart, {
          data: v.byQuarter,
          ...columns(lang, v.byQuarter, { key: 'investment_yuan', label: c.investment_yuan, yuan: investment }),
        }),
      },
      {
        id: 'by-stage',
        title: t.panels.byStage,
        definitions: v.definitions.kinds,
        table: investmentTable(v.byStage, lang, 'stage', ['projects', 'agreements', 'joint_ventures', 'key_projects']),
        chartHeight: barHeight(v.byStage.length),
        summary: countSummary(v.byStage, lang, kindsTotal),
        legend: series.map((k, i) => ({ label: k.label, color: SERIES_COLORS[i] ?? '' })),
        chart: chart(BarChart, { data: v.byStage, ...stackedBars(lang, v.byStage, { series }) }),
      },
      {
        id: 'by-source-event',
        title: t.panels.bySourceEvent,
        definitions: v.definitions.grouped,
        table: investmentTable(v.bySourceEvent, lang, 'source_event', ['projects', 'investment_yuan']),
        chartHeight: barHeight(v.bySourceEvent.length),
        summary: countSummary(v.bySourceEvent, lang, (r) => r.projects),
        chart: chart(BarChart, { data: v.bySourceEvent, ...bars(lang, v.bySourceEvent, { key: 'projects', label: c.projects }) }),
      },
      {
        id: 'plans',
        title: t.panels.plans,
        definitions: v.definitions.plans,
        table: investmentTable(v.plans, lang, 'district', ['planned_items', 'planned_investment_yuan']),
        chartHeight: barHeight(v.plans.length),
        summary: yuanSummary(v.plans, lang, planned),
        chart: chart(BarChart, {
          data: v.plans,
          ...moneyBars(lang, v.plans, { key: 'planned', label: c.planned_investment_yuan, yuan: planned }),
        }),
      },
    ],
  };
}
