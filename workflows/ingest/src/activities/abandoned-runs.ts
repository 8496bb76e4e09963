// A terminated sync had no chance to book its run: the next sync of the
// source closes such runs as `cancelled`, with the reason, before it begins.
import { cancelAbandonedRuns } from '@liaison/warehouse';
import type { ActivityDeps } from './deps.ts';

export function abandonedRunActivities(deps: ActivityDeps) {
  const now = deps.now ?? (() => new Date());
  return {
    async closeAbandonedRuns(o: { sourceId: string; runId: string }): Promise<string[]> {
      return cancelAbandonedRuns(deps.ch, {
        sourceId: o.sourceId,
        exceptRunId: o.runId,
        reason: `the sync's workflow ended without closing this run (terminated or lost); closed by run ${o.runId}`,
        finishedAt: now().toISOString(),
      });
    },
  };
}
