// One sync run with everything recorded about it (the alerts posted about it
// included), and the re-run button if it failed or was cancelled.
import { error } from '@sveltejs/kit';
import { alertDeliveriesOfRun, getRun } from '@liaison/warehouse';
import { requireOperator } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { rerunAction } from '#lib/server/ops/rerun-action.ts';
import { runView } from '#lib/server/ops/runs.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  requireOperator(locals, url);
  const [run, alerts] = await Promise.all([getRun(clickhouse(), params.id), alertDeliveriesOfRun(clickhouse(), params.id)]);
  if (!run) error(404, 'Not found');
  return { run: runView(run), alerts: alerts.map(({ event, target, outcome, detail }) => ({ event, target, outcome, detail })) };
};

export const actions: Actions = { rerun: rerunAction };
