// The `rerun` form action of the run list and of a run's page: an operator
// only; answers with the outcome (and its HTTP status when it did not start)
// for RerunNotice to put in words.
import { fail } from '@sveltejs/kit';
import { requireOperator } from '../auth/require.ts';
import { clickhouse } from '../clickhouse.ts';
import { rerunFromForm } from './rerun.ts';

export async function rerunAction({ request, locals, url }: { request: Request; locals: App.Locals; url: URL }) {
  requireOperator(locals, url);
  const { status, rerun } = await rerunFromForm(clickhouse(), await request.formData());
  return status === 200 ? { rerun } : fail(status, { rerun });
}
