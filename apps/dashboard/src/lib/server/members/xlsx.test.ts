// The XLSX template and its reader, round trip: a template filled in the way
// a member would (Chinese names in coded columns, Excel dates, empty rows,
// columns moved) reads back into the data the shared schema accepts, and a
// file that is not the template says why.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { submissionRequest } from '@liaison/schemas';
import { templateWorkbook } from './xlsx-template.ts';
import { readTemplate } from './xlsx-read.ts';

async function filled(kind: 'profile' | 'project_plans' | 'opinions', lang: 'zh' | 'en', fill: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await templateWorkbook(kind, lang)) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  fill(wb.worksheets[0]!);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('XLSX templates', () => {
  it('has the data sheet first, starred required headers, code lists and instructions', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await templateWorkbook('project_plans', 'zh')) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['项目计划', '代码表', '填写说明']);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      '项目名称 *',
      '所属领域 *',
      '所在区 *',
      '计划投资额（万元） *',
      '计划开工日期',
    ]);
    expect(wb.worksheets[0]!.getCell('B2').dataValidation).toMatchObject({ type: 'list' });
    expect(wb.worksheets[1]!.getColumn(1).values).toContain('新能源');
  });

  it('reads plans back, skipping empty rows and remembering each row', async () => {
    const bytes = await filled('project_plans', 'zh', (ws) => {
      ws.getRow(2).values = ['光明项目', '新能源', '光明区', 12500.5, new Date(Date.UTC(2025, 2, 1))];
      ws.getRow(4).values = ['二期', 'finance', 'futian', '1,000', null];
    });
    const read = await readTemplate('project_plans', bytes);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([2, 4]);
    const r = submissionRequest.safeParse({ kind: 'project_plans', period: '2024', data: read.data });
    expect(r.success && r.data.data).toEqual({
      plans: [
        { name: '光明项目', sector: 'new_energy', district: 'guangming', planned_investment_wan: '12500.5', planned_start: '2025-03-01' },
        { name: '二期', sector: 'finance', district: 'futian', planned_investment_wan: '1000', planned_start: null },
      ],
    });
  });

  it('finds columns by zh or en label or key, in any order', async () => {
    const bytes = await filled('opinions', 'en', (ws) => {
      ws.getRow(1).values = ['text', 'Category *', '诉求编号'];
      ws.getRow(2).values = ['人才公寓不足', 'housing', 'D-1'];
    });
    expect((await readTemplate('opinions', bytes)).data).toEqual({
      items: [{ text: '人才公寓不足', category: 'housing', demand_id: 'D-1' }],
    });
  });

  it('says what is wrong with a file that is not the template', async () => {
    expect((await readTemplate('profile', new TextEncoder().encode('name,uscc'))).problems).toMatchObject([
      { path: 'file', code: 'invalid_file' },
    ]);
    const noColumn = await filled('opinions', 'zh', (ws) => void ws.spliceColumns(1, 1));
    expect((await readTemplate('opinions', noColumn)).problems).toMatchObject([{ path: 'data.category', code: 'missing_column', row: 1 }]);
    const twoRows = await filled('profile', 'zh', (ws) => {
      ws.getCell('A2').value = '甲';
      ws.getCell('A3').value = '乙';
    });
    expect((await readTemplate('profile', twoRows)).problems).toMatchObject([{ code: 'too_many_rows', row: 3 }]);
    expect((await readTemplate('profile', await filled('profile', 'zh', () => {}))).problems).toMatchObject([{ code: 'empty' }]);
  });
});
