// Investment page: the URL's filters go through the same zod filters and the
// same cached investment() call as GET /api/v1/metrics/investment.
import { filterFields, type FilterName } from '#lib/server/figures/filter-fields.ts';
import { investmentFamily } from '#lib/figures/investment/family.server.ts';
import { investmentView } from '#lib/figures/investment/view.server.ts';
import { loadFigures, otherFilters } from '#lib/server/figures/page.ts';
import type { PageServerLoad } from './$types';

const FILTERS: FilterName[] = ['district', 'sector', 'stage', 'from', 'to'];

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const { lang, filters, result, quality } = await loadFigures(investmentFamily, url, setHeaders);
  return {
    view: investmentView(result, quality, lang),
    fields: filterFields(lang, filters, FILTERS),
    others: otherFilters(filters, FILTERS),
  };
};
