// GET /api/v1/definitions — every published metric's definition, zh and en:
// the same text the pages show beside each chart.
import { definitions } from '@liaison/metrics';
import { apiHeaders } from '#lib/server/figures/http.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => Response.json(definitions, { headers: apiHeaders() });
