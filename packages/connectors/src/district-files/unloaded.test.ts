// Only new or changed drop files are read: a file loaded before, with the
// same name, size and mtime, is skipped unread; a changed one is hashed again.
import { appendFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFile, statDropFiles, type DropFile, type DropFileEntry } from './list.ts';
import { tempDir } from './test-fixtures.ts';
import { nextUnloadedFile, type LoadedDropFiles } from './unloaded.ts';

/** What a warehouse would hold after loading `files`. */
function loadedOf(files: readonly DropFile[]): LoadedDropFiles {
  const stat = (f: Pick<DropFileEntry, 'name' | 'size' | 'mtimeMs'>) => `${f.name}|${f.size}|${f.mtimeMs}`;
  const stats = new Set(files.map(stat));
  const hashes = new Set(files.map((f) => `${f.name}|${f.sha256}`));
  return { byStat: (f) => stats.has(stat(f)), byHash: (f) => hashes.has(`${f.name}|${f.sha256}`) };
}

/** hashFile that notes every file it reads. */
function countingHash() {
  const read: string[] = [];
  const hash: typeof hashFile = async (path) => {
    read.push(path.split('/').at(-1) ?? path);
    return hashFile(path);
  };
  return { read, hash };
}

describe('nextUnloadedFile', () => {
  it('hashes only the new file of a grown folder, and a changed one again', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'visits_20240516.csv'), 'visit_id\nV1\n');
    const first = await nextUnloadedFile(await statDropFiles(dir), loadedOf([]));
    expect(first).toMatchObject({ file: { name: 'visits_20240516.csv' }, more: false });
    const loaded = loadedOf([first.file!]);

    await writeFile(join(dir, 'visits_20240517.csv'), 'visit_id\nV2\n');
    const night2 = countingHash();
    const second = await nextUnloadedFile(await statDropFiles(dir), loaded, night2.hash);
    expect(second).toMatchObject({ file: { name: 'visits_20240517.csv' }, more: false });
    expect(night2.read).toEqual(['visits_20240517.csv']);

    const nothingNew = countingHash();
    const none = await nextUnloadedFile(await statDropFiles(dir), loadedOf([first.file!, second.file!]), nothingNew.hash);
    expect(none).toEqual({ file: null, more: false });
    expect(nothingNew.read).toEqual([]);

    // corrected under the same name: new size and mtime, read and loaded again
    await appendFile(join(dir, 'visits_20240516.csv'), 'V3\n');
    const corrected = countingHash();
    const again = await nextUnloadedFile(await statDropFiles(dir), loadedOf([first.file!, second.file!]), corrected.hash);
    expect(again.file).toMatchObject({ name: 'visits_20240516.csv' });
    expect(again.file?.sha256).not.toBe(first.file?.sha256);
    expect(corrected.read).toEqual(['visits_20240516.csv']);
  });

  it('skips a file touched but unchanged by its hash', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'visits_20240516.csv'), 'visit_id\nV1\n');
    const [entry] = await statDropFiles(dir);
    const { file } = await nextUnloadedFile([entry!], loadedOf([]));
    const touched = { ...entry!, mtimeMs: entry!.mtimeMs + 1_000 };
    const restated: DropFile[] = [];
    const loaded = { ...loadedOf([file!]), restated: async (f: DropFile) => void restated.push(f) };
    expect(await nextUnloadedFile([touched], loaded)).toEqual({ file: null, more: false });
    // its new stat is handed back to be remembered: the next night skips it unread
    expect(restated).toEqual([{ ...file!, mtimeMs: touched.mtimeMs }]);
  });
});
