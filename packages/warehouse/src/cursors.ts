// Resume points per source and collection. A cursor is saved only after the
// load it covers has returned (inserts wait for the end of the query), so it
// never runs ahead of durable data.
import type { ClickHouseClient } from '@clickhouse/client';

export async function getCursor(ch: ClickHouseClient, sourceId: string, collection: string): Promise<string | null> {
  const rs = await ch.query({
    query: `SELECT cursor FROM source_cursors FINAL
            WHERE source_id = {source:String} AND collection = {collection:String}`,
    query_params: { source: sourceId, collection },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ cursor: string }>();
  return row?.cursor ?? null;
}

export async function saveCursor(
  ch: ClickHouseClient,
  c: { sourceId: string; collection: string; cursor: string; runId: string },
): Promise<void> {
  await ch.insert({
    table: 'source_cursors',
    values: [{ source_id: c.sourceId, collection: c.collection, cursor: c.cursor, run_id: c.runId }],
    format: 'JSONEachRow',
  });
}
