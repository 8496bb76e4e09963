// One page of each source kind: fetch through the connector, load the valid
// records, quarantine the invalid ones, and say where the next page is. Pages
// are small enough to retry whole: loading is idempotent.
import { heartbeat } from '@temporalio/activity';
import { fetchDistrictApiPage } from '@liaison/connectors';
import { loadDistrictRecords, quarantineRecords, type DistrictCollection } from '@liaison/warehouse';
import { findSource, loadSources, secretFrom, type SourceConfig } from '../sources.ts';
import type { PageRequest, PageResult } from '../types.ts';
import type { ActivityDeps } from './deps.ts';
import { asFailure } from './to-failure.ts';

export const COLLECTIONS_OF: Record<SourceConfig['kind'], readonly string[]> = {
  'district-api': ['enterprises', 'visits', 'projects'],
  'district-files': ['files'],
  'demand-platform': ['events'],
  'member-inbox': ['submissions'],
};

type Reader<K extends SourceConfig['kind']> = (
  deps: ActivityDeps,
  source: Extract<SourceConfig, { kind: K }>,
  req: PageRequest,
) => Promise<PageResult>;

const districtApiPage: Reader<'district-api'> = async (deps, source, req) => {
  const collection = req.collection as DistrictCollection;
  const page = await fetchDistrictApiPage({
    baseUrl: source.baseUrl,
    token: secretFrom(deps.env, source.id, source.tokenEnv),
    collection,
    updatedSince: req.from,
    pageToken: req.page,
    pageSize: source.pageSize ?? 500,
    pageNo: req.pageNo,
  });
  heartbeat({ pageNo: req.pageNo });
  let records = page.valid.map((v) => v.record as unknown as Record<string, unknown> & { updated_at: string });
  let next = page.next;
  if (req.to !== null) {
    // Records come in ascending updated_at: past the window's end we can stop.
    const to = req.to;
    if (records.some((r) => r.updated_at >= to)) next = null;
    records = records.filter((r) => r.updated_at < to);
  }
  const meta = { sourceId: source.id, runId: req.runId };
  const loaded = await loadDistrictRecords(deps.ch, collection, records, meta);
  const quarantined = await quarantineRecords(deps.ch, page.invalid, { ...meta, collection });
  const cursor = records.reduce<string | null>((m, r) => (m === null || r.updated_at > m ? r.updated_at : m), null);
  return { next, cursor, received: page.received, quarantined, ...loaded };
};

export function readerActivities(deps: ActivityDeps) {
  return {
    async syncPage(req: PageRequest): Promise<PageResult> {
      return asFailure(`source '${req.sourceId}' ${req.collection} page ${req.pageNo}`, async () => {
        const source = findSource(await loadSources(deps.sourcesFile), req.sourceId);
        switch (source.kind) {
          case 'district-api':
            return districtApiPage(deps, source, req);
          default:
            throw new Error(`source kind '${source.kind}' is not supported yet`);
        }
      });
    },
  };
}
