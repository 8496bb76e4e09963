// The data-quality response as a zod schema: the OpenAPI document is
// generated from it, the API e2e test parses live responses with it, and the
// quality types are inferred from it. Public output: counts, codes and field
// paths only, never a raw record nor an issue's message.
import { z } from 'zod';
import { RUN_ERROR_KINDS } from '@liaison/schemas';
import { apiSchemas, count, freshnessFields } from '../shared/response.ts';

/** Records now in quarantine with an issue of this code at this path (a record with several issues counts under each). */
const quarantineReason = z.strictObject({ collection: z.string(), path: z.string(), code: z.string(), records: count });

const sourceQuality = z.strictObject({
  source_id: z.string(),
  kind: z.string(),
  /** Records delivered over all runs (every delivery counts, re-deliveries too). */
  received: count,
  /** Records loaded over all runs. */
  loaded: count,
  /** Distinct records now in quarantine, by identity (or content without a readable one). */
  quarantined: count,
  quarantine_reasons: z.array(quarantineReason),
  /** The succeeded run that finished last (the source's `as_of`), with its own counts. */
  last_success: z.strictObject({ finished_at: z.string(), received: count, loaded: count }).nullable(),
  /** Whole seconds from the last success to `now`; null if it never succeeded. */
  lag_seconds: count.nullable(),
  stale: z.boolean(),
  /** The run started last, whatever its state; `error_kind` says why it failed or was cancelled (never the error text). */
  last_run: z
    .strictObject({
      status: z.string(),
      started_at: z.string(),
      finished_at: z.string().nullable(),
      error_kind: z.enum(RUN_ERROR_KINDS).nullable(),
    })
    .nullable(),
});

const qualityFigures = {
  sources: z.array(sourceQuality),
  /** Demands whose `created` event has not arrived; null when no counter was given. */
  incomplete_demands: count.nullable(),
};

export const qualityResponse = z.strictObject({ ...freshnessFields, ...qualityFigures }).register(apiSchemas, { id: 'Quality' });

export type QuarantineReason = z.output<typeof quarantineReason>;
export type SourceQuality = z.output<typeof sourceQuality>;
export type QualityFigures = z.output<z.ZodObject<typeof qualityFigures>>;
export type QualityResult = z.output<typeof qualityResponse>;
