// One submission path for the API (JSON), the portal form and the XLSX
// upload: check, store (accepted into the inbox, rejected for audit, both
// with their errors) and answer as interfaces.md says. An Idempotency-Key
// makes a retry answer with the first result; the same key with a different
// request is refused rather than answered with another submission's result.
// Concurrent requests with one key, on one replica or several, write one row:
// the insert is deduplicated by the key (submissions.ts), and each request
// answers from the row that was written.
import { createHash } from 'node:crypto';
import type { FieldIssue, IssueParams } from '@liaison/schemas';
import { findByIdempotencyKey, recordSubmission, type ClickHouseClient, type SubmissionChannel } from '@liaison/warehouse';
import type { Member } from '../auth/bearer.ts';
import { checkSubmission, withIssueParams } from './check.ts';

export type Answer =
  | { status: 201; body: { id: string; status: 'accepted' }; id: string }
  | { status: 400 | 403 | 409 | 422; body: { errors: FieldIssue[] }; id?: string };

export interface SubmitOptions {
  channel: SubmissionChannel;
  idempotencyKey: string | null;
  /** The request as received (API: the body text), to tell a retry from a reused key. */
  requestBytes: string | Uint8Array;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

const sha256 = (b: string | Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * The portal's Idempotency-Key: one per page view and request content, so a
 * double click or a resent form stores one submission, while a corrected
 * form sent from the same page is a new submission rather than a reused key.
 */
export function portalKey(channel: 'form' | 'upload', pageKey: string | null, requestBytes: string | Uint8Array): string | null {
  return pageKey ? `${channel}:${pageKey.slice(0, 64)}:${sha256(requestBytes).slice(0, 32)}` : null;
}

function keyError(message: string, code: 'invalid_format' | 'idempotency_key_reused'): Answer {
  const params: IssueParams = code === 'invalid_format' ? { format: 'idempotency_key' } : {};
  return { status: code === 'invalid_format' ? 400 : 409, body: { errors: [{ path: 'Idempotency-Key', code, message, params }] } };
}

async function fresh(ch: ClickHouseClient, member: Member, body: unknown, o: SubmitOptions, hash: string): Promise<Answer> {
  const checked = checkSubmission(member.member_id, body);
  if (checked.outcome === 'forbidden') return { status: 403, body: { errors: checked.errors } };
  const common = { member_id: member.member_id, channel: o.channel, idempotency_key: o.idempotencyKey, request_sha256: hash };
  if (checked.outcome === 'valid') {
    const { kind, period, data } = checked.request;
    const saved = await recordSubmission(ch, { ...common, kind, period, data, status: 'accepted', errors: [] });
    return { status: 201, body: { id: saved.id, status: 'accepted' }, id: saved.id };
  }
  const { kind, period, data, errors } = checked;
  const saved = await recordSubmission(ch, { ...common, kind, period, data, status: 'rejected', errors });
  return { status: 422, body: { errors }, id: saved.id };
}

export async function submit(ch: ClickHouseClient, member: Member, body: unknown, o: SubmitOptions): Promise<Answer> {
  const hash = sha256(o.requestBytes);
  const key = o.idempotencyKey;
  if (key === null) return fresh(ch, member, body, o, hash);
  if (!KEY.test(key)) return keyError('must be 1 to 255 visible ASCII characters', 'invalid_format');
  let first = await findByIdempotencyKey(ch, member.member_id, key);
  if (!first) {
    const answer = await fresh(ch, member, body, o, hash);
    if (answer.id === undefined) return answer; // refused before anything was stored
    first = await findByIdempotencyKey(ch, member.member_id, key);
    // another request with this key wrote first: ours was dropped as its duplicate
    if (!first || first.id === answer.id) return answer;
  }
  if (first.request_sha256 && first.request_sha256 !== hash) {
    return keyError('this Idempotency-Key was already used with a different request; use a new key', 'idempotency_key_reused');
  }
  return first.status === 'accepted'
    ? { status: 201, body: { id: first.id, status: 'accepted' }, id: first.id }
    : { status: 422, body: { errors: withIssueParams(member.member_id, first) }, id: first.id };
}
