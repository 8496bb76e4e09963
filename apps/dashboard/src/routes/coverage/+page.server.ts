// Coverage page: the URL's filters go through the same zod filters and the
// same cached coverage() call as GET /api/v1/metrics/coverage.
import { coverageFamily } from '#lib/figures/coverage/family.server.ts';
import { coverageView } from '#lib/figures/coverage/view.server.ts';
import { filterFields, type FilterName } from '#lib/server/figures/filter-fields.ts';
import { loadFigures, otherFilters } from '#lib/server/figures/page.ts';
import type { PageServerLoad } from './$types';

const FILTERS: FilterName[] = ['district', 'ownership', 'campaign', 'from', 'to', 'period'];

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const { lang, filters, result, quality } = await loadFigures(coverageFamily, url, setHeaders);
  return {
    view: coverageView(result, quality, lang),
    fields: filterFields(lang, filters, FILTERS),
    others: otherFilters(filters, FILTERS),
  };
};
