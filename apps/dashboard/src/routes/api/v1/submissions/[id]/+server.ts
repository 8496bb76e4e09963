// GET /api/v1/submissions/{id} — one of the member's own submissions with its
// data as stored and every error; another member's id answers 404, exactly
// like an id that does not exist.
import { getSubmission } from '@liaison/warehouse';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { isoFromClickHouse } from '@liaison/warehouse';
import { apiError, memberOfRequest, NO_STORE, unauthorized } from '#lib/server/members/api.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request, params }) => {
  const member = await memberOfRequest(request);
  if (!member) return unauthorized();
  const s = await getSubmission(clickhouse(), member.member_id, params.id);
  if (!s) return apiError(404, 'id', 'not_found', `no submission ${params.id} of member ${member.member_id}`);
  const { seq: _seq, error_count, submitted_at, ...rest } = s;
  return Response.json({ ...rest, submitted_at: isoFromClickHouse(submitted_at), error_count }, { headers: NO_STORE });
};
