import { describe, expect, it } from 'vitest';
import { demandEvent, demandEventKey, demandEventsPage } from './demand-events.ts';
import { USCC } from './fixtures.ts';
import { issuesOf } from './issues.ts';

const base = { seq: 7, event_id: '3F2504E0-4F89-11D3-9A0C-0305E82C3301', demand_id: 'D-1', occurred_at: '2024-05-17T09:30:00+08:00' };
const created = {
  ...base,
  type: 'created',
  payload: {
    uscc: USCC,
    enterprise_name: '示例公司',
    district: 'nanshan',
    category: 'financing',
    channel: 'visit',
    title: '贷款',
    deadline: null,
  },
};

describe('demand events', () => {
  it('parses each type with its payload, normalising time and id', () => {
    const e = demandEvent.parse(created);
    expect(e).toMatchObject({ type: 'created', occurred_at: '2024-05-17T01:30:00.000Z', event_id: '3f2504e0-4f89-11d3-9a0c-0305e82c3301' });
    const payloads = {
      classified: { category: 'policy', priority: 'urgent' },
      transferred: { department: '市工信局', deadline: '2024-06-01' },
      progress: { note: '' },
      resolved: { resolution: '已协调' },
      feedback: { satisfaction: 5 },
      closed: {},
      reopened: { reason: '未落实' },
      withdrawn: { reason: '企业撤回' },
    };
    for (const [type, payload] of Object.entries(payloads))
      expect(demandEvent.safeParse({ ...base, type, payload }).success, type).toBe(true);
  });

  it('strips unknown payload keys (closed is {})', () => {
    expect(demandEvent.parse({ ...base, type: 'closed', payload: { by: 'x' } }).payload).toEqual({});
  });

  it('reports payload problems with full paths', () => {
    const bad = (type: string, payload: unknown) =>
      issuesOf(demandEvent.safeParse({ ...base, type, payload }).error!).map((i) => `${i.path}: ${i.message}`);
    expect(bad('feedback', { satisfaction: 6 })).toEqual(['payload.satisfaction: must be ≤ 5']);
    expect(bad('feedback', { satisfaction: 4.5 })).toEqual(['payload.satisfaction: expected an integer']);
    expect(bad('transferred', { department: '局', deadline: null })).toEqual(['payload.deadline: expected a date YYYY-MM-DD']);
    expect(bad('classified', { category: 'x', priority: 'high' })).toEqual([
      'payload.category: unknown demand category code "x"',
      'payload.priority: unknown priority code "high"',
    ]);
    expect(bad('created', { ...created.payload, channel: 'email', uscc: 'bad' })[0]).toMatch(
      /^payload.uscc: invalid unified social credit code/,
    );
    expect(bad('progress', undefined)).toEqual(['payload: required']);
    expect(bad('escalated', {})).toEqual([
      'type: unknown event type; expected one of created, classified, transferred, progress, resolved, feedback, closed, reopened, withdrawn',
    ]);
  });

  it('checks the envelope fields', () => {
    const r = issuesOf(
      demandEvent.safeParse({ ...created, seq: -1, event_id: 'nope', demand_id: '', occurred_at: '2024-05-17T09:30:00' }).error!,
    );
    expect(r.map((i) => i.path)).toEqual(['seq', 'event_id', 'demand_id', 'occurred_at']);
    expect(issuesOf(demandEvent.safeParse(null).error!)).toEqual([{ path: '', code: 'invalid_type', message: 'expected an object' }]);
  });

  it('keeps page events unvalidated so one bad event does not fail the page', () => {
    const page = demandEventsPage.parse({ events: [created, { junk: true }], last_seq: 8, has_more: false });
    expect(page.events).toHaveLength(2);
    expect(demandEventsPage.safeParse({ events: [], last_seq: '8', has_more: false }).success).toBe(false);
  });

  it('keys raw events by event_id, else seq', () => {
    expect(demandEventKey(created)).toBe(base.event_id);
    expect(demandEventKey({ seq: 3 })).toBe('seq:3');
    expect(demandEventKey(42)).toBeNull();
  });
});
