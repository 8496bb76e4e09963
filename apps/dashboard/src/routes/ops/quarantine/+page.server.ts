// Quarantined records of one source with every reason (raw forms redacted of
// members' personal data), and the link to export them as CSV.
import { requireOperator } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { quarantineOf } from '#lib/server/ops/quarantine.ts';
import { sources } from '#lib/server/sources.ts';
import type { PageServerLoad } from './$types';

/** Rows rendered on the page; the CSV export has them all. */
const SHOWN = 500;

export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperator(locals, url);
  const ids = sources().map((s) => s.id);
  const source = url.searchParams.get('source')?.trim() || ids[0] || null;
  if (source && !ids.includes(source)) ids.push(source);
  const items = source ? await quarantineOf(clickhouse(), source) : [];
  return { source, sourceIds: ids, total: items.length, items: items.slice(0, SHOWN) };
};
