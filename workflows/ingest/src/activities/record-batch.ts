// Every reader records what a batch held (received, quarantined) before it
// loads it, keyed by the batch's position and content (warehouse
// recordRunBatch): the run's totals are then what it read, each batch once,
// however often an attempt was retried or abandoned after loading. The key it
// returns goes with the batch's loads as their insert deduplication token.
import { recordRunBatch } from '@liaison/warehouse';
import type { ActivityDeps } from './deps.ts';

/** A batch as the connectors return it: valid records, invalid items with their raw form. */
interface ReadBatch {
  valid: ReadonlyArray<{ record: unknown }>;
  invalid: ReadonlyArray<{ raw: unknown }>;
  received: number;
}

export async function recordBatch(
  deps: ActivityDeps,
  b: { runId: string; collection: string; position: unknown },
  page: ReadBatch,
): Promise<string> {
  return recordRunBatch(deps.ch, {
    ...b,
    content: [page.valid.map((v) => v.record), page.invalid.map((i) => i.raw)],
    received: page.received,
    quarantined: page.invalid.length,
  });
}
