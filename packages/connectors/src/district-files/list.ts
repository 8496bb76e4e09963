// Lists the export files waiting in a district's drop folder, in the order
// they must be loaded, each with a SHA-256 of its bytes. The hash is what
// makes delivery idempotent: a file re-delivered unchanged has the hash that
// was already loaded and can be skipped; one corrected under the same name
// has a new hash and is loaded again (its rows then win on equal updated_at).
// Listing only stats the files (statDropFiles); hashing reads them whole, so
// a sync hashes only the files it has not loaded yet (unloaded.ts).
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SourceError } from '../errors.ts';
import { COLLECTION_ORDER, parseDropFileName, type DropFileName } from './naming.ts';

/** A drop file as listed: name, size and modification time, not yet read. */
export interface DropFileEntry extends DropFileName {
  /** Absolute or dir-relative path, as `dir` was given. */
  path: string;
  /** Basename, e.g. `visits_20240517.csv`. */
  name: string;
  size: number;
  mtimeMs: number;
}

export interface DropFile extends DropFileEntry {
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

const unreadable = (what: string, cause: unknown) =>
  new SourceError('unreadable', `${what} cannot be read: ${(cause as Error).message}`, { cause });

/**
 * The drop files in `dir` (not recursive), sorted by day, then enterprises
 * before visits before projects, then name (a day's csv before its xlsx),
 * with size and modification time; no file is read. Files not matching the
 * naming rule are ignored. A missing or unreadable folder is
 * `SourceError('unreadable')`.
 */
export async function statDropFiles(dir: string): Promise<DropFileEntry[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw unreadable(`drop folder ${dir}`, cause);
  }
  const files: DropFileEntry[] = [];
  for (const e of entries) {
    const parsed = e.isFile() ? parseDropFileName(e.name) : null;
    if (!parsed) continue;
    const path = join(dir, e.name);
    try {
      const st = await stat(path);
      files.push({ ...parsed, path, name: e.name, size: st.size, mtimeMs: st.mtimeMs });
    } catch (cause) {
      throw unreadable(`${e.name}:`, cause);
    }
  }
  return files.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      COLLECTION_ORDER[a.collection] - COLLECTION_ORDER[b.collection] ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

/** A listed file with the SHA-256 of its bytes (`hash` reads it; injectable to count reads). */
export async function hashDropFile(entry: DropFileEntry, hash: typeof hashFile = hashFile): Promise<DropFile> {
  try {
    const { sha256, size } = await hash(entry.path);
    return { ...entry, size, sha256 };
  } catch (cause) {
    throw unreadable(`${entry.name}:`, cause);
  }
}

/** Every drop file in `dir`, each hashed (statDropFiles, then hashDropFile). */
export async function listDropFiles(dir: string): Promise<DropFile[]> {
  const files: DropFile[] = [];
  for (const entry of await statDropFiles(dir)) files.push(await hashDropFile(entry));
  return files;
}
