// Coverage page: the URL's filters go through the same zod filters and the
// same coverage() call as GET /api/v1/metrics/coverage.
import { error, redirect } from '@sveltejs/kit';
import { langOf, messages } from '#lib/i18n.ts';
import { coverageView } from '#lib/server/coverage-view.ts';
import { loadCoverage, parseCoverageQuery } from '#lib/server/coverage.ts';
import { PAGE_CACHE } from '#lib/server/http.ts';
import { districtOptions, ownershipOptions } from '#lib/server/labels.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, setHeaders }) => {
  // The filter form submits "All" as an empty value; drop those so the
  // shared URL is the canonical one the API would accept as is.
  const kept = [...url.searchParams].filter(([, v]) => v !== '');
  if (kept.length !== [...url.searchParams].length) {
    const q = new URLSearchParams(kept).toString();
    redirect(303, q ? `${url.pathname}?${q}` : url.pathname);
  }

  const lang = langOf(url);
  const parsed = parseCoverageQuery(url.searchParams);
  if (!parsed.ok) error(400, messages[lang].badRequest, { issues: parsed.issues });
  const result = await loadCoverage(parsed.value);
  setHeaders(PAGE_CACHE);
  const { district, ownership, ...others } = result.filters;
  return {
    filters: { district, ownership },
    otherFilters: Object.entries(others).filter((e): e is [string, string] => typeof e[1] === 'string'),
    view: coverageView(result, lang),
    options: { district: districtOptions(lang), ownership: ownershipOptions(lang) },
  };
};
