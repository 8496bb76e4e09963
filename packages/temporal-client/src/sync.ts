// Starting and following syncs: a sync, a re-run of a failed run, a backfill
// of a window, a quarantine replay — all the one sync workflow under the source's fixed id, so at
// most one runs per source (a second start is SyncAlreadyRunning). Also its
// progress query and its description.
import {
  WorkflowExecutionAlreadyStartedError,
  type Client,
  type WorkflowExecutionDescription,
  type WorkflowHandle,
  type WorkflowHandleWithFirstExecutionRunId,
} from '@temporalio/client';
import { PROGRESS_QUERY, SYNC_WORKFLOW_TYPE, syncWorkflowId, type Progress, type SyncRequest, type SyncSummary } from './sync-types.ts';

/** A started sync; its first run id is what `liaison sync --json` prints. */
export type StartedSync = WorkflowHandleWithFirstExecutionRunId;

export class SyncAlreadyRunning extends Error {
  override readonly name = 'SyncAlreadyRunning';
}

export async function startSync(client: Client, taskQueue: string, req: SyncRequest): Promise<StartedSync> {
  try {
    return await client.workflow.start(SYNC_WORKFLOW_TYPE, {
      taskQueue,
      workflowId: syncWorkflowId(req.sourceId),
      args: [req],
    });
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) {
      throw new SyncAlreadyRunning(`a sync of '${req.sourceId}' is already running (workflow ${syncWorkflowId(req.sourceId)})`);
    }
    throw err;
  }
}

/** Re-runs a failed run over its recorded window. */
export function startRerun(client: Client, taskQueue: string, o: { sourceId: string; runId: string }): Promise<StartedSync> {
  return startSync(client, taskQueue, { sourceId: o.sourceId, mode: 'rerun', rerunOf: o.runId });
}

/** Validates the source's held records again and loads those now valid (mode `replay`); the source is not read. */
export function startReplay(client: Client, taskQueue: string, o: { sourceId: string }): Promise<StartedSync> {
  return startSync(client, taskQueue, { sourceId: o.sourceId, mode: 'replay' });
}

/** Re-pulls a window (UTC ISO instants, `to` exclusive). */
export function startBackfill(
  client: Client,
  taskQueue: string,
  o: { sourceId: string; window: { from: string; to: string } },
): Promise<StartedSync> {
  return startSync(client, taskQueue, { sourceId: o.sourceId, mode: 'backfill', window: o.window });
}

export async function runSync(client: Client, taskQueue: string, req: SyncRequest): Promise<SyncSummary> {
  const handle = await startSync(client, taskQueue, req);
  return (await handle.result()) as SyncSummary;
}

/** The latest run of a source's sync (it continues as new, so not a fixed run id). */
export function syncHandle(client: Client, sourceId: string): WorkflowHandle {
  return client.workflow.getHandle(syncWorkflowId(sourceId));
}

/** Where the running sync of a source is; rejects between continue-as-new hops. */
export function queryProgress(client: Client, sourceId: string): Promise<Progress> {
  return syncHandle(client, sourceId).query<Progress>(PROGRESS_QUERY);
}

export function describeSync(client: Client, sourceId: string): Promise<WorkflowExecutionDescription> {
  return syncHandle(client, sourceId).describe();
}
