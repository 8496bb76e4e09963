// The investment response as a zod schema: the OpenAPI document is generated
// from it, the API e2e test parses live responses with it, and the investment
// types are inferred from it. Money is an exact decimal string of yuan.
import { z } from 'zod';
import { apiSchemas, count, filtersEcho, freshnessFields, yuan } from '../shared/response.ts';
import { investmentFilters } from './filters.ts';

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

const investmentFigures = {
  ...investmentRow,
  planned_by_members: planned,
  by_district: z.array(z.strictObject({ district: z.string(), ...investmentRow, planned_by_members: planned })),
  by_sector: z.array(z.strictObject({ sector: z.string(), ...investmentRow, planned_by_members: planned })),
  by_stage: z.array(z.strictObject({ stage: z.string(), ...investmentRow, planned_by_members: noPlans })),
  /** `source_event: null`: projects without one. */
  by_source_event: z.array(z.strictObject({ source_event: z.string().nullable(), ...investmentRow, planned_by_members: noPlans })),
  /** `quarter` is `YYYY-Qn` of landed_on; null: projects without a landed_on. */
  by_quarter: z.array(
    z.strictObject({
      quarter: z
        .string()
        .regex(/^\d{4}-Q[1-4]$/)
        .nullable(),
      ...investmentRow,
      planned_by_members: noPlans,
    }),
  ),
};

export const investmentResponse = z
  .strictObject({ ...freshnessFields, filters: filtersEcho(investmentFilters.shape), ...investmentFigures })
  .register(apiSchemas, { id: 'Investment' });

export type PlannedByMembers = z.output<typeof planned>;
/** A slice's figures; `planned_by_members` is null in slices plans do not have (stage, source_event, quarter). */
export type InvestmentRow = z.output<z.ZodObject<typeof investmentRow>> & { planned_by_members: PlannedByMembers | null };
export type InvestmentFigures = z.output<z.ZodObject<typeof investmentFigures>>;
export type InvestmentResult = z.output<typeof investmentResponse>;
