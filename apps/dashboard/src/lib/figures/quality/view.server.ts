// The quality result laid out for the /quality page: headline counts, a row
// per source and per quarantine reason, labelled in the page's language.
import type { QualityResult } from '@liaison/metrics';
import { formatInt } from '#lib/format.ts';
import type { Lang } from '#lib/i18n.ts';
import { qualityText } from './text.ts';
import type { Headline } from '#lib/view.ts';
import { definitionsOf, sourceLabel } from '#lib/server/figures/labels.ts';
import { sources } from '#lib/server/sources.ts';
import { asOfView } from '#lib/server/figures/view-common.ts';

export interface SourceRow {
  code: string;
  label: string;
  kind: string;
  received: number;
  loaded: number;
  quarantined: number;
  lastSuccess: string | null;
  lag: string;
  stale: string;
  lastRun: string;
}

export interface ReasonRow {
  code: string;
  label: string;
  source: string;
  collection: string;
  path: string;
  issue: string;
  records: number;
}

/** Lag in words: minutes, hours and minutes, or days and hours. */
export function lagText(seconds: number | null, lang: Lang): string {
  const t = qualityText[lang];
  if (seconds === null) return t.never;
  const minutes = Math.floor(seconds / 60);
  const hours = Math.floor(minutes / 60);
  if (hours >= 48) return t.lagDays(formatInt(Math.floor(hours / 24), lang), String(hours % 24));
  return t.lag(formatInt(hours, lang), String(minutes % 60));
}

export function qualityView(result: QualityResult, lang: Lang) {
  const t = qualityText[lang];
  const configs = sources();
  const bySource: SourceRow[] = result.sources.map((s) => ({
    code: s.source_id,
    label: sourceLabel(
      s.source_id,
      configs.find((c) => c.id === s.source_id),
      lang,
    ),
    kind: t.kinds[s.kind as keyof typeof t.kinds] ?? s.kind,
    received: s.received,
    loaded: s.loaded,
    quarantined: s.quarantined,
    lastSuccess: s.last_success?.finished_at ?? null,
    lag: lagText(s.lag_seconds, lang),
    stale: s.stale ? t.yes : t.no,
    lastRun: s.last_run ? (t.runStatus[s.last_run.status as keyof typeof t.runStatus] ?? s.last_run.status) : '—',
  }));
  const reasons: ReasonRow[] = result.sources.flatMap((s) => {
    const source = bySource.find((r) => r.code === s.source_id)?.label ?? s.source_id;
    return s.quarantine_reasons.map((q) => {
      const collection = t.collections[q.collection as keyof typeof t.collections] ?? q.collection;
      return {
        code: `${s.source_id}/${q.collection}/${q.path}/${q.code}`,
        label: `${source} · ${collection} · ${q.path || '—'}`,
        source,
        collection,
        path: q.path,
        issue: q.code,
        records: q.records,
      };
    });
  });
  const quarantined = result.sources.reduce((n, s) => n + s.quarantined, 0);
  const headline: Headline[] = [
    { key: 'sources', label: t.headline.sources, kind: 'int', value: result.sources.length },
    { key: 'stale_sources', label: t.headline.staleSources, kind: 'int', value: result.sources.filter((s) => s.stale).length },
    { key: 'quarantined', label: t.headline.quarantined, kind: 'int', value: quarantined },
    ...(result.incomplete_demands === null
      ? []
      : [{ key: 'incomplete_demands', label: t.headline.incomplete, kind: 'int' as const, value: result.incomplete_demands }]),
  ];
  const c = t.columns;
  return {
    headline,
    bySource: [...bySource].sort((a, b) => b.quarantined - a.quarantined || a.code.localeCompare(b.code)),
    reasons: [...reasons].sort((a, b) => b.records - a.records || a.code.localeCompare(b.code)),
    ...asOfView(result, lang),
    definitions: {
      headline: definitionsOf(
        'quality',
        [
          ['stale', t.headline.staleSources],
          ['incomplete_demands', t.headline.incomplete],
        ],
        lang,
      ),
      bySource: definitionsOf(
        'quality',
        [
          ['received', c.received],
          ['loaded', c.loaded],
          ['quarantined', c.quarantined],
          ['last_success', c.lastSuccess],
          ['lag_seconds', c.lag],
          ['stale', c.stale],
        ],
        lang,
      ),
      reasons: definitionsOf('quality', [['quarantined', c.quarantined]], lang),
    },
  };
}

export type QualityView = ReturnType<typeof qualityView>;
