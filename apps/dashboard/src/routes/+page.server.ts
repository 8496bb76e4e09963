// Overview: the headline coverage figures, unfiltered, from the same loader as the API.
import { langOf } from '#lib/i18n.ts';
import { coverageView } from '#lib/server/coverage-view.ts';
import { loadCoverage } from '#lib/server/coverage.ts';
import { PAGE_CACHE } from '#lib/server/http.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  const view = coverageView(await loadCoverage({}), langOf(url));
  setHeaders(PAGE_CACHE);
  return { headline: view.headline, sources: view.sources, stale: view.stale };
};
