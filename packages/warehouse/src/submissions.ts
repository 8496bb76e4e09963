// Member submissions as received (table `submissions`): the audit log of every
// submission, accepted or rejected, and the inbox the ingestion workflow pulls
// accepted ones from by `seq`. `data` may hold personal data, so every read
// here except the inbox is scoped to one member in SQL.
//
// Ordering of `seq`: the receipt time in microseconds since the epoch, taken
// just before the insert, strictly increasing within one process (a clash or
// a clock step back takes the previous value + 1); across processes it
// follows the clocks. It orders the inbox, but nothing relies on it to find
// what is new: a seq is handed out before its row is written, and replicas'
// clocks differ, so a row can land behind a seq a reader has passed. An
// incremental read therefore takes every accepted submission not yet read
// (`inbox_reads`), whatever its seq and however late its insert finished: a
// submission answered 201 before a sync starts is read by that sync, with no
// settle window and no trust in clocks.
//
// Idempotency-Key across replicas: a keyed submission is inserted with that
// key as its deduplication token (migration 0014 keeps a window of tokens),
// so of two concurrent requests with one key on two replicas exactly one row
// is written; each then answers from the row that was.
import { createHash, randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import type { FieldIssue } from '@liaison/schemas';

export type SubmissionStatus = 'accepted' | 'rejected';
/** api: POST /api/v1/submissions; form and upload: the member portal. */
export type SubmissionChannel = 'api' | 'form' | 'upload';

export interface NewSubmission {
  member_id: string;
  /** As sent (a rejected submission may carry an unknown kind or period). */
  kind: string;
  period: string;
  status: SubmissionStatus;
  /** Accepted: the validated data; rejected: the data as received. */
  data: unknown;
  errors: readonly FieldIssue[];
  channel: SubmissionChannel;
  idempotency_key?: string | null;
  /** SHA-256 of the request as received, to recognise a retry of it. */
  request_sha256?: string;
}

export interface RecordedSubmission {
  id: string;
  seq: string;
  status: SubmissionStatus;
  submitted_at: string;
  errors: FieldIssue[];
}

let lastSeq = 0;

/** The next inbox position: µs since the epoch, strictly increasing in this process. */
export function nextSeq(nowMs: number = Date.now()): number {
  lastSeq = Math.max(Math.floor(nowMs * 1000), lastSeq + 1);
  return lastSeq;
}

/** `2024-05-17 01:30:00.123456` (UTC) for a seq, so submitted_at and seq agree. */
function seqTime(seq: number): string {
  const iso = new Date(Math.floor(seq / 1000)).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}${String(seq % 1000).padStart(3, '0')}`;
}

const keyToken = (member: string, key: string) => `submission:${createHash('sha256').update(`${member}\u0000${key}`).digest('hex')}`;

/** Stores a submission. A keyed one that another request with the same key stored first is dropped: read it back by key. */
export async function recordSubmission(ch: ClickHouseClient, s: NewSubmission): Promise<RecordedSubmission> {
  const id = randomUUID();
  const seq = nextSeq();
  const submitted_at = seqTime(seq);
  const errors = s.errors.map((e) => ({ path: e.path, code: e.code, message: e.message }));
  await ch.insert({
    table: 'submissions',
    format: 'JSONEachRow',
    // one row per member and key, however many requests race (see above)
    clickhouse_settings: s.idempotency_key ? { insert_deduplication_token: keyToken(s.member_id, s.idempotency_key) } : {},
    values: [
      {
        seq,
        submission_id: id,
        member_id: s.member_id,
        kind: s.kind,
        period: s.period,
        status: s.status,
        data: JSON.stringify(s.data ?? null),
        errors,
        idempotency_key: s.idempotency_key ?? null,
        channel: s.channel,
        submitted_at,
        request_sha256: s.request_sha256 ?? '',
      },
    ],
  });
  return { id, seq: String(seq), status: s.status, submitted_at, errors };
}

export interface SubmissionSummary {
  id: string;
  seq: string;
  kind: string;
  period: string;
  status: SubmissionStatus;
  channel: SubmissionChannel;
  submitted_at: string;
  error_count: number;
}

/** A member's own submissions, newest first. */
export async function listSubmissions(ch: ClickHouseClient, memberId: string, o: { limit?: number } = {}): Promise<SubmissionSummary[]> {
  const rs = await ch.query({
    query: `SELECT submission_id AS id, seq, kind, period, status, channel,
                   toString(submitted_at) AS submitted_at, length(errors) AS error_count
            FROM submissions WHERE member_id = {member:String}
            ORDER BY seq DESC LIMIT {limit:UInt32}`,
    query_params: { member: memberId, limit: o.limit ?? 500 },
    format: 'JSONEachRow',
  });
  return (await rs.json<SubmissionSummary>()).map((r) => ({ ...r, seq: String(r.seq), error_count: Number(r.error_count) }));
}

export interface SubmissionDetail extends SubmissionSummary {
  data: unknown;
  errors: FieldIssue[];
  idempotency_key: string | null;
}

const detailSelect = (extra = '') => `SELECT submission_id AS id, seq, kind, period, status, channel,
       toString(submitted_at) AS submitted_at, length(errors) AS error_count, data,
       arrayMap(e -> map('path', e.1, 'code', e.2, 'message', e.3), errors) AS errors, idempotency_key${extra}
  FROM submissions`;

function detail(r: Omit<SubmissionDetail, 'data'> & { data: string }): SubmissionDetail {
  return { ...r, seq: String(r.seq), error_count: Number(r.error_count), data: JSON.parse(r.data) as unknown };
}

/** One submission, only if it is this member's. */
export async function getSubmission(ch: ClickHouseClient, memberId: string, id: string): Promise<SubmissionDetail | null> {
  const rs = await ch.query({
    query: `${detailSelect()} WHERE member_id = {member:String} AND submission_id = {id:String} LIMIT 1`,
    query_params: { member: memberId, id },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<Omit<SubmissionDetail, 'data'> & { data: string }>();
  return row ? detail(row) : null;
}

/** The first submission this member sent with this Idempotency-Key. */
export async function findByIdempotencyKey(
  ch: ClickHouseClient,
  memberId: string,
  key: string,
): Promise<(SubmissionDetail & { request_sha256: string }) | null> {
  const rs = await ch.query({
    query: `${detailSelect(', request_sha256')}
            WHERE member_id = {member:String} AND idempotency_key = {key:String}
            ORDER BY seq LIMIT 1`,
    query_params: { member: memberId, key },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<Omit<SubmissionDetail, 'data'> & { data: string; request_sha256: string }>();
  return row ? { ...detail(row), request_sha256: row.request_sha256 } : null;
}

export interface InboxItem {
  seq: string;
  submission_id: string;
  member_id: string;
  kind: string;
  period: string;
  data: unknown;
  submitted_at: string;
}

/**
 * Accepted submissions after `afterSeq`, oldest first. `unreadOnly` leaves
 * out those a run has read already (markInboxRead): an incremental read pages
 * through everything unread from seq 0, so a late-landing row is never
 * skipped. Without it, a plain read of everything (a full re-read, page by
 * page). A page never ends between two rows of the same seq (LIMIT … WITH
 * TIES), so a cursor at the last seq of a page skips nothing.
 */
export async function readInbox(
  ch: ClickHouseClient,
  o: { afterSeq: string | number | bigint; limit: number; unreadOnly?: boolean },
): Promise<InboxItem[]> {
  const unread = o.unreadOnly ? 'AND submission_id NOT IN (SELECT submission_id FROM inbox_reads)' : '';
  const rs = await ch.query({
    query: `SELECT seq, submission_id, member_id, kind, period, data,
                   toString(submitted_at) AS submitted_at
            FROM submissions
            WHERE status = 'accepted' AND seq > {after:UInt64} ${unread}
            ORDER BY seq LIMIT {limit:UInt32} WITH TIES`,
    query_params: { after: String(o.afterSeq), limit: o.limit },
    format: 'JSONEachRow',
  });
  const rows = await rs.json<Omit<InboxItem, 'data'> & { data: string }>();
  return rows.map((r) => ({ ...r, seq: String(r.seq), data: JSON.parse(r.data) as unknown }));
}

/** Notes the submissions a run has read (and loaded or quarantined), so an incremental read leaves them out. */
export async function markInboxRead(
  ch: ClickHouseClient,
  items: readonly Pick<InboxItem, 'seq' | 'submission_id'>[],
  runId: string,
): Promise<void> {
  if (items.length === 0) return;
  await ch.insert({
    table: 'inbox_reads',
    format: 'JSONEachRow',
    values: items.map((s) => ({ seq: s.seq, submission_id: s.submission_id, run_id: runId })),
  });
}
