// XLSX exports: first sheet, typed cells (serial dates, numbers, booleans),
// the 1904 date system, and poison rows quarantined with sheet and row.
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDropFile, readDropFileBatches } from './read.ts';
import { enterpriseRow, projectRow, tempDir, visitRow, writeXlsx, type Row } from './test-fixtures.ts';

const MAY_17 = 45429; // Excel serial of 2024-05-17

describe('readDropFile, XLSX', () => {
  it('reads Excel serial dates, plain or date-formatted, and any allowed text date form', async () => {
    const dir = await tempDir();
    const rows = [
      visitRow({ 走访编号: 'V1', 走访日期: MAY_17 }),
      visitRow({ 走访编号: 'V2', 走访日期: '2024年5月17日' }),
      visitRow({ 走访编号: 'V3', 走访日期: '2024/5/17' }),
    ];
    const plain = await readDropFile({ path: await writeXlsx(dir, 'visits_20240517.xlsx', rows), collection: 'visits' });
    expect(plain.invalid).toEqual([]);
    expect(plain.valid.map((v) => v.record.visited_on)).toEqual(['2024-05-17', '2024-05-17', '2024-05-17']);
    // A Date written into a date-formatted cell is stored as a serial too.
    const dated = [visitRow({ 走访日期: new Date(Date.UTC(2024, 4, 17)) })];
    const path = await writeXlsx(dir, 'visits_20240518.xlsx', dated, { numFmt: { 走访日期: 'yyyy"年"m"月"d"日"' } });
    const page = await readDropFile({ path, collection: 'visits' });
    expect(page.valid[0]?.record.visited_on).toBe('2024-05-17');
    expect(page.encoding).toBeNull();
  });

  it('restates 1904-system serials', async () => {
    const dir = await tempDir();
    const rows = [visitRow({ 走访日期: new Date(Date.UTC(2024, 4, 17)) })];
    const path = await writeXlsx(dir, 'visits_20240517.xlsx', rows, { date1904: true, numFmt: { 走访日期: 'yyyy-mm-dd' } });
    expect((await readDropFile({ path, collection: 'visits' })).valid[0]?.record.visited_on).toBe('2024-05-17');
  });

  it('takes numbers, formatted amounts, booleans and 是/否, Chinese byte-exact', async () => {
    const dir = await tempDir();
    const name = '深圳市㐀𠀾科技（集团）有限公司·“前海”';
    const ents = [
      enterpriseRow({ 企业名称: name, 层级: 2, 党员人数: 1200, 已注销: '否' }),
      enterpriseRow({ 统一社会信用代码: '91440305MA5F000189', 已注销: true }),
    ];
    const e = await readDropFile({ path: await writeXlsx(dir, 'enterprises_20240517.xlsx', ents), collection: 'enterprises' });
    expect(e.invalid).toEqual([]);
    expect(Buffer.from(e.valid[0]!.record.name)).toEqual(Buffer.from(name));
    expect(e.valid.map((v) => [v.record.tier, v.record.party_members, v.record.deleted])).toEqual([
      [2, 1200, false],
      [2, 1200, true],
    ]);
    const projs = [
      projectRow({ '投资额（万元）': 1234567.1234 }),
      projectRow({ 项目编号: 'P2', '投资额（万元）': '12,500.5', 签约日期: MAY_17 }),
    ];
    const path = await writeXlsx(dir, 'projects_20240517.xlsx', projs, { numFmt: { '投资额（万元）': '#,##0.0000' } });
    const p = await readDropFile({ path, collection: 'projects' });
    expect(p.valid.map((v) => [v.record.investment_wan, v.record.signed_on])).toEqual([
      ['1234567.1234', '2024-05-17'],
      ['12500.5', '2024-05-17'],
    ]);
  });

  it('unwraps rich text and formula cells, and keeps the plain values in quarantine', async () => {
    const dir = await tempDir();
    const rows: Row[] = [
      visitRow({
        走访组: { richText: [{ text: '第三', font: { bold: true } }, { text: '走访组' }] },
        收集诉求数: { formula: '1+2', result: 3 },
      }),
      visitRow({ 走访编号: 'V2', 走访组: { richText: [{ text: '第四走访组' }] }, 收集诉求数: { formula: '0-2', result: -2 } }),
    ];
    const page = await readDropFile({ path: await writeXlsx(dir, 'visits_20240517.xlsx', rows), collection: 'visits' });
    expect(page.valid.map((v) => [v.record.team, v.record.demands_raised])).toEqual([['第三走访组', 3]]);
    expect(page.invalid[0]!.raw).toMatchObject({ 走访组: '第四走访组', 收集诉求数: -2 });
  });

  it('quarantines poison rows with file, sheet and row', async () => {
    const dir = await tempDir();
    const rows: Row[] = [
      visitRow({ 走访编号: 'V1' }),
      visitRow({ 走访编号: 'V2', 收集诉求数: -1 }),
      visitRow({ 走访编号: 'V3', 所在区: '火星区' }),
    ];
    const page = await readDropFile({ path: await writeXlsx(dir, 'visits_20240517.xlsx', rows), collection: 'visits' });
    expect(page.valid.map((v) => v.position)).toEqual([{ file: 'visits_20240517.xlsx', sheet: '导出数据', row: 2 }]);
    expect(page.invalid.map((i) => [i.key, i.position, i.issues[0]!.path])).toEqual([
      ['futian/V2', { file: 'visits_20240517.xlsx', sheet: '导出数据', row: 3 }, 'demands_raised'],
      ['火星区/V3', { file: 'visits_20240517.xlsx', sheet: '导出数据', row: 4 }, 'district'],
    ]);
  });

  it('reads only the first sheet in tab order', async () => {
    const dir = await tempDir();
    const after = await writeXlsx(dir, 'visits_20240517.xlsx', [visitRow()], { otherSheets: ['说明'] });
    expect((await readDropFile({ path: after, collection: 'visits' })).valid).toHaveLength(1);
    const before = await writeXlsx(dir, 'visits_20240518.xlsx', [visitRow()], { otherSheets: ['封面'], othersFirst: true });
    await expect(readDropFile({ path: before, collection: 'visits' })).rejects.toMatchObject({
      kind: 'unreadable',
      message: expect.stringMatching(/^visits_20240518\.xlsx: .*missing columns/),
    });
  });

  it('reports a corrupt workbook as unreadable, naming the file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'visits_20240517.xlsx'), 'PK\u0003\u0004 this is not a zip');
    await expect(readDropFile({ path: join(dir, 'visits_20240517.xlsx'), collection: 'visits' })).rejects.toMatchObject({
      name: 'SourceError',
      kind: 'unreadable',
      message: expect.stringContaining('visits_20240517.xlsx'),
    });
  });
});

