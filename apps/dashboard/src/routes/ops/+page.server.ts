// Sync runs (the columns of `liaison runs`), filtered by source and to failed
// ones, with a re-run button on failed runs.
import { requireOperator } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { rerunAction } from '#lib/server/ops/rerun-action.ts';
import { runFilter, runsOf } from '#lib/server/ops/runs.ts';
import { sourceChoice } from '#lib/server/ops/source-choice.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperator(locals, url);
  const filter = runFilter(url.searchParams);
  return { filter, sourceIds: sourceChoice(filter.source), runs: await runsOf(clickhouse(), filter) };
};

export const actions: Actions = { rerun: rerunAction };
