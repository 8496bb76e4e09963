// sync, rerun, backfill and quarantine replay: start a sync workflow and, with --wait, follow it
// with a progress line and exit 0 on success, 1 on failure.
import { ApplicationFailure, WorkflowFailedError } from '@temporalio/client';
import {
  queryProgress,
  startBackfill,
  startReplay,
  startRerun,
  startSync,
  type Client,
  type StartedSync,
  type SyncSummary,
  type WorkflowHandle,
} from '@liaison/temporal-client';
import { getRun, isRerunnable } from '@liaison/warehouse';
import { appliedSourcesFor } from './applied-sources.ts';
import { CommandFailed } from './cli-errors.ts';
import type { CliContext } from './context.ts';
import { cstDayStart } from './flag-values.ts';
import { printJson, printTable, progressLine, UsageError } from './output.ts';

const SUMMARY_COLUMNS = ['run_id', 'source_id', 'status', 'received', 'loaded', 'quarantined', 'duplicates', 'error'] as const;

async function follow(ctx: CliContext, handle: WorkflowHandle, sourceId: string): Promise<number> {
  const client = await ctx.temporal();
  let runId: string | null = null;
  const timer = setInterval(() => {
    queryProgress(client, sourceId)
      .then((p) => {
        runId = p.runId;
        if (!ctx.json)
          progressLine(
            `${sourceId}: ${p.collection ?? '-'} page ${p.pageNo}  received ${p.received}  loaded ${p.loaded}  quarantined ${p.quarantined}`,
          );
      })
      .catch(() => {}); // the run may be between continue-as-new hops
  }, 1_000);
  try {
    const summary = (await handle.result()) as SyncSummary;
    return report(ctx, summary.runId);
  } catch (err) {
    if (!(err instanceof WorkflowFailedError)) throw err;
    runId ??= failedRunId(err);
    if (runId === null) throw new CommandFailed(`sync of '${sourceId}' failed: ${err.cause?.message ?? err.message}`);
    return report(ctx, runId);
  } finally {
    clearInterval(timer);
    if (!ctx.json && process.stderr.isTTY) process.stderr.write('\n');
  }
}

/** The run a failed sync was booked as, which its workflow's failure names (also when it could not start). */
function failedRunId(err: WorkflowFailedError): string | null {
  const cause = err.cause;
  if (!(cause instanceof ApplicationFailure)) return null;
  const [detail] = cause.details ?? [];
  const runId = (detail as { runId?: unknown } | undefined)?.runId;
  return typeof runId === 'string' ? runId : null;
}

/** Shows the run's summary: exit 0 if it succeeded, else a CommandFailed carrying the run. */
async function report(ctx: CliContext, runId: string): Promise<number> {
  const run = await getRun(ctx.ch(), runId);
  if (run?.status === 'succeeded') {
    if (ctx.json) printJson(run);
    else printTable([run], SUMMARY_COLUMNS);
    return 0;
  }
  if (!run) throw new CommandFailed(`run ${runId} ended, but it is not in the run history`);
  if (!ctx.json) printTable([run], SUMMARY_COLUMNS);
  throw new CommandFailed(`run ${runId} of '${run.source_id}' ended ${run.status}${run.error ? `: ${run.error}` : ''}`, { run });
}

type Starter = (client: Client, taskQueue: string) => Promise<StartedSync>;

/**
 * Starts the sync and with `wait` follows it. Whether the source is in the
 * applied configuration is the worker's to say: a sync that cannot start is
 * still booked as a failed run, with its reason.
 */
async function start(ctx: CliContext, sourceId: string, starter: Starter, wait: boolean): Promise<number> {
  const handle = await starter(await ctx.temporal(), ctx.settings.temporal.taskQueue);
  if (!wait) {
    if (ctx.json) printJson({ workflowId: handle.workflowId, runId: handle.firstExecutionRunId });
    else console.log(`started ${handle.workflowId} (follow it with 'liaison runs --source ${sourceId}')`);
    return 0;
  }
  return follow(ctx, handle, sourceId);
}

export function syncCommand(ctx: CliContext, sourceId: string, o: { wait: boolean; full: boolean }): Promise<number> {
  const req = { sourceId, mode: o.full ? ('full' as const) : ('manual' as const), full: o.full };
  return start(ctx, sourceId, (client, taskQueue) => startSync(client, taskQueue, req), o.wait);
}

export async function rerunCommand(ctx: CliContext, runId: string, o: { wait: boolean }): Promise<number> {
  const run = await getRun(ctx.ch(), runId);
  if (!run) throw new UsageError(`no run with id ${runId} (see 'liaison runs --failed')`);
  if (!isRerunnable(run.status)) throw new UsageError(`run ${runId} is ${run.status}; only failed or cancelled runs are re-run`);
  const sourceId = run.source_id;
  return start(ctx, sourceId, (client, taskQueue) => startRerun(client, taskQueue, { sourceId, runId }), o.wait);
}

export function backfillCommand(ctx: CliContext, sourceId: string, o: { from: string; to: string; wait: boolean }): Promise<number> {
  const window = { from: cstDayStart(o.from, '--from'), to: cstDayStart(o.to, '--to') };
  if (window.from >= window.to) throw new UsageError('--to is exclusive and must be after --from');
  return start(ctx, sourceId, (client, taskQueue) => startBackfill(client, taskQueue, { sourceId, window }), o.wait);
}

/**
 * Replays the source's quarantine and waits for it. It runs as the source's
 * sync workflow on the worker (mode `replay`), not from the CLI: so it is
 * retried, cancellable, booked and shown like any run, and never overlaps a
 * sync of the source (the same workflow id: exit 3 while one runs). An id not
 * applied is bad configuration (exit 2), said before anything starts.
 */
export async function replayCommand(ctx: CliContext, sourceId: string): Promise<number> {
  const [source] = await appliedSourcesFor(ctx, sourceId);
  if (source?.kind === 'member-inbox') {
    throw new CommandFailed(`source '${sourceId}' is a member inbox: held submissions are not replayed; the member submits them again`);
  }
  return start(ctx, sourceId, (client, taskQueue) => startReplay(client, taskQueue, { sourceId }), true);
}
