// The XLSX template of each submission kind, generated from the same field
// table as the form (#lib/members/fields.ts): one data sheet with a header
// row (required columns marked *, a note with each column's rule), drop-down
// lists for coded columns, the code lists, and a sheet of instructions.
import ExcelJS from 'exceljs';
import type { SubmissionKind } from '@liaison/schemas';
import { codeList, FORMS, type FieldDef } from '#lib/members/fields.ts';
import type { Lang } from '#lib/i18n.ts';

/** Rows of a list template that get drop-downs (the reader accepts more). */
const LIST_ROWS = 300;

const HELP: Record<Lang, (kind: SubmissionKind) => string[]> = {
  zh: (kind) => [
    '填写说明',
    '1. 在第一个工作表填写，第 1 行为表头，请勿修改或删除；带 * 的列为必填。',
    kind === 'profile' ? '2. 基本信息只填写第 2 行一行。' : '2. 每行一条，从第 2 行起填写；空行会被忽略。',
    '3. 报送期间在上传页面填写（如 2024、2024-H1、2024-Q3）。',
    '4. 代码列可从下拉列表选择，也可填写「代码表」中的代码；日期格式为 YYYY-MM-DD；金额单位为万元，最多 4 位小数。',
    '5. 上传后系统按与在线表单相同的规则校验，所有问题会按工作表和行号列出。',
    '6. 联系人、联系电话和意见内容仅本单位可见，不会公开。',
  ],
  en: (kind) => [
    'How to fill in this template',
    '1. Fill in the first sheet. Row 1 is the header: do not change or delete it. Columns marked * are required.',
    kind === 'profile' ? '2. A profile is one row: row 2.' : '2. One row per entry from row 2; empty rows are ignored.',
    '3. The period (2024, 2024-H1, 2024-Q3) is entered on the upload page.',
    '4. Coded columns take a value from the drop-down or a code from the Codes sheet; dates are YYYY-MM-DD; amounts are in 10,000 yuan with up to 4 decimals.',
    '5. The upload is checked with the same rules as the online form; every problem is listed by sheet and row.',
    '6. Contact name, phone and opinion text are seen by your unit only and never published.',
  ],
};

const CODES_SHEET: Record<Lang, string> = { zh: '代码表', en: 'Codes' };
const HELP_SHEET: Record<Lang, string> = { zh: '填写说明', en: 'Instructions' };

/** The values a coded column offers: Chinese names in the zh template, codes in the en one (both are read back). */
function choices(f: FieldDef, lang: Lang): string[] {
  const list = codeList(f);
  if (list) return list.map((e) => (lang === 'zh' ? e.name_zh : e.code));
  return f.choices?.map((c) => c.value) ?? [];
}

const column = (i: number) => String.fromCharCode(65 + i); // at most 9 columns

export async function templateWorkbook(kind: SubmissionKind, lang: Lang): Promise<Uint8Array> {
  const form = FORMS[kind];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Liaison';
  const sheet = wb.addWorksheet(form.sheet[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  const codes = wb.addWorksheet(CODES_SHEET[lang]);
  const help = wb.addWorksheet(HELP_SHEET[lang]);

  sheet.columns = form.fields.map((f) => ({
    header: `${f.label[lang]}${f.required ? ' *' : ''}`,
    key: f.key,
    width: f.input === 'textarea' ? 48 : 22,
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF5' } };
  const rows = form.list === null ? 1 : LIST_ROWS;
  let codeCol = 0;
  form.fields.forEach((f, i) => {
    const note = [
      f.hint?.[lang],
      f.personal ? (lang === 'zh' ? '个人信息，不公开' : 'Personal data, never published') : undefined,
      `key: ${f.key}`,
    ];
    header.getCell(i + 1).note = note.filter(Boolean).join('\n');
    const values = choices(f, lang);
    if (values.length) {
      const c = column(codeCol++);
      codes.getCell(`${c}1`).value = f.label[lang];
      codes.getCell(`${c}1`).font = { bold: true };
      values.forEach((v, j) => (codes.getCell(`${c}${j + 2}`).value = v));
      codes.getColumn(c).width = 24;
      const range = `'${CODES_SHEET[lang]}'!$${c}$2:$${c}$${values.length + 1}`;
      for (let r = 2; r <= rows + 1; r++) {
        sheet.getCell(r, i + 1).dataValidation = { type: 'list', allowBlank: true, formulae: [range], showErrorMessage: false };
      }
    }
    if (f.input === 'date') for (let r = 2; r <= rows + 1; r++) sheet.getCell(r, i + 1).numFmt = 'yyyy-mm-dd';
    if (f.kind === 'text') for (let r = 2; r <= rows + 1; r++) sheet.getCell(r, i + 1).numFmt = '@'; // keep codes like 0755… as text
  });
  HELP[lang](kind).forEach((line, i) => (help.getCell(`A${i + 1}`).value = line));
  help.getCell('A1').font = { bold: true };
  help.getColumn('A').width = 110;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
