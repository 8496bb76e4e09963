// The next drop file a sync still has to load. A folder that grows nightly
// holds mostly files loaded long ago: a file whose name, size and
// modification time match a loaded one is skipped without being read, and
// only a new or changed file is hashed (its hash then decides: a file
// touched but unchanged is still skipped, a corrected one is loaded again).
import { hashDropFile, hashFile, type DropFile, type DropFileEntry } from './list.ts';

/** What the warehouse says was loaded: by name, size and mtime, and by name and hash. */
export interface LoadedDropFiles {
  byStat(f: Pick<DropFileEntry, 'name' | 'size' | 'mtimeMs'>): boolean;
  byHash(f: Pick<DropFile, 'name' | 'sha256'>): boolean;
  /** A loaded file found again under a new size or mtime: remember them, so it is not hashed every night. */
  restated?(f: DropFile): Promise<void>;
}

/**
 * The first file of `entries` (in their order) not loaded yet, hashed, and
 * whether any unhashed candidate follows it. Files are hashed one at a time
 * and only when their name, size or mtime is not one already loaded.
 */
export async function nextUnloadedFile(
  entries: readonly DropFileEntry[],
  loaded: LoadedDropFiles,
  hash: typeof hashFile = hashFile,
): Promise<{ file: DropFile | null; more: boolean }> {
  const candidates = entries.filter((e) => !loaded.byStat(e));
  for (const [i, entry] of candidates.entries()) {
    const file = await hashDropFile(entry, hash);
    if (!loaded.byHash(file)) return { file, more: i + 1 < candidates.length };
    await loaded.restated?.(file);
  }
  return { file: null, more: false };
}
