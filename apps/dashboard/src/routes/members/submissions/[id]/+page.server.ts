// One of the member's own submissions: status, every error (with the
// parameters its translation needs) and the data as stored — personal fields included, since only its own member sees it. The
// query is scoped to the member, so another unit's id is simply not found.
import { error } from '@sveltejs/kit';
import { getSubmission } from '@liaison/warehouse';
import { requireMember } from '#lib/server/auth/require.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { withIssueParams } from '#lib/server/members/check.ts';
import { detailView } from '#lib/server/members/views.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url, params }) => {
  const member = requireMember(locals, url);
  const s = await getSubmission(clickhouse(), member.member_id, params.id);
  if (!s) error(404, 'Not found');
  return { submission: detailView({ ...s, errors: withIssueParams(member.member_id, s) }) };
};
