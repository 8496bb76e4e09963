// The query filters of GET /api/v1/metrics/investment (metrics.md § Investment).
import { z } from 'zod';
import { PROJECT_STAGES_CODES, SECTORS_CODES } from '@liaison/schemas';
import { commonFilterFields, fromBeforeTo } from '../shared/filters.ts';

export const investmentFilters = z
  .strictObject({
    ...commonFilterFields,
    sector: z.enum(SECTORS_CODES, { error: `must be a sector code (${SECTORS_CODES.join(', ')})` }).optional(),
    stage: z.enum(PROJECT_STAGES_CODES, { error: `must be a project stage code (${PROJECT_STAGES_CODES.join(', ')})` }).optional(),
  })
  .superRefine(fromBeforeTo);

export type InvestmentFilters = z.infer<typeof investmentFilters>;
