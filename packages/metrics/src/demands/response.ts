// The demand-resolution response as a zod schema: the OpenAPI document is
// generated from it, the API e2e test parses live responses with it, and the
// demand types are inferred from it. Codes and counts only: no free text.
import { z } from 'zod';
import { apiSchemas, count, filtersEcho, freshnessFields, rateSchema } from '../shared/response.ts';
import { demandFilters } from './filters.ts';

const openBacklog = z
  .strictObject({ total: count, days_0_7: count, days_8_30: count, days_31_90: count, days_over_90: count })
  .describe('Open demands by age in whole China Standard Time days at as_of');

const demandRow = {
  demands: count,
  resolved: count,
  resolution_rate: rateSchema,
  on_time: count,
  on_time_rate: rateSchema,
  median_days_to_resolve: z.number().min(0).nullable().describe('Days, rounded to 1 decimal; null when nothing is resolved'),
  satisfaction_rate: rateSchema,
  open_backlog: openBacklog,
};

const demandFigures = {
  ...demandRow,
  as_of_date: z.iso.date().describe('The China Standard Time date backlog ages are measured at'),
  by_category: z.array(z.strictObject({ category: z.string(), ...demandRow })),
  by_district: z.array(z.strictObject({ district: z.string(), ...demandRow })),
  by_channel: z.array(z.strictObject({ channel: z.string(), ...demandRow })),
  by_department: z.array(z.strictObject({ department: z.string().nullable().describe('null: never transferred'), ...demandRow })),
  by_month: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), ...demandRow })),
};

export const demandsResponse = z
  .strictObject({ ...freshnessFields, filters: filtersEcho(demandFilters.shape), ...demandFigures })
  .register(apiSchemas, { id: 'Demands' });

export type OpenBacklog = z.output<typeof openBacklog>;
export type DemandRow = z.output<z.ZodObject<typeof demandRow>>;
export type DemandFigures = z.output<z.ZodObject<typeof demandFigures>>;
export type DemandsResult = z.output<typeof demandsResponse>;
