// Reads an uploaded XLSX template back into the `data` of a submission, so it
// is checked by exactly the schema the form and the API use. Columns are
// found by their header (the zh or en label, with or without *, or the field
// key) in any order; cells convert as in the district files; empty rows are
// skipped. Each item remembers its sheet row, so errors can say where to look.
// The archive passes the zip-bomb guard (xlsx-archive.ts) before exceljs
// unpacks it.
import ExcelJS from 'exceljs';
import { convertCell, type FieldIssue, type SubmissionKind } from '@liaison/schemas';
import { FORMS, type FieldDef } from '#lib/members/fields.ts';
import { checkArchive } from './xlsx-archive.ts';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
const MAX_ROWS = 1000;

export interface ReadTemplate {
  data: Record<string, unknown> | null;
  sheet: string;
  /** Sheet row of data item i (a profile has one). */
  rows: number[];
  /** Problems with the file itself (not a workbook, missing columns, …): path `file` or `data.<key>`. */
  problems: Array<FieldIssue & { row: number | null }>;
}

const norm = (s: string) => s.replace(/[*＊]/g, '').replace(/\s+/g, '').toLowerCase();

function headerMap(row: ExcelJS.Row, fields: FieldDef[]): Map<number, FieldDef> {
  const names = new Map<string, FieldDef>();
  for (const f of fields) for (const n of [f.label.zh, f.label.en, f.key]) names.set(norm(n), f);
  const map = new Map<number, FieldDef>();
  row.eachCell((cell, col) => {
    const f = names.get(norm(String(cell.text ?? '')));
    if (f && ![...map.values()].includes(f)) map.set(col, f);
  });
  return map;
}

export async function readTemplate(kind: SubmissionKind, bytes: Uint8Array): Promise<ReadTemplate> {
  const form = FORMS[kind];
  const refused = await checkArchive(bytes);
  if (refused) return { data: null, sheet: '', rows: [], problems: [{ ...refused, row: null }] };
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return {
      data: null,
      sheet: '',
      rows: [],
      problems: [{ path: 'file', code: 'invalid_file', message: 'not an XLSX workbook', params: { problem: 'not_xlsx' }, row: null }],
    };
  }
  const names = [form.sheet.zh, form.sheet.en];
  const ws = wb.worksheets.find((w) => names.includes(w.name)) ?? wb.worksheets[0];
  if (!ws)
    return {
      data: null,
      sheet: '',
      rows: [],
      problems: [{ path: 'file', code: 'invalid_file', message: 'the workbook has no sheet', params: { problem: 'no_sheet' }, row: null }],
    };

  const columns = headerMap(ws.getRow(1), form.fields);
  const found = new Set(columns.values());
  const missing = form.fields.filter((f) => f.required && !found.has(f));
  if (missing.length) {
    const problems = missing.map((f) => ({
      path: `data.${f.key}`,
      code: 'missing_column',
      message: `missing column "${f.label.zh}" (${f.key})`,
      params: { column: f.label.zh, key: f.key },
      row: 1,
    }));
    return { data: null, sheet: ws.name, rows: [], problems };
  }

  const items: Record<string, unknown>[] = [];
  const rows: number[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const item: Record<string, unknown> = {};
    for (const [col, f] of columns) {
      const v = convertCell(f.kind, row.getCell(col).value);
      if (v !== undefined) item[f.key] = v;
    }
    if (Object.keys(item).length === 0) continue;
    if (items.length === MAX_ROWS) {
      return {
        data: null,
        sheet: ws.name,
        rows: [],
        problems: [{ path: 'file', code: 'too_many_rows', message: `more than ${MAX_ROWS} rows`, params: { max: MAX_ROWS }, row: r }],
      };
    }
    items.push(item);
    rows.push(r);
  }
  if (form.list !== null) return { data: { [form.list]: items }, sheet: ws.name, rows, problems: [] };
  if (items.length === 1) return { data: items[0]!, sheet: ws.name, rows, problems: [] };
  const problem: Pick<FieldIssue, 'code' | 'message' | 'params'> =
    items.length === 0
      ? { code: 'empty', message: 'no data: fill in row 2', params: { first_row: 2 } }
      : {
          code: 'too_many_rows',
          message: `a profile is one row; found ${items.length} (rows ${rows.join(', ')})`,
          params: { max: 1, found: items.length },
        };
  return { data: null, sheet: ws.name, rows: [], problems: [{ path: 'file', ...problem, row: rows[1] ?? 2 }] };
}
