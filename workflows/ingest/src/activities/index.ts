// All ingestion activities, built from their dependencies (the worker passes
// the real ClickHouse client and configuration; tests pass their own).
import { abandonedRunActivities } from './abandoned-runs.ts';
import type { ActivityDeps } from './deps.ts';
import { readerActivities } from './readers.ts';
import { runActivities } from './runs.ts';

export type { ActivityDeps };

export function createActivities(deps: ActivityDeps) {
  return { ...runActivities(deps), ...abandonedRunActivities(deps), ...readerActivities(deps) };
}

export type IngestActivities = ReturnType<typeof createActivities>;
