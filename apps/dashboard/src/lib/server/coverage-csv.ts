// `?format=csv` of the coverage API: both breakdowns in one long table, one
// row per slice, with each rate as its exact fraction and its rounded value.
import type { Lang } from '../i18n.ts';
import { toCsv, type Cell } from '../table.ts';
import type { CoverageResult } from './coverage.ts';
import { districtLabel, ownershipLabel } from './labels.ts';

const HEADER = [
  'dimension',
  'code',
  'label',
  'enterprises',
  'visited',
  'visit_coverage_numerator',
  'visit_coverage_denominator',
  'visit_coverage',
  'party_org_coverage_numerator',
  'party_org_coverage_denominator',
  'party_org_coverage',
] as const;

type Row = CoverageResult['by_district'][number];

function line(dimension: string, code: string, label: string, r: Omit<Row, 'district'>): Cell[] {
  return [
    dimension,
    code,
    label,
    r.enterprises,
    r.visited,
    r.visit_coverage.numerator,
    r.visit_coverage.denominator,
    r.visit_coverage.value,
    r.party_org_coverage.numerator,
    r.party_org_coverage.denominator,
    r.party_org_coverage.value,
  ];
}

export function coverageCsv(result: CoverageResult, lang: Lang): string {
  return toCsv(HEADER, [
    ...result.by_district.map(({ district, ...r }) => line('district', district, districtLabel(district, lang), r)),
    ...result.by_ownership.map(({ ownership, ...r }) => line('ownership', ownership, ownershipLabel(ownership, lang), r)),
  ]);
}
