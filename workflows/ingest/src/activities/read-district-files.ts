// A drop folder, one file per activity: the next file not yet loaded (by name
// and content hash; a file whose name, size and mtime match a loaded one is
// skipped unread, connectors' unloaded.ts), read in batches that are loaded as they come. Progress is
// kept in heartbeats, so a retried attempt (the worker died, the database was
// away) resumes after the last loaded batch instead of starting over.
import { resolve } from 'node:path';
import { activityInfo, heartbeat } from '@temporalio/activity';
import { nextUnloadedFile, readDropFileBatches, statDropFiles, type DropFile, type DropFileEntry } from '@liaison/connectors';
import {
  fileKey,
  fileStatKey,
  loadDistrictRecords,
  loadedFiles,
  markFileLoaded,
  quarantineRecords,
  restateLoadedFile,
} from '@liaison/warehouse';
import type { Collection, SourceConfigOf } from '@liaison/schemas';
import { REPO_ROOT } from '../sources.ts';
import { addCounts, type Counts, type PageRequest, type PageResult, ZERO } from '../types.ts';
import type { ActivityDeps } from './deps.ts';
import { recordBatch } from './record-batch.ts';

/** Where a file's reading got to: its content hash, rows read, counts so far. */
interface FileProgress {
  name: string;
  sha256: string;
  after: string | null;
  counts: Counts;
}

/** The next file to load this run, in delivery order after the one named `done`, and whether more may follow. */
async function pending(
  deps: ActivityDeps,
  sourceId: string,
  dir: string,
  req: PageRequest<'district-files'>,
): Promise<{ file: DropFile | null; more: boolean }> {
  const files = await statDropFiles(dir);
  const done = req.page === null ? null : (JSON.parse(req.page) as { done: string }).done;
  const start = done === null ? 0 : files.findIndex((f) => f.name === done) + 1;
  const seen = req.reload ? { hashes: new Set<string>(), stats: new Set<string>() } : await loadedFiles(deps.ch, sourceId);
  const inWindow = (f: DropFileEntry) =>
    (req.from === null || f.date >= req.from.slice(0, 10)) && (req.to === null || f.date < req.to.slice(0, 10));
  return nextUnloadedFile(files.slice(start).filter(inWindow), {
    byStat: (f) => seen.stats.has(fileStatKey(f.name, f.size, f.mtimeMs)),
    byHash: (f) => seen.hashes.has(fileKey(f.name, f.sha256)),
    restated: (f) => restateLoadedFile(deps.ch, { sourceId, ...f }),
  });
}

export async function districtFilesPage(
  deps: ActivityDeps,
  source: SourceConfigOf<'district-files'>,
  req: PageRequest<'district-files'>,
): Promise<PageResult> {
  const dir = resolve(REPO_ROOT, source.dir);
  const { file, more } = await pending(deps, source.id, dir, req);
  if (!file) return { next: null, cursor: null, ...ZERO };
  const last = activityInfo().heartbeatDetails as FileProgress | undefined;
  const resumed = last && last.name === file.name && last.sha256 === file.sha256 ? last : null;
  const start: FileProgress = resumed ?? { name: file.name, sha256: file.sha256, after: null, counts: ZERO };
  const meta = { sourceId: source.id, runId: req.runId };
  const progress = await loadFile(deps, source, file, file.collection, start, meta);
  const loaded = { name: file.name, sha256: file.sha256, size: file.size, mtimeMs: file.mtimeMs };
  await markFileLoaded(deps.ch, { ...meta, ...loaded, rows: progress.counts.received });
  // Another file may have arrived meanwhile: the next call lists again.
  const next = more ? JSON.stringify({ done: file.name }) : null;
  return { next, cursor: null, ...progress.counts };
}

/** Reads the file's batches from `progress` on, loading each as it comes (generic: records keep their schema type). */
async function loadFile<C extends Collection>(
  deps: ActivityDeps,
  source: SourceConfigOf<'district-files'>,
  file: DropFile,
  collection: C,
  start: FileProgress,
  meta: { sourceId: string; runId: string },
): Promise<FileProgress> {
  let progress = start;
  const batches = readDropFileBatches({ path: file.path, collection, encoding: source.encoding, after: progress.after });
  for await (const page of batches) {
    const position = { file: file.name, sha256: file.sha256, after: progress.after };
    const batch = await recordBatch(deps, { runId: meta.runId, collection, position }, page);
    const records = page.valid.map((v) => v.record);
    const loaded = await loadDistrictRecords(deps.ch, collection, records, { ...meta, batch });
    const quarantined = await quarantineRecords(deps.ch, page.invalid, { ...meta, batch, collection });
    const counts = addCounts(progress.counts, { received: page.received, quarantined, ...loaded });
    progress = { ...progress, after: page.next, counts };
    heartbeat(progress);
  }
  return progress;
}