describe('readDropFile, XLSX temp files', () => {
  it('leaves no ExcelJS temp file behind, also when it stops early', async () => {
    const dir = await tempDir();
    const spool = await tempDir();
    const ok = await writeXlsx(dir, 'visits_20240517.xlsx', [visitRow(), visitRow({ 走访编号: 'V2' })], { otherSheets: ['说明'] });
    const bad = await writeXlsx(dir, 'visits_20240518.xlsx', [visitRow()], { otherSheets: ['封面'], othersFirst: true });
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = spool; // where ExcelJS (via os.tmpdir()) spools sheets
    try {
      await readDropFile({ path: ok, collection: 'visits' });
      await readDropFile({ path: bad, collection: 'visits' }).catch(() => {});
      for await (const _ of readDropFileBatches({ path: ok, collection: 'visits' }, 1)) break;
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    // ExcelJS's temp library unlinks asynchronously: give it a moment.
    await expect.poll(() => readdir(spool), { timeout: 1000 }).toEqual([]);
  });
});

describe('readDropFile, XLSX zip race (exceljs#3064)', () => {
  it('never loses the trailing workbook entry of a small ExcelJS-written file', async () => {
    const dir = await tempDir();
    const path = await writeXlsx(dir, 'visits_20240517.xlsx', [visitRow()], { otherSheets: ['说明'], date1904: true });
    const saved = process.env.TMPDIR;
    try {
      for (let i = 0; i < 20; i++) {
        // A fresh spool folder slows ExcelJS's temp-file step enough for the
        // zip parser to run ahead: without the guard most reads fail here.
        process.env.TMPDIR = await tempDir();
        const page = await readDropFile({ path, collection: 'visits' });
        expect(page.valid.map((v) => [v.position.sheet, v.record.visited_on])).toEqual([['导出数据', '2024-05-17']]);
      }
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });
});
