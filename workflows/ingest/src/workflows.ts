// Temporal workflows of ingestion. Deterministic and small: they only decide
// what to fetch next and keep counts; activities do all I/O. One workflow run
// per sync; the workflow id `sync-<source>` makes Temporal itself guarantee at
// most one sync of a source at a time.
import {
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  ContinueAsNew,
  continueAsNew,
  defineQuery,
  executeChild,
  isCancellation,
  setHandler,
  proxyActivities,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import type { IngestActivities } from './activities/index.ts';
import { addCounts, type Counts, type RunStart, type SyncRequest, type SyncSummary, ZERO } from './types.ts';
import { laterCursor } from './cursor-order.ts';
import { PROGRESS_QUERY, SYNC_CANNOT_START, syncWorkflowId, type Progress } from './ids.ts';
import { alertRunEnd } from './alert-workflows.ts';

export { checkStaleSources, deliverAlerts } from './alert-workflows.ts';

const HEARTBEAT_TIMEOUT_MS = 20_000;
/**
 * Source I/O: retried with backoff. Permanent failures are not retried: the
 * activity marks them nonRetryable, as the connector decided (activities/to-failure.ts).
 */
const sourceActivities = (req: SyncRequest) =>
  proxyActivities<IngestActivities>({
    startToCloseTimeout: '10 minutes',
    // Short, so that an activity on a worker that died is retried elsewhere soon;
    // a slow page is waited for by heartbeating meanwhile (activities/heartbeat.ts).
    heartbeatTimeout: req.heartbeatTimeoutMs ?? HEARTBEAT_TIMEOUT_MS,
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '1 minute',
      maximumAttempts: 10,
    },
  });

/** Bookkeeping must eventually get through (it records failures too). */
const book = proxyActivities<IngestActivities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
});

/** Where a sync is, carried across continue-as-new. */
interface SyncState {
  start: RunStart;
  counts: Counts;
  collection: number;
  page: string | null;
  pageNo: number;
  cursor: string | null;
}

/** Live progress of a sync, for the CLI's progress display. */
export const progressQuery = defineQuery<Progress>(PROGRESS_QUERY);

// Keep each run's history well under Temporal's limits.
const PAGES_PER_RUN = 400;

export async function syncSource(req: SyncRequest, resume?: SyncState): Promise<SyncSummary> {
  const source = sourceActivities(req);
  const start = resume?.start ?? (await beginRun(req));
  const p: SyncState = resume ?? { start, counts: ZERO, collection: 0, page: null, pageNo: 0, cursor: null };
  let pagesHere = 0;
  setHandler(progressQuery, () => ({
    runId: start.runId,
    collection: start.collections[p.collection]?.collection ?? null,
    pageNo: p.pageNo,
    ...p.counts,
  }));
  try {
    for (; p.collection < start.collections.length; p.collection++) {
      const c = start.collections[p.collection]!;
      do {
        const r = await source.syncPage({
          ...c,
          runId: start.runId,
          sourceId: req.sourceId,
          to: start.windowTo,
          reload: start.reload,
          page: p.page,
          pageNo: p.pageNo,
        });
        p.counts = addCounts(p.counts, r);
        p.cursor = laterCursor(p.cursor, r.cursor);
        p.page = r.next;
        p.pageNo++;
        if (++pagesHere >= (req.pagesPerRun ?? PAGES_PER_RUN) || workflowInfo().continueAsNewSuggested) {
          if (p.page !== null) await continueAsNew<typeof syncSource>(req, p);
        }
      } while (p.page !== null);
      if (p.cursor !== null) {
        await book.saveCursor({ sourceId: req.sourceId, collection: c.collection, cursor: p.cursor, runId: start.runId });
      }
      p.page = null;
      p.pageNo = 0;
      p.cursor = null;
    }
  } catch (err) {
    if (err instanceof ContinueAsNew) throw err; // not a failure: the run goes on in a new execution
    if (isCancellation(err)) {
      // Booked even though the workflow is being cancelled, so the run never stays `running`.
      const cancelled = { runId: start.runId, status: 'cancelled' as const, counts: p.counts, error: 'cancelled by an operator' };
      await CancellationScope.nonCancellable(() => book.finishRun(cancelled));
      throw err;
    }
    const { reason, type } = failureOf(err);
    await book.finishRun({ runId: start.runId, status: 'failed', counts: p.counts, error: reason, errorType: type });
    await alertRunEnd(req.sourceId, start.runId);
    throw ApplicationFailure.nonRetryable(reason, 'SyncFailed', { runId: start.runId });
  }
  const counts = await book.finishRun({ runId: start.runId, status: 'succeeded', counts: p.counts, error: null });
  await alertRunEnd(req.sourceId, start.runId);
  return { runId: start.runId, sourceId: req.sourceId, status: 'succeeded', error: null, ...counts };
}

/**
 * Opens the run, first closing any run of the source a terminated sync left
 * `running`. A sync that cannot start (activities/start-check.ts) was booked
 * as a failed run: the workflow fails with its reason and run id, not with
 * Temporal's "Activity task failed".
 */
async function beginRun(req: SyncRequest): Promise<RunStart> {
  const runId = uuid4();
  await book.closeAbandonedRuns({ sourceId: req.sourceId, runId });
  try {
    return await book.beginRun(req, runId);
  } catch (err) {
    if (isCancellation(err)) throw err;
    const booked = err instanceof ActivityFailure && err.cause instanceof ApplicationFailure && err.cause.type === SYNC_CANNOT_START;
    if (booked) await alertRunEnd(req.sourceId, runId);
    if (booked) throw ApplicationFailure.nonRetryable(failureOf(err).reason, SYNC_CANNOT_START, { runId });
    throw ApplicationFailure.nonRetryable(failureOf(err).reason, 'SyncFailed');
  }
}

/** The innermost message: what the source or the database actually said. */
/** The innermost cause of a failure: its message (what operators read) and its type (the run's public error kind). */
function failureOf(err: unknown): { reason: string; type: string | null } {
  let e: unknown = err;
  while (e instanceof Error && e.cause instanceof Error) e = e.cause;
  return { reason: e instanceof Error ? e.message : String(e), type: e instanceof ApplicationFailure ? (e.type ?? null) : null };
}

/**
 * What a Temporal Schedule starts: the sync as a child with the fixed id, so a
 * scheduled run never overlaps a manual one; if a sync is already running the
 * scheduled one is skipped.
 */
export async function scheduledSync(sourceId: string): Promise<SyncSummary | { skipped: string }> {
  try {
    return await executeChild(syncSource, {
      workflowId: syncWorkflowId(sourceId),
      args: [{ sourceId, mode: 'scheduled' }],
    });
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return { skipped: 'a sync of this source is already running' };
    throw err;
  }
}
