// The query filters of GET /api/v1/metrics/demands (metrics.md § Demand resolution).
import { z } from 'zod';
import { DEMAND_CATEGORIES_CODES, DEMAND_CHANNELS } from '@liaison/schemas';
import { commonFilterFields, fromBeforeTo } from '../shared/filters.ts';

export const demandFilters = z
  .strictObject({
    ...commonFilterFields,
    category: z.enum(DEMAND_CATEGORIES_CODES, { error: `must be a demand category (${DEMAND_CATEGORIES_CODES.join(', ')})` }).optional(),
    channel: z.enum(DEMAND_CHANNELS, { error: `must be a channel (${DEMAND_CHANNELS.join(', ')})` }).optional(),
  })
  .superRefine(fromBeforeTo);

export type DemandFilters = z.infer<typeof demandFilters>;
