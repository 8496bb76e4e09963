// The data behind a figure, as one table model: the figure panel renders it
// as the accessible table and as the CSV download, and the API writes its CSV
// with the same writer (csvFile of @liaison/schemas, the project's one) — so
// what is shown, what is downloaded and what the API returns are one set of rows.
import { csvFile, type CsvCell } from '@liaison/schemas';
import { formatDays, formatInt, formatRate, formatTime } from './format.ts';
import type { Lang } from './i18n.ts';
import { formatYuanExact } from './money.ts';

export type Cell = CsvCell;

export interface Column {
  key: string;
  label: string;
  /**
   * text: as is; int: a count; rate: a 0–1 fraction shown as a percentage;
   * yuan: an exact decimal string of yuan, every digit shown; days: a number
   * of days (1 decimal); time: an ISO instant shown in China Standard Time.
   */
  kind: 'text' | 'int' | 'rate' | 'yuan' | 'days' | 'time';
}

export interface TableModel {
  columns: Column[];
  /** Cells by column key; a `code` field, shown or not, identifies the row (data-code). */
  rows: Array<Record<string, Cell>>;
}

export function displayCell(value: Cell, kind: Column['kind'], lang: Lang): string {
  if (value === null) return '—';
  if (kind === 'int' && typeof value === 'number') return formatInt(value, lang);
  if (kind === 'rate' && typeof value === 'number') return formatRate(value);
  if (kind === 'yuan' && typeof value === 'string') return formatYuanExact(value);
  if (kind === 'days' && typeof value === 'number') return formatDays(value, lang, false);
  if (kind === 'time' && typeof value === 'string') return formatTime(value) ?? value;
  return String(value);
}

/** The CSV file of a table model: the column labels as header, raw values (rates as 0–1 fractions). */
export function tableCsv(model: TableModel): string {
  return csvFile(
    model.columns.map((c) => c.label),
    model.rows.map((r) => model.columns.map((c) => r[c.key] ?? null)),
  );
}

/**
 * Headers of a CSV file served as a download (the API's `?format=csv`, the
 * console's export): saved under `fileName`, each character other than ASCII
 * letters, digits, `.`, `_` and `-` replaced by `_` so the header stays valid.
 */
export function csvDownloadHeaders(fileName: string): Record<string, string> {
  const safe = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  return { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${safe}"` };
}

/** A `data:` URL of a CSV file for the download link (with its `download` file name); it works without JavaScript. */
export function csvDataUrl(file: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(file)}`;
}

/** A column of a figure's table, read from its rows. */
export interface FieldSpec<Row> extends Column {
  cell: (row: Row) => Cell;
}

/** The table of a breakdown figure: the slice's label first, then the given fields; rows keep their code. */
export function tableOf<Row extends { code: string; label: string }>(
  rows: readonly Row[],
  dimension: string,
  fields: ReadonlyArray<FieldSpec<Row>>,
): TableModel {
  return {
    columns: [{ key: 'label', label: dimension, kind: 'text' }, ...fields.map(({ key, label, kind }) => ({ key, label, kind }))],
    rows: rows.map((r) => ({ code: r.code, label: r.label, ...Object.fromEntries(fields.map((f) => [f.key, f.cell(r)])) })),
  };
}

/** What a screen reader hears in place of a chart: how many bars, and the first (largest) one. */
export function chartSummary(lang: Lang, count: number, first?: { label: string; value: string }): string {
  if (!first) return lang === 'zh' ? '无数据。' : 'No data.';
  return lang === 'zh'
    ? `共 ${count} 项，首项为${first.label}（${first.value}）。详见下方数据表。`
    : `${count} bars; first: ${first.label} (${first.value}). See the data table below.`;
}

/** The chart summary of ranked rows: how many, and the first with its value as `show` prints it. */
export function rowsSummary<R extends { label: string }>(rows: readonly R[], lang: Lang, show: (r: R) => string): string {
  const top = rows[0];
  return chartSummary(lang, rows.length, top && { label: top.label, value: show(top) });
}

/** The chart summary of rows drawn by a count. */
export function countSummary<R extends { label: string }>(rows: readonly R[], lang: Lang, n: (r: R) => number): string {
  return rowsSummary(rows, lang, (r) => formatInt(n(r), lang));
}
