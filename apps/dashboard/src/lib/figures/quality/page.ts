// The data-quality page as data: per source, what was received, loaded and
// quarantined; why records were quarantined. The numbers are the point here,
// so the tables are shown unfolded under the charts.
import { BarChart } from 'layerchart/svg';
import { barHeight, bars } from '#lib/chart.ts';
import { countSummary } from '#lib/table.ts';
import { chart, type FiguresPageData, type FiguresPageSpec } from '../panel.ts';
import { reasonsTable, sourcesTable } from './tables.ts';
import { qualityText } from './text.ts';
import type { QualityView } from './view.server.ts';

export function qualityPage({ lang, view: v, dropped }: Pick<FiguresPageData<QualityView>, 'lang' | 'view' | 'dropped'>): FiguresPageSpec {
  const t = qualityText[lang];
  return {
    lang,
    title: t.title,
    intro: t.intro,
    dropped,
    headline: v.headline,
    sources: v.sources,
    stale: v.stale,
    tableOpen: true,
    panels: [
      {
        id: 'by-source',
        title: t.panels.bySource,
        definitions: v.definitions.bySource,
        table: sourcesTable(v.bySource, lang),
        chartHeight: barHeight(v.bySource.length),
        summary: countSummary(v.bySource, lang, (r) => r.quarantined),
        chart: chart(BarChart, { data: v.bySource, ...bars(lang, v.bySource, { key: 'quarantined', label: t.columns.quarantined }) }),
      },
      {
        id: 'reasons',
        title: t.panels.reasons,
        definitions: v.definitions.reasons,
        table: reasonsTable(v.reasons, lang),
        chartHeight: barHeight(v.reasons.length),
        summary: countSummary(v.reasons, lang, (r) => r.records),
        chart: chart(BarChart, { data: v.reasons, ...bars(lang, v.reasons, { key: 'records', label: t.columns.records }) }, t.noReasons),
      },
    ],
  };
}
