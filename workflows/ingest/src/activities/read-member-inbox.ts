// The member inbox: accepted submissions (from the API and the portal's XLSX
// upload) in order of arrival. Each is validated again with the same shared
// schema (a submission accepted under an older schema version must still
// fit), then the latest per (member, kind, period) wins in the loaded tables.
import { heartbeat } from '@temporalio/activity';
import { submissionKey, submissionRequest, validateBatch, type SourceConfigOf } from '@liaison/schemas';
import { loadMemberSubmissions, quarantineRecords, readInbox } from '@liaison/warehouse';
import type { PageRequest, PageResult } from '../types.ts';
import type { ActivityDeps } from './deps.ts';

const PAGE = 1000;
/** A submission younger than this may still be being written: read it next time. */
const SETTLE_MS = 2_000;

export async function memberInboxPage(
  deps: ActivityDeps,
  source: SourceConfigOf<'member-inbox'>,
  req: PageRequest<'member-inbox'>,
): Promise<PageResult> {
  const afterSeq = req.page ?? (req.reload ? '0' : (req.from ?? '0'));
  const inbox = await readInbox(deps.ch, { afterSeq, limit: PAGE, settleMs: SETTLE_MS });
  heartbeat({ pageNo: req.pageNo });
  const checked = validateBatch(
    submissionRequest,
    inbox.map((s) => ({ raw: { kind: s.kind, period: s.period, data: s.data }, position: { seq: Number(s.seq) } })),
    (raw) => {
      const r = raw as { kind?: unknown; period?: unknown; data?: { member_id?: unknown } };
      return submissionKey({ member_id: r.data?.member_id, kind: r.kind, period: r.period });
    },
  );
  const bySeq = new Map(inbox.map((s) => [Number(s.seq), s]));
  const accepted = checked.valid.flatMap((v) => {
    const s = bySeq.get(v.position.seq ?? -1);
    return s ? [{ ...s, data: v.record.data }] : [];
  });
  const meta = { sourceId: source.id, runId: req.runId };
  const loaded = await loadMemberSubmissions(deps.ch, accepted, req.runId);
  const quarantined = await quarantineRecords(deps.ch, checked.invalid, { ...meta, collection: 'submissions' });
  const last = inbox.at(-1);
  return {
    next: inbox.length === PAGE && last ? String(last.seq) : null,
    cursor: last ? String(last.seq) : null,
    received: inbox.length,
    quarantined,
    ...loaded,
  };
}
