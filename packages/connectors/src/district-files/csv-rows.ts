// Decoded CSV text → rows of cells with the line each row starts on, streamed
// through papaparse chunk by chunk so a large export never sits in memory.
// Line numbers are counted here, not taken from the parser: a quoted cell may
// span lines, and an operator looking for a row needs the line an editor
// shows (header = line 1).
import { Readable } from 'node:stream';
import Papa from 'papaparse';

export interface CsvRow {
  cells: string[];
  /** 1-based line of the file on which the row starts. */
  line: number;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** Line breaks inside a row's cells (quoted multi-line text). */
function breaksInside(cells: string[]): number {
  let n = 0;
  for (const c of cells) if (c.includes('\n') || c.includes('\r')) n += c.match(LINE_BREAK)?.length ?? 0;
  return n;
}

/** Parsed chunks waiting for the consumer before the input is paused. */
const HIGH_WATER = 4;

/**
 * Every row of the text, blank lines included (as `['']`), so the caller
 * decides what a blank row means. Errors of `text` (e.g. undecodable bytes)
 * end the iteration with that error.
 */
export async function* csvRows(text: AsyncIterable<string>): AsyncGenerator<CsvRow> {
  const input = Readable.from(text);
  const queue: string[][][] = [];
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    wake?.();
    wake = undefined;
  };
  // papaparse parses each decoded chunk as it arrives and hands over its rows
  // in one call (per-row streaming costs ~5x more). Backpressure: the text
  // stream is paused while too many parsed chunks wait.
  Papa.parse<string[]>(input, {
    // Arrays, not header mode: the header is matched by ./header.ts, and rows
    // whose cell count differs from the header's must be seen, not padded.
    // The delimiter is fixed: CSV means commas, and guessing could split on ';'.
    header: false,
    delimiter: ',',
    skipEmptyLines: false,
    chunk: (results) => {
      queue.push(results.data);
      if (queue.length >= HIGH_WATER) input.pause();
      notify();
    },
    complete: () => {
      done = true;
      notify();
    },
    error: (err: unknown) => {
      failure = err;
      done = true;
      notify();
    },
  });
  let line = 1;
  try {
    for (;;) {
      const rows = queue.shift();
      if (rows === undefined) {
        if (failure !== undefined) throw failure;
        if (done) return;
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (input.isPaused() && queue.length < HIGH_WATER / 2) input.resume();
      for (const cells of rows) {
        yield { cells, line };
        line += 1 + breaksInside(cells);
      }
    }
  } finally {
    input.destroy();
  }
}
