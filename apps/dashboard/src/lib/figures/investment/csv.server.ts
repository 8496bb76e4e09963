// `?format=csv` of the investment API: by district, sector, stage, source
// event and quarter; money as exact decimal strings of yuan. Member plans
// exist only in the district and sector slices (empty cells elsewhere).
import type { Lang } from '#lib/i18n.ts';
import { breakdownCsv, type CsvColumn } from '#lib/server/figures/breakdown-csv.ts';
import type { InvestmentResult } from './family.server.ts';
import { districtLabel, sectorLabel, stageLabel, textLabel } from '#lib/server/figures/labels.ts';

type Row = Omit<InvestmentResult['by_stage'][number], 'stage'>;

const COLUMNS: Array<CsvColumn<Row>> = [
  { header: 'projects', cell: (r) => r.projects },
  { header: 'investment_yuan', cell: (r) => r.investment_yuan },
  { header: 'agreements', cell: (r) => r.agreements },
  { header: 'joint_ventures', cell: (r) => r.joint_ventures },
  { header: 'key_projects', cell: (r) => r.key_projects },
  { header: 'key_investment_yuan', cell: (r) => r.key_investment_yuan },
  { header: 'planned_items', cell: (r) => r.planned_by_members?.items ?? null },
  { header: 'planned_investment_yuan', cell: (r) => r.planned_by_members?.investment_yuan ?? null },
];

export function investmentCsv(result: InvestmentResult, lang: Lang): string {
  return breakdownCsv(COLUMNS, [
    { name: 'district', slices: result.by_district.map((r) => ({ code: r.district, label: districtLabel(r.district, lang), row: r })) },
    { name: 'sector', slices: result.by_sector.map((r) => ({ code: r.sector, label: sectorLabel(r.sector, lang), row: r })) },
    { name: 'stage', slices: result.by_stage.map((r) => ({ code: r.stage, label: stageLabel(r.stage, lang), row: r })) },
    {
      name: 'source_event',
      slices: result.by_source_event.map((r) => ({ code: r.source_event, label: textLabel(r.source_event, lang, 'sourceEvent'), row: r })),
    },
    { name: 'quarter', slices: result.by_quarter.map((r) => ({ code: r.quarter, label: textLabel(r.quarter, lang, 'quarter'), row: r })) },
  ]);
}
