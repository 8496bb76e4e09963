import { describe, expect, it } from 'vitest';
import type { DemandEvent, DemandEventType, DemandPayload } from './demand-events.ts';
import { foldDemand, foldDemands, orderDemandEvents } from './demand-fold.ts';
import { USCC } from './fixtures.ts';

let n = 0;
/** A validated-shape event at a CST wall-clock time `MM-DD hh:mm` in 2024. */
function ev<T extends DemandEventType>(
  type: T,
  at: string,
  payload: DemandPayload<T>,
  opts: { seq?: number; id?: string; demand?: string } = {},
): DemandEvent {
  const seq = opts.seq ?? ++n;
  const [md = '', hm = '00:00'] = at.split(' ');
  const occurred_at = new Date(`2024-${md}T${hm}:00+08:00`).toISOString();
  return {
    seq,
    event_id: opts.id ?? `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    demand_id: opts.demand ?? 'D-1',
    type,
    occurred_at,
    payload,
  } as DemandEvent;
}
const createdP = (deadline: string | null = null) => ({
  uscc: USCC,
  enterprise_name: '示例',
  district: 'nanshan' as const,
  category: 'financing' as const,
  channel: 'visit' as const,
  title: 't',
  deadline,
});
const shuffle = <T>(xs: T[]) => [...xs].reverse();

describe('foldDemand', () => {
  it('folds a simple life: created → classified → transferred → resolved → feedback', () => {
    const f = foldDemand([
      ev('created', '05-01 09:00', createdP('2024-05-20')),
      ev('classified', '05-01 10:00', { category: 'policy', priority: 'normal' }),
      ev('transferred', '05-02 09:00', { department: '市工信局', deadline: '2024-05-15' }),
      ev('resolved', '05-10 09:00', { resolution: 'r' }),
      ev('feedback', '05-11 09:00', { satisfaction: 4 }),
      ev('closed', '05-12 09:00', {}),
    ]);
    expect(f).toMatchObject({
      demand_id: 'D-1',
      state: 'resolved',
      category: 'policy',
      channel: 'visit',
      district: 'nanshan',
      deadline: '2024-05-15',
      department: '市工信局',
      latest_satisfaction: 4,
      created_at: '2024-05-01T01:00:00.000Z',
      last_resolved_at: '2024-05-10T01:00:00.000Z',
    });
    expect(f.created?.type).toBe('created');
  });

  it('ignores duplicate deliveries of an event_id', () => {
    const a = ev('created', '05-01 09:00', createdP());
    const r = ev('resolved', '05-02 09:00', { resolution: 'r' }, { seq: 10 });
    const redelivered = { ...r, seq: 99 };
    const once = foldDemand([a, r]);
    expect(foldDemand([a, r, r, redelivered, a])).toEqual(once);
    expect(orderDemandEvents([a, redelivered, r]).map((e) => e.seq)).toEqual([a.seq, 10]);
  });

  it('orders by occurred_at, then seq, whatever the arrival order', () => {
    const evs = [
      ev('created', '05-01 09:00', createdP(), { seq: 30 }),
      ev('resolved', '05-02 09:00', { resolution: 'r' }, { seq: 10 }),
      ev('reopened', '05-03 09:00', { reason: 'x' }, { seq: 20 }),
    ];
    expect(foldDemand(evs).state).toBe('open');
    expect(foldDemand(shuffle(evs))).toEqual(foldDemand(evs));
    // same instant: seq decides — resolved (seq 41) after reopened (seq 40)
    const tie = [
      ev('created', '05-01 09:00', createdP()),
      ev('resolved', '05-02 09:00', { resolution: 'r' }, { seq: 41 }),
      ev('reopened', '05-02 09:00', { reason: 'x' }, { seq: 40 }),
    ];
    expect(foldDemand(tie).state).toBe('resolved');
    expect(foldDemand(shuffle(tie)).state).toBe('resolved');
  });

  it('reopened after resolved is open; resolved again is resolved', () => {
    const evs = [
      ev('created', '05-01 09:00', createdP()),
      ev('resolved', '05-02 09:00', { resolution: 'r' }),
      ev('reopened', '05-03 09:00', { reason: 'x' }),
    ];
    const open = foldDemand(evs);
    expect(open.state).toBe('open');
    expect(open.last_resolved_at).toBe('2024-05-02T01:00:00.000Z');
    const again = foldDemand([...evs, ev('resolved', '05-04 09:00', { resolution: 'r2' })]);
    expect(again).toMatchObject({ state: 'resolved', last_resolved_at: '2024-05-04T01:00:00.000Z' });
  });

  it('withdrawn, then reopened: open (and resolved only by a later resolved)', () => {
    const evs = [ev('created', '05-01 09:00', createdP()), ev('withdrawn', '05-02 09:00', { reason: 'x' })];
    expect(foldDemand(evs).state).toBe('withdrawn');
    const reopened = [...evs, ev('reopened', '05-03 09:00', { reason: 'y' })];
    expect(foldDemand(reopened).state).toBe('open');
    expect(foldDemand([...reopened, ev('resolved', '05-04 09:00', { resolution: 'r' })]).state).toBe('resolved');
  });

  it('withdrawn after resolved is withdrawn; resolved before a withdrawn-then-reopened stays unresolved', () => {
    const created = ev('created', '05-01 09:00', createdP());
    const resolved = ev('resolved', '05-02 09:00', { resolution: 'r' });
    const withdrawn = ev('withdrawn', '05-03 09:00', { reason: 'x' });
    expect(foldDemand([created, resolved, withdrawn]).state).toBe('withdrawn');
    expect(foldDemand([created, resolved, withdrawn, ev('reopened', '05-04 09:00', { reason: 'y' })]).state).toBe('open');
    // withdrawn BEFORE the resolution, not reopened: still withdrawn
    expect(foldDemand([created, ev('withdrawn', '05-01 12:00', { reason: 'x' }), resolved]).state).toBe('withdrawn');
  });

  it('progress, feedback, classified, transferred and closed change no state', () => {
    const base = [ev('created', '05-01 09:00', createdP())];
    const noise = [
      ev('progress', '05-02 09:00', { note: 'n' }),
      ev('feedback', '05-03 09:00', { satisfaction: 2 }),
      ev('closed', '05-04 09:00', {}),
      ev('classified', '05-05 09:00', { category: 'other', priority: 'urgent' }),
    ];
    expect(foldDemand([...base, ...noise]).state).toBe('open');
    expect(foldDemand([...base, ev('resolved', '05-01 10:00', { resolution: 'r' }), ...noise]).state).toBe('resolved');
  });

  it('deadline in force: last created/transferred carrying one, in fold order', () => {
    const c = ev('created', '05-01 09:00', createdP('2024-05-10'));
    const t1 = ev('transferred', '05-02 09:00', { department: 'A', deadline: '2024-05-20' });
    const t2 = ev('transferred', '05-03 09:00', { department: 'B', deadline: '2024-05-12' }, { seq: 1 }); // arrives first by seq
    expect(foldDemand([c]).deadline).toBe('2024-05-10');
    expect(foldDemand([t2, c, t1])).toMatchObject({ deadline: '2024-05-12', department: 'B' });
    expect(foldDemand([ev('created', '05-01 09:00', createdP(null))]).deadline).toBeNull();
    // a later created without a deadline does not clear one in force
    expect(foldDemand([c, ev('created', '05-01 10:00', createdP(null))]).deadline).toBe('2024-05-10');
  });

  it('category: last classified, else created; satisfaction of the latest feedback in fold order', () => {
    const c = ev('created', '05-01 09:00', createdP());
    expect(foldDemand([c]).category).toBe('financing');
    const f = foldDemand([
      c,
      ev('classified', '05-03 09:00', { category: 'permits', priority: 'normal' }, { seq: 1 }),
      ev('classified', '05-02 09:00', { category: 'housing', priority: 'normal' }, { seq: 2 }),
      ev('feedback', '05-05 09:00', { satisfaction: 2 }, { seq: 3 }),
      ev('feedback', '05-04 09:00', { satisfaction: 5 }, { seq: 4 }),
    ]);
    expect(f).toMatchObject({ category: 'permits', latest_satisfaction: 2 });
  });

  it('missing created: no created_at, channel or district, but state still folds', () => {
    const f = foldDemand([
      ev('classified', '05-02 09:00', { category: 'policy', priority: 'normal' }),
      ev('resolved', '05-03 09:00', { resolution: 'r' }),
    ]);
    expect(f).toMatchObject({ created: null, created_at: null, channel: null, district: null, category: 'policy', state: 'resolved' });
  });

  it('refuses empty input and mixed demands; foldDemands groups by demand', () => {
    expect(() => foldDemand([])).toThrow(RangeError);
    expect(() =>
      foldDemand([ev('created', '05-01 09:00', createdP()), ev('created', '05-01 09:00', createdP(), { demand: 'D-2' })]),
    ).toThrow(/D-2/);
    const m = foldDemands([ev('created', '05-01 09:00', createdP()), ev('withdrawn', '05-02 09:00', { reason: 'x' }, { demand: 'D-2' })]);
    expect([...m.keys()]).toEqual(['D-1', 'D-2']);
    expect(m.get('D-2')?.state).toBe('withdrawn');
  });
});
