// The ingest worker: runs the sync workflows and their activities on one task
// queue. Schedules are not created here: that is `liaison sources apply`.
import { NativeConnection, Worker } from '@temporalio/worker';
import { fileURLToPath } from 'node:url';
import { createClickHouseClient } from '@liaison/warehouse';
import { createActivities } from './activities/index.ts';
import type { IngestSettings } from './env.ts';

export const WORKFLOWS_PATH = fileURLToPath(new URL('./workflows.ts', import.meta.url));

export async function createIngestWorker(settings: IngestSettings, env: Record<string, string | undefined>) {
  const connection = await NativeConnection.connect({
    address: settings.temporal.address,
    tls: settings.temporal.tls,
    ...(settings.temporal.apiKey ? { apiKey: settings.temporal.apiKey } : {}),
  });
  const ch = createClickHouseClient(settings.clickhouse);
  const worker = await Worker.create({
    connection,
    namespace: settings.temporal.namespace,
    taskQueue: settings.temporal.taskQueue,
    workflowsPath: WORKFLOWS_PATH,
    activities: createActivities({ ch, sourcesFile: settings.sourcesFile, env }),
  });
  return {
    worker,
    async close(): Promise<void> {
      await ch.close();
      await connection.close();
    },
  };
}
