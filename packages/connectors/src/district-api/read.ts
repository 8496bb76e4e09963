// Every page of a district API collection from a starting point to its end,
// for tests, benchmarks and one-off backfills. The ingest workflow does not
// use this: it fetches one page per activity call so it can heartbeat and
// checkpoint. Nothing is deduplicated here: that is the loader's job.
import { fetchDistrictApiPage, type DistrictApiCollection, type DistrictApiPage, type DistrictApiPageRequest } from './fetch-page.ts';

export type ReadDistrictApiOptions<C extends DistrictApiCollection> = Omit<DistrictApiPageRequest<C>, 'pageNo'>;

/** Yields pages (numbered from 1 in positions) until there is no next token; failures throw. */
export async function* readDistrictApi<C extends DistrictApiCollection>(
  opts: ReadDistrictApiOptions<C>,
): AsyncGenerator<DistrictApiPage<C>> {
  let pageToken = opts.pageToken ?? null;
  for (let pageNo = 1; ; pageNo++) {
    const page = await fetchDistrictApiPage({ ...opts, pageToken, pageNo });
    yield page;
    if (page.next === null) return;
    pageToken = page.next;
  }
}
