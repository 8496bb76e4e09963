// Demands page: the URL's filters go through the same zod filters and the
// same cached demands() call as GET /api/v1/metrics/demands.
import { demandsFamily } from '#lib/figures/demands/family.server.ts';
import { demandsView } from '#lib/figures/demands/view.server.ts';
import { filterFields, type FilterName } from '#lib/server/figures/filter-fields.ts';
import { loadFigures, otherFilters } from '#lib/server/figures/page.ts';
import type { PageServerLoad } from './$types';

const FILTERS: FilterName[] = ['district', 'category', 'channel', 'from', 'to'];

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const { lang, filters, result, quality } = await loadFigures(demandsFamily, url, setHeaders);
  return {
    view: demandsView(result, quality, lang),
    fields: filterFields(lang, filters, FILTERS),
    others: otherFilters(filters, FILTERS),
  };
};
