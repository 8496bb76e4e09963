// The drop-folder simulator: writes a district's nightly export files exactly
// as sources.md §1b describes them (`visits_20240517.csv`, …), in the
// encodings, layouts and cell forms real district systems produce, with
// optional poison rows and corrected re-deliveries. Deterministic for a seed
// (xlsx zips carry write times, so use `redeliverUnchanged` for same bytes).
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTIONS, isIsoDate, recordKey, type Collection, type Position } from '@liaison/schemas';
import { districtProfile } from '../demo-data/districts.ts';
import { seededRand } from '../demo-data/random.ts';
import type { DemoDistrictData } from '../demo-data/types.ts';
import { toCell, type CellStyle, type DropFormat } from './cells.ts';
import { extraCell, layoutOf, type LayoutStyle } from './layout.ts';
import { correctedCopy, DEFAULT_FILE_POISON, withPoison } from './poison.ts';
import { writeCsvFile, type FileEncoding } from './write-csv.ts';
import { writeXlsxFile } from './write-xlsx.ts';

export type DropStyle = CellStyle & LayoutStyle;

export interface DropFaults {
  /** Poison rows: `true` = DEFAULT_FILE_POISON, or the kinds per collection. */
  poison?: boolean | Partial<Record<Collection, readonly string[]>>;
  /**
   * The corrected re-delivery under the same name: the same rows, poison
   * rows repaired, and the first record's value corrected with the same
   * `updated_at` (so its content hash always differs).
   */
  corrected?: boolean;
}

export interface DistrictDropOptions {
  dir: string;
  /** District slug, e.g. `futian`. */
  district: string;
  /** Export day `YYYY-MM-DD` (the file names carry it as YYYYMMDD). */
  date: string;
  /** Records to export; a file is written for each collection given. */
  data: Partial<DemoDistrictData>;
  format?: DropFormat;
  /** CSV only; default UTF-8. */
  encoding?: FileEncoding;
  style?: DropStyle;
  faults?: DropFaults;
  seed?: number | string;
}

export interface WrittenDropFile {
  path: string;
  name: string;
  collection: Collection;
  format: DropFormat;
  encoding: FileEncoding | null;
  /** Data rows written, poison included. */
  rows: number;
  /** Each poison row: its kind, the field the schema must reject, its key and position. */
  poison: { kind: string; field: string; key: string | null; position: Position }[];
  /** In a corrected re-delivery, the record whose value was corrected. */
  corrected: { key: string | null; field: string } | null;
}

const SHEETS: Record<Collection, string> = { enterprises: '企业信息', visits: '走访记录', projects: '项目信息' };

/** Writes the day's export files into `dir` (created if missing), enterprises first. */
export async function writeDistrictDrop(opts: DistrictDropOptions): Promise<WrittenDropFile[]> {
  const { format = 'csv', style = {}, faults = {} } = opts;
  if (!isIsoDate(opts.date)) throw new RangeError(`date must be YYYY-MM-DD, got "${opts.date}"`);
  if (format === 'csv' && style.dates === 'serial') throw new RangeError('Excel serial dates exist only in xlsx');
  await mkdir(opts.dir, { recursive: true });
  const written: WrittenDropFile[] = [];
  for (const collection of COLLECTIONS) {
    const records = opts.data[collection];
    if (records) written.push(await writeExport(opts, collection, records, format, style, faults));
  }
  return written;
}

async function writeExport(
  opts: DistrictDropOptions,
  collection: Collection,
  records: readonly Readonly<Record<string, unknown>>[],
  format: DropFormat,
  style: DropStyle,
  faults: DropFaults,
): Promise<WrittenDropFile> {
  const seed = [opts.seed ?? 1, opts.district, opts.date].join('/');
  const name = `${collection}_${opts.date.replaceAll('-', '')}.${format}`;
  const poisonNames = faults.poison === true ? DEFAULT_FILE_POISON[collection] : faults.poison ? (faults.poison[collection] ?? []) : [];
  const fix = faults.corrected && records[0] ? correctedCopy(collection, records[0]) : null;
  const sent = fix ? [fix.record, ...records.slice(1)] : records;
  const planned = withPoison(collection, sent, poisonNames, { seed, repaired: faults.corrected === true });
  const columns = layoutOf(collection, style, seededRand(seed, collection, 'layout'));
  const cellRand = seededRand(seed, collection, 'cells');
  const districtZh = districtProfile(opts.district).nameZh;
  const rows = planned.map(({ record }, i) =>
    columns.map((c) => ('key' in c ? toCell(c.kind, record[c.key], style, format, cellRand) : extraCell(c.extra, i, districtZh, cellRand))),
  );
  const header = columns.map((c) => c.header);
  // Written beside the target and renamed: a reader never sees half a file,
  // and the temp name does not match the naming rule.
  const path = join(opts.dir, name);
  const tmp = join(opts.dir, `.${name}.${process.pid}.tmp`);
  if (format === 'csv') {
    const text = rows.map((r) => r.map((c) => (c === null ? '' : String(c))));
    await writeCsvFile(tmp, header, text, opts.encoding ?? 'utf-8');
  } else {
    const kindAt = (k: (c: (typeof columns)[number]) => boolean) => new Set(columns.flatMap((c, i) => (k(c) ? [i] : [])));
    const grouped = style.thousands ? kindAt((c) => 'key' in c && (c.kind === 'int' || c.kind === 'decimal')) : new Set<number>();
    await writeXlsxFile(tmp, SHEETS[collection], header, rows, { dates: kindAt((c) => 'key' in c && c.kind === 'date'), grouped });
  }
  await rename(tmp, path);
  const at = (i: number): Position =>
    format === 'csv' ? { file: name, line: i + 2 } : { file: name, sheet: SHEETS[collection], row: i + 2 };
  return {
    path,
    name,
    collection,
    format,
    encoding: format === 'csv' ? (opts.encoding ?? 'utf-8') : null,
    rows: rows.length,
    poison: planned.flatMap((p, i) =>
      p.poison ? [{ kind: p.poison.name, field: p.poison.field, key: recordKey(collection, p.record), position: at(i) }] : [],
    ),
    corrected: fix ? { key: recordKey(collection, fix.record), field: fix.field } : null,
  };
}

/** Delivers a file again unchanged: the same name and bytes, written anew (atomically). */
export async function redeliverUnchanged(path: string): Promise<void> {
  const bytes = await readFile(path);
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}
