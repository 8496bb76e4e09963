// One export file → its data rows as raw header-keyed objects with their
// position, whatever the format: the part of the connector that knows about
// bytes, encodings and sheets. Validation happens in read.ts.
import { access } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { FILE_COLUMNS, type Collection, type Position } from '@liaison/schemas';
import { SourceError } from '../errors.ts';
import { csvRows } from './csv-rows.ts';
import { decodeFile, resolveEncoding, type CsvEncoding, type EncodingOption } from './decode.ts';
import { cellCountProblem, isBlankRow, mapHeader, rowObject, type Columns } from './header.ts';
import { xlsxRows } from './xlsx-rows.ts';

export interface FileRow {
  raw: Record<string, unknown>;
  position: Position;
  /** Set when the row cannot be mapped to the header at all (CSV cell count). */
  problem?: string;
}

export interface OpenedFile {
  file: string;
  /** The text encoding used (null for xlsx). */
  encoding: CsvEncoding | null;
  /** Data rows in file order; blank rows are skipped. */
  rows: AsyncGenerator<FileRow>;
}

// Days between the 1904 and 1900 serial epochs.
const DATE1904_SHIFT = 1462;

/**
 * Opens an export and reads its header (so a wrong or unreadable file fails
 * here, before any row is handed out). Format comes from the extension.
 */
export async function openDropFile(path: string, collection: Collection, encoding: EncodingOption = 'auto'): Promise<OpenedFile> {
  const file = basename(path);
  try {
    await access(path);
  } catch (cause) {
    throw new SourceError('unreadable', `${file}: cannot be read: ${(cause as Error).message}`, { cause });
  }
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') {
    const enc = await resolveEncoding(path, encoding);
    return { file, encoding: enc, rows: await csvFileRows(file, collection, csvRows(decodeFile(path, enc))) };
  }
  if (ext === '.xlsx') return { file, encoding: null, rows: await xlsxFileRows(file, collection, xlsxRows(path)) };
  throw new SourceError('unreadable', `${file}: not a .csv or .xlsx file`);
}

/** Pulls rows up to the first non-blank one (the header) and maps it; closes the file if that fails. */
async function takeHeader<R extends { cells: unknown[] }>(file: string, collection: Collection, rows: AsyncGenerator<R>) {
  try {
    for (let r = await rows.next(); !r.done; r = await rows.next()) {
      if (!isBlankRow(r.value.cells)) return mapHeader(file, collection, r.value.cells);
    }
    throw new SourceError('unreadable', `${file}: empty file, no header row`);
  } catch (err) {
    await rows.return(undefined);
    throw err;
  }
}

async function csvFileRows(file: string, collection: Collection, rows: ReturnType<typeof csvRows>) {
  const columns = await takeHeader(file, collection, rows);
  return (async function* (): AsyncGenerator<FileRow> {
    for await (const { cells, line } of rows) {
      if (isBlankRow(cells)) continue;
      const problem = cellCountProblem(columns, cells);
      yield { raw: rowObject(columns, cells), position: { file, line }, ...(problem ? { problem } : {}) };
    }
  })();
}

async function xlsxFileRows(file: string, collection: Collection, rows: ReturnType<typeof xlsxRows>) {
  const columns = await takeHeader(file, collection, rows);
  return (async function* (): AsyncGenerator<FileRow> {
    for await (const { cells, sheet, row, date1904 } of rows) {
      if (isBlankRow(cells)) continue;
      yield { raw: rowObject(columns, date1904 ? to1900(collection, columns, cells) : cells), position: { file, sheet, row } };
    }
  })();
}

/**
 * Serials of a 1904-system workbook, restated in the 1900 system the schemas
 * read. Only the reader knows the workbook's system, so this is done here, on
 * date and timestamp columns only.
 */
function to1900(collection: Collection, columns: Columns, cells: unknown[]): unknown[] {
  const kinds = FILE_COLUMNS[collection] as Record<string, readonly [string, unknown]>;
  const out = [...cells];
  for (const c of columns.known) {
    const kind = kinds[c.key]?.[1];
    const v = out[c.index];
    if ((kind === 'date' || kind === 'timestamp') && typeof v === 'number') out[c.index] = v + DATE1904_SHIFT;
  }
  return out;
}
