// Alert workflows. Posting an alert is its own workflow (`alert-<event>-<source>-<run>`),
// started and left to run (parent close policy ABANDON): a chat robot that is
// down is retried with backoff by the activity's retry policy for as long as
// that takes, without holding up the sync (whose fixed workflow id would make
// the next scheduled sync skip) or the stale check. The workflow id keeps two
// posts of one event from running at once; alert_deliveries keeps a finished
// one from being posted again.
import { log, ParentClosePolicy, proxyActivities, startChild } from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { IngestActivities } from './activities/index.ts';
import type { AlertNotice } from './types.ts';

/** Deciding what is due: a few queries. A sync does not wait long on it, nor fail because of it. */
const deciding = proxyActivities<IngestActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumAttempts: 3 },
});

/** Posting: retried with backoff, for about a day, then given up (the workflow fails, visible in the Temporal UI). */
const posting = proxyActivities<IngestActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumInterval: '1 hour', maximumAttempts: 30 },
});

export async function deliverAlerts(notice: AlertNotice): Promise<void> {
  await posting.sendAlerts(notice);
}

async function startDelivery(notice: AlertNotice): Promise<void> {
  try {
    await startChild(deliverAlerts, {
      workflowId: `alert-${notice.event}-${notice.sourceId}-${notice.runId}`,
      args: [notice],
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
  } catch (err) {
    if (!(err instanceof WorkflowExecutionAlreadyStartedError)) throw err; // already being posted
  }
}

/** After a run is booked: posts its failure or recovery if one is due. Never fails the sync. */
export async function alertRunEnd(sourceId: string, runId: string): Promise<void> {
  try {
    for (const notice of await deciding.alertsForRunEnd({ sourceId, runId })) await startDelivery(notice);
  } catch (err) {
    log.warn('alerts of the run could not be decided', { sourceId, runId, error: (err as Error).message });
  }
}

/**
 * The periodic stale check. A source turns stale when nothing happens (its
 * schedule paused, its syncs hanging, the worker away), so no run's end can
 * notice it: a schedule of its own (schedules.ts) runs this every few minutes.
 */
export async function checkStaleSources(): Promise<number> {
  const notices = await deciding.staleAlerts();
  for (const notice of notices) await startDelivery(notice);
  return notices.length;
}
