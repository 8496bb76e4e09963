// Every page of the feed from a cursor to its end, for tests, benchmarks and
// one-off backfills. The ingest workflow does not use this: it fetches one
// page per activity call so it can heartbeat and checkpoint `lastSeq`.
import { fetchDemandEventsPage, type DemandEventsPageResult, type DemandPageRequest } from './fetch-page.ts';

export type ReadDemandEventsOptions = Omit<DemandPageRequest, 'afterSeq'> & { afterSeq?: number };

/** Yields pages until `has_more` is false; a failure throws its SourceError (no retries here). */
export async function* readDemandEvents(opts: ReadDemandEventsOptions): AsyncGenerator<DemandEventsPageResult> {
  let afterSeq = opts.afterSeq ?? 0;
  for (;;) {
    const page = await fetchDemandEventsPage({ ...opts, afterSeq });
    yield page;
    if (!page.hasMore) return;
    afterSeq = page.lastSeq;
  }
}
