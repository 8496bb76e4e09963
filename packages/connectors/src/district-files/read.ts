// The district-files connector proper: an export file → pages of validated
// records plus quarantined rows, each with its file position. Rows are
// validated by the schemas' file-row schemas (cell conversion lives there);
// this file only batches, keys and positions them.
import {
  FILE_ROW_SCHEMAS,
  fileRowKey,
  validateBatch,
  type Collection,
  type InvalidItem,
  type RawItem,
  type RecordOf,
  type RecordSchema,
} from '@liaison/schemas';
import { SourceError } from '../errors.ts';
import type { SourcePage, Validated } from '../types.ts';
import type { CsvEncoding, EncodingOption } from './decode.ts';
import { openDropFile, type FileRow } from './rows.ts';

export interface ReadDropFileOptions<C extends Collection> {
  path: string;
  collection: C;
  /** CSV text encoding; `auto` (default) detects it. Ignored for xlsx. */
  encoding?: EncodingOption;
  /** Resume token: the `next` of an earlier page of the same file content. */
  after?: string | null;
}

export type DropFilePage<C extends Collection> = SourcePage<RecordOf<C>> & {
  /** Basename of the file the page comes from. */
  file: string;
  /** Encoding the CSV was decoded with (null for xlsx). */
  encoding: CsvEncoding | null;
};

export const DEFAULT_BATCH_SIZE = 5000;

// The file-row schemas, typed by their records even where the collection is generic.
const ROW_SCHEMA: { [C in Collection]: RecordSchema<C> } = FILE_ROW_SCHEMAS;

/** Header-keyed file rows of a collection, validated as a file's are (also for a quarantine replay). */
export function validateFileRows<C extends Collection>(c: C, rows: Iterable<RawItem>): Validated<RecordOf<C>> {
  return validateBatch(ROW_SCHEMA[c], rows, (raw) => fileRowKey(c, raw));
}

/** Validates one batch of rows; rows that could not be mapped are quarantined as they are. */
function toPage<C extends Collection>(
  c: C,
  file: string,
  encoding: CsvEncoding | null,
  rows: FileRow[],
  next: string | null,
): DropFilePage<C> {
  const mappable = rows.filter((r) => r.problem === undefined);
  const { valid, invalid } = validateFileRows(c, mappable);
  const unmapped: InvalidItem[] = rows
    .filter((r) => r.problem !== undefined)
    .map((r) => ({
      raw: r.raw,
      position: r.position,
      key: fileRowKey(c, r.raw),
      issues: [{ path: '', code: 'cell_count', message: r.problem! }],
    }));
  const at = (i: InvalidItem) => i.position.line ?? i.position.row ?? 0;
  return {
    valid,
    invalid: unmapped.length ? [...invalid, ...unmapped].sort((a, b) => at(a) - at(b)) : invalid,
    received: rows.length,
    next,
    file,
    encoding,
  };
}

/** Data rows to skip for a resume token (a count of rows already paged). */
function skipCount(after: string | null | undefined): number {
  if (after === undefined || after === null) return 0;
  if (!/^\d+$/.test(after)) throw new SourceError('bad_request', `invalid district-files resume token ${JSON.stringify(after)}`);
  return Number(after);
}

/**
 * The file in pages of at most `batchSize` rows, streamed: memory stays
 * bounded however big the export. Each page's `next` resumes after it (null
 * on the last page; a file with no data rows yields one empty page). The
 * token counts rows, so it is only valid for the same content hash.
 * Unreadable files, unknown encodings and missing columns throw
 * `SourceError('unreadable')` naming the file before the first page.
 */
export async function* readDropFileBatches<C extends Collection>(
  opts: ReadDropFileOptions<C>,
  batchSize = DEFAULT_BATCH_SIZE,
): AsyncGenerator<DropFilePage<C>> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const skip = skipCount(opts.after);
  const { file, encoding, rows } = await openDropFile(opts.path, opts.collection, opts.encoding);
  let consumed = 0;
  let batch: FileRow[] = [];
  for await (const row of rows) {
    consumed++;
    if (consumed <= skip) continue;
    // Hold a full batch until the next row shows it is not the last one.
    if (batch.length === batchSize) {
      yield toPage(opts.collection, file, encoding, batch, String(consumed - 1));
      batch = [];
    }
    batch.push(row);
  }
  yield toPage(opts.collection, file, encoding, batch, null);
}

/** The whole file as one page (fine for the usual small exports; use batches for big ones). */
export async function readDropFile<C extends Collection>(opts: ReadDropFileOptions<C>): Promise<DropFilePage<C>> {
  let page: DropFilePage<C> | undefined;
  for await (const p of readDropFileBatches(opts, Number.MAX_SAFE_INTEGER)) page = p;
  return page!;
}
