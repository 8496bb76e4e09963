// Writes an XLSX export with ExcelJS's streaming writer (rows are committed
// as they go, so big benchmark files do not sit in memory). Numbers in date
// columns get a date format, as Excel shows a serial date; amounts and counts
// get a thousands format when asked: the separator is display only in xlsx.
import ExcelJS from 'exceljs';
import type { Cell } from './cells.ts';

export interface XlsxColumnFormat {
  /** Column indexes (0-based) holding dates. */
  dates: ReadonlySet<number>;
  /** Column indexes (0-based) to show with thousands separators. */
  grouped: ReadonlySet<number>;
}

const DATE_FORMAT = 'yyyy-mm-dd';
const GROUPED_FORMAT = '#,##0.####';

/** Writes one sheet named `sheet`: the header, then the rows. */
export async function writeXlsxFile(
  path: string,
  sheet: string,
  header: string[],
  rows: Iterable<Cell[]>,
  formats: XlsxColumnFormat,
): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const ws = book.addWorksheet(sheet);
  ws.addRow(header).commit();
  for (const cells of rows) {
    const row = ws.addRow(cells);
    cells.forEach((v, i) => {
      if (typeof v !== 'number') return;
      if (formats.dates.has(i)) row.getCell(i + 1).numFmt = DATE_FORMAT;
      else if (formats.grouped.has(i)) row.getCell(i + 1).numFmt = GROUPED_FORMAT;
    });
    row.commit();
  }
  ws.commit();
  await book.commit();
}
