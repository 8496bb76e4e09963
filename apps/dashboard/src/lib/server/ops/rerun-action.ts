// The `rerun` form action of the run list and of a run's page: an operator
// only; answers with the outcome (and its HTTP status when it did not start)
// for RerunNotice to put in words. The form is one run id: a body over
// BODY_LIMITS.small is refused unread (413, the error page).
import { error, fail } from '@sveltejs/kit';
import { requireOperator } from '../auth/require.ts';
import { BODY_LIMITS, BodyTooLarge, formDataWithin } from '../body-limit.ts';
import { clickhouse } from '../clickhouse.ts';
import { rerunFromForm } from './rerun.ts';

export async function rerunAction({ request, locals, url }: { request: Request; locals: App.Locals; url: URL }) {
  requireOperator(locals, url);
  const form = await formDataWithin(request, BODY_LIMITS.small);
  if (form instanceof BodyTooLarge) error(413, form.message);
  const { status, rerun } = await rerunFromForm(clickhouse(), form);
  return status === 200 ? { rerun } : fail(status, { rerun });
}
