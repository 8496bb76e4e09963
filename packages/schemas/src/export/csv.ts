// The one CSV writer of the project: the public API's `?format=csv`, the
// pages' download links, the console's quarantine export and the CLI's
// `quarantine --export` all write their files here. It lives in
// @liaison/schemas because every published format is defined in this package
// and it is the layer both the dashboard and the ingest CLI may import (it is
// browser-safe, as the pages build their downloads in the browser).
//
// A file is the UTF-8 byte-order mark (spreadsheet programs then read the
// Chinese text as UTF-8), the header and the rows, each line ended by CRLF,
// fields quoted per RFC 4180 (papaparse's unparse). A text cell that a
// spreadsheet would run as a formula — starting with `=`, `+`, `-`, `@`, tab
// or CR — gets a leading `'`, so it is shown as the text it is. Numbers are
// written as they are (-5 is a number, not a formula), and so is text that is
// only a decimal number ("-12.50", an exact amount of money): a spreadsheet
// reads it as that number and runs nothing.
import Papa from 'papaparse';

export type CsvCell = string | number | null;

export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/** Text starting like a formula, unless it is only a decimal number. Only the first character counts, however many lines the cell spans. */
const FORMULA_LIKE = /^(?!-?\d+(\.\d+)?$)[=+\-@\t\r]/;

/** A whole CSV file: byte-order mark, header, rows; CRLF after every line; null cells empty. */
export function csvFile(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((row) => [...row]);
  return `${CSV_BYTE_ORDER_MARK}${Papa.unparse(lines, { newline: '\r\n', escapeFormulae: FORMULA_LIKE })}\r\n`;
}
