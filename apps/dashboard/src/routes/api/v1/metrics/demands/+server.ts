// GET /api/v1/metrics/demands — public, read-only. Filters per metrics.md
// § Demand resolution; 400 naming each bad parameter; `?format=csv` gives the
// breakdowns; ETag/Last-Modified from as_of. Same family as the /demands page.
// Codes and counts only: no title, note, resolution, reason or name.
import { demandsCsv } from '#lib/figures/demands/csv.server.ts';
import { demandsFamily } from '#lib/figures/demands/family.server.ts';
import { publicEndpoint } from '#lib/server/figures/endpoint.ts';

export const GET = publicEndpoint(demandsFamily, demandsCsv);
