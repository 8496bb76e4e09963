// The tables behind the coverage figures: each panel's accessible table and
// CSV are built from the very rows its chart draws.
import { formatInt, formatRate } from '#lib/format.ts';
import { messages, type Lang } from '#lib/i18n.ts';
import type { Column, TableModel } from '#lib/table.ts';
import type { LabelledRow } from '#lib/view.ts';

type Field = 'enterprises' | 'visited' | 'visit_coverage' | 'party_org_coverage';

const KIND: Record<Field, Column['kind']> = {
  enterprises: 'int',
  visited: 'int',
  visit_coverage: 'rate',
  party_org_coverage: 'rate',
};

export function breakdownTable(
  rows: LabelledRow[],
  lang: Lang,
  dimension: 'district' | 'ownership',
  fields: Field[],
): TableModel {
  const c = messages[lang].columns;
  return {
    columns: [
      { key: 'label', label: c[dimension], kind: 'text' },
      ...fields.map((f): Column => ({ key: f, label: c[f], kind: KIND[f] })),
    ],
    rows: rows.map((r) => ({
      code: r.code,
      label: r.label,
      enterprises: r.enterprises,
      visited: r.visited,
      visit_coverage: r.visit_coverage.value,
      party_org_coverage: r.party_org_coverage.value,
    })),
  };
}

/** What a screen reader hears in place of the chart: how many bars, and the largest. */
export function chartSummary(rows: LabelledRow[], lang: Lang, field: 'enterprises' | 'visit_coverage'): string {
  const top = rows[0];
  if (!top) return messages[lang].noData;
  const v = field === 'enterprises' ? formatInt(top.enterprises, lang) : formatRate(top.visit_coverage.value);
  return lang === 'zh'
    ? `共 ${rows.length} 项，最高为${top.label}（${v}）。详见下方数据表。`
    : `${rows.length} bars; highest: ${top.label} (${v}). See the data table below.`;
}
