// The tables behind the coverage figures: each panel's accessible table and
// CSV are built from the very rows its chart draws.
import { formatInt, formatRate } from '#lib/format.ts';
import type { Lang } from '#lib/i18n.ts';
import { rowsSummary, tableOf, type FieldSpec, type TableModel } from '#lib/table.ts';
import type { LabelledRow } from '#lib/view.ts';
import { coverageText } from './text.ts';

type Field = 'enterprises' | 'visited' | 'visit_coverage' | 'party_org_coverage';

const CELLS: Record<Field, Pick<FieldSpec<LabelledRow>, 'kind' | 'cell'>> = {
  enterprises: { kind: 'int', cell: (r) => r.enterprises },
  visited: { kind: 'int', cell: (r) => r.visited },
  visit_coverage: { kind: 'rate', cell: (r) => r.visit_coverage.value },
  party_org_coverage: { kind: 'rate', cell: (r) => r.party_org_coverage.value },
};

export function breakdownTable(rows: LabelledRow[], lang: Lang, dimension: 'district' | 'ownership', fields: Field[]): TableModel {
  const c = coverageText[lang].columns;
  return tableOf(
    rows,
    c[dimension],
    fields.map((f) => ({ key: f, label: c[f], ...CELLS[f] })),
  );
}

/** What a screen reader hears in place of the chart: how many bars, and the largest. */
export function chartSummary(rows: LabelledRow[], lang: Lang, field: Field): string {
  return rowsSummary(rows, lang, (r) =>
    field === 'enterprises' || field === 'visited' ? formatInt(r[field], lang) : formatRate(r[field].value),
  );
}

export interface MembersFigures {
  period: string | null;
  members: number;
  legalEntities: number;
}

/** The members figure has no breakdown: one row, its year. */
export function membersTable(m: MembersFigures, lang: Lang): TableModel {
  const c = coverageText[lang].columns;
  return {
    columns: [
      { key: 'period', label: c.period, kind: 'text' },
      { key: 'members', label: c.members, kind: 'int' },
      { key: 'legal_entities_covered', label: c.legal_entities_covered, kind: 'int' },
    ],
    rows: [{ code: m.period ?? '', period: m.period, members: m.members, legal_entities_covered: m.legalEntities }],
  };
}
