// Connectors: each source family turned into validated records and a cursor,
// with typed errors that say whether a retry can help. No Temporal, no ClickHouse.
export * from './errors.ts';
export * from './types.ts';
export * from './district-api/index.ts';
export * from './demand-platform/index.ts';
export { listDropFiles, statDropFiles, hashDropFile, hashFile, type DropFile, type DropFileEntry } from './district-files/list.ts';
export { nextUnloadedFile, type LoadedDropFiles } from './district-files/unloaded.ts';
export {
  readDropFile,
  readDropFileBatches,
  validateFileRows,
  DEFAULT_BATCH_SIZE,
  type ReadDropFileOptions,
  type DropFilePage,
} from './district-files/read.ts';
export { parseDropFileName, COLLECTION_ORDER, type DropFileName, type DropFormat } from './district-files/naming.ts';
export { detectEncoding, type CsvEncoding, type EncodingOption } from './district-files/decode.ts';
export { blankCredentials } from './shown.ts';
