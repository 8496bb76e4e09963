// Timing and reporting helpers of the ingest benchmark.

export interface Measured {
  rows: number;
  seconds: number;
}

export async function timed(fn: () => Promise<number>): Promise<Measured> {
  const start = process.hrtime.bigint();
  const rows = await fn();
  return { rows, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

const rate = (m: Measured) => m.rows / m.seconds;
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

export function report(title: string, real: Measured, bare: Measured): void {
  console.log(title);
  console.log(`  real path (parse + validate + load)  ${fmt(real.rows)} rows in ${real.seconds.toFixed(1)} s  = ${fmt(rate(real))} rows/s`);
  console.log(`  bare limit (parse + insert)          ${fmt(bare.rows)} rows in ${bare.seconds.toFixed(1)} s  = ${fmt(rate(bare))} rows/s`);
  console.log(`  ratio real / bare                    ${(rate(real) / rate(bare)).toFixed(2)}\n`);
}

/** Lines of NDJSON as the network would deliver them: bytes, decoded per batch. */
export function* ndjsonBatches(lines: readonly string[], size: number): Generator<string[]> {
  for (let i = 0; i < lines.length; i += size) yield lines.slice(i, i + size);
}
