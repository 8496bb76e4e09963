// Entry point of the worker process: `node workflows/ingest/src/worker-main.ts`.
// Logs at WARN by default (retried activity failures are worth seeing; the
// workflow bundler's module listing is not); LIAISON_LOG_LEVEL changes it.
import { DefaultLogger, Runtime, type LogLevel } from '@temporalio/worker';
import { parseIngestEnv } from './env.ts';
import { createIngestWorker } from './worker.ts';

const level = (process.env['LIAISON_LOG_LEVEL'] ?? 'WARN').toUpperCase() as LogLevel;
Runtime.install({ logger: new DefaultLogger(level) });

const settings = parseIngestEnv(process.env);
const { worker, close } = await createIngestWorker(settings, process.env);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
console.log(`worker: polling ${settings.temporal.taskQueue} on ${settings.temporal.address}`);
await worker.run();
await close();
