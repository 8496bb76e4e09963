// Hand-built export files for the connector's tests. Each test states the
// cells it cares about, so what a test reads is visible in the test itself;
// the drop-folder simulator is run against the connector end to end in
// simulator.test.ts.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

export type Row = Record<string, unknown>;

export const USCC_A = '91440304MA5D123407';
export const USCC_B = '91440305MA5F000189';

/** A valid enterprise row as a district writes it (Chinese names for codes). */
export function enterpriseRow(over: Row = {}): Row {
  return {
    统一社会信用代码: USCC_A,
    企业名称: '深圳市福田区测试科技有限公司',
    企业类型: '市属国企',
    所属集团: '深圳市投资控股有限公司',
    层级: '2',
    所在区: '福田区',
    产业集群: '新一代信息技术',
    党组织类型: '党委',
    党员人数: '1,200',
    职工人数: '35000',
    已注销: '否',
    更新时间: '2024-05-17T09:30:00+08:00',
    ...over,
  };
}

export function visitRow(over: Row = {}): Row {
  return {
    走访编号: 'FT-2024-0001',
    统一社会信用代码: USCC_A,
    所在区: '福田区',
    走访日期: '2024-05-17',
    走访活动: '千人走访千企-2024',
    走访组: '第三走访组',
    收集诉求数: '3',
    收集项目计划数: '1',
    更新时间: '2024-05-17T18:00:00+08:00',
    ...over,
  };
}

export function projectRow(over: Row = {}): Row {
  return {
    项目编号: 'FT-P-001',
    项目名称: '大鹏海洋能源示范项目',
    项目类别: '央地合作项目',
    所在区: '福田区',
    所属领域: '海洋经济',
    项目阶段: '已签约',
    '投资额（万元）': '12,500.5',
    央企合作方: '中国海洋石油集团有限公司',
    地方合作方: '',
    签约日期: '2024/5/17',
    落地日期: '',
    来源活动: '央企国企深圳行·大鹏站',
    更新时间: '2024-05-17T10:00:00+08:00',
    ...over,
  };
}

export const tempDir = () => mkdtemp(join(tmpdir(), 'district-files-'));

export interface CsvOptions {
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030';
  /** Column order; defaults to the first row's keys. */
  headers?: string[];
}

/** CSV bytes of rows (all cells as text), in the given encoding. */
export function csvBytes(rows: Row[], opts: CsvOptions = {}): Buffer {
  const headers = opts.headers ?? Object.keys(rows[0] ?? {});
  const text = Papa.unparse({ fields: headers, data: rows.map((r) => headers.map((h) => String(r[h] ?? ''))) }, { newline: '\r\n' });
  if (opts.encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  const utf8 = Buffer.from(text, 'utf8');
  return opts.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]) : utf8;
}

export async function writeCsv(dir: string, name: string, rows: Row[], opts: CsvOptions = {}): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, csvBytes(rows, opts));
  return path;
}

export interface XlsxOptions {
  headers?: string[];
  /** Use the 1904 date system (old Mac Excel). */
  date1904?: boolean;
  /** Per header, an Excel number format for that column (e.g. a date format). */
  numFmt?: Record<string, string>;
  /** Extra sheets, stored after the export sheet in the zip. */
  otherSheets?: string[];
  /** Put the extra sheets before the export sheet in tab order (a moved tab). */
  othersFirst?: boolean;
}

/** An xlsx file whose first sheet holds the rows; cell values are written as given. */
export async function writeXlsx(dir: string, name: string, rows: Row[], opts: XlsxOptions = {}): Promise<string> {
  const headers = opts.headers ?? Object.keys(rows[0] ?? {});
  const wb = new ExcelJS.Workbook();
  if (opts.date1904) wb.properties.date1904 = true;
  const ws = wb.addWorksheet('导出数据');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(headers.map((h) => r[h] ?? null));
  for (const [h, fmt] of Object.entries(opts.numFmt ?? {})) ws.getColumn(headers.indexOf(h) + 1).numFmt = fmt;
  (opts.otherSheets ?? []).forEach((s, i) => {
    const other = wb.addWorksheet(s);
    other.addRow(['说明', '这不是数据']);
    // orderNo (tab position) is real ExcelJS API, missing from its typings.
    if (opts.othersFirst) Object.assign(other, { orderNo: -1 - i });
  });
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}
