// GET /api/v1/quality — public, read-only: per source, records received,
// loaded and quarantined (with reason counts), last success, lag, stale; and
// incomplete demands. `?format=csv` gives the same as one long table.
import { publicEndpoint } from '#lib/server/figures/endpoint.ts';
import { qualityCsv } from '#lib/figures/quality/csv.server.ts';
import { qualityFamily } from '#lib/figures/quality/family.server.ts';

export const GET = publicEndpoint(qualityFamily, qualityCsv);
