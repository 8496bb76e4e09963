// Demand resolution for the API and the pages, through one cached family.
import { demandFilters, demands, type DemandFilters, type DemandsResult } from '@liaison/metrics';
import { family } from '#lib/server/figures/published.ts';

export type { DemandFilters, DemandsResult };

export const demandsFamily = family('demands', demandFilters, (ch, filters, configured, now) => demands(ch, filters, configured, now));
