// Column layout of an export: the spec's Chinese headers, in the table's
// order or shuffled (each district's system orders them its own way), plus
// the extra columns real exports carry and the connector must ignore.
import { FILE_COLUMNS, type CellKind, type Collection } from '@liaison/schemas';
import { shuffle, type Rand } from '../demo-data/random.ts';

export interface LayoutStyle {
  /** Shuffle the columns (seeded). */
  shuffleColumns?: boolean;
  /** Add columns outside the spec: 序号, 备注, 数据来源. */
  extraColumns?: boolean;
}

/** A column of the file: a record field, or an extra the district adds. */
export type LayoutColumn = { header: string; key: string; kind: CellKind } | { header: string; extra: 'seq' | 'remark' | 'origin' };

const EXTRAS = [
  { header: '序号', extra: 'seq' },
  { header: '备注', extra: 'remark' },
  { header: '数据来源', extra: 'origin' },
] as const satisfies readonly LayoutColumn[];

export function layoutOf(collection: Collection, style: LayoutStyle, rand: Rand): LayoutColumn[] {
  const fields: LayoutColumn[] = Object.entries(FILE_COLUMNS[collection] as Record<string, readonly [string, CellKind]>).map(
    ([key, [header, kind]]) => ({ header, key, kind }),
  );
  const columns = style.shuffleColumns ? shuffle(rand, fields) : fields;
  if (!style.extraColumns) return columns;
  const [seq, ...others] = EXTRAS;
  // 序号 leads, as in most exports; the others land anywhere.
  for (const extra of others) columns.splice(Math.floor(rand() * (columns.length + 1)), 0, extra);
  return [seq, ...columns];
}

const REMARKS = ['', '', '', '已核实', '待补充材料', '数据已更正', '联系人变更'];

/** The value of an extra column for the data row at `index` (0-based). */
export function extraCell(extra: 'seq' | 'remark' | 'origin', index: number, districtZh: string, rand: Rand): string {
  if (extra === 'seq') return String(index + 1);
  if (extra === 'remark') return REMARKS[Math.floor(rand() * REMARKS.length)]!;
  return `${districtZh}企业服务平台`;
}
