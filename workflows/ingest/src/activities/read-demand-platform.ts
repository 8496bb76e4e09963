// One page of the demand platform's event feed (after_seq paging). Events are
// kept as events; loading refolds the demands they touch. The cursor is the
// page's last_seq, saved by the workflow once the run's pages are loaded.
import { heartbeat } from '@temporalio/activity';
import { fetchDemandEventsPage } from '@liaison/connectors';
import { loadDemandEvents, quarantineRecords } from '@liaison/warehouse';
import type { SourceConfigOf } from '@liaison/schemas';
import { secretFrom } from '../sources.ts';
import type { PageRequest, PageResult } from '../types.ts';
import type { ActivityDeps } from './deps.ts';
import { whileHeartbeating } from './heartbeat.ts';
import { recordBatch } from './record-batch.ts';

export async function demandPlatformPage(
  deps: ActivityDeps,
  source: SourceConfigOf<'demand-platform'>,
  req: PageRequest<'demand-platform'>,
): Promise<PageResult> {
  // A backfill window is of occurred_at; the feed is by seq, so it re-reads
  // from the start and keeps the window's events.
  const fromSeq = req.to === null && req.from !== null && /^\d+$/.test(req.from) ? Number(req.from) : 0;
  const page = await whileHeartbeating({ pageNo: req.pageNo }, (signal) =>
    fetchDemandEventsPage({
      baseUrl: source.baseUrl,
      apiKey: secretFrom(deps.env, source.id, source.apiKeyEnv),
      secret: secretFrom(deps.env, source.id, source.secretEnv),
      afterSeq: req.page === null ? fromSeq : Number(req.page),
      signal,
    }),
  );
  heartbeat({ pageNo: req.pageNo, lastSeq: page.lastSeq });
  let events = page.valid.map((v) => v.record);
  if (req.to !== null) {
    const { from, to } = req;
    events = events.filter((e) => (from === null || e.occurred_at >= from) && e.occurred_at < to);
  }
  const batch = await recordBatch(deps, { runId: req.runId, collection: 'events', position: { page: req.page, fromSeq } }, page);
  const meta = { sourceId: source.id, runId: req.runId, batch };
  // A full re-read or backfill refolds all demands once when the run ends.
  const loaded = await loadDemandEvents(deps.ch, events, meta, { refresh: !req.reload });
  const quarantined = await quarantineRecords(deps.ch, page.invalid, { ...meta, collection: 'events' });
  return {
    next: page.hasMore ? String(page.lastSeq) : null,
    cursor: req.to === null ? String(page.lastSeq) : null,
    received: page.received,
    quarantined,
    ...loaded,
  };
}
