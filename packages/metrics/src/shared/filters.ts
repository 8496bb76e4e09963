// What every figures endpoint's query filters share (metrics.md "Filters"),
// parsed with zod so a bad parameter gets a 400 naming it: district, the
// from/to window, the output switches. Unknown parameters are refused rather
// than silently ignored (each metric's filters are strict objects): a typo
// must not publish an unfiltered figure.
import { z } from 'zod';
import { DISTRICTS_CODES } from '@liaison/schemas';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    message: 'is not a real calendar date',
  });

/** Output and language switches that every endpoint accepts. */
export const outputSwitches = {
  format: z.enum(['json', 'csv']).optional(),
  lang: z.enum(['zh', 'en']).optional(),
};

export const commonFilterFields = {
  district: z.enum(DISTRICTS_CODES, { error: `must be a district slug (${DISTRICTS_CODES.join(', ')})` }).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  ...outputSwitches,
};

/** `to` is exclusive and must come after `from` (superRefine of every windowed filter). */
export function fromBeforeTo(f: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (f.from && f.to && f.from >= f.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: '`to` is exclusive and must be after `from`' });
  }
}

/** URLSearchParams → plain object; a repeated parameter is an error, not a silent pick. */
export function searchParamsObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

/** The output switches of a parsed query: they change the rendering, never the figures. */
export type OutputSwitches = { [K in keyof typeof outputSwitches]?: z.output<(typeof outputSwitches)[K]> };
