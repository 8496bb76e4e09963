// The building blocks of the public API's response schemas, shared by every
// metric's response.ts: the registry the OpenAPI document is generated from
// (`#/components/schemas/{id}`), counts, exact yuan, the Rate object, and the
// `as_of`/`stale`/`filters` every figures response carries. The published
// types are inferred from these schemas, so the document, the e2e checks and
// the code cannot drift apart.
import { z } from 'zod';

/** The named schemas of the API, `#/components/schemas/{id}` in the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string }>();

export const count = z.number().int().min(0);

/** Exact decimal string of yuan, e.g. "125005000" (never a float). */
export const yuan = z
  .string()
  .regex(/^\d+(\.\d+)?$/)
  .describe('Exact decimal amount in yuan, as a string');

export const rateSchema = z
  .strictObject({ numerator: count, denominator: count, value: z.number().min(0).max(1).nullable() })
  .describe('A rate: the exact fraction, and its value rounded to 4 decimals (half away from zero); null when the denominator is 0')
  .register(apiSchemas, { id: 'Rate' });

export const freshnessFields = {
  as_of: z
    .record(z.string(), z.iso.datetime({ offset: true }).nullable())
    .describe('Per feeding source id: the finish time of its last successful sync (null: never)'),
  stale: z.boolean().describe('True when a feeding source has not synced successfully within its schedule'),
};

/** The filters a response was computed for: the query's filters without format and lang. */
export function filtersEcho<S extends z.ZodRawShape & { format: z.ZodType; lang: z.ZodType }>(shape: S) {
  const { format: _f, lang: _l, ...rest } = shape;
  return z.strictObject(rest as Omit<S, 'format' | 'lang'>).describe('The filters applied');
}
