// The sources configuration as last applied (`pnpm liaison sources apply`,
// published in the warehouse), which decides whose sync times a figure's
// `as_of` lists. The dashboard reads no file of its own: whichever host it
// runs on, it follows the applied version. Pages ask synchronously, so the
// list is kept here and refreshed in the background: at most RECHECK_MS after
// an apply the next request sees the new version (one cheap query for the
// latest version number; the content is parsed once per version).
import type { SourceConfig } from '@liaison/config';
import { appliedSourcesReader, type AppliedSourceConfigs } from '@liaison/warehouse';
import { clickhouse } from './clickhouse.ts';

export type { SourceConfig };

const RECHECK_MS = 5_000;

let read: (() => Promise<AppliedSourceConfigs>) | undefined;
let applied: AppliedSourceConfigs | undefined;
let checkedAt = -Infinity;
let refreshing: Promise<void> | undefined;
let lastProblem: string | undefined;

/** Re-reads the applied version; a failure keeps the last list and is logged once per message. */
export function refreshSources(): Promise<void> {
  read ??= appliedSourcesReader(clickhouse());
  const reader = read;
  checkedAt = Date.now();
  refreshing ??= reader()
    .then((latest) => {
      applied = latest;
      lastProblem = undefined;
    })
    .catch((err: unknown) => {
      const problem = (err as Error).message;
      if (problem !== lastProblem) console.error(`[sources] ${problem}${applied ? ` (keeping version ${applied.version})` : ''}`);
      lastProblem = problem;
    })
    .finally(() => {
      refreshing = undefined;
    });
  return refreshing;
}

/** The applied sources as last read (none until the first read answers, or when nothing was applied yet). */
export function sources(): SourceConfig[] {
  if (Date.now() - checkedAt >= RECHECK_MS) void refreshSources();
  return applied?.sources ?? [];
}
