// Listing: load order and content hashes, which make re-delivery idempotent.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.ts';
import { listDropFiles } from './list.ts';
import { csvBytes, tempDir, visitRow } from './test-fixtures.ts';

describe('listDropFiles', () => {
  it('lists exports by day, enterprises first, and ignores other files', async () => {
    const dir = await tempDir();
    for (const name of [
      'projects_20240517.csv',
      'visits_20240517.xlsx',
      'enterprises_20240518.csv',
      'enterprises_20240517.csv',
      'visits_20240516.csv',
      'notes.txt',
      'visits_20240517.csv.tmp',
    ])
      await writeFile(join(dir, name), name);
    await mkdir(join(dir, 'enterprises_20240519.csv')); // a folder, not a file
    const files = await listDropFiles(dir);
    expect(files.map((f) => f.name)).toEqual([
      'visits_20240516.csv',
      'enterprises_20240517.csv',
      'visits_20240517.xlsx',
      'projects_20240517.csv',
      'enterprises_20240518.csv',
    ]);
    expect(files[1]).toMatchObject({
      collection: 'enterprises',
      date: '2024-05-17',
      format: 'csv',
      size: 24,
      path: join(dir, 'enterprises_20240517.csv'),
    });
    expect(files[1]!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives a re-delivered unchanged file the same hash and a corrected one a new hash', async () => {
    const dir = await tempDir();
    const name = 'visits_20240517.csv';
    const hashNow = async () => (await listDropFiles(dir))[0]!.sha256;
    await writeFile(join(dir, name), csvBytes([visitRow()]));
    const first = await hashNow();
    await writeFile(join(dir, name), csvBytes([visitRow()])); // same bytes again
    expect(await hashNow()).toBe(first);
    await writeFile(join(dir, name), csvBytes([visitRow({ 收集诉求数: '4' })])); // corrected
    expect(await hashNow()).not.toBe(first);
  });

  it('reports a missing folder as unreadable', async () => {
    const err = await listDropFiles('/nonexistent/drops/futian').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err).toMatchObject({ kind: 'unreadable', retryable: false });
  });
});
