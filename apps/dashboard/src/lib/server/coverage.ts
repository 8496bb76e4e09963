// Coverage for the API and the pages: the same filters, the same coverage()
// call, so a page can never show a number the API would not return.
import { coverage, coverageFilters, type CoverageFilters, type CoverageResult } from '@liaison/metrics';
import { clickhouse } from './clickhouse.ts';
import { parseQuery, type Parsed } from './query.ts';
import { sources } from './sources.ts';

export type { CoverageFilters, CoverageResult };

export function parseCoverageQuery(params: URLSearchParams): Parsed<CoverageFilters> {
  return parseQuery(coverageFilters, params);
}

export function loadCoverage(filters: CoverageFilters): Promise<CoverageResult> {
  return coverage(clickhouse(), filters, sources());
}
