// Investment for the API and the pages, through one cached family.
import { investment, investmentFilters, type InvestmentFilters, type InvestmentResult } from '@liaison/metrics';
import { family } from '#lib/server/figures/published.ts';

export type { InvestmentFilters, InvestmentResult };

export const investmentFamily = family('investment', investmentFilters, (ch, filters, configured) => investment(ch, filters, configured));
