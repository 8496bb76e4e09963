// The tables behind the data-quality figures, from the rows the charts draw.
import type { Lang } from '#lib/i18n.ts';
import { tableOf, type TableModel } from '#lib/table.ts';
import { qualityText } from './text.ts';
import type { ReasonRow, SourceRow } from './view.server.ts';

export function sourcesTable(rows: readonly SourceRow[], lang: Lang): TableModel {
  const c = qualityText[lang].columns;
  return tableOf(rows, c.source, [
    { key: 'kind', label: c.kind, kind: 'text', cell: (r) => r.kind },
    { key: 'received', label: c.received, kind: 'int', cell: (r) => r.received },
    { key: 'loaded', label: c.loaded, kind: 'int', cell: (r) => r.loaded },
    { key: 'quarantined', label: c.quarantined, kind: 'int', cell: (r) => r.quarantined },
    { key: 'last_success', label: c.lastSuccess, kind: 'time', cell: (r) => r.lastSuccess },
    { key: 'lag', label: c.lag, kind: 'text', cell: (r) => r.lag },
    { key: 'stale', label: c.stale, kind: 'text', cell: (r) => r.stale },
    { key: 'last_run', label: c.lastRun, kind: 'text', cell: (r) => r.lastRun },
  ]);
}

export function reasonsTable(rows: readonly ReasonRow[], lang: Lang): TableModel {
  const c = qualityText[lang].columns;
  const table = tableOf(rows, c.source, [
    { key: 'collection', label: c.collection, kind: 'text', cell: (r) => r.collection },
    { key: 'path', label: c.path, kind: 'text', cell: (r) => r.path },
    { key: 'issue', label: c.code, kind: 'text', cell: (r) => r.issue },
    { key: 'records', label: c.records, kind: 'int', cell: (r) => r.records },
  ]);
  // the first column names the source alone; the chart's label adds collection and field
  return { ...table, rows: table.rows.map((row, i) => ({ ...row, label: rows[i]?.source ?? '' })) };
}
