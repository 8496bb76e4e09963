// One page of a district API collection: fetch, load the valid records,
// quarantine the rest, say where the next page is. Small enough to retry whole;
// slow pages are waited for, heartbeating (heartbeat.ts).
// Generic over the collection, so the records the connector validated reach
// the loader as that collection's schema type.
import { heartbeat } from '@temporalio/activity';
import { fetchDistrictApiPage } from '@liaison/connectors';
import type { Collection, SourceConfigOf } from '@liaison/schemas';
import { loadDistrictRecords, quarantineRecords } from '@liaison/warehouse';
import { secretFrom } from '../sources.ts';
import type { PageRequest, PageResult } from '../types.ts';
import type { ActivityDeps } from './deps.ts';
import { whileHeartbeating } from './heartbeat.ts';
import { recordBatch } from './record-batch.ts';

export async function districtApiPage(
  deps: ActivityDeps,
  source: SourceConfigOf<'district-api'>,
  req: PageRequest<'district-api'>,
): Promise<PageResult> {
  return collectionPage(deps, source, req, req.collection);
}

async function collectionPage<C extends Collection>(
  deps: ActivityDeps,
  source: SourceConfigOf<'district-api'>,
  req: PageRequest<'district-api'>,
  collection: C,
): Promise<PageResult> {
  const page = await whileHeartbeating({ pageNo: req.pageNo }, (signal) =>
    fetchDistrictApiPage({
      baseUrl: source.baseUrl,
      token: secretFrom(deps.env, source.id, source.tokenEnv),
      collection,
      updatedSince: req.from,
      pageToken: req.page,
      pageSize: source.pageSize ?? 500,
      pageNo: req.pageNo,
      signal,
    }),
  );
  heartbeat({ pageNo: req.pageNo });
  let records = page.valid.map((v) => v.record);
  let next = page.next;
  if (req.to !== null) {
    // Records come in ascending updated_at: past the window's end we can stop.
    const to = req.to;
    if (records.some((r) => r.updated_at >= to)) next = null;
    records = records.filter((r) => r.updated_at < to);
  }
  const batch = await recordBatch(deps, { runId: req.runId, collection, position: { page: req.page, pageNo: req.pageNo } }, page);
  const meta = { sourceId: source.id, runId: req.runId, batch };
  const loaded = await loadDistrictRecords(deps.ch, collection, records, meta);
  const quarantined = await quarantineRecords(deps.ch, page.invalid, { ...meta, collection });
  const cursor = records.reduce<string | null>((m, r) => (m === null || r.updated_at > m ? r.updated_at : m), null);
  return { next, cursor, received: page.received, quarantined, ...loaded };
}
