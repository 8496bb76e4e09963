// What every figures view needs beside its figures: the sources' as-of list,
// the data-quality note of the feeding sources, and ranked rows.
import type { Freshness, QualityResult } from '@liaison/metrics';
import type { Lang } from '../../i18n.ts';
import type { QualityNote, SourceAsOf } from '../../view.ts';
import { sourcesAsOf } from './labels.ts';
import { sources, type SourceConfig } from '../sources.ts';

export function asOfView(result: Freshness, lang: Lang): { sources: SourceAsOf[]; stale: boolean } {
  return { sources: sourcesAsOf(result.as_of, sources(), lang), stale: result.stale };
}

/** Records of these feeding sources now in quarantine; incomplete demands when the figures are demands'. */
export function qualityNote(quality: QualityResult, feeds: readonly SourceConfig[], demands = false): QualityNote {
  const ids = new Set(feeds.map((f) => f.id));
  const quarantined = quality.sources.filter((s) => ids.has(s.source_id)).reduce((n, s) => n + s.quarantined, 0);
  return { quarantined, incomplete: demands ? quality.incomplete_demands : null };
}

/** Largest first by `by`; ties (and equal values) keep the code order. */
export function ranked<R extends { code: string }>(rows: readonly R[], by: (a: R, b: R) => number): R[] {
  return [...rows].sort((a, b) => by(b, a) || a.code.localeCompare(b.code));
}
