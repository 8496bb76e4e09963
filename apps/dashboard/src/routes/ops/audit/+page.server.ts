// The audit log: who did what from the command line, the console and the
// portal, and how it ended; newest first, a page at a time.
import { requireOperator } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { auditPage } from '#lib/server/ops/audit.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  requireOperator(locals, url);
  return auditPage(clickhouse(), url.searchParams);
};
