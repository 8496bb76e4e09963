// GET /api/v1/metrics/coverage — public, read-only. Filters per metrics.md
// § Coverage; 400 with every problem on a bad parameter; `?format=csv` gives
// the breakdowns. Same loader as the /coverage page.
import { coverageCsv } from '#lib/server/coverage-csv.ts';
import { loadCoverage, parseCoverageQuery } from '#lib/server/coverage.ts';
import { apiHeaders, badRequest, unavailable } from '#lib/server/http.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url }) => {
  const parsed = parseCoverageQuery(url.searchParams);
  if (!parsed.ok) return badRequest(parsed.issues);
  const filters = parsed.value;
  let result;
  try {
    result = await loadCoverage(filters);
  } catch (err) {
    return unavailable(err, url.pathname);
  }
  const headers = apiHeaders(result);

  if (filters.format === 'csv') {
    headers.set('content-type', 'text/csv; charset=utf-8');
    headers.set('content-disposition', 'inline; filename="coverage.csv"');
    return new Response(coverageCsv(result, filters.lang ?? 'zh'), { headers });
  }
  return Response.json(result, { headers });
};
