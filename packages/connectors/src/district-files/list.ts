// Lists the export files waiting in a district's drop folder, in the order
// they must be loaded, each with a SHA-256 of its bytes. The hash is what
// makes delivery idempotent: a file re-delivered unchanged has the hash that
// was already loaded and can be skipped; one corrected under the same name
// has a new hash and is loaded again (its rows then win on equal updated_at).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError } from '../errors.ts';
import { COLLECTION_ORDER, parseDropFileName, type DropFileName } from './naming.ts';

export interface DropFile extends DropFileName {
  /** Absolute or dir-relative path, as `dir` was given. */
  path: string;
  /** Basename, e.g. `visits_20240517.csv`. */
  name: string;
  size: number;
  /** Hex SHA-256 of the file's bytes. */
  sha256: string;
}

/**
 * SHA-256 and size of a file, from one streamed read (so both describe the
 * same bytes even if the file is being replaced, and big files never sit in
 * memory).
 */
export async function hashFile(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * The drop files in `dir` (not recursive), sorted by day, then enterprises
 * before visits before projects, then name (a day's csv before its xlsx).
 * Files not matching the naming rule are ignored. A missing or unreadable
 * folder is `SourceError('unreadable')`.
 */
export async function listDropFiles(dir: string): Promise<DropFile[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new SourceError('unreadable', `drop folder ${dir} cannot be read: ${(cause as Error).message}`, { cause });
  }
  const files: DropFile[] = [];
  for (const e of entries) {
    const parsed = e.isFile() ? parseDropFileName(e.name) : null;
    if (!parsed) continue;
    const path = join(dir, e.name);
    try {
      files.push({ ...parsed, path, name: e.name, ...(await hashFile(path)) });
    } catch (cause) {
      throw new SourceError('unreadable', `${e.name}: cannot be read: ${(cause as Error).message}`, { cause });
    }
  }
  return files.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      COLLECTION_ORDER[a.collection] - COLLECTION_ORDER[b.collection] ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
