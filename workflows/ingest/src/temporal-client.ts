// Temporal client side: connect, start a sync (at most one per source), wait.
import { Client, Connection, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { TemporalSettings } from './env.ts';
import type { SyncRequest, SyncSummary } from './types.ts';
import { syncWorkflowId } from './ids.ts';

export async function connectTemporal(t: TemporalSettings): Promise<Client> {
  const connection = await Connection.connect({
    address: t.address,
    tls: t.tls,
    ...(t.apiKey ? { apiKey: t.apiKey } : {}),
  });
  return new Client({ connection, namespace: t.namespace });
}

export class SyncAlreadyRunning extends Error {
  override readonly name = 'SyncAlreadyRunning';
}

export async function startSync(client: Client, taskQueue: string, req: SyncRequest) {
  try {
    return await client.workflow.start('syncSource', {
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

export async function runSync(client: Client, taskQueue: string, req: SyncRequest): Promise<SyncSummary> {
  const handle = await startSync(client, taskQueue, req);
  return (await handle.result()) as SyncSummary;
}
