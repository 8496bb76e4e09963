// The zip-bomb guard of the XLSX upload. An XLSX is a zip archive; exceljs
// inflates all of it in memory, in the process that also serves the public
// site, and the 5 MB upload limit is on the compressed bytes. So before
// exceljs sees a file, this reads the archive's central directory with yauzl
// (a well-kept reader that lists entries without inflating them) and refuses
// an archive with too many entries, more than MAX_UNCOMPRESSED_BYTES in all,
// or an entry packed absurdly tightly. The sizes in the directory are the
// sender's word, so each entry is then inflated as a stream and thrown away,
// yauzl stopping it as soon as it yields more than it declared: whatever
// passes inflates, in exceljs too (jszip reads the same directory), to at most
// MAX_UNCOMPRESSED_BYTES.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { FieldIssue } from '@liaison/schemas';

const MiB = 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 20 * MiB;
/** A template has about 15 entries; a workbook with pictures a few hundred. */
export const MAX_ENTRIES = 1000;
/** An entry larger than this may not be packed tighter than MAX_RATIO to 1 (spreadsheet XML packs about 10 to 1). */
const RATIO_FLOOR_BYTES = MiB;
export const MAX_RATIO = 100;

export type ArchiveProblem = Pick<FieldIssue, 'path' | 'code' | 'message' | 'params'>;

const tooLarge = (message: string, params: NonNullable<FieldIssue['params']>): ArchiveProblem => ({
  path: 'file',
  code: 'file_too_large',
  message,
  params,
});
const notXlsx = (why: string): ArchiveProblem => ({
  path: 'file',
  code: 'invalid_file',
  message: `not an XLSX workbook (${why})`,
  params: { problem: 'not_xlsx' },
});

/** The problem of one entry as the central directory describes it, if any. */
function entryProblem(entry: Entry, totalSoFar: number): ArchiveProblem | null {
  const maxMb = MAX_UNCOMPRESSED_BYTES / MiB;
  if (totalSoFar + entry.uncompressedSize > MAX_UNCOMPRESSED_BYTES)
    return tooLarge(`the file unpacks to more than ${maxMb} MB`, { problem: 'unpacked_size', max_mb: maxMb });
  const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
  if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > MAX_RATIO)
    return tooLarge(`the part "${entry.fileName}" is packed ${Math.round(ratio)} to 1; at most ${MAX_RATIO} to 1 is accepted`, {
      problem: 'compression_ratio',
      max_ratio: MAX_RATIO,
    });
  return null;
}

const open = (bytes: Uint8Array) =>
  new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );

/** The entries of the central directory, read one by one (nothing inflated), stopping at the first problem. */
function listEntries(zip: ZipFile): Promise<Entry[] | ArchiveProblem> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    let total = 0;
    zip.on('error', reject);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      const problem = entryProblem(entry, total);
      if (problem) return resolve(problem);
      total += entry.uncompressedSize;
      entries.push(entry);
      zip.readEntry();
    });
    zip.readEntry();
  });
}

/** Inflates an entry into nothing; yauzl fails the stream once it yields more (or less) than declared. */
const drain = (zip: ZipFile, entry: Entry) =>
  new Promise<void>((resolve, reject) =>
    zip.openReadStream(entry, (err, stream) => {
      if (err) return reject(err);
      stream.on('error', reject).on('end', resolve).resume();
    }),
  );

/** Why this upload may not be unpacked, or null when exceljs may load it. */
export async function checkArchive(bytes: Uint8Array): Promise<ArchiveProblem | null> {
  let zip: ZipFile | null = null;
  try {
    zip = await open(bytes);
    if (zip.entryCount > MAX_ENTRIES)
      return tooLarge(`the file holds ${zip.entryCount} parts; at most ${MAX_ENTRIES} are accepted`, {
        problem: 'entries',
        max_entries: MAX_ENTRIES,
      });
    const listed = await listEntries(zip);
    if (!Array.isArray(listed)) return listed;
    for (const entry of listed) await drain(zip, entry);
    return null;
  } catch (err) {
    return notXlsx((err as Error).message);
  } finally {
    zip?.close();
  }
}
