// Entry point of the worker process: `node workflows/ingest/src/worker-main.ts`.
import { parseIngestEnv } from './env.ts';
import { createIngestWorker } from './worker.ts';

const settings = parseIngestEnv(process.env);
const { worker, close } = await createIngestWorker(settings, process.env);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => worker.shutdown());
console.log(`worker: polling ${settings.temporal.taskQueue} on ${settings.temporal.address}`);
await worker.run();
await close();
