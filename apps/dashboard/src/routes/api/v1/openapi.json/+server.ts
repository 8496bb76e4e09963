// GET /api/v1/openapi.json — the OpenAPI 3.1 document of the public API,
// generated from the same zod schemas that validate the queries and that the
// tests check the responses against.
import { apiHeaders } from '#lib/server/figures/http.ts';
import { publicApiDocument } from '#lib/server/openapi/endpoints.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () => Response.json(publicApiDocument(), { headers: apiHeaders() });
