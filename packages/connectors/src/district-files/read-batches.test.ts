// Streaming in pages with resume tokens, and the file-level failures.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { SourceError } from '../errors.ts';
import { readDropFile, readDropFileBatches } from './read.ts';
import { csvBytes, enterpriseRow, tempDir, visitRow, writeCsv } from './test-fixtures.ts';

const collect = async <T>(it: AsyncIterable<T>) => {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('readDropFileBatches', () => {
  const visits = Array.from({ length: 5 }, (_, i) => visitRow({ 走访编号: `V${i + 1}`, 收集诉求数: i === 2 ? '-1' : '1' }));

  it('pages a file with next tokens and resumes after one', async () => {
    const path = await writeCsv(await tempDir(), 'visits_20240517.csv', visits);
    const pages = await collect(readDropFileBatches({ path, collection: 'visits' }, 2));
    expect(pages.map((p) => [p.received, p.valid.length, p.invalid.length, p.next])).toEqual([
      [2, 2, 0, '2'],
      [2, 1, 1, '4'],
      [1, 1, 0, null],
    ]);
    const resumed = await collect(readDropFileBatches({ path, collection: 'visits', after: '4' }, 2));
    expect(resumed.map((p) => p.valid.map((v) => [v.record.visit_id, v.position.line]))).toEqual([[['V5', 6]]]);
  });

  it('yields one empty last page for a file with only a header', async () => {
    const path = join(await tempDir(), 'visits_20240517.csv');
    await writeFile(path, `${Object.keys(visitRow()).join(',')}\r\n`);
    expect(await collect(readDropFileBatches({ path, collection: 'visits' }))).toMatchObject([
      { received: 0, valid: [], invalid: [], next: null },
    ]);
  });

  it('rejects a bad resume token', async () => {
    const path = await writeCsv(await tempDir(), 'visits_20240517.csv', visits);
    await expect(collect(readDropFileBatches({ path, collection: 'visits', after: 'abc' }))).rejects.toMatchObject({ kind: 'bad_request' });
  });
});

describe('file-level failures are SourceError(unreadable) naming the file', () => {
  const unreadable = (message: RegExp) =>
    expect.objectContaining({ kind: 'unreadable', retryable: false, message: expect.stringMatching(message) });

  it('names every missing column', async () => {
    const row = enterpriseRow();
    delete row['所属集团'];
    delete row['已注销'];
    const path = await writeCsv(await tempDir(), 'enterprises_20240517.csv', [row]);
    await expect(readDropFile({ path, collection: 'enterprises' })).rejects.toEqual(
      unreadable(/^enterprises_20240517\.csv: not a enterprises export: missing columns 所属集团, 已注销$/),
    );
  });

  it('names a column given twice', async () => {
    const path = join(await tempDir(), 'visits_20240517.csv');
    const head = Object.keys(visitRow());
    await writeFile(path, `${[...head, ' 走访日期 '].join(',')}\r\n`);
    await expect(readDropFile({ path, collection: 'visits' })).rejects.toEqual(unreadable(/column given twice: 走访日期 \/ 走访日期/));
  });

  it('refuses bytes invalid in the declared encoding', async () => {
    const dir = await tempDir();
    const gb = await writeCsv(dir, 'visits_20240517.csv', [visitRow()], { encoding: 'gb18030' });
    await expect(readDropFile({ path: gb, collection: 'visits', encoding: 'utf-8' })).rejects.toEqual(
      unreadable(/^visits_20240517\.csv: not valid utf-8 text/),
    );
    const utf = await writeCsv(dir, 'visits_20240518.csv', [visitRow()], { encoding: 'utf-8' });
    await expect(readDropFile({ path: utf, collection: 'visits', encoding: 'gb18030' })).rejects.toEqual(
      unreadable(/^visits_20240518\.csv: not valid gb18030 text \(in bytes 0–\d+\)/),
    );
  });

  it('fails loudly when bytes past the sniffed head contradict the detected encoding', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => visitRow({ 走访编号: `V${i}` })); // > 64 KiB of UTF-8
    const tail = iconv.encode(`${Object.values(visitRow({ 走访编号: 'GB', 走访组: '第三走访组' })).join(',')}\r\n`, 'gb18030');
    const path = join(await tempDir(), 'visits_20240517.csv');
    await writeFile(path, Buffer.concat([csvBytes(rows), Buffer.from('\r\n'), tail]));
    await expect(readDropFile({ path, collection: 'visits' })).rejects.toEqual(
      unreadable(/^visits_20240517\.csv: not valid utf-8 text \(in bytes \d+–\d+\)/),
    );
  });

  it('lets a UTF-8 BOM outrank a declared GB18030', async () => {
    const path = await writeCsv(await tempDir(), 'visits_20240517.csv', [visitRow()], { encoding: 'utf-8-bom' });
    expect((await readDropFile({ path, collection: 'visits', encoding: 'gb18030' })).valid).toHaveLength(1);
  });

  it('refuses UTF-16, empty and missing files, and unknown extensions', async () => {
    const dir = await tempDir();
    const u16 = join(dir, 'visits_20240517.csv');
    await writeFile(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('走访编号\r\n', 'utf-16le')]));
    await expect(readDropFile({ path: u16, collection: 'visits' })).rejects.toEqual(unreadable(/UTF-16/));
    const empty = join(dir, 'visits_20240518.csv');
    await writeFile(empty, '\r\n\r\n');
    await expect(readDropFile({ path: empty, collection: 'visits' })).rejects.toEqual(unreadable(/^visits_20240518\.csv: empty file/));
    await expect(readDropFile({ path: join(dir, 'visits_20240519.csv'), collection: 'visits' })).rejects.toEqual(
      unreadable(/^visits_20240519\.csv: cannot be read/),
    );
    const txt = join(dir, 'visits.txt');
    await writeFile(txt, csvBytes([visitRow()]));
    await expect(readDropFile({ path: txt, collection: 'visits' })).rejects.toBeInstanceOf(SourceError);
  });
});
