// The tables behind the investment figures: each panel's accessible table and
// CSV are built from the very rows its chart draws; money stays an exact string.
import type { Lang } from '#lib/i18n.ts';
import { formatYuan } from '#lib/money.ts';
import { rowsSummary, tableOf, type FieldSpec, type TableModel } from '#lib/table.ts';
import { investmentText } from './text.ts';
import type { InvestmentRow } from './view.server.ts';

type Field =
  | 'projects'
  | 'investment_yuan'
  | 'agreements'
  | 'joint_ventures'
  | 'key_projects'
  | 'key_investment_yuan'
  | 'planned_items'
  | 'planned_investment_yuan';

const CELLS: Record<Field, Pick<FieldSpec<InvestmentRow>, 'kind' | 'cell'>> = {
  projects: { kind: 'int', cell: (r) => r.projects },
  investment_yuan: { kind: 'yuan', cell: (r) => r.investment_yuan },
  agreements: { kind: 'int', cell: (r) => r.agreements },
  joint_ventures: { kind: 'int', cell: (r) => r.joint_ventures },
  key_projects: { kind: 'int', cell: (r) => r.key_projects },
  key_investment_yuan: { kind: 'yuan', cell: (r) => r.key_investment_yuan },
  planned_items: { kind: 'int', cell: (r) => r.planned_by_members?.items ?? null },
  planned_investment_yuan: { kind: 'yuan', cell: (r) => r.planned_by_members?.investment_yuan ?? null },
};

export const ALL_FIELDS: Field[] = Object.keys(CELLS) as Field[];

export function investmentTable(
  rows: readonly InvestmentRow[],
  lang: Lang,
  dimension: 'district' | 'sector' | 'stage' | 'quarter' | 'source_event',
  fields: readonly Field[],
): TableModel {
  const c = investmentText[lang].columns;
  return tableOf(
    rows,
    c[dimension],
    fields.map((f) => ({ key: f, label: c[f], ...CELLS[f] })),
  );
}

export function yuanSummary(rows: readonly InvestmentRow[], lang: Lang, yuan: (r: InvestmentRow) => string): string {
  return rowsSummary(rows, lang, (r) => formatYuan(yuan(r), lang));
}
