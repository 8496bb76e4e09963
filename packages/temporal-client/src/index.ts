// @liaison/temporal-client: what the CLI and the dashboard's console need of
// Temporal to start and follow syncs and to pause, resume and link to the
// sources' schedules, without the worker (no
// @temporalio/worker in a dashboard install).
export type { Client, WorkflowHandle } from '@temporalio/client';
export * from './sync-types.ts';
export * from './connect.ts';
export * from './sync.ts';
export * from './cancel.ts';
export * from './source-schedule.ts';
export * from './ui-links.ts';
