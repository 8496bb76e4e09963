// The `rerun` form action of the run list and of a run's page: an operator
// only; answers with the outcome (and its HTTP status when it did not start)
// for RerunNotice to put in words, and writes it to the audit log. The form
// is one run id: a body over BODY_LIMITS.small is refused unread (413, the
// error page).
import { error, fail } from '@sveltejs/kit';
import { recordConsoleAudit } from '../audit/record.ts';
import { requireOperator } from '../auth/require.ts';
import { BODY_LIMITS, BodyTooLarge, formDataWithin } from '../body-limit.ts';
import { clickhouse } from '../clickhouse.ts';
import { rerunFromForm, type RerunOutcome } from './rerun.ts';

/** Why a re-run did not start, in words, for the audit log. */
function notStarted(r: Exclude<RerunOutcome, { outcome: 'started' }>): string {
  switch (r.outcome) {
    case 'not_found':
      return `no run with id ${r.runId}`;
    case 'not_rerunnable':
      return `run ${r.runId} is ${r.detail ?? 'not failed'}; only failed or cancelled runs are re-run`;
    case 'already_running':
      return `a sync of '${r.sourceId ?? ''}' is already running`;
    case 'not_configured':
      return 'Temporal is not configured for the console (TEMPORAL_ADDRESS)';
    case 'unavailable':
      return `Temporal could not be reached: ${r.detail ?? 'no answer'}`;
  }
}

export async function rerunAction({ request, locals, url }: { request: Request; locals: App.Locals; url: URL }) {
  const operator = requireOperator(locals, url);
  const form = await formDataWithin(request, BODY_LIMITS.small);
  if (form instanceof BodyTooLarge) error(413, form.message);
  const { status, rerun } = await rerunFromForm(clickhouse(), form);
  const started = rerun.outcome === 'started';
  await recordConsoleAudit({
    actor: operator.name,
    via: 'console',
    action: 'rerun',
    target: rerun.runId,
    details: { source: rerun.sourceId ?? null, ...(started ? { workflow: rerun.workflowId } : {}) },
    ...(started ? { outcome: 'ok' } : { outcome: 'failed', reason: notStarted(rerun) }),
  });
  return started ? { rerun } : fail(status, { rerun });
}
