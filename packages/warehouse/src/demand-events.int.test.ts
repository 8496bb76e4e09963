// Loading demand events against the real ClickHouse engine: re-delivery
// changes nothing, batch duplicates are dropped, free text goes only to the
// private table and survives intact, and the folded state follows each load.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { DemandEvent } from '@liaison/schemas';
import type { ClickHouseClient } from './client.ts';
import { loadDemandEvents, rebuildDemandStates } from './demand-events.ts';
import { createTestDatabase, tableSnapshot } from './testing.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const created: DemandEvent = {
  seq: 1,
  event_id: id(1),
  demand_id: 'D-1',
  type: 'created',
  occurred_at: '2024-05-01T01:00:00.000Z',
  payload: {
    uscc: '91440300MA5DC6QX8G',
    enterprise_name: '深圳华润置地有限公司',
    district: 'nanshan',
    category: 'financing',
    channel: 'visit',
    title: '融资难题——联系人王五，电话请勿公开',
    deadline: '2024-05-20',
  },
};
const transferred: DemandEvent = {
  seq: 2,
  event_id: id(2),
  demand_id: 'D-1',
  type: 'transferred',
  occurred_at: '2024-05-02T01:00:00.000Z',
  payload: { department: '市工信局', deadline: '2024-06-30' },
};
const resolved: DemandEvent = {
  seq: 3,
  event_id: id(3),
  demand_id: 'D-1',
  type: 'resolved',
  occurred_at: '2024-05-10T01:00:00.000Z',
  payload: { resolution: '已由赵六协调银行放款' },
};
const feedback: DemandEvent = {
  seq: 4,
  event_id: id(4),
  demand_id: 'D-1',
  type: 'feedback',
  occurred_at: '2024-05-11T01:00:00.000Z',
  payload: { satisfaction: 5 },
};

describe('demand events', () => {
  let ch: ClickHouseClient;
  const meta = { sourceId: 'demand-platform', runId: 'run-1' };
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch.close();
  });
  const snapshot = async () => ({
    events: await tableSnapshot(ch, 'demand_events'),
    texts: await tableSnapshot(ch, 'demand_event_texts'),
    states: await tableSnapshot(ch, 'demand_states'),
  });

  it('drops duplicates within a batch, keeping the lowest seq', async () => {
    const again = { ...resolved, seq: 30 };
    expect(await loadDemandEvents(ch, [created, transferred, again, resolved, created], meta)).toEqual({ loaded: 3, duplicates: 2 });
    const rs = await ch.query({ query: 'SELECT seq FROM demand_events FINAL ORDER BY seq', format: 'JSONEachRow' });
    expect((await rs.json<{ seq: string }>()).map((r) => Number(r.seq))).toEqual([1, 2, 3]);
  });

  it('changes nothing when the same events are delivered again, in another run', async () => {
    await loadDemandEvents(ch, [feedback], meta);
    const before = await snapshot();
    expect(before.events).toHaveLength(4);
    await loadDemandEvents(ch, [feedback, resolved, created, transferred], { ...meta, runId: 'run-2' });
    // a later page re-delivering an event under a higher seq
    await loadDemandEvents(ch, [{ ...resolved, seq: 99 }], { ...meta, runId: 'run-3' });
    expect(await snapshot()).toEqual(before);
    await rebuildDemandStates(ch);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps free text out of demand_events and intact in demand_event_texts', async () => {
    const rs = await ch.query({ query: 'SELECT * FROM demand_events FINAL', format: 'JSONEachRow' });
    const stored = JSON.stringify(await rs.json());
    for (const word of ['王五', '赵六', '华润', 'title', 'resolution']) expect(stored).not.toContain(word);
    const texts = await ch.query({
      query: 'SELECT field, text FROM demand_event_texts FINAL ORDER BY event_id, field',
      format: 'JSONEachRow',
    });
    expect(await texts.json()).toEqual([
      { field: 'enterprise_name', text: '深圳华润置地有限公司' },
      { field: 'title', text: '融资难题——联系人王五，电话请勿公开' },
      { field: 'resolution', text: '已由赵六协调银行放款' },
    ]);
  });

  it('keeps the folded state of each demand current', async () => {
    const state = async () => {
      const rs = await ch.query({
        query: `SELECT state, department, toString(deadline) AS deadline, satisfaction, district, category, events,
                       toString(created_on) AS created_on FROM demand_states FINAL WHERE demand_id = 'D-1'`,
        format: 'JSONEachRow',
      });
      return (await rs.json())[0];
    };
    expect(await state()).toEqual({
      state: 'resolved',
      department: '市工信局',
      deadline: '2024-06-30',
      satisfaction: 5,
      district: 'nanshan',
      category: 'financing',
      events: 4,
      created_on: '2024-05-01',
    });
    await loadDemandEvents(
      ch,
      [
        {
          seq: 5,
          event_id: id(5),
          demand_id: 'D-1',
          type: 'reopened',
          occurred_at: '2024-05-12T01:00:00.000Z',
          payload: { reason: '企业反映未到账' },
        },
      ],
      meta,
    );
    expect(await state()).toMatchObject({ state: 'open', events: 5 });
  });
});
