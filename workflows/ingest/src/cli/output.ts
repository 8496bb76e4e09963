// Printing for the CLI: aligned tables for people, JSON (--json) for scripts.

export function printTable<R extends object>(rows: readonly R[], columns: ReadonlyArray<keyof R & string>): void {
  const cell = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]): string =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  console.log(line([...columns]));
  for (const r of rows) console.log(line(columns.map((c) => cell(r[c]))));
}

export function printJson(value: unknown): void {
  console.log(JSON.stringify(value, null, 2));
}

/** A one-line progress display on stderr, rewritten in place on a terminal. */
export function progressLine(text: string): void {
  if (process.stderr.isTTY) process.stderr.write(`\r\x1b[2K${text}`);
  else process.stderr.write(`${text}\n`);
}

/** Bad usage (exit 2); `usage`, when given, is the usage of the command it was meant for. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly usage: string | undefined;
  constructor(message: string, usage?: string) {
    super(message);
    this.usage = usage;
  }
}
