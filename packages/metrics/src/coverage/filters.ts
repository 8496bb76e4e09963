// The query filters of GET /api/v1/metrics/coverage (metrics.md § Coverage).
import { z } from 'zod';
import { OWNERSHIP_CODES } from '@liaison/schemas';
import { commonFilterFields, fromBeforeTo } from '../shared/filters.ts';

export const coverageFilters = z
  .strictObject({
    ...commonFilterFields,
    ownership: z.enum(OWNERSHIP_CODES, { error: `must be an ownership code (${OWNERSHIP_CODES.join(', ')})` }).optional(),
    campaign: z.string().trim().min(1).max(200).optional(),
    period: z
      .string()
      .regex(/^\d{4}$/, 'must be a year such as 2024')
      .optional(),
  })
  .superRefine(fromBeforeTo);

export type CoverageFilters = z.infer<typeof coverageFilters>;
