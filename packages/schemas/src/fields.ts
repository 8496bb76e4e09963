// Field rules shared by every schema (one definition each): text, codes,
// integers, dates, timestamps, amounts, USCC. JSON form only; the file form
// converts its cells to these shapes first (file-cells.ts). Messages say what
// was expected so a quarantined record explains itself; our own checks also
// attach `params` (what was expected, what was wrong) so a member's message
// can be translated from data rather than from the English text.
import { z } from 'zod';
import { isIsoDate, isoToUtc, MAX_WAN_DECIMALS, MAX_WAN_INTEGER_DIGITS, normaliseDecimal } from './scalars.ts';
import { usccDefect, usccProblem } from './uscc.ts';

type Issue = { input: unknown; code?: string };
/** "required" for a missing key, else "expected …": every issue reads well. */
const expect = (what: string) => (iss: Issue) => (iss.input === undefined ? 'required' : `expected ${what}`);

/**
 * A pattern check on a string: an `invalid_format` (regex) issue whose
 * `params.expected` names what was expected (`phone`, `year`, …).
 */
export function matches(re: RegExp, expected: string, message: string) {
  return (ctx: z.core.ParsePayload<string>): void => {
    if (!re.test(ctx.value))
      ctx.issues.push({ code: 'invalid_format', format: 'regex', pattern: re.toString(), input: ctx.value, params: { expected }, message });
  };
}

/** Text that must carry a non-blank value (kept exactly as sent). */
export function text(max?: number) {
  const s = z.string({ error: expect('text') }).check(matches(/\S/, 'non_blank', 'must not be empty'));
  return max === undefined ? s : s.max(max, { message: `must be at most ${max} characters` });
}

/** Optional text: absent, null or "" → null; anything else kept as sent. */
export function optText() {
  return z
    .string({ error: expect('text or null') })
    .nullish()
    .transform((v) => (v === undefined || v === '' ? null : v));
}

/** A code of a reference list (`codes` = the list's *_CODES tuple). */
export function code<const T extends readonly [string, ...string[]]>(codes: T, listName: string) {
  return z.enum(codes, {
    error: (iss) => (iss.input === undefined ? 'required' : `unknown ${listName} code ${JSON.stringify(iss.input)}`),
  });
}

/** Absent or null → null; else a code of the list. */
export function optCode<const T extends readonly [string, ...string[]]>(codes: T, listName: string) {
  return code(codes, listName)
    .nullish()
    .transform((v) => v ?? null);
}

/** Integer within [min, max]. */
export function int(min: number, max = Number.MAX_SAFE_INTEGER) {
  return z
    .int({ error: expect('an integer') })
    .min(min, { message: `must be ≥ ${min}` })
    .max(max, { message: `must be ≤ ${max}` });
}

/** Absent or null → null; else an integer within [min, max]. */
export function optInt(min: number, max?: number) {
  return int(min, max)
    .nullish()
    .transform((v) => v ?? null);
}

export function bool() {
  return z.boolean({ error: expect('true or false') });
}

/** Calendar date `YYYY-MM-DD`, kept as that string. */
export function date() {
  return z.string({ error: expect('a date YYYY-MM-DD') }).check((ctx) => {
    if (!isIsoDate(ctx.value))
      ctx.issues.push({
        code: 'invalid_format',
        format: 'date',
        input: ctx.value,
        message: `expected a date YYYY-MM-DD, got ${JSON.stringify(ctx.value)}`,
      });
  });
}

/** Absent or null → null; else a date. */
export function optDate() {
  return date()
    .nullish()
    .transform((v) => v ?? null);
}

/** ISO 8601 timestamp with an offset → the UTC ISO string `…T…:….sssZ`. */
export function timestamp() {
  return z.string({ error: expect('an ISO 8601 timestamp with offset') }).transform((s, ctx) => {
    const utc = isoToUtc(s);
    if (utc !== null) return utc;
    ctx.issues.push({
      code: 'invalid_format',
      format: 'datetime',
      input: s,
      message: `expected an ISO 8601 timestamp with offset (2024-05-17T09:30:00+08:00), got ${JSON.stringify(s)}`,
    });
    return z.NEVER;
  });
}

/** Amount ≥ 0, ≤ 4 decimals, from a string or number → canonical decimal string. */
export function decimal() {
  return z
    .union([z.string(), z.number()], { error: (iss) => (iss.input === undefined ? 'required' : 'expected a decimal number or string') })
    .transform((v, ctx) => {
      const r = normaliseDecimal(v);
      if (r.ok) return r.value;
      const params = { problem: r.problem, max_decimals: MAX_WAN_DECIMALS, max_integer_digits: MAX_WAN_INTEGER_DIGITS };
      ctx.issues.push({ code: 'invalid_format', format: 'decimal', input: String(v), params, message: r.reason });
      return z.NEVER;
    });
}

/** A valid unified social credit code (GB 32100-2015). */
export function uscc() {
  return z.string({ error: expect('a unified social credit code') }).check((ctx) => {
    const defect = usccDefect(ctx.value);
    if (defect !== null)
      ctx.issues.push({
        code: 'invalid_format',
        format: 'uscc',
        input: ctx.value,
        params: defect,
        message: `invalid unified social credit code: ${usccProblem(ctx.value) ?? ''}`,
      });
  });
}

/** An object that reports unknown keys (for member and operator input, where a typo should show). */
export function strictObject<S extends z.ZodRawShape>(shape: S) {
  return z.strictObject(shape, {
    error: (iss) => (iss.input === undefined ? 'required' : iss.code === 'invalid_type' ? 'expected an object' : undefined),
  });
}
