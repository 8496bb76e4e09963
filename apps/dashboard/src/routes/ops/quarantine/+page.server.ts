// Quarantined records of one source with every reason (raw forms redacted of
// members' personal data), and the link to export them as CSV.
import { operatorQuarantine } from '@liaison/warehouse';
import { requireOperator } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { sourceChoice } from '#lib/server/ops/source-choice.ts';
import { sources } from '#lib/server/sources.ts';
import type { PageServerLoad } from './$types';

/** Rows rendered on the page; the CSV export has them all. */
const SHOWN = 500;

export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperator(locals, url);
  const source = url.searchParams.get('source')?.trim() || sources()[0]?.id || null;
  const items = source ? await operatorQuarantine(clickhouse(), source) : [];
  return { source, sourceIds: sourceChoice(source), total: items.length, items: items.slice(0, SHOWN) };
};
