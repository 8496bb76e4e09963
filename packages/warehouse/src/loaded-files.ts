// Which drop-folder files (name + content hash) a source has fully loaded.
import type { ClickHouseClient } from '@clickhouse/client';

/** `name\0sha256` of every file the source has loaded. */
export async function loadedFiles(ch: ClickHouseClient, sourceId: string): Promise<Set<string>> {
  const rs = await ch.query({
    query: 'SELECT DISTINCT name, sha256 FROM loaded_files WHERE source_id = {source:String}',
    query_params: { source: sourceId },
    format: 'JSONEachRow',
  });
  return new Set((await rs.json<{ name: string; sha256: string }>()).map((r) => fileKey(r.name, r.sha256)));
}

export const fileKey = (name: string, sha256: string): string => `${name}\u0000${sha256}`;

export async function markFileLoaded(
  ch: ClickHouseClient,
  f: { sourceId: string; name: string; sha256: string; rows: number; runId: string },
): Promise<void> {
  await ch.insert({
    table: 'loaded_files',
    values: [{ source_id: f.sourceId, name: f.name, sha256: f.sha256, rows: f.rows, run_id: f.runId }],
    format: 'JSONEachRow',
  });
}
