// GET /api/v1/quality — public, read-only: per source, records received,
// loaded and quarantined (with reason counts), last success, lag, stale; and
// incomplete demands. `?format=csv` gives the same as one long table.
import { publicEndpoint } from '#lib/server/endpoint.ts';
import { qualityCsv } from '#lib/server/quality-csv.ts';
import { qualityFamily } from '#lib/server/quality.ts';

export const GET = publicEndpoint(qualityFamily, qualityCsv);
