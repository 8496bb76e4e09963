// GET /api/v1/metrics/coverage — public, read-only. Filters per metrics.md
// § Coverage; 400 naming each bad parameter; `?format=csv` gives the
// breakdowns; ETag/Last-Modified from as_of. Same family as the /coverage page.
import { coverageCsv } from '#lib/figures/coverage/csv.server.ts';
import { coverageFamily } from '#lib/figures/coverage/family.server.ts';
import { publicEndpoint } from '#lib/server/figures/endpoint.ts';

export const GET = publicEndpoint(coverageFamily, coverageCsv);
