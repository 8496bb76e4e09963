// chDB's raw insert: `INSERT ... FORMAT X` plus its data as bytes, handed to
// the engine without re-encoding, so binary formats (RowBinary, Parquet, ...)
// work and large text bodies skip a UTF-8 round trip. chdb 3.4 offers it only
// through Session.insert, which rebuilds the SQL from a table name and a
// whitelisted format, so we call its addon's entry point directly. If a chdb
// version lacks it, this is undefined and inserts go inline in the query text.
import { createRequire } from 'node:module';

export interface RawInsertResult {
  rowsWritten: number;
  bytesWritten: number;
  elapsed: number;
}

type RawInsert = (connection: unknown, prefix: string, data: Buffer) => Promise<RawInsertResult>;

export const rawInsert: RawInsert | undefined = load();

function load(): RawInsert | undefined {
  try {
    const requireFromChdb = createRequire(import.meta.resolve('chdb'));
    const addon = requireFromChdb('./dist/loader.js').loadNative() as Record<string, unknown>;
    const entry = addon['InsertRawAsyncConnection'];
    if (typeof entry !== 'function') return undefined;
    // The last argument asks chDB to count payload lines, which we do not need.
    return (connection, prefix, data) => entry.call(addon, connection, prefix, data, false) as Promise<RawInsertResult>;
  } catch {
    return undefined;
  }
}
