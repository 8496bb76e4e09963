// The console's audit log page: the warehouse's audit log, newest first, a
// page at a time; each page links to the next older one (a cursor of time and
// id in the URL), so every entry can be reached. `since` is a day in China
// Standard Time, as `liaison audit --since`.
import { auditDetailsText, listAudit, type AuditCursor, type AuditEntry, type ClickHouseClient } from '@liaison/warehouse';

export const AUDIT_PAGE_SIZE = 100;

export type AuditView = Omit<AuditEntry, 'details'> & { details: string };

export interface AuditPage {
  since: string | null;
  entries: AuditView[];
  /** The cursor of the next older page, or null on the last page. */
  older: AuditCursor | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const auditView = (e: AuditEntry): AuditView => ({ ...e, details: auditDetailsText(e.details) });

export async function auditPage(ch: ClickHouseClient, params: URLSearchParams): Promise<AuditPage> {
  const day = params.get('since')?.trim() ?? '';
  const since = DAY.test(day) && !Number.isNaN(Date.parse(`${day}T00:00:00+08:00`)) ? day : null;
  const beforeAt = params.get('before_at');
  const beforeId = params.get('before_id');
  const rows = await listAudit(ch, {
    since: since ? new Date(`${since}T00:00:00+08:00`).toISOString() : undefined,
    before: beforeAt && beforeId !== null && !Number.isNaN(Date.parse(beforeAt)) ? { at: beforeAt, id: beforeId } : undefined,
    limit: AUDIT_PAGE_SIZE + 1,
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = entries.at(-1);
  return { since, entries: entries.map(auditView), older: rows.length > AUDIT_PAGE_SIZE && last ? { at: last.at, id: last.id } : null };
}
