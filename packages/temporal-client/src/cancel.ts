// Cancelling a source's running sync: the workflow books its run as
// `cancelled` before it ends (workflows.ts), so this waits for that end.
import { WorkflowFailedError, WorkflowNotFoundError, type Client } from '@temporalio/client';
import { PROGRESS_QUERY, type Progress } from './sync-types.ts';
import { syncHandle } from './sync.ts';

export class NoSyncRunning extends Error {
  override readonly name = 'NoSyncRunning';
}

/** Cancels the running sync of a source and waits until it has ended; returns its run id. */
export async function cancelSync(client: Client, sourceId: string): Promise<{ runId: string | null }> {
  const handle = syncHandle(client, sourceId);
  const status = await handle.describe().then(
    (d) => d.status.name,
    (err: unknown) => {
      if (err instanceof WorkflowNotFoundError) return null;
      throw err;
    },
  );
  if (status !== 'RUNNING') throw new NoSyncRunning(`no sync of '${sourceId}' is running, so there is nothing to cancel`);
  const progress = await handle.query<Progress>(PROGRESS_QUERY).catch(() => null);
  await handle.cancel();
  await handle.result().catch((err: unknown) => {
    if (!(err instanceof WorkflowFailedError)) throw err;
  });
  return { runId: progress?.runId ?? null };
}
