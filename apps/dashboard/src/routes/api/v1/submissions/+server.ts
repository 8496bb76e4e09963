// POST /api/v1/submissions — a member unit submits one kind for one period
// (interfaces.md "Submissions API"); GET lists the member's own submissions.
// Authorization: Bearer {member token}. Bodies must be JSON
// (Content-Type: application/json) of at most BODY_LIMITS.json: a larger one
// is answered 413 unread.
import { listSubmissions } from '@liaison/warehouse';
import { BODY_LIMITS, BodyTooLarge, textWithin } from '#lib/server/body-limit.ts';
import { clickhouse } from '#lib/server/clickhouse.ts';
import { isoFromClickHouse } from '@liaison/warehouse';
import { apiError, memberOfRequest, NO_STORE, unauthorized } from '#lib/server/members/api.ts';
import { submit } from '#lib/server/members/submit.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
  const member = await memberOfRequest(request);
  if (!member) return unauthorized();
  const text = await textWithin(request, BODY_LIMITS.json);
  if (text instanceof BodyTooLarge) return apiError(413, '', 'body_too_large', text.message);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    return apiError(400, '', 'invalid_json', `the body is not JSON: ${(err as Error).message}`);
  }
  const answer = await submit(clickhouse(), member, body, {
    channel: 'api',
    idempotencyKey: request.headers.get('idempotency-key'),
    requestBytes: text,
  });
  const headers: Record<string, string> = { ...NO_STORE };
  if (answer.status === 201) headers['location'] = `/api/v1/submissions/${answer.id}`;
  return Response.json(answer.body, { status: answer.status, headers });
};

export const GET: RequestHandler = async ({ request }) => {
  const member = await memberOfRequest(request);
  if (!member) return unauthorized();
  const rows = await listSubmissions(clickhouse(), member.member_id);
  const submissions = rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    period: s.period,
    status: s.status,
    submitted_at: isoFromClickHouse(s.submitted_at),
    error_count: s.error_count,
    channel: s.channel,
  }));
  return Response.json({ member_id: member.member_id, submissions }, { headers: NO_STORE });
};
