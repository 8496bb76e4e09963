// Bytes → text for CSV exports, which come as UTF-8, UTF-8 with BOM or
// GB18030 (sources.md §1b). Decoding is fatal: a byte sequence that is not
// valid in the chosen encoding makes the file unreadable rather than turning
// Chinese names into U+FFFD that would then load as if they were data.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { SourceError } from '../errors.ts';

export type CsvEncoding = 'utf-8' | 'gb18030';
export type EncodingOption = 'auto' | CsvEncoding;

/** How much of a file `auto` looks at: the Chinese header row alone decides in practice. */
export const SNIFF_BYTES = 64 * 1024;

const hasUtf8Bom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
const hasUtf16Bom = (b: Uint8Array) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

/**
 * The encoding of a file from its first bytes: a UTF-8 BOM → UTF-8; else
 * bytes that are valid UTF-8 → UTF-8; else GB18030. `complete` says the
 * bytes are the whole file (otherwise a multi-byte char cut at the end of
 * the sample is not held against UTF-8). GB18030 Chinese is almost never
 * valid UTF-8, and every export starts with a Chinese header, so the sample
 * decides; should a later byte contradict it, decoding fails loudly.
 */
export function detectEncoding(sample: Uint8Array, complete: boolean): CsvEncoding {
  if (hasUtf8Bom(sample)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Reads the head of a file and settles the encoding to decode it with. */
export async function resolveEncoding(path: string, option: EncodingOption): Promise<CsvEncoding> {
  const fh = await open(path, 'r');
  try {
    const buf = new Uint8Array(SNIFF_BYTES);
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0);
    const sample = buf.subarray(0, bytesRead);
    if (hasUtf16Bom(sample)) {
      throw new SourceError('unreadable', `${basename(path)}: UTF-16 text; exports must be UTF-8 or GB18030`);
    }
    // A BOM is unambiguous and outranks configuration: the file says what it is.
    if (hasUtf8Bom(sample) || option === 'auto') return detectEncoding(sample, bytesRead < SNIFF_BYTES);
    return option;
  } finally {
    await fh.close();
  }
}

/**
 * The file's text in chunks, decoded as `encoding` (a UTF-8 BOM is dropped).
 * Invalid bytes → `SourceError('unreadable')` naming the file and offset.
 */
export async function* decodeFile(path: string, encoding: CsvEncoding): AsyncGenerator<string> {
  const decoder = new TextDecoder(encoding, { fatal: true });
  // TextDecoder does not say where in a chunk it failed: name the chunk's range.
  const fail = (from: number, to: number, cause: unknown) =>
    new SourceError('unreadable', `${basename(path)}: not valid ${encoding} text (in bytes ${from}–${to})`, { cause });
  let offset = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: SNIFF_BYTES })) {
    let text: string;
    try {
      text = decoder.decode(chunk as Buffer, { stream: true });
    } catch (cause) {
      throw fail(offset, offset + (chunk as Buffer).length - 1, cause);
    }
    offset += (chunk as Buffer).length;
    if (text) yield text;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch (cause) {
    throw fail(Math.max(0, offset - 4), offset - 1, cause); // a character cut off at the end
  }
  if (rest) yield rest;
}
