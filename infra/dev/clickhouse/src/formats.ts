// Output formats as the HTTP interface reports them: which format a query's
// result is in, its Content-Type, and how many rows a line-per-row result has.

// `... FORMAT Name [SETTINGS ...] [;]` at the end of a query.
const FORMAT_CLAUSE = /\bFORMAT\s+([A-Za-z][A-Za-z0-9_]*)(?:\s+SETTINGS\b[^;]*)?\s*;?\s*$/i;

/** The format of the result: the query's own FORMAT clause, else `defaultFormat`. */
export function outputFormat(query: string, defaultFormat: string): string {
  // An INSERT's FORMAT names its input, and its tail is data, not SQL.
  if (/^\s*INSERT\b/i.test(query)) return defaultFormat;
  return FORMAT_CLAUSE.exec(query.slice(-4096))?.[1] ?? defaultFormat;
}

const BINARY = /^(native|rowbinary|parquet|arrow|orc|avro|msgpack|protobuf|capnproto|npy|bson|rawblob|lineasstring)/;

export function contentType(format: string): string {
  const f = format.toLowerCase();
  if (f.startsWith('tabseparated') || f.startsWith('tsv')) return 'text/tab-separated-values; charset=UTF-8';
  if (f.startsWith('csv')) return `text/csv; charset=UTF-8; header=${f.includes('withnames') ? 'present' : 'absent'}`;
  if (f.startsWith('json') || f === 'ndjson') return 'application/json; charset=UTF-8';
  if (f === 'xml') return 'application/xml; charset=UTF-8';
  if (BINARY.test(f)) return 'application/octet-stream';
  return 'text/plain; charset=UTF-8';
}

// Formats that write one line per row (values never hold a raw newline), and
// whether header lines come first.
const LINE_PER_ROW =
  /^(tabseparated|tsv|jsoneachrow|ndjson|jsonlines|jsoncompacteachrow|jsonstringseachrow|jsoncompactstringseachrow)(raw)?(withnames(andtypes)?)?$/;

/** Rows in a result, where the format makes that cheap to know; 0 otherwise. */
export function resultRows(format: string, output: Uint8Array): number {
  const m = LINE_PER_ROW.exec(format.toLowerCase());
  if (!m) return 0;
  let lines = 0;
  for (let i = output.indexOf(10); i !== -1; i = output.indexOf(10, i + 1)) lines++;
  const headers = m[4] ? 2 : m[3] ? 1 : 0;
  return Math.max(0, lines - headers);
}
