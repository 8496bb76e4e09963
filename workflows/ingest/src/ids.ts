// Names shared by the workflows and their clients, kept out of workflows.ts so
// clients need not load workflow code.
import type { Counts } from './types.ts';

/** One fixed id per source: Temporal refuses a second running sync of it. */
export const syncWorkflowId = (sourceId: string): string => `sync-${sourceId}`;

export const PROGRESS_QUERY = 'progress';
export type Progress = { runId: string; collection: string | null; pageNo: number } & Counts;
