// One GET handler for every public figures endpoint: parse the filters with
// the family's zod schema (400 naming each bad parameter), read the data
// version, answer 304 when the client already holds this response, else load
// (cached by version) and answer JSON, or the breakdowns as CSV on
// `?format=csv`. The pages load through the same family, so they can never
// show a number this endpoint would not return.
import type { RequestHandler } from '@sveltejs/kit';
import type { z } from 'zod';
import type { Freshness, OutputSwitches } from '@liaison/metrics';
import type { Lang } from '../../i18n.ts';
import { csvDownloadHeaders } from '../../table.ts';
import { lastModifiedOf } from './freshness.ts';
import { apiHeaders, badRequest, etagOf, notModified, notModifiedResponse, setValidators, unavailable, type Validators } from './http.ts';
import { canonicalFilters, versionKey, type DataVersion, type Family } from './published.ts';

/** The response's validators: the query (with its output switches) over the data version. */
function validators<S extends z.ZodType, R extends Freshness>(
  family: Family<S, R>,
  filters: OutputSwitches,
  v: DataVersion,
  now: Date,
): Validators {
  const query = `${canonicalFilters(filters)}|${filters.format ?? 'json'}|${filters.lang ?? 'zh'}`;
  let modified = lastModifiedOf(v, family.feeds(), now);
  if (v.minute !== null) modified = new Date(Math.max(modified?.getTime() ?? 0, v.minute * 60_000));
  return { etag: etagOf(family.name, query, versionKey(v)), lastModified: modified };
}

/** Every family's filters carry the output switches (`commonFilterFields` of @liaison/metrics). */
export function publicEndpoint<S extends z.ZodType, R extends Freshness>(
  family: Family<S, R>,
  /** The CSV file (csvFile of @liaison/schemas: BOM, header, rows) of a result. */
  csv: (result: R, lang: Lang) => string,
): RequestHandler {
  return async ({ url, request }) => {
    const parsed = family.parse(url.searchParams);
    if (!parsed.ok) return badRequest(parsed.issues);
    const filters = parsed.value as z.output<S> & OutputSwitches;
    const now = new Date();
    try {
      const version = await family.version(now);
      const before = validators(family, filters, version, now);
      if (notModified(request, before)) return notModifiedResponse(version, before);

      // `Cache-Control: no-cache` asks to revalidate, which the version read above did:
      // no request can make the figures be computed again at the same version.
      const hit = family.cached(filters, version);
      const result = await family.load(filters, { version });
      const headers = apiHeaders(result);
      headers.set('x-cache', hit ? 'hit' : 'miss');
      setValidators(headers, validators(family, filters, { ...result, minute: version.minute, sources: version.sources }, now));
      if (filters.format === 'csv') {
        for (const [name, value] of Object.entries(csvDownloadHeaders(`${family.name}.csv`))) headers.set(name, value);
        return new Response(csv(result, filters.lang ?? 'zh'), { headers });
      }
      return Response.json(result, { headers });
    } catch (err) {
      return unavailable(err, url.pathname);
    }
  };
}
