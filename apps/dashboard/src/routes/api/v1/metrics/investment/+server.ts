// GET /api/v1/metrics/investment — public, read-only. Filters per metrics.md
// § Investment; 400 naming each bad parameter; `?format=csv` gives the
// breakdowns; ETag/Last-Modified from as_of. Same family as the /investment page.
import { publicEndpoint } from '#lib/server/figures/endpoint.ts';
import { investmentCsv } from '#lib/figures/investment/csv.server.ts';
import { investmentFamily } from '#lib/figures/investment/family.server.ts';

export const GET = publicEndpoint(investmentFamily, investmentCsv);
