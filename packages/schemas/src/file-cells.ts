// Cell preprocessors for the district export files (sources.md §1b): turn a
// CSV string, an xlsx number/boolean/Date or an exceljs cell object into the
// JSON form the record schemas check. A cell that cannot be converted is
// passed on unchanged so the schema reports it with its own message; an empty
// cell becomes `undefined` (required fields then say "required", optional
// ones become null).
//
// Conventions where the spec is silent:
// - Date objects (exceljs) carry the sheet's wall-clock time in their UTC
//   fields; dates take those fields, timestamps read them as +08:00.
// - Excel serials use the 1900 system (serial 45429 = 2024-05-17); serials
//   below 61 (the 1900 leap-year bug zone) are rejected.
// - Timestamps: ISO 8601 with an offset as sent; `YYYY-MM-DD HH:mm[:ss]`
//   (also `/` or `T`, one-digit month/day/hour) without an offset is China
//   Standard Time (+08:00). Serials and Date objects are rounded to the second.
// - Booleans: 是/否, true/false (any case) or an xlsx boolean.
// - Numbers may carry thousands separators only in proper groups (12,500.5).
// - An xlsx number for an amount is read at Excel's own precision, 15
//   significant digits (toPrecision, no arithmetic), so a formula result
//   stored as 0.30000000000000004 reads as 0.3, as Excel shows it.
import { codeFromLabel, type CodeList } from './reference/codes.ts';
import { formatDay, isRealDay } from './scalars.ts';

export type CellKind = 'text' | 'int' | 'bool' | 'date' | 'timestamp' | 'decimal' | { list: CodeList };

const EXCEL_EPOCH_DAYS = 25569; // serial of 1970-01-01
const DAY_MS = 86_400_000;

/** The plain value of a cell: unwraps exceljs rich text, formula and hyperlink objects. */
export function cellValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  const o = v as { result?: unknown; richText?: { text?: string }[]; text?: unknown };
  if ('result' in o) return cellValue(o.result);
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text ?? '').join('');
  if ('text' in o) return cellValue(o.text);
  return v;
}

/** Wall-clock fields (from UTC getters) of an instant, rounded to the second. */
function wallClock(ms: number) {
  const d = new Date(Math.round(ms / 1000) * 1000);
  return {
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
  };
}

const serialMs = (n: number) => (n - EXCEL_EPOCH_DAYS) * DAY_MS;
const isSerial = (n: number) => Number.isFinite(n) && n >= 61 && n < 2_958_466;
const p2 = (n: number) => String(n).padStart(2, '0');

const DAY_RE = /^(\d{4})(?:[-/](\d{1,2})[-/](\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/;

function toDate(v: unknown): unknown {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return v;
    const w = wallClock(v.getTime());
    return formatDay(w.y, w.m, w.d);
  }
  if (typeof v === 'number') {
    if (!isSerial(v)) return v;
    const w = wallClock(serialMs(Math.floor(v)));
    return formatDay(w.y, w.m, w.d);
  }
  if (typeof v !== 'string') return v;
  const m = DAY_RE.exec(v);
  if (!m) return v;
  const [y, mo, d] = [+m[1]!, +(m[2] ?? m[4])!, +(m[3] ?? m[5])!];
  return isRealDay(y, mo, d) ? formatDay(y, mo, d) : v;
}

const LOCAL_TS = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?$/;

function toTimestamp(v: unknown): unknown {
  let w: ReturnType<typeof wallClock> | undefined;
  if (v instanceof Date && !Number.isNaN(v.getTime())) w = wallClock(v.getTime());
  else if (typeof v === 'number' && isSerial(v)) w = wallClock(serialMs(v));
  if (w) return `${formatDay(w.y, w.m, w.d)}T${p2(w.h)}:${p2(w.mi)}:${p2(w.s)}+08:00`;
  if (typeof v !== 'string') return v;
  const m = LOCAL_TS.exec(v);
  if (!m) return SPACED_ISO.test(v) ? v.replace(' ', 'T') : v; // ISO with offset, or invalid: the schema decides
  return `${formatDay(+m[1]!, +m[2]!, +m[3]!)}T${p2(+m[4]!)}:${m[5]}:${m[6] ?? '00'}${m[7] ?? ''}+08:00`;
}

const SPACED_ISO = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

function toDecimal(v: unknown): unknown {
  if (typeof v === 'number') return Number.isFinite(v) ? v.toPrecision(15) : v;
  return typeof v === 'string' && DEC_RE.test(v) ? v.replace(/,/g, '') : v;
}

const INT_RE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.0+)?$/;
const DEC_RE = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function toInt(v: unknown): unknown {
  if (typeof v !== 'string' || !INT_RE.test(v)) return v;
  return Number(v.replace(/,/g, ''));
}

function toBool(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.toLowerCase();
  return s === '是' || s === 'true' ? true : s === '否' || s === 'false' ? false : v;
}

/** Converts one cell to its JSON form for a field of the given kind. */
export function convertCell(kind: CellKind, raw: unknown): unknown {
  let v = cellValue(raw);
  if (typeof v === 'string') v = v.trim();
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof kind === 'object') return typeof v === 'string' ? (codeFromLabel(kind.list, v) ?? v) : v;
  switch (kind) {
    case 'text':
      return typeof v === 'number' ? String(v) : v;
    case 'int':
      return toInt(v);
    case 'bool':
      return toBool(v);
    case 'date':
      return toDate(v);
    case 'timestamp':
      return toTimestamp(v);
    case 'decimal':
      return toDecimal(v);
  }
}
