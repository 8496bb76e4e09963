// The zip-bomb guard: an XLSX-looking archive whose sheet unpacks to 200 MiB
// (built here from one deflated MiB repeated, so the test stays cheap) is
// refused from its central directory alone, and exceljs never loads it; so is
// an archive packed absurdly tightly, one with too many parts, and one whose
// directory understates a part's size. The real template passes.
import { constants, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkArchive, MAX_ENTRIES } from './xlsx-archive.ts';
import { readTemplate } from './xlsx-read.ts';
import { templateWorkbook } from './xlsx-template.ts';

const MiB = 1024 * 1024;

interface Part {
  name: string;
  /** Raw deflate data (method 8), or the stored bytes (method 0) when `stored`. */
  data: Uint8Array;
  uncompressedSize: number;
  stored?: boolean;
}

/** A zip archive of these parts (CRC left 0: nothing here checks it). */
function zip(parts: Part[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(p.stored ? 0 : 8, 8);
    head.writeUInt16LE(0x21, 12);
    head.writeUInt32LE(p.data.length, 18);
    head.writeUInt32LE(p.uncompressedSize, 22);
    head.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    head.copy(entry, 6, 4, 30); // version needed, flags, method, time, date, crc, sizes, name length
    entry.writeUInt32LE(offset, 42);
    locals.push(head, name, Buffer.from(p.data));
    central.push(entry, name);
    offset += head.length + name.length + p.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Raw deflate data of `mib` MiB of spaces: one flushed MiB block repeated, then the final empty block. */
function spaces(mib: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(MiB, 0x20), { finishFlush: constants.Z_FULL_FLUSH });
  return Buffer.concat([...Array.from({ length: mib }, () => block), deflateRawSync(Buffer.alloc(0))]);
}

const small = (name: string, text: string): Part => ({ name, data: deflateRawSync(text), uncompressedSize: Buffer.byteLength(text) });
/** An XLSX-looking archive whose first sheet is `sheet`. */
const workbook = (sheet: Part) =>
  zip([
    small('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
    small('xl/workbook.xml', '<?xml version="1.0"?><workbook/>'),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
  ]);

describe('the zip-bomb guard of XLSX uploads', () => {
  afterEach(() => void vi.restoreAllMocks());

  it('refuses a sheet that unpacks to 200 MiB before exceljs loads it', async () => {
    const bomb = workbook({ name: '', data: spaces(200), uncompressedSize: 200 * MiB });
    expect(bomb.length).toBeLessThan(MiB);
    const refusal = { path: 'file', code: 'file_too_large', params: { problem: 'unpacked_size', max_mb: 20 } };
    expect(await checkArchive(bomb)).toMatchObject(refusal);
    const load = vi.spyOn(Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => unknown }, 'load');
    expect(await readTemplate('project_plans', bomb)).toMatchObject({ data: null, problems: [{ ...refusal, row: null }] });
    expect(load).not.toHaveBeenCalled();
  });

  it('refuses a part packed tighter than 100 to 1, even when the whole is under the limit', async () => {
    const tight = workbook({ name: '', data: spaces(10), uncompressedSize: 10 * MiB });
    expect(await checkArchive(tight)).toMatchObject({ code: 'file_too_large', params: { problem: 'compression_ratio', max_ratio: 100 } });
  });

  it('refuses an archive of too many parts', async () => {
    const parts = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({
      name: `p${i}`,
      data: new Uint8Array(),
      uncompressedSize: 0,
      stored: true,
    }));
    expect(await checkArchive(zip(parts))).toMatchObject({
      code: 'file_too_large',
      params: { problem: 'entries', max_entries: MAX_ENTRIES },
    });
  });

  it('refuses a part that unpacks to more than its directory entry says', async () => {
    const liar = workbook({ name: '', data: spaces(200), uncompressedSize: 1000 });
    expect(await checkArchive(liar)).toMatchObject({
      code: 'invalid_file',
      message: expect.stringContaining('too many bytes'),
      params: { problem: 'not_xlsx' },
    });
  });

  it('lets the template through', async () => {
    expect(await checkArchive(new Uint8Array(await templateWorkbook('project_plans', 'zh')))).toBeNull();
  });
});
