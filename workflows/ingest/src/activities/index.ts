// All ingestion activities, built from their dependencies (the worker passes
// the real ClickHouse client and the environment holding the sources' secrets;
// tests pass their own).
import { appliedSourcesReader } from '@liaison/warehouse';
import { abandonedRunActivities } from './abandoned-runs.ts';
import { alertActivities } from './alerts.ts';
import type { ActivityDeps, ActivityInputs } from './deps.ts';
import { readerActivities } from './readers.ts';
import { runActivities } from './runs.ts';

export type { ActivityDeps, ActivityInputs };

export function createActivities(inputs: ActivityInputs) {
  const deps: ActivityDeps = { ...inputs, appliedSources: appliedSourcesReader(inputs.ch) };
  return { ...runActivities(deps), ...abandonedRunActivities(deps), ...readerActivities(deps), ...alertActivities(deps) };
}

export type IngestActivities = ReturnType<typeof createActivities>;
