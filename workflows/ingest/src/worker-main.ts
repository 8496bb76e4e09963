// Entry point of the worker process: `node workflows/ingest/src/worker-main.ts`.
// Settings (Temporal, ClickHouse, LIAISON_LOG_LEVEL, default WARN) are parsed
// once by @liaison/config; a bad one stops start-up naming it. The sources are
// the applied configuration in the warehouse, not a file of this worker's.
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { parseWorkerEnv } from '@liaison/config';
import { createIngestWorker } from './worker.ts';

const settings = parseWorkerEnv();
Runtime.install({ logger: new DefaultLogger(settings.logLevel) });

const { worker, close } = await createIngestWorker(settings, settings.secrets);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
console.log(`worker: polling ${settings.temporal.taskQueue} on ${settings.temporal.address}`);
await worker.run();
await close();
