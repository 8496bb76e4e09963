// What other deployables (the dev stack, tests) use of ingestion.
export * from './env.ts';
export * from './sources.ts';
export * from './schedules.ts';
export * from './temporal-client.ts';
export * from './types.ts';
export { createActivities, type IngestActivities } from './activities/index.ts';
export { createIngestWorker, WORKFLOWS_PATH } from './worker.ts';
export * from './ids.ts';
