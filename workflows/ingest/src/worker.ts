// The ingest worker: runs the sync workflows and their activities on one task
// queue. Schedules are not created here: that is `liaison sources apply`.
// Settings come parsed from @liaison/config; `env` holds the sources' secrets.
import { NativeConnection, Worker } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { temporalConnectionOptions, type IngestSettings } from '@liaison/config';
import { createClickHouseClient } from '@liaison/warehouse';
import { createActivities } from './activities/index.ts';
import { ingestLogInterceptors } from './log.ts';

export const WORKFLOWS_PATH = fileURLToPath(new URL('./workflows.ts', import.meta.url));

/**
 * `workflowBundle`: workflows bundled beforehand (bundleWorkflowCode), instead
 * of bundling them from WORKFLOWS_PATH here, which takes seconds.
 */
export async function createIngestWorker(
  settings: IngestSettings & { publicUrl?: string | null },
  env: Record<string, string | undefined>,
  o: { workflowBundle?: { code: string } } = {},
) {
  const connection = await NativeConnection.connect(temporalConnectionOptions(settings.temporal));
  const ch = createClickHouseClient(settings.clickhouse);
  const worker = await Worker.create({
    connection,
    namespace: settings.temporal.namespace,
    taskQueue: settings.temporal.taskQueue,
    ...(o.workflowBundle ? { workflowBundle: o.workflowBundle } : { workflowsPath: WORKFLOWS_PATH }),
    activities: createActivities({ ch, env, publicUrl: settings.publicUrl ?? null }),
    interceptors: { activity: [ingestLogInterceptors] },
  });
  return {
    worker,
    async close(): Promise<void> {
      await ch.close();
      await connection.close();
    },
  };
}
