// Insert deduplication tokens: what makes a retried load a no-op. An
// activity that loaded a batch and then failed to report it is retried, and
// sends the same rows again; server defaults (loaded_at) make them differ
// from the first copy, so only a token names them the same. The token is the
// table, the run and the batch's key (its position and content: recordRunBatch).
// Replicated tables keep the last replicated_deduplication_window tokens (1000
// by default); a single node keeps none unless the table sets
// non_replicated_deduplication_window, so there a retry relies on the
// replacing engines, as before.

/** Who loads a batch: its source and run and, when read from a source, the batch's key. */
export interface LoadMeta {
  sourceId: string;
  runId: string;
  batch?: string | undefined;
}

/** The insert settings of one table's share of a batch (none when the load is not a source's batch). */
export function dedupSettings(table: string, meta: LoadMeta): { insert_deduplication_token?: string } {
  return meta.batch === undefined ? {} : { insert_deduplication_token: `${table}:${meta.runId}:${meta.batch}` };
}
