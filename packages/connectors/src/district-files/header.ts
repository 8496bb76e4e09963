// The header row of an export → which column holds which field. Column order
// varies between districts and extra columns are ignored (sources.md §1b);
// header spelling is matched by the schemas (`keyOfHeader`) so a file and the
// API share one vocabulary.
//
// Every column of the spec's table must be present, optional ones included:
// a file without `所属集团` cannot say whether a group is empty or was simply
// not exported, and loading it would overwrite stored values with null. A
// missing or doubled column is therefore a file-level SourceError('unreadable')
// naming the file and the columns, not one identical issue on every row: the
// operator fixes the export once, and nothing half-loads meanwhile.
import { cellValue, FILE_COLUMNS, headerOf, keyOfHeader, type Collection } from '@liaison/schemas';
import { SourceError } from '../errors.ts';

export interface Column {
  /** 0-based cell index in each row. */
  index: number;
  /** The header as written (trimmed), used as the key of the raw row. */
  header: string;
  /** The record key it maps to. */
  key: string;
}

export interface Columns {
  known: Column[];
  /** Cells in the header row (CSV rows are checked against it). */
  width: number;
}

const text = (v: unknown) => {
  const s = cellValue(v);
  return s === null || s === undefined
    ? ''
    : String(s)
        .replace(/^\uFEFF/, '')
        .trim();
};

/** A row holding no value at all (blank lines, rows of empty cells). */
export function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every((c) => text(c) === '');
}

/** Maps a header row of `collection`, or throws `SourceError('unreadable')` naming what is wrong. */
export function mapHeader(file: string, collection: Collection, cells: readonly unknown[]): Columns {
  const known: Column[] = [];
  const seen = new Map<string, string>();
  const doubled: string[] = [];
  cells.forEach((cell, index) => {
    const header = text(cell);
    const key = header === '' ? null : keyOfHeader(collection, header);
    if (key === null) return; // an extra column
    if (seen.has(key)) doubled.push(`${seen.get(key)} / ${header}`);
    seen.set(key, header);
    known.push({ index, header, key });
  });
  const missing = Object.keys(FILE_COLUMNS[collection])
    .filter((k) => !seen.has(k))
    .map((k) => headerOf(collection, k) ?? k);
  const problems = [
    missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '',
    doubled.length ? `column given twice: ${doubled.join('; ')}` : '',
  ].filter(Boolean);
  if (problems.length) {
    throw new SourceError('unreadable', `${file}: not a ${collection} export: ${problems.join('; ')}`);
  }
  return { known, width: cells.length };
}

/** The raw row: cell values keyed by the file's own headers (extra columns left out). */
export function rowObject(columns: Columns, cells: readonly unknown[]): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const c of columns.known) raw[c.header] = cells[c.index] ?? null;
  return raw;
}

/**
 * Why a CSV row cannot be mapped to the header, or null. A row with fewer
 * cells, or with values beyond the last column, has shifted or lost cells:
 * mapping it by position could put a value under the wrong field.
 */
export function cellCountProblem(columns: Columns, cells: readonly unknown[]): string | null {
  const extra = cells.slice(columns.width);
  if (cells.length >= columns.width && isBlankRow(extra)) return null;
  return `row has ${cells.length} cells but the header has ${columns.width}`;
}
