// `?format=csv` of the figures endpoints: every breakdown in one long table,
// one row per slice — `dimension,code,label`, then the figures — with each
// rate as its exact fraction and its rounded value and money as its exact
// decimal string, so the CSV carries the same figures as the JSON.
import type { Rate } from '@liaison/metrics';
import { csvFile } from '@liaison/schemas';
import type { Cell } from '../../table.ts';

export interface CsvColumn<Row> {
  header: string;
  cell: (row: Row) => Cell;
}

export interface Slice<Row> {
  code: string | null;
  label: string;
  row: Row;
}

/** A rate as three columns: `name_numerator`, `name_denominator`, `name` (rounded, empty when null). */
export function rateColumns<Row>(name: string, rate: (row: Row) => Rate): Array<CsvColumn<Row>> {
  return [
    { header: `${name}_numerator`, cell: (r) => rate(r).numerator },
    { header: `${name}_denominator`, cell: (r) => rate(r).denominator },
    { header: name, cell: (r) => rate(r).value },
  ];
}

export function breakdownCsv<Row>(
  columns: ReadonlyArray<CsvColumn<Row>>,
  dimensions: ReadonlyArray<{ name: string; slices: ReadonlyArray<Slice<Row>> }>,
): string {
  return csvFile(
    ['dimension', 'code', 'label', ...columns.map((c) => c.header)],
    dimensions.flatMap(({ name, slices }) => slices.map((s) => [name, s.code ?? '', s.label, ...columns.map((c) => c.cell(s.row))])),
  );
}
