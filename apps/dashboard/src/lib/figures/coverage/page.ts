// The coverage page as data: enterprises, visits and Party organisation
// coverage by district and ownership, and the members figure, each with its
// chart, table, summary and definitions, from the server's coverage view.
import { BarChart } from 'layerchart/svg';
import { barHeight, bars } from '#lib/chart.ts';
import { formatInt } from '#lib/format.ts';
import type { LabelledRow } from '#lib/view.ts';
import { chart, type FiguresPageData, type FiguresPageSpec, type PanelSpec } from '../panel.ts';
import MembersFigure from './MembersFigure.svelte';
import { breakdownTable, chartSummary, membersTable } from './tables.ts';
import { coverageText } from './text.ts';
import type { CoverageView } from './view.server.ts';

const visitRate = (r: LabelledRow) => r.visit_coverage.value;
const partyRate = (r: LabelledRow) => r.party_org_coverage.value;

type Field = Parameters<typeof breakdownTable>[3][number];

export function coveragePage({ lang, view: v, fields, others, dropped }: FiguresPageData<CoverageView>): FiguresPageSpec {
  const t = coverageText[lang];
  const c = t.columns;
  const panel = (
    id: string,
    title: string,
    definitions: PanelSpec['definitions'],
    rows: LabelledRow[],
    dimension: 'district' | 'ownership',
    columns: Field[],
    by: 'enterprises' | 'visit_coverage' | 'party_org_coverage',
  ): PanelSpec => ({
    id,
    title,
    definitions,
    table: breakdownTable(rows, lang, dimension, columns),
    chartHeight: barHeight(rows.length),
    summary: chartSummary(rows, lang, by),
    chart: chart(BarChart, {
      data: rows,
      ...bars(
        lang,
        rows,
        by === 'enterprises'
          ? { key: by, label: c.enterprises }
          : { key: by, label: c[by], kind: 'rate', value: by === 'visit_coverage' ? visitRate : partyRate },
      ),
    }),
  });
  const counts: Field[] = ['enterprises', 'visited', 'visit_coverage', 'party_org_coverage'];
  return {
    lang,
    title: t.title,
    intro: t.intro,
    filters: { action: '/coverage', fields, others },
    dropped,
    headline: v.headline,
    sources: v.sources,
    stale: v.stale,
    note: v.note,
    panels: [
      panel('by-district', t.panels.byDistrict, v.definitions.counts, v.byDistrict, 'district', counts, 'enterprises'),
      panel(
        'by-district-rate',
        t.panels.byDistrictRate,
        v.definitions.rate,
        v.byDistrictRate,
        'district',
        ['visited', 'enterprises', 'visit_coverage'],
        'visit_coverage',
      ),
      panel('by-ownership', t.panels.byOwnership, v.definitions.counts, v.byOwnership, 'ownership', counts, 'enterprises'),
      panel(
        'party-by-district',
        t.panels.partyByDistrict,
        v.definitions.party,
        v.partyByDistrict,
        'district',
        ['enterprises', 'party_org_coverage'],
        'party_org_coverage',
      ),
      panel(
        'party-by-ownership',
        t.panels.partyByOwnership,
        v.definitions.party,
        v.partyByOwnership,
        'ownership',
        ['enterprises', 'party_org_coverage'],
        'party_org_coverage',
      ),
      {
        id: 'members',
        title: t.panels.members,
        definitions: v.definitions.members,
        table: membersTable(v.members, lang),
        chartHeight: 96,
        summary: `${c.members} ${formatInt(v.members.members, lang)}; ${c.legal_entities_covered} ${formatInt(v.members.legalEntities, lang)}`,
        chart: chart(MembersFigure, { lang, figures: v.members }),
      },
    ],
  };
}
