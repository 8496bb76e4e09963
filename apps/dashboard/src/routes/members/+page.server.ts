// The member's own submissions, newest first, with the one that counts for
// each kind and period marked. The query itself is scoped to the member.
import { listSubmissions } from '@liaison/warehouse';
import { requireMember } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { submissionRows } from '#lib/server/members/views.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
  const member = requireMember(locals, url);
  return { submissions: submissionRows(await listSubmissions(clickhouse(), member.member_id)) };
};
