// Pure parsers for the scalar formats of the sources (no zod): calendar dates,
// ISO timestamps with an offset, and exact decimal amounts. Kept apart so the
// same rules serve the JSON schemas, the file-cell preprocessors and callers
// that only need a check (e.g. query-parameter parsing).

/** Years accepted in dates and timestamps (a typo like 0204 is caught). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether y-m-d is a real calendar day within MIN_YEAR…MAX_YEAR. */
export function isRealDay(y: number, m: number, d: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a real day. */
export function isIsoDate(s: string): boolean {
  const m = DATE.exec(s);
  return m !== null && isRealDay(+m[1]!, +m[2]!, +m[3]!);
}

/** Formats a day as `YYYY-MM-DD`. */
export function formatDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const TS = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * An ISO 8601 / RFC 3339 timestamp WITH an offset (`Z` or `±HH:MM`; seconds
 * and a fraction optional) → the same instant as `YYYY-MM-DDTHH:mm:ss.sssZ`
 * (fraction truncated to milliseconds), or null when invalid. These strings
 * sort in time order.
 */
export function isoToUtc(s: string): string | null {
  const m = TS.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi] = [+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!];
  const sec = m[6] === undefined ? 0 : +m[6];
  if (!isRealDay(y, mo, d) || h > 23 || mi > 59 || sec > 59) return null;
  const ms = m[7] === undefined ? 0 : +m[7].slice(0, 3).padEnd(3, '0');
  let offsetMin = 0;
  if (m[8] !== 'Z') {
    const oh = +m[10]!;
    const om = +m[11]!;
    if (oh > 23 || om > 59) return null;
    offsetMin = (m[9] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const t = Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offsetMin * 60_000;
  return new Date(t).toISOString();
}

/** Largest integer part of an amount in 万元: fits Decimal(18, 4) and, ×10⁴, an Int64 of yuan. */
export const MAX_WAN_INTEGER_DIGITS = 14;
export const MAX_WAN_DECIMALS = 4;

/** Why an amount was refused, as a code a translation can key on (`reason` says it in English). */
export type DecimalProblem = 'not_finite' | 'negative' | 'not_decimal' | 'out_of_range' | 'too_many_decimals' | 'too_large';

export type DecimalResult = { ok: true; value: string } | { ok: false; problem: DecimalProblem; reason: string };

const DEC = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Exact canonical decimal string for an amount ≥ 0 with ≤ 4 decimals, from a
 * decimal string or a JSON number. A number goes through its shortest
 * round-trip string (`String(n)`), never through arithmetic, so 12500.5 →
 * "12500.5". Exponent forms are expanded exactly. Canonical: no leading
 * zeros, no trailing fractional zeros, no point when integral ("0", "12.5").
 */
export function normaliseDecimal(v: string | number): DecimalResult {
  if (typeof v === 'number' && !Number.isFinite(v)) return { ok: false, problem: 'not_finite', reason: 'must be a finite number' };
  const s = typeof v === 'number' ? String(v) : v;
  if (/^-/.test(s)) return { ok: false, problem: 'negative', reason: 'must be ≥ 0' };
  const m = DEC.exec(s);
  if (!m) return { ok: false, problem: 'not_decimal', reason: `"${s}" is not a decimal number` };
  const exp = m[3] === undefined ? 0 : +m[3];
  if (Math.abs(exp) > 40) return { ok: false, problem: 'out_of_range', reason: `"${s}" is out of range` };
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + exp;
  const padded = point <= 0 ? '0'.repeat(1 - point) + digits : digits.padEnd(point, '0');
  const at = Math.max(point, 1);
  const int = padded.slice(0, at).replace(/^0+(?=\d)/, '');
  const frac = padded.slice(at).replace(/0+$/, '');
  if (frac.length > MAX_WAN_DECIMALS)
    return { ok: false, problem: 'too_many_decimals', reason: `more than ${MAX_WAN_DECIMALS} decimals in "${s}"` };
  if (int.length > MAX_WAN_INTEGER_DIGITS) return { ok: false, problem: 'too_large', reason: `"${s}" is too large` };
  return { ok: true, value: frac ? `${int}.${frac}` : int };
}

/** Exact yuan (an integer string) for a canonical amount in 万元 (×10,000). */
export function wanToYuan(wan: string): string {
  const [int = '0', frac = ''] = wan.split('.');
  const yuan = (int + frac.padEnd(MAX_WAN_DECIMALS, '0')).replace(/^0+(?=\d)/, '');
  return yuan;
}
