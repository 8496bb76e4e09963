// `?format=csv` of the quality API, one long table: a `source` row per
// source (its counts, last success, lag, stale), a `quarantine_reason` row per
// (source, collection, field path, issue code), and one `incomplete_demands`
// row. Columns that do not apply to a row are left empty.
import type { QualityResult } from '@liaison/metrics';
import type { Lang } from '#lib/i18n.ts';
import { qualityText } from './text.ts';
import { csvFile } from '@liaison/schemas';
import type { Cell } from '#lib/table.ts';
import { sourceLabel } from '#lib/server/figures/labels.ts';
import { sources } from '#lib/server/sources.ts';

const HEADER = [
  'dimension',
  'code',
  'label',
  'kind',
  'received',
  'loaded',
  'quarantined',
  'last_success',
  'lag_seconds',
  'stale',
  'last_run_status',
  'collection',
  'path',
  'issue_code',
  'records',
] as const;

type Line = Partial<Record<(typeof HEADER)[number], Cell>>;

export function qualityCsv(result: QualityResult, lang: Lang): string {
  const configs = sources();
  const lines: Line[] = [];
  for (const s of result.sources) {
    const label = sourceLabel(
      s.source_id,
      configs.find((c) => c.id === s.source_id),
      lang,
    );
    lines.push({
      dimension: 'source',
      code: s.source_id,
      label,
      kind: s.kind,
      received: s.received,
      loaded: s.loaded,
      quarantined: s.quarantined,
      last_success: s.last_success?.finished_at ?? null,
      lag_seconds: s.lag_seconds,
      stale: String(s.stale),
      last_run_status: s.last_run?.status ?? null,
    });
    for (const q of s.quarantine_reasons) {
      lines.push({
        dimension: 'quarantine_reason',
        code: s.source_id,
        label,
        kind: s.kind,
        collection: q.collection,
        path: q.path,
        issue_code: q.code,
        records: q.records,
      });
    }
  }
  lines.push({ dimension: 'incomplete_demands', label: qualityText[lang].incomplete, records: result.incomplete_demands });
  return csvFile(
    HEADER,
    lines.map((l) => HEADER.map((h) => l[h] ?? null)),
  );
}
