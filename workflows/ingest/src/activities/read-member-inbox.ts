// The member inbox: accepted submissions (from the API and the portal's XLSX
// upload) in order of arrival. Each is validated again with the same shared
// schema (a submission accepted under an older schema version must still
// fit), then the latest per (member, kind, period) wins in the loaded tables.
import { heartbeat } from '@temporalio/activity';
import { submissionKey, submissionRequest, validateBatch, type SourceConfigOf } from '@liaison/schemas';
import { loadMemberSubmissions, markInboxRead, quarantineRecords, readInbox } from '@liaison/warehouse';
import type { PageRequest, PageResult } from '../types.ts';
import type { ActivityDeps } from './deps.ts';

const PAGE = 1000;

export async function memberInboxPage(
  deps: ActivityDeps,
  source: SourceConfigOf<'member-inbox'>,
  req: PageRequest<'member-inbox'>,
): Promise<PageResult> {
  // A full re-read takes everything in seq order; an incremental one takes
  // everything not read yet, from the start (submissions.ts says why).
  const afterSeq = req.page ?? '0';
  const inbox = await readInbox(deps.ch, { afterSeq, limit: PAGE, unreadOnly: !req.reload });
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
  await markInboxRead(deps.ch, inbox, req.runId);
  const last = inbox.at(-1);
  // The cursor only reports how far the inbox has been read; it never moves back.
  const before = req.from ?? '0';
  const cursor = last && BigInt(last.seq) > BigInt(before) ? last.seq : before;
  return {
    next: inbox.length === PAGE && last ? String(last.seq) : null,
    cursor: last ? String(cursor) : null,
    received: inbox.length,
    quarantined,
    ...loaded,
  };
}
