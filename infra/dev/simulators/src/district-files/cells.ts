// API JSON values → the cell forms district export files use (sources.md
// §1b): Chinese names for codes (sometimes the codes), three written date
// forms or Excel serials, amounts with thousands separators, 是/否. The kind
// of each column comes from the schemas' FILE_COLUMNS, so the simulator and
// the connector agree on which field is a date, an amount or a code.
import { labelOf, type CellKind } from '@liaison/schemas';
import { chance, pick, type Rand } from '../demo-data/random.ts';

export type DropFormat = 'csv' | 'xlsx';
export type DateForm = 'iso' | 'slash' | 'zh' | 'serial';

export interface CellStyle {
  /** Code columns: Chinese names (default), codes, or a mix of both. */
  enums?: 'name' | 'code' | 'mixed';
  /** Date columns: one written form (default iso), or each cell picking one. `serial` is xlsx only. */
  dates?: DateForm | 'mixed';
  /** Group thousands in integers and amounts (`12,500.5`; a number format in xlsx). */
  thousands?: boolean;
}

/** A cell as written: CSV text, or an xlsx number/text/empty. */
export type Cell = string | number | null;

const EXCEL_DAY_0 = Date.UTC(1899, 11, 30); // serial 0 in the 1900 system
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Excel serial of a `YYYY-MM-DD` day, or null when it is not a real day. */
export function excelSerial(day: string): number | null {
  const m = YMD.exec(day);
  if (!m) return null;
  const ms = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  if (new Date(ms).toISOString().slice(0, 10) !== day) return null; // 2024-02-30 has none
  return (ms - EXCEL_DAY_0) / 86_400_000;
}

/** A day in one of the written forms; text that is no `YYYY-MM-DD` (a poison value) stays as it is. */
function writtenDate(day: string, form: DateForm, format: DropFormat): Cell {
  const m = YMD.exec(day);
  if (!m) return day;
  const [y, mo, d] = [m[1]!, String(+m[2]!), String(+m[3]!)];
  if (form === 'slash') return `${y}/${mo}/${d}`;
  if (form === 'zh') return `${y}年${mo}月${d}日`;
  if (form === 'serial' && format === 'xlsx') return excelSerial(day) ?? day;
  return day;
}

/** `1234567.5` → `1,234,567.5`; a sign and the decimals are kept. */
export function groupThousands(s: string): string {
  return s.replace(/^(-?)(\d+)/, (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+$)/g, ','));
}

/** An amount string as an xlsx number when the number says exactly the same. */
function amountCell(s: string, style: CellStyle, format: DropFormat): Cell {
  if (format === 'xlsx') {
    const n = Number(s);
    return Number.isFinite(n) && String(n) === s ? n : s;
  }
  return style.thousands ? groupThousands(s) : s;
}

/** One JSON value as the cell of a column of the given kind. */
export function toCell(kind: CellKind, value: unknown, style: CellStyle, format: DropFormat, rand: Rand): Cell {
  if (value === null || value === undefined || value === '') return format === 'csv' ? '' : null;
  if (typeof kind === 'object') {
    const code = String(value);
    const useName = style.enums === 'code' ? false : style.enums === 'mixed' ? chance(rand, 0.7) : true;
    return useName ? labelOf(kind.list, code, 'zh') : code;
  }
  switch (kind) {
    case 'bool':
      return value === true ? '是' : value === false ? '否' : String(value);
    case 'int':
      if (typeof value !== 'number') return String(value);
      return format === 'xlsx' ? value : style.thousands ? groupThousands(String(value)) : String(value);
    case 'decimal':
      return amountCell(String(value), style, format);
    case 'date': {
      const forms: DateForm[] = format === 'xlsx' ? ['iso', 'slash', 'zh', 'serial'] : ['iso', 'slash', 'zh'];
      const form = style.dates === 'mixed' ? pick(rand, forms) : (style.dates ?? 'iso');
      return writtenDate(String(value), form, format);
    }
    default: // text and timestamps are written as sent
      return String(value);
  }
}
