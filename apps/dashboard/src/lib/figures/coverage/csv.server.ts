// `?format=csv` of the coverage API: the district and ownership breakdowns.
import type { Lang } from '#lib/i18n.ts';
import { breakdownCsv, rateColumns, type CsvColumn } from '#lib/server/figures/breakdown-csv.ts';
import type { CoverageResult } from './family.server.ts';
import { districtLabel, ownershipLabel } from '#lib/server/figures/labels.ts';

type Row = Omit<CoverageResult['by_district'][number], 'district'>;

const COLUMNS: Array<CsvColumn<Row>> = [
  { header: 'enterprises', cell: (r) => r.enterprises },
  { header: 'visited', cell: (r) => r.visited },
  ...rateColumns<Row>('visit_coverage', (r) => r.visit_coverage),
  ...rateColumns<Row>('party_org_coverage', (r) => r.party_org_coverage),
];

export function coverageCsv(result: CoverageResult, lang: Lang): string {
  return breakdownCsv(COLUMNS, [
    { name: 'district', slices: result.by_district.map((r) => ({ code: r.district, label: districtLabel(r.district, lang), row: r })) },
    {
      name: 'ownership',
      slices: result.by_ownership.map((r) => ({ code: r.ownership, label: ownershipLabel(r.ownership, lang), row: r })),
    },
  ]);
}
