// Submissions laid out for the portal pages: times as ISO instants, and which
// submission currently counts for each (kind, period) — the latest accepted
// one, as the pipeline loads them (sources.md §3).
import { isoFromClickHouse, type SubmissionDetail, type SubmissionSummary } from '@liaison/warehouse';

export interface SubmissionRow extends Omit<SubmissionSummary, 'seq'> {
  current: boolean;
}

export function submissionRows(list: readonly SubmissionSummary[]): SubmissionRow[] {
  const currentSeq = new Map<string, bigint>();
  for (const s of list) {
    if (s.status !== 'accepted') continue;
    const key = `${s.kind}\u0000${s.period}`;
    const seq = BigInt(s.seq);
    if ((currentSeq.get(key) ?? -1n) < seq) currentSeq.set(key, seq);
  }
  return list.map(({ seq, ...s }) => ({
    ...s,
    submitted_at: isoFromClickHouse(s.submitted_at),
    current: currentSeq.get(`${s.kind}\u0000${s.period}`) === BigInt(seq),
  }));
}

export function detailView(s: SubmissionDetail) {
  const { seq: _seq, ...rest } = s;
  return { ...rest, submitted_at: isoFromClickHouse(s.submitted_at) };
}
