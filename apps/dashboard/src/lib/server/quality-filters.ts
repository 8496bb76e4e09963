// The quality endpoint has no filters, only the output switches every
// endpoint takes; unknown parameters are refused as everywhere else.
import { z } from 'zod';
import { commonFilterFields } from '@liaison/metrics';

export const qualityFilters = z.strictObject({ format: commonFilterFields.format, lang: commonFilterFields.lang });
