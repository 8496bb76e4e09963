// Entry point of the worker process: `node workflows/ingest/src/worker-main.ts`.
// Settings (Temporal, ClickHouse, sources file, LIAISON_LOG_LEVEL, default
// WARN) are parsed once by @liaison/config; a bad one stops start-up naming it.
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
