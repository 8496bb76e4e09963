// CSV exports end to end through the connector: encodings, column order,
// cell forms the spec allows, and poison rows quarantined with their line.
import { describe, expect, it } from 'vitest';
import { readDropFile } from './read.ts';
import { enterpriseRow, projectRow, tempDir, USCC_A, USCC_B, visitRow, writeCsv, type Row } from './test-fixtures.ts';

// Characters that break naive handling: CJK Ext-A/Ext-B (4-byte GB18030),
// the middle dot, full-width brackets, dashes and quotes.
const HARD_NAME = '深圳市㐀𠀾科技（集团）有限公司·“前海”—分部';

describe('readDropFile, CSV', () => {
  it.each(['utf-8', 'utf-8-bom', 'gb18030'] as const)('reads %s, detected and declared, Chinese byte-exact', async (encoding) => {
    const dir = await tempDir();
    const path = await writeCsv(dir, 'enterprises_20240517.csv', [enterpriseRow({ 企业名称: HARD_NAME })], { encoding });
    const declared = encoding === 'gb18030' ? 'gb18030' : 'utf-8';
    for (const option of ['auto', declared] as const) {
      const page = await readDropFile({ path, collection: 'enterprises', encoding: option });
      expect(page.invalid).toEqual([]);
      expect(page.encoding).toBe(declared);
      const rec = page.valid[0]!.record;
      expect(Buffer.from(rec.name)).toEqual(Buffer.from(HARD_NAME));
      expect(rec).toMatchObject({ uscc: USCC_A, parent_group: '深圳市投资控股有限公司', cluster: '新一代信息技术', district: 'futian' });
    }
  });

  it('maps columns by header whatever their order, and ignores extra columns', async () => {
    const dir = await tempDir();
    const row = { ...enterpriseRow(), 备注: '导出备注', 联系人电话: '13800000000' };
    const shuffled = Object.keys(row).reverse();
    const a = await readDropFile({ path: await writeCsv(dir, 'enterprises_20240517.csv', [enterpriseRow()]), collection: 'enterprises' });
    const b = await readDropFile({
      path: await writeCsv(dir, 'enterprises_20240518.csv', [row], { headers: shuffled }),
      collection: 'enterprises',
    });
    expect(b.valid.map((v) => v.record)).toEqual(a.valid.map((v) => v.record));
    const bad = await readDropFile({
      path: await writeCsv(dir, 'enterprises_20240519.csv', [{ ...row, 层级: '9' }], { headers: shuffled }),
      collection: 'enterprises',
    });
    expect(Object.keys(bad.invalid[0]!.raw as Row)).not.toContain('联系人电话');
  });

  it('takes codes or Chinese names, 是/否, thousands separators', async () => {
    const dir = await tempDir();
    const rows = [
      enterpriseRow({ 企业类型: '市属国企', 所在区: '福田区', 党组织类型: '党委', 已注销: '否', 党员人数: '1,200' }),
      enterpriseRow({ 统一社会信用代码: USCC_B, 企业类型: 'municipal_soe', 所在区: 'nanshan', 党组织类型: '', 已注销: '是', 党员人数: '' }),
    ];
    const page = await readDropFile({ path: await writeCsv(dir, 'enterprises_20240517.csv', rows), collection: 'enterprises' });
    expect(page.valid.map((v) => v.record)).toMatchObject([
      { ownership: 'municipal_soe', district: 'futian', party_org: 'committee', deleted: false, party_members: 1200 },
      { ownership: 'municipal_soe', district: 'nanshan', party_org: null, deleted: true, party_members: null },
    ]);
    const projects = [
      projectRow({ '投资额（万元）': '12,500.5' }),
      projectRow({ 项目编号: 'P2', '投资额（万元）': '1,234,567.1234' }),
      projectRow({ 项目编号: 'P3', '投资额（万元）': '800' }),
    ];
    const p = await readDropFile({ path: await writeCsv(dir, 'projects_20240517.csv', projects), collection: 'projects' });
    expect(p.valid.map((v) => v.record.investment_wan)).toEqual(['12500.5', '1234567.1234', '800']);
  });

  it.each(['2024-05-17', '2024/5/17', '2024年5月17日'])('reads the date form %s', async (visited) => {
    const dir = await tempDir();
    const page = await readDropFile({
      path: await writeCsv(dir, 'visits_20240517.csv', [visitRow({ 走访日期: visited })]),
      collection: 'visits',
    });
    expect(page.valid[0]?.record.visited_on).toBe('2024-05-17');
  });

  it('quarantines poison rows with file, line, path, code and message while good rows load', async () => {
    const dir = await tempDir();
    const rows = [
      visitRow({ 走访编号: 'V1' }),
      visitRow({ 走访编号: 'V2', 统一社会信用代码: '91440304MA5D123408' }), // check digit off
      visitRow({ 走访编号: 'V3', 所在区: '火星区' }),
      visitRow({ 走访编号: 'V4' }),
      visitRow({ 走访编号: 'V5', 走访日期: '2024-02-30' }),
      visitRow({ 走访编号: 'V6', 收集诉求数: '-3' }),
    ];
    const page = await readDropFile({ path: await writeCsv(dir, 'visits_20240517.csv', rows), collection: 'visits' });
    expect(page.received).toBe(6);
    expect(page.valid.map((v) => [v.record.visit_id, v.position])).toEqual([
      ['V1', { file: 'visits_20240517.csv', line: 2 }],
      ['V4', { file: 'visits_20240517.csv', line: 5 }],
    ]);
    expect(page.invalid.map((i) => ({ key: i.key, position: i.position, paths: i.issues.map((x) => x.path) }))).toEqual([
      { key: 'futian/V2', position: { file: 'visits_20240517.csv', line: 3 }, paths: ['uscc'] },
      { key: '火星区/V3', position: { file: 'visits_20240517.csv', line: 4 }, paths: ['district'] },
      { key: 'futian/V5', position: { file: 'visits_20240517.csv', line: 6 }, paths: ['visited_on'] },
      { key: 'futian/V6', position: { file: 'visits_20240517.csv', line: 7 }, paths: ['demands_raised'] },
    ]);
    for (const issue of page.invalid.flatMap((i) => i.issues)) {
      expect(issue.code).toMatch(/\w/);
      expect(issue.message).toMatch(/\S/);
    }
    expect(page.invalid[0]!.issues[0]!.message).toMatch(/check character/);
    expect(page.invalid[1]!.issues[0]!.message).toMatch(/火星区/);
    expect(page.invalid[3]!.issues[0]!.message).toMatch(/≥ 0/);
    expect((page.invalid[1]!.raw as Row)['所在区']).toBe('火星区');

    const projects = [projectRow(), projectRow({ 项目编号: 'P2', '投资额（万元）': '12.34567' })];
    const p = await readDropFile({ path: await writeCsv(dir, 'projects_20240517.csv', projects), collection: 'projects' });
    expect(p.valid).toHaveLength(1);
    expect(p.invalid[0]).toMatchObject({
      key: 'futian/P2',
      position: { line: 3 },
      issues: [{ path: 'investment_wan', message: expect.stringMatching(/decimals/) }],
    });
  });

  it('counts lines inside quoted multi-line cells and blank lines', async () => {
    const dir = await tempDir();
    const { writeFile } = await import('node:fs/promises');
    const head = Object.keys(visitRow()).join(',');
    const cells = (over: Row) =>
      Object.values(visitRow(over))
        .map((v) => (String(v).includes('\n') ? `"${v}"` : v))
        .join(',');
    const text = [head, cells({ 走访编号: 'V1', 走访组: '第一组\n（含街道）' }), '', cells({ 走访编号: 'V2', 收集诉求数: 'x' }), ''].join(
      '\n',
    );
    await writeFile(`${dir}/visits_20240517.csv`, text);
    const page = await readDropFile({ path: `${dir}/visits_20240517.csv`, collection: 'visits' });
    expect(page.valid[0]!.record.team).toBe('第一组\n（含街道）');
    expect(page.invalid[0]!.position).toEqual({ file: 'visits_20240517.csv', line: 5 });
    expect(page.received).toBe(2);
  });

  it('quarantines a row whose cell count does not match the header', async () => {
    const dir = await tempDir();
    const { writeFile } = await import('node:fs/promises');
    const row = visitRow();
    const text = `${Object.keys(row).join(',')}\r\n${Object.values(row).join(',')}\r\n${Object.values(row).slice(1).join(',')}\r\n${Object.values(row).join(',')},,\r\n`;
    await writeFile(`${dir}/visits_20240517.csv`, text);
    const page = await readDropFile({ path: `${dir}/visits_20240517.csv`, collection: 'visits' });
    expect(page.valid.map((v) => v.position.line)).toEqual([2, 4]); // trailing empty cells are harmless
    expect(page.invalid).toMatchObject([
      { position: { line: 3 }, issues: [{ path: '', code: 'cell_count', message: 'row has 8 cells but the header has 9' }] },
    ]);
  });
});
