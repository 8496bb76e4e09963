// The console's re-run of a failed or cancelled run (the warehouse's
// isRerunnable, as `liaison rerun`): the same request that command sends
// (@liaison/temporal-client's startRerun, over the run's recorded window).
// Temporal allows one running sync per source, which is reported plainly.
import { getRun, isRerunnable, type ClickHouseClient } from '@liaison/warehouse';
import { startRerun, SyncAlreadyRunning } from '@liaison/temporal-client';
import { temporalClient, temporalSettings } from './temporal.ts';

export type RerunOutcome =
  | { outcome: 'started'; runId: string; sourceId: string; workflowId: string }
  | {
      outcome: 'already_running' | 'not_rerunnable' | 'not_found' | 'not_configured' | 'unavailable';
      runId: string;
      sourceId?: string;
      detail?: string;
    };

export async function rerunRun(ch: ClickHouseClient, runId: string): Promise<RerunOutcome> {
  const run = await getRun(ch, runId);
  if (!run) return { outcome: 'not_found', runId };
  if (!isRerunnable(run.status)) return { outcome: 'not_rerunnable', runId, sourceId: run.source_id, detail: run.status };
  const settings = temporalSettings();
  if (!settings) return { outcome: 'not_configured', runId, sourceId: run.source_id };
  try {
    const client = await temporalClient(settings);
    const handle = await startRerun(client, settings.taskQueue, { sourceId: run.source_id, runId });
    return { outcome: 'started', runId, sourceId: run.source_id, workflowId: handle.workflowId };
  } catch (err) {
    if (err instanceof SyncAlreadyRunning) return { outcome: 'already_running', runId, sourceId: run.source_id };
    console.error(`[ops] re-run of ${runId} could not be started:`, err);
    return { outcome: 'unavailable', runId, sourceId: run.source_id, detail: err instanceof Error ? err.message : String(err) };
  }
}

const STATUS: Record<RerunOutcome['outcome'], number> = {
  started: 200,
  already_running: 409,
  not_rerunnable: 409,
  not_found: 404,
  not_configured: 503,
  unavailable: 503,
};

/** For the form actions of the run list and the run page: the outcome and its HTTP status. */
export async function rerunFromForm(ch: ClickHouseClient, form: FormData): Promise<{ status: number; rerun: RerunOutcome }> {
  const runId = String(form.get('run_id') ?? '');
  const rerun = await rerunRun(ch, runId);
  return { status: STATUS[rerun.outcome], rerun };
}
