// The quality endpoint has no filters, only the output switches every
// endpoint takes; unknown parameters are refused as everywhere else.
import { z } from 'zod';
import { outputSwitches } from '../shared/filters.ts';

export const qualityFilters = z.strictObject(outputSwitches);

export type QualityFilters = z.infer<typeof qualityFilters>;
