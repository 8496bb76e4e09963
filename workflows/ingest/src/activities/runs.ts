// Run bookkeeping activities: open a run (deciding what each collection
// resumes from), advance cursors, and close the run with its counts or error.
import {
  getCursor,
  getRun,
  refreshDemandStatesChangedBy,
  releaseQuarantine,
  saveCursor,
  saveRun,
  storedRunCounts,
  type SyncRun,
} from '@liaison/warehouse';
import { laterCursor } from '../cursor-order.ts';
import { ApplicationFailure } from '@temporalio/activity';
import { runErrorKind } from '@liaison/schemas';
import type { Counts, PageTarget, RunStart, SyncRequest } from '../types.ts';
import { ingestLog } from '../log.ts';
import type { ActivityDeps } from './deps.ts';
import { TARGETS } from './targets.ts';
import { SYNC_CANNOT_START } from '../ids.ts';
import { checkStart } from './start-check.ts';
import { asFailure, PermanentError } from './to-failure.ts';

/** How a run ends, as the workflow books it. */
export interface RunClosing {
  runId: string;
  status: 'succeeded' | 'failed' | 'cancelled';
  counts: Counts;
  error: string | null;
  /** The failure's type (an ApplicationFailure's), for the run's public error kind. */
  errorType?: string | null;
}
export function runActivities(deps: ActivityDeps) {
  const now = deps.now ?? (() => new Date());

  /** Where each collection starts: a rerun's recorded window, a backfill's window, or the saved cursor. */
  async function startingPoints(req: SyncRequest, collections: readonly string[]): Promise<Record<string, string | null>> {
    if (req.rerunOf) {
      const old = await getRun(deps.ch, req.rerunOf);
      if (!old) throw new PermanentError(`cannot re-run run ${req.rerunOf}: no such run in sync_runs`);
      return JSON.parse(old.window_from ?? '{}') as Record<string, string | null>;
    }
    const from: Record<string, string | null> = {};
    for (const c of collections) {
      from[c] = req.window ? req.window.from : req.full ? null : await getCursor(deps.ch, req.sourceId, c);
    }
    return from;
  }

  return {
    async beginRun(req: SyncRequest, runId: string): Promise<RunStart> {
      return asFailure(`source '${req.sourceId}'`, async () => {
        const check = await checkStart(deps, req.sourceId);
        if (!check.ok) return bookCannotStart(req, runId, check);
        const { source } = check;
        // A replay walks the held records once, whatever they are of
        // (replay-quarantine.ts); a re-run of a failed replay replays again.
        const replay = req.mode === 'replay' || (req.rerunOf !== undefined && (await getRun(deps.ch, req.rerunOf))?.mode === 'replay');
        const targets: readonly PageTarget[] = replay ? TARGETS[source.kind].slice(0, 1) : TARGETS[source.kind];
        const from = await startingPoints(
          req,
          targets.map((t) => t.collection),
        );
        const windowTo = req.window?.to ?? null;
        await saveRun(deps.ch, {
          ...newRun(req, runId, source.kind),
          window_from: JSON.stringify(from),
          status: 'running',
        });
        ingestLog('info', 'run started', { mode: req.mode });
        const reload = req.full === true || req.window !== undefined;
        return {
          runId,
          sourceKind: source.kind,
          windowTo,
          reload,
          collections: targets.map((t) => ({ ...t, from: from[t.collection] ?? null, ...(replay ? { replay } : {}) })),
        };
      });
    },

    async saveCursor(c: { sourceId: string; collection: string; cursor: string; runId: string }): Promise<void> {
      return asFailure(`source '${c.sourceId}' ${c.collection} cursor`, async () => {
        const current = await getCursor(deps.ch, c.sourceId, c.collection);
        const next = laterCursor(current, c.cursor);
        if (next !== current && next !== null) await saveCursor(deps.ch, { ...c, cursor: next });
      });
    },

    /** Closes the run; returns its final counts (what the tables say it added). */
    async finishRun(r: RunClosing): Promise<Counts> {
      return asFailure(`finishing run ${r.runId}`, () => closeRun(r));
    },
  };

  /** The row of a run that starts now, with nothing read yet. */
  function newRun(req: SyncRequest, runId: string, sourceKind: string): SyncRun {
    return {
      run_id: runId,
      source_id: req.sourceId,
      source_kind: sourceKind,
      mode: req.mode,
      rerun_of: req.rerunOf ?? null,
      window_from: null,
      window_to: req.window?.to ?? null,
      status: 'running',
      started_at: now().toISOString(),
      finished_at: null,
      received: 0,
      loaded: 0,
      quarantined: 0,
      duplicates: 0,
      error: null,
    };
  }

  /** A sync that cannot start is still a run: booked as failed with its reason, then failed for good. */
  async function bookCannotStart(req: SyncRequest, runId: string, why: { reason: string; sourceKind: string }): Promise<never> {
    const run = newRun(req, runId, why.sourceKind);
    await saveRun(deps.ch, { ...run, status: 'failed', finished_at: run.started_at, error: why.reason, error_kind: 'configuration' });
    throw ApplicationFailure.nonRetryable(why.reason, SYNC_CANNOT_START, { runId });
  }

  async function closeRun(r: RunClosing): Promise<Counts> {
    const run = await getRun(deps.ch, r.runId);
    if (!run) throw new PermanentError(`no such run in sync_runs (beginRun never recorded it)`);
    let counts = { ...r.counts };
    // Full re-reads and backfills of the feed skip the per-page refold (read-demand-platform.ts).
    const reloaded = run.mode === 'full' || run.mode === 'backfill';
    if (run.source_kind === 'demand-platform' && reloaded) await refreshDemandStatesChangedBy(deps.ch, r.runId);
    if (run.source_kind !== 'member-inbox') {
      // What the run stored, not what the successful attempts returned: each
      // batch it read counts once (record-batch.ts), each version it added once.
      counts = await storedRunCounts(deps.ch, r.runId);
      await releaseQuarantine(deps.ch, { sourceId: run.source_id, runId: r.runId });
    }
    const error_kind = r.status === 'failed' ? runErrorKind(r.errorType) : null;
    await saveRun(deps.ch, { ...run, ...counts, status: r.status, error: r.error, error_kind, finished_at: now().toISOString() });
    ingestLog(r.status === 'failed' ? 'warn' : 'info', `run ${r.status}`, { sourceId: run.source_id, ...counts, error: r.error });
    return counts;
  }
}
