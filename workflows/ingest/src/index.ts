// What other deployables (the dev stack, tests) use of ingestion. Settings
// live in @liaison/config and the client side of syncs in
// @liaison/temporal-client; they are not re-exported here.
export * from './sources.ts';
export * from './schedules.ts';
export * from './types.ts';
export { createActivities, type IngestActivities } from './activities/index.ts';
export { createIngestWorker, WORKFLOWS_PATH } from './worker.ts';
export * from './ids.ts';
