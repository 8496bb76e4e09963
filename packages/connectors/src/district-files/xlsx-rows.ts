// XLSX export → rows of the first sheet, through ExcelJS's streaming reader
// (the one that copes with large files). Styles are not loaded, so a date
// cell arrives as the Excel serial number the sheet stores: that value is
// JSON-safe in quarantine and re-drives the same way, where a Date would come
// back from JSON as a string of another shape.
import { createReadStream, type ReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { basename } from 'node:path';
import { cellValue } from '@liaison/schemas';
import ExcelJS from 'exceljs';
import { SourceError } from '../errors.ts';

export interface XlsxRow {
  /**
   * Cell values by 0-based column: text, numbers, booleans or null; rich
   * text, formulas and hyperlinks unwrapped to their plain value (so a
   * quarantined row stores what the user sees, not fonts); error cells
   * (`{ error: '#N/A' }`) as they are, for the schema to reject.
   */
  cells: unknown[];
  sheet: string;
  /** 1-based sheet row number. */
  row: number;
  /** The workbook counts serials from 1904 (old Mac Excel), not 1900. */
  date1904: boolean;
}

// The streaming reader holds a few things its type declarations leave out or
// misplace (a sheet's name; `date1904` under `properties.model`): they are read
// as unknown and checked, rather than cast to a shape the typings deny.
function prop(o: unknown, key: string): unknown {
  return typeof o === 'object' && o !== null ? Reflect.get(o, key) : undefined;
}
const sheetName = (sheet: object): string => String(prop(sheet, 'name'));

/** The parse stream ExcelJS pipes the file into: readable, and ending it is ours to time. */
type ZipParser = Pick<Readable, 'emit' | 'push' | 'readableEnded'>;
const isZipParser = (s: object): s is ZipParser => typeof prop(s, 'push') === 'function' && typeof prop(s, 'emit') === 'function';

const unreadable = (path: string, cause: unknown) =>
  cause instanceof SourceError
    ? cause
    : new SourceError('unreadable', `${basename(path)}: not a readable xlsx workbook: ${(cause as Error)?.message ?? cause}`, { cause });

/**
 * The file as a stream for ExcelJS, guarding against exceljs#3064: its zip
 * parser (unzipper 0.10) emits 'end' by hand as soon as its input is used up,
 * while entries it already parsed may still wait in its buffer. Small
 * trailing entries (`xl/workbook.xml` in ExcelJS-written files, styles,
 * shared strings) are then silently lost, or reading fails with "reading
 * 'sheets'" — at random, under load. Here the early 'end' becomes an orderly
 * end of stream (push(null)), delivered after whatever is still buffered.
 */
function zipInput(path: string): ReadStream {
  const input = createReadStream(path);
  const pipe = input.pipe.bind(input);
  input.pipe = <T extends NodeJS.WritableStream>(dest: T, opts?: { end?: boolean }): T => {
    if (isZipParser(dest)) {
      const zip = dest;
      const emit = zip.emit.bind(zip);
      zip.emit = (event: string | symbol, ...args: unknown[]): boolean => {
        if (event === 'end' && !zip.readableEnded) return zip.push(null); // not the stream's own end yet
        return emit(event, ...args);
      };
    }
    return pipe(dest, opts);
  };
  return input;
}

/** Reads every remaining sheet to its end (see the comment at its use). */
async function drain(sheets: AsyncIterator<AsyncIterable<unknown>>): Promise<void> {
  for (let r = await sheets.next(); !r.done; r = await sheets.next()) for await (const _ of r.value);
}

/** Rows of the workbook's first sheet (in tab order); an unreadable file → `SourceError('unreadable')`. */
export async function* xlsxRows(path: string): AsyncGenerator<XlsxRow> {
  const input = zipInput(path);
  const book = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets = book[Symbol.asyncIterator]();
  // Errors of the consumer never enter a generator, so everything caught
  // here comes from reading the file.
  try {
    let sheet: ExcelJS.stream.xlsx.WorksheetReader | undefined;
    // Sheets arrive in zip order; the first in tab order is the export.
    while (!sheet) {
      const r = await sheets.next();
      if (r.done) break;
      const first = book.model?.sheets?.[0]?.name;
      if (first === undefined || sheetName(r.value) === first) sheet = r.value;
      else for await (const _ of r.value); // read past it, so its stream closes
    }
    if (!sheet) throw new SourceError('unreadable', `${basename(path)}: the workbook has no sheet`);
    const date1904 = prop(prop(book.properties, 'model'), 'date1904') === true;
    const name = sheetName(sheet);
    for await (const row of sheet) {
      // `values` is 1-based (index 0 empty) and sparse where cells are empty.
      const values = Array.isArray(row.values) ? (row.values as unknown[]).slice(1) : [];
      yield { cells: Array.from(values, (v) => cellValue(v) ?? null), sheet: name, row: row.number, date1904 };
    }
  } catch (cause) {
    throw unreadable(path, cause);
  } finally {
    // Run the reader to its end, also when the caller stopped early or the
    // header was wrong: ExcelJS spools sheets that precede the shared strings
    // (the usual zip order) to temp files and deletes each only once the
    // reader moves past it. A reader that failed is already at its end.
    await drain(sheets).catch(() => {});
    input.destroy();
  }
}
