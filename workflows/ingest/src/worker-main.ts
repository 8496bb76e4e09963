// Entry point of the worker process: `node workflows/ingest/src/worker-main.ts`.
// Settings (Temporal, ClickHouse, LIAISON_LOG_LEVEL, default WARN) are parsed
// once by @liaison/config; a bad one stops start-up naming it. The sources are
// the applied configuration in the warehouse, not a file of this worker's.
// Logs are JSON lines (log.ts). SIGTERM drains: the worker stops polling,
// running activities are cancelled and handed back (retried elsewhere), and
// the process exits 0.
import { Runtime } from '@temporalio/worker';
import { parseWorkerEnv } from '@liaison/config';
import { jsonLogLine, jsonRuntimeLogger } from './log.ts';
import { createIngestWorker } from './worker.ts';

const settings = parseWorkerEnv();
Runtime.install({ logger: jsonRuntimeLogger(settings.logLevel) });

const { worker, close } = await createIngestWorker(settings, settings.secrets);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
const { taskQueue, address } = settings.temporal;
const started = {
  level: 'INFO' as const,
  message: 'worker polling',
  meta: { taskQueue, address },
  timestampNanos: BigInt(Date.now()) * 1_000_000n,
};
console.log(jsonLogLine(started));
await worker.run();
await close();
