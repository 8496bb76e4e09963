// Sync runs (the columns of `liaison runs`), filtered by source and to failed
// ones, with a re-run button on failed runs.
import { fail } from '@sveltejs/kit';
import { requireOperator } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { rerunFromForm } from '#lib/server/ops/rerun.ts';
import { runFilter, runsOf } from '#lib/server/ops/runs.ts';
import { sources } from '#lib/server/sources.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperator(locals, url);
  const filter = runFilter(url.searchParams);
  const ids = sources().map((s) => s.id);
  if (filter.source && !ids.includes(filter.source)) ids.push(filter.source);
  return { filter, sourceIds: ids, runs: await runsOf(clickhouse(), filter) };
};

export const actions: Actions = {
  rerun: async ({ request, locals, url }) => {
    requireOperator(locals, url);
    const { status, rerun } = await rerunFromForm(clickhouse(), await request.formData());
    return status === 200 ? { rerun } : fail(status, { rerun });
  },
};
