// Writes a CSV export in the district's encoding: UTF-8, UTF-8 with a BOM
// (what Excel on Windows saves) or GB18030 (older Chinese systems), CRLF line
// ends. Rows are encoded in chunks so big benchmark files stream to disk.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

const CHUNK_ROWS = 5000;

function encode(text: string, encoding: FileEncoding): Buffer {
  return encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
}

/** Writes header and rows (cells already text) to `path`. */
export async function writeCsvFile(path: string, header: string[], rows: Iterable<string[]>, encoding: FileEncoding): Promise<void> {
  const out = createWriteStream(path);
  const closed = once(out, 'close');
  const write = async (text: string) => {
    if (!out.write(encode(text, encoding))) await once(out, 'drain');
  };
  try {
    if (encoding === 'utf-8-bom') out.write(Buffer.from([0xef, 0xbb, 0xbf]));
    await write(`${Papa.unparse([header], { newline: '\r\n' })}\r\n`);
    let chunk: string[][] = [];
    const flush = async () => {
      if (chunk.length) await write(`${Papa.unparse(chunk, { newline: '\r\n' })}\r\n`);
      chunk = [];
    };
    for (const row of rows) {
      chunk.push(row);
      if (chunk.length === CHUNK_ROWS) await flush();
    }
    await flush();
  } finally {
    out.end();
    await closed;
  }
}
