// Coverage for the API and the pages: the same filters, the same coverage()
// call, so a page can never show a number the API would not return.
import { coverage, coverageFilters, type CoverageFilters, type CoverageResult } from '@liaison/metrics';
import { family } from '#lib/server/figures/published.ts';

export type { CoverageFilters, CoverageResult };

export const coverageFamily = family('coverage', coverageFilters, (ch, filters, configured) => coverage(ch, filters, configured));
