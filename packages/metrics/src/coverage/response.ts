// The coverage response as a zod schema: the OpenAPI document is generated
// from it, the API e2e test parses live responses with it, and the coverage
// types are inferred from it.
import { z } from 'zod';
import { apiSchemas, count, filtersEcho, freshnessFields, rateSchema } from '../shared/response.ts';
import { coverageFilters } from './filters.ts';

const coverageRow = {
  enterprises: count,
  visited: count,
  visit_coverage: rateSchema,
  party_org_coverage: rateSchema,
};

const coverageFigures = {
  ...coverageRow,
  orphan_visits: count,
  members: count,
  legal_entities_covered: count,
  period: z.string().nullable(),
  by_district: z.array(z.strictObject({ district: z.string(), ...coverageRow })),
  by_ownership: z.array(z.strictObject({ ownership: z.string(), ...coverageRow })),
};

export const coverageResponse = z
  .strictObject({ ...freshnessFields, filters: filtersEcho(coverageFilters.shape), ...coverageFigures })
  .register(apiSchemas, { id: 'Coverage' });

export type CoverageRow = z.output<z.ZodObject<typeof coverageRow>>;
export type CoverageFigures = z.output<z.ZodObject<typeof coverageFigures>>;
export type CoverageResult = z.output<typeof coverageResponse>;
