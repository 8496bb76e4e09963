// The audit log (table `audit_log`, migration 0019): who did what, when, and
// how it ended, for every action that changes something, written by the
// command line and the dashboard alike. Append-only: this file only inserts
// and reads; nothing in the product updates or deletes an entry. An entry is
// written with its id as deduplication token, so a retried write of the same
// entry is not a second one. Details never carry a secret: keys naming a
// password, token or secret are dropped before writing.
import { randomUUID } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';
import { isoFromClickHouse } from './time.ts';

/** Where an action was taken: the command line, the operations console or the members' portal. */
export type AuditVia = 'cli' | 'console' | 'portal';

export type AuditDetails = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditEntry {
  id: string;
  /** ISO 8601, UTC. */
  at: string;
  /** The operator (console, CLI: LIAISON_OPERATOR or the OS user), a member id, or the name tried at a failed login. */
  actor: string;
  via: AuditVia;
  /** What was done, e.g. 'sync', 'rerun', 'pause', 'login'. */
  action: string;
  /** What it was done to: a source, a run, a member, an operator. */
  target: string;
  details: AuditDetails;
  outcome: 'ok' | 'failed';
  /** Why it failed, in words; empty when it went well. */
  reason: string;
}

/** An entry to record: a new id and the current time unless given (a retry passes the id again). */
export type AuditInput = Omit<AuditEntry, 'id' | 'at' | 'details' | 'reason'> &
  Partial<Pick<AuditEntry, 'id' | 'at' | 'details' | 'reason'>>;

const SECRET_KEY = /pass(word)?|token|secret|credential/i;

function withoutSecrets(details: AuditDetails): AuditDetails {
  return Object.fromEntries(Object.entries(details).filter(([key]) => !SECRET_KEY.test(key)));
}

/** Writes one entry (once, however often it is retried with its id) and returns it as stored. */
export async function recordAudit(ch: ClickHouseClient, input: AuditInput): Promise<AuditEntry> {
  const entry: AuditEntry = {
    ...input,
    id: input.id ?? randomUUID(),
    at: input.at ?? new Date().toISOString(),
    details: withoutSecrets(input.details ?? {}),
    reason: input.outcome === 'ok' ? '' : input.reason || 'failed without a reason given',
  };
  await ch.insert({
    table: 'audit_log',
    values: [{ ...entry, at: entry.at.replace('T', ' ').replace('Z', ''), details: JSON.stringify(entry.details) }],
    format: 'JSONEachRow',
    clickhouse_settings: { insert_deduplication_token: `audit_log:${entry.id}` },
  });
  return entry;
}

/** An entry's details in one line, `key=value` pairs, as the CLI and the console show them. */
export function auditDetailsText(details: AuditDetails): string {
  return Object.entries(details)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');
}

/** Where a page of the log ends: the time and id of its last (oldest) entry. */
export interface AuditCursor {
  at: string;
  id: string;
}

export interface AuditQuery {
  /** Entries at or after this instant (ISO). */
  since?: string | undefined;
  /** Entries older than this one (the next page). */
  before?: AuditCursor | undefined;
  /** At most this many; all when absent. */
  limit?: number | undefined;
}

interface AuditRow extends Omit<AuditEntry, 'details' | 'at'> {
  at_text: string;
  details: string;
}

/** Entries newest first. */
export async function listAudit(ch: ClickHouseClient, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const where = [
    ...(q.since ? ['at >= parseDateTime64BestEffort({since:String}, 3)'] : []),
    ...(q.before ? ['(at, id) < (parseDateTime64BestEffort({beforeAt:String}, 3), {beforeId:String})'] : []),
  ];
  const rs = await ch.query({
    query: `SELECT id, toString(at) AS at_text, actor, via, action, target, details, toString(outcome) AS outcome, reason
            FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
            ORDER BY audit_log.at DESC, id DESC ${q.limit === undefined ? '' : 'LIMIT {limit:UInt32}'}`,
    query_params: { since: q.since ?? '', beforeAt: q.before?.at ?? '', beforeId: q.before?.id ?? '', limit: q.limit ?? 0 },
    format: 'JSONEachRow',
  });
  return (await rs.json<AuditRow>()).map(({ at_text, ...r }) => ({
    ...r,
    at: isoFromClickHouse(at_text),
    details: JSON.parse(r.details) as AuditDetails,
  }));
}
