// The public API's response bodies as zod schemas: the OpenAPI document is
// generated from them (z.toJSONSchema), the API e2e test parses live
// responses with them (strict objects: an unexpected field fails), and the
// type checks at the bottom fail the build if they drift from the types the
// metrics publish. So the document cannot say one thing and the API another.
import { z } from 'zod';
import {
  coverageFilters, demandFilters, investmentFilters, type CoverageResult, type DemandsResult, type InvestmentResult,
  type QualityResult,
} from '@liaison/metrics';

/** The named schemas of the API, `#/components/schemas/{id}` in the OpenAPI document. */
export const apiSchemas = z.registry<{ id: string }>();

const count = z.number().int().min(0);
/** Exact decimal string of yuan, e.g. "125005000" (never a float). */
const yuan = z.string().regex(/^\d+(\.\d+)?$/).describe('Exact decimal amount in yuan, as a string');

export const rate = z
  .strictObject({ numerator: count, denominator: count, value: z.number().min(0).max(1).nullable() })
  .describe('A rate: the exact fraction, and its value rounded to 4 decimals (half away from zero); null when the denominator is 0')
  .register(apiSchemas, { id: 'Rate' });

const freshness = {
  as_of: z
    .record(z.string(), z.iso.datetime({ offset: true }).nullable())
    .describe('Per feeding source id: the finish time of its last successful sync (null: never)'),
  stale: z.boolean().describe('True when a feeding source has not synced successfully within its schedule'),
};

/** The filters a response was computed for: the query's filters without format and lang. */
function echo<S extends z.ZodRawShape & { format: z.ZodType; lang: z.ZodType }>(shape: S) {
  const { format: _f, lang: _l, ...rest } = shape;
  return z.strictObject(rest as Omit<S, 'format' | 'lang'>).describe('The filters applied');
}

const coverageRow = {
  enterprises: count,
  visited: count,
  visit_coverage: rate,
  party_org_coverage: rate,
};

export const coverageResponse = z
  .strictObject({
    ...freshness,
    filters: echo(coverageFilters.shape),
    ...coverageRow,
    orphan_visits: count,
    members: count,
    legal_entities_covered: count,
    period: z.string().nullable(),
    by_district: z.array(z.strictObject({ district: z.string(), ...coverageRow })),
    by_ownership: z.array(z.strictObject({ ownership: z.string(), ...coverageRow })),
  })
  .register(apiSchemas, { id: 'Coverage' });

const planned = z.strictObject({ items: count, investment_yuan: yuan }).register(apiSchemas, { id: 'PlannedByMembers' });

const investmentRow = {
  projects: count,
  investment_yuan: yuan,
  agreements: count,
  joint_ventures: count,
  key_projects: count,
  key_investment_yuan: yuan,
};

/** Plans have no stage, source event or landing date: null in those slices. */
const noPlans = planned.nullable().describe('null: member plans have no stage, source event or landing date');

export const investmentResponse = z
  .strictObject({
    ...freshness,
    filters: echo(investmentFilters.shape),
    ...investmentRow,
    planned_by_members: planned,
    by_district: z.array(z.strictObject({ district: z.string(), ...investmentRow, planned_by_members: planned })),
    by_sector: z.array(z.strictObject({ sector: z.string(), ...investmentRow, planned_by_members: planned })),
    by_stage: z.array(z.strictObject({ stage: z.string(), ...investmentRow, planned_by_members: noPlans })),
    by_source_event: z.array(z.strictObject({ source_event: z.string().nullable(), ...investmentRow, planned_by_members: noPlans })),
    by_quarter: z.array(
      z.strictObject({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/).nullable(), ...investmentRow, planned_by_members: noPlans }),
    ),
  })
  .register(apiSchemas, { id: 'Investment' });

const demandRow = {
  demands: count,
  resolved: count,
  resolution_rate: rate,
  on_time: count,
  on_time_rate: rate,
  median_days_to_resolve: z.number().min(0).nullable().describe('Days, rounded to 1 decimal; null when nothing is resolved'),
  satisfaction_rate: rate,
  open_backlog: z
    .strictObject({ total: count, days_0_7: count, days_8_30: count, days_31_90: count, days_over_90: count })
    .describe('Open demands by age in whole China Standard Time days at as_of'),
};

export const demandsResponse = z
  .strictObject({
    ...freshness,
    filters: echo(demandFilters.shape),
    ...demandRow,
    as_of_date: z.iso.date().describe('The China Standard Time date backlog ages are measured at'),
    by_category: z.array(z.strictObject({ category: z.string(), ...demandRow })),
    by_district: z.array(z.strictObject({ district: z.string(), ...demandRow })),
    by_channel: z.array(z.strictObject({ channel: z.string(), ...demandRow })),
    by_department: z.array(z.strictObject({ department: z.string().nullable().describe('null: never transferred'), ...demandRow })),
    by_month: z.array(z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), ...demandRow })),
  })
  .register(apiSchemas, { id: 'Demands' });

export const qualityResponse = z
  .strictObject({
    ...freshness,
    sources: z.array(
      z.strictObject({
        source_id: z.string(),
        kind: z.string(),
        received: count,
        loaded: count,
        quarantined: count,
        quarantine_reasons: z.array(z.strictObject({ collection: z.string(), path: z.string(), code: z.string(), records: count })),
        last_success: z.strictObject({ finished_at: z.string(), received: count, loaded: count }).nullable(),
        lag_seconds: count.nullable(),
        stale: z.boolean(),
        last_run: z
          .strictObject({
            status: z.string(),
            started_at: z.string(),
            finished_at: z.string().nullable(),
            error: z.string().nullable(),
          })
          .nullable(),
      }),
    ),
    incomplete_demands: count.nullable(),
  })
  .register(apiSchemas, { id: 'Quality' });

export const definitionsResponse = z
  .record(z.string(), z.record(z.string(), z.strictObject({ zh: z.string(), en: z.string() })))
  .describe('Per family, per metric: its definition in Chinese and English')
  .register(apiSchemas, { id: 'Definitions' });

export const errorResponse = z
  .strictObject({
    error: z.string().describe('What was wrong, naming the parameters'),
    issues: z.array(z.strictObject({ path: z.string().describe('The query parameter'), message: z.string() })),
  })
  .register(apiSchemas, { id: 'BadRequest' });

// Drift check: each schema's type and the published result type must be
// assignable both ways, or this does not compile.
type Schemas = [
  z.output<typeof coverageResponse>,
  z.output<typeof demandsResponse>,
  z.output<typeof investmentResponse>,
  z.output<typeof qualityResponse>,
];
type Published = [CoverageResult, DemandsResult, InvestmentResult, QualityResult];
export function sameAsPublished(published: Published): Schemas {
  const schemas: Schemas = published;
  const back: Published = schemas;
  return back;
}

export const openApiDocumentResponse = z
  .looseObject({ openapi: z.literal('3.1.0'), info: z.looseObject({}), paths: z.looseObject({}) })
  .register(apiSchemas, { id: 'OpenApiDocument' });
