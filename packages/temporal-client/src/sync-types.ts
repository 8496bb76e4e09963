// What the sync workflows and their clients agree on: workflow type names and
// ids, the request a sync starts with, its summary and its progress query.
// Plain types and constants with no imports, so the ingest workflows (bundled
// for Temporal's sandbox) and the clients (CLI, dashboard) share them without
// the clients depending on ingest. Everything here is small: records never
// pass through workflow history.

/** The workflow a sync runs as; started by the CLI, the console and the stack. */
export const SYNC_WORKFLOW_TYPE = 'syncSource';
/** The workflow a schedule starts; it skips when a sync is already running. */
export const SCHEDULED_WORKFLOW_TYPE = 'scheduledSync';

/** One fixed id per source: Temporal refuses a second running sync of it. */
export const syncWorkflowId = (sourceId: string): string => `sync-${sourceId}`;
/** The id of the workflow a source's schedule starts. */
export const scheduledWorkflowId = (sourceId: string): string => `scheduled-${sourceId}`;
/** The Temporal Schedule of a source, made by `sources apply`; every schedule id Liaison owns starts with the prefix. */
export const SCHEDULE_ID_PREFIX = 'liaison-sync-';
export const scheduleIdOf = (sourceId: string): string => `${SCHEDULE_ID_PREFIX}${sourceId}`;

export const PROGRESS_QUERY = 'progress';

/** The failure type of a sync that could not start; it was booked as a failed run, whose id is its first detail. */
export const SYNC_CANNOT_START = 'SyncCannotStart';

export type SyncMode = 'scheduled' | 'manual' | 'full' | 'backfill' | 'rerun';

export interface SyncRequest {
  sourceId: string;
  mode: SyncMode;
  /** Ignore the saved cursors (a full re-pull). */
  full?: boolean;
  /** Re-pull a fixed window instead of resuming from the cursor. */
  window?: { from: string | null; to: string | null };
  rerunOf?: string;
  /** Pages per workflow run before continue-as-new (default 400; tests lower it). */
  pagesPerRun?: number;
  /** How long a page activity may go without a heartbeat, in ms (default 20 s; tests lower it). */
  heartbeatTimeoutMs?: number;
}

export interface Counts {
  received: number;
  loaded: number;
  quarantined: number;
  duplicates: number;
}

export interface SyncSummary extends Counts {
  runId: string;
  sourceId: string;
  status: 'succeeded' | 'failed';
  error: string | null;
}

export type Progress = { runId: string; collection: string | null; pageNo: number } & Counts;
