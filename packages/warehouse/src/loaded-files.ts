// Which drop-folder files a source has fully loaded: by name and content hash
// (what decides), and by name, size and modification time (what lets a sync
// skip a loaded file without reading it).
import type { ClickHouseClient } from '@clickhouse/client';

export const fileKey = (name: string, sha256: string): string => `${name}\u0000${sha256}`;
export const fileStatKey = (name: string, size: number, mtimeMs: number): string => `${name}\u0000${size}\u0000${mtimeMs}`;

/** The files the source has loaded: `fileKey`s and `fileStatKey`s. */
export async function loadedFiles(ch: ClickHouseClient, sourceId: string): Promise<{ hashes: Set<string>; stats: Set<string> }> {
  const rs = await ch.query({
    query: 'SELECT DISTINCT name, sha256, size, mtime_ms FROM loaded_files WHERE source_id = {source:String}',
    query_params: { source: sourceId },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<{ name: string; sha256: string; size: string | number; mtime_ms: number }>();
  return {
    hashes: new Set(rows.map((r) => fileKey(r.name, r.sha256))),
    stats: new Set(rows.filter((r) => Number(r.size) > 0).map((r) => fileStatKey(r.name, Number(r.size), r.mtime_ms))),
  };
}

export async function markFileLoaded(
  ch: ClickHouseClient,
  f: { sourceId: string; name: string; sha256: string; size: number; mtimeMs: number; rows: number; runId: string },
): Promise<void> {
  await ch.insert({
    table: 'loaded_files',
    values: [{ source_id: f.sourceId, name: f.name, sha256: f.sha256, size: f.size, mtime_ms: f.mtimeMs, rows: f.rows, run_id: f.runId }],
    format: 'JSONEachRow',
  });
}

/**
 * A loaded file seen again with the same content under a new size or mtime
 * (touched, copied): its row is written again with them, keeping its rows and
 * run, so the next sync recognises it without reading it.
 */
export async function restateLoadedFile(
  ch: ClickHouseClient,
  f: { sourceId: string; name: string; sha256: string; size: number; mtimeMs: number },
): Promise<void> {
  await ch.command({
    query: `INSERT INTO loaded_files (source_id, name, sha256, rows, run_id, size, mtime_ms)
            SELECT source_id, name, sha256, rows, run_id, {size:UInt64}, {mtime:Float64}
            FROM loaded_files FINAL
            WHERE source_id = {source:String} AND name = {name:String} AND sha256 = {sha:String}
            LIMIT 1`,
    query_params: { source: f.sourceId, name: f.name, sha: f.sha256, size: f.size, mtime: f.mtimeMs },
  });
}
