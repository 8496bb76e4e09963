// Hand-computed demand lifecycles for the integration tests of figures.ts.
// Times are CST wall clock; `asOf` is 2024-09-01 12:00 CST. The expected
// figures in demands.int.test.ts are worked out by hand from this list; the
// comment on each demand says what it is there to prove.
import type { DemandEvent, DemandEventType, DemandPayload } from '@liaison/schemas';

let n = 0;
/** An event at a CST wall-clock time `YYYY-MM-DD hh:mm` (or an ISO instant ending in Z). */
export function ev<T extends DemandEventType>(demand: string, type: T, at: string, payload: DemandPayload<T>, seq = ++n): DemandEvent {
  const occurred_at = at.endsWith('Z') ? new Date(at).toISOString() : new Date(`${at.replace(' ', 'T')}:00+08:00`).toISOString();
  const event_id = `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`;
  return { seq, event_id, demand_id: demand, type, occurred_at, payload } as DemandEvent;
}

type Created = DemandPayload<'created'>;
const created = (
  district: Created['district'],
  category: Created['category'],
  channel: Created['channel'],
  deadline: string | null = null,
): Created => ({
  uscc: '91440300MA5DC6QX8G',
  enterprise_name: '深圳示例企业有限公司',
  district,
  category,
  channel,
  title: '诉求（联系人张三）',
  deadline,
});
const r = { resolution: '已解决（经办人李四）' };
const reason = { reason: '企业说明' };

export const AS_OF = new Date('2024-09-01T12:00:00+08:00');

export const FIXTURE: DemandEvent[] = [
  // D1: resolved on time (06-08 ≤ 06-10), 5 days, satisfied.
  ev('D1', 'created', '2024-06-03 09:00', created('nanshan', 'financing', 'visit', '2024-06-10')),
  ev('D1', 'resolved', '2024-06-08 09:00', r),
  ev('D1', 'feedback', '2024-06-09 09:00', { satisfaction: 5 }),
  // D2: late against its first deadline, on time against the transferred one; 10 days.
  ev('D2', 'created', '2024-06-05 09:00', created('nanshan', 'policy', 'platform', '2024-06-10')),
  ev('D2', 'transferred', '2024-06-06 09:00', { department: '市工信局', deadline: '2024-06-20' }),
  ev('D2', 'resolved', '2024-06-15 09:00', r),
  ev('D2', 'feedback', '2024-06-16 09:00', { satisfaction: 3 }),
  // D3: a later transfer without a deadline (refused upstream by the schema;
  // here to pin the SQL to metrics.md) keeps 06-20 in force: late; 20 days.
  ev('D3', 'created', '2024-06-05 09:00', created('futian', 'policy', 'visit', '2024-06-12')),
  ev('D3', 'transferred', '2024-06-06 09:00', { department: '市发改委', deadline: '2024-06-20' }),
  ev('D3', 'transferred', '2024-06-07 09:00', { department: '市人社局', deadline: null as unknown as string }),
  ev('D3', 'resolved', '2024-06-25 09:00', r),
  // D4: reopened after resolved: open, aged 90 days; unsatisfied feedback.
  ev('D4', 'created', '2024-06-03 09:00', created('nanshan', 'financing', 'hotline')),
  ev('D4', 'resolved', '2024-06-12 09:00', r),
  ev('D4', 'feedback', '2024-06-12 12:00', { satisfaction: 2 }),
  ev('D4', 'reopened', '2024-06-13 09:00', reason),
  // D5: resolved → reopened → resolved: the last one counts (late, 13.1 days);
  // the latest feedback (2) counts, not the earlier 5.
  ev('D5', 'created', '2024-06-20 09:00', created('futian', 'financing', 'visit', '2024-07-01')),
  ev('D5', 'resolved', '2024-06-25 09:00', r),
  ev('D5', 'feedback', '2024-06-25 10:00', { satisfaction: 5 }),
  ev('D5', 'reopened', '2024-06-26 09:00', reason),
  ev('D5', 'resolved', '2024-07-03 11:24', r),
  ev('D5', 'feedback', '2024-07-04 09:00', { satisfaction: 2 }),
  // D6: withdrawn: in no figure, its feedback in no denominator.
  ev('D6', 'created', '2024-06-21 09:00', created('nanshan', 'policy', 'platform')),
  ev('D6', 'feedback', '2024-06-21 12:00', { satisfaction: 5 }),
  ev('D6', 'withdrawn', '2024-06-22 09:00', reason),
  // D7: withdrawn, then reopened: open again, aged 72 days.
  ev('D7', 'created', '2024-06-21 09:00', created('futian', 'policy', 'association')),
  ev('D7', 'withdrawn', '2024-06-22 09:00', reason),
  ev('D7', 'reopened', '2024-06-23 09:00', reason),
  // D8: its created never arrives: in no window, one incomplete demand.
  ev('D8', 'classified', '2024-06-02 09:00', { category: 'policy', priority: 'normal' }),
  ev('D8', 'resolved', '2024-06-04 09:00', r),
  // D9: created at 2024-05-31T16:30Z = 06-01 00:30 CST (June; aged 92 days);
  // classified twice, the later-occurring one arriving first: category permits.
  ev('D9', 'created', '2024-05-31T16:30:00Z', created('nanshan', 'housing', 'visit')),
  ev('D9', 'classified', '2024-06-03 09:00', { category: 'permits', priority: 'urgent' }, 1001),
  ev('D9', 'classified', '2024-06-02 09:00', { category: 'land_space', priority: 'normal' }, 1002),
  // D10: 05-31 23:59 CST (May); no deadline: on time; exactly 2 days.
  ev('D10', 'created', '2024-05-31T15:59:00Z', created('nanshan', 'financing', 'visit')),
  ev('D10', 'resolved', '2024-06-02T15:59:00Z', r),
  // D11, D12: open, aged 7 and 8 days (the 0–7 / 8–30 edge).
  ev('D11', 'created', '2024-08-25 09:00', created('futian', 'financing', 'platform')),
  ev('D12', 'created', '2024-08-24 09:00', created('nanshan', 'policy', 'hotline')),
];
