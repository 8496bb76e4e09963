// The tables behind the demand figures: each panel's accessible table and CSV
// are built from the very rows its chart draws.
import { formatRate } from '#lib/format.ts';
import type { Lang } from '#lib/i18n.ts';
import { rowsSummary, tableOf, type FieldSpec, type TableModel } from '#lib/table.ts';
import { demandsText } from './text.ts';
import type { BacklogRow, DemandsRow } from './view.server.ts';

type Field =
  'demands' | 'resolved' | 'open' | 'resolution_rate' | 'on_time' | 'on_time_rate' | 'median_days_to_resolve' | 'satisfaction_rate';

const CELLS: Record<Field, Pick<FieldSpec<DemandsRow>, 'kind' | 'cell'>> = {
  demands: { kind: 'int', cell: (r) => r.demands },
  resolved: { kind: 'int', cell: (r) => r.resolved },
  open: { kind: 'int', cell: (r) => r.open_backlog.total },
  resolution_rate: { kind: 'rate', cell: (r) => r.resolution_rate.value },
  on_time: { kind: 'int', cell: (r) => r.on_time },
  on_time_rate: { kind: 'rate', cell: (r) => r.on_time_rate.value },
  median_days_to_resolve: { kind: 'days', cell: (r) => r.median_days_to_resolve },
  satisfaction_rate: { kind: 'rate', cell: (r) => r.satisfaction_rate.value },
};

export const ALL_FIELDS = Object.keys(CELLS) as Field[];

export function demandsTable(
  rows: readonly DemandsRow[],
  lang: Lang,
  dimension: 'month' | 'category' | 'district' | 'channel' | 'department',
  fields: readonly Field[] = ALL_FIELDS,
): TableModel {
  const c = demandsText[lang].columns;
  return tableOf(
    rows,
    c[dimension],
    fields.map((f) => ({ key: f, label: c[f], ...CELLS[f] })),
  );
}

export function backlogTable(rows: readonly BacklogRow[], lang: Lang): TableModel {
  const c = demandsText[lang].columns;
  return tableOf(rows, c.age, [{ key: 'open', label: c.open, kind: 'int', cell: (r) => r.open }]);
}

export function rateSummary(rows: readonly DemandsRow[], lang: Lang, rate: (r: DemandsRow) => number | null): string {
  return rowsSummary(rows, lang, (r) => formatRate(rate(r)));
}
