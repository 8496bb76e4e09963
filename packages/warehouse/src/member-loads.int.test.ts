// Loading accepted member submissions against the real ClickHouse engine: the
// latest accepted submission per (member, kind, period) wins in whatever
// order runs load them, amounts stay exact, and no personal data (contact
// name and phone, opinion text) reaches the loaded tables.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { loadMemberSubmissions, type AcceptedSubmission } from './member-loads.ts';
import { readInbox, recordSubmission } from './submissions.ts';
import { createTestDatabase, tableSnapshot } from './testing.ts';

const USCC = '91440305MA5G0K1P6B'; // a valid code (check digits included)
const profile = (seq: number, employees: number): AcceptedSubmission => ({
  seq,
  member_id: 'm-1',
  kind: 'profile',
  period: '2024',
  data: {
    member_id: 'm-1',
    unit_name: '示例集团深圳公司',
    uscc: USCC,
    batch: 2,
    legal_entities: 5,
    party_org: 'committee',
    party_members: 120,
    employees,
    contact_name: '张三丰',
    contact_phone: '0755-8888 6666',
  },
});
const plans = (seq: number, amount: string): AcceptedSubmission => ({
  seq,
  member_id: 'm-1',
  kind: 'project_plans',
  period: '2024-H1',
  data: {
    plans: [
      { name: '光明科学城项目', sector: 'new_energy', district: 'guangming', planned_investment_wan: amount, planned_start: '2025-03-01' },
      { name: '二期', sector: 'finance', district: 'futian', planned_investment_wan: '0', planned_start: null },
    ],
  },
});
const opinions = (seq: number): AcceptedSubmission => ({
  seq,
  member_id: 'm-2',
  kind: 'opinions',
  period: '2024-Q3',
  data: {
    member_id: 'm-2',
    items: [
      { category: 'housing', text: '请联系李四13800138000', demand_id: null },
      { category: 'financing', text: '融资难', demand_id: 'D-7' },
    ],
  },
});

describe('loading member submissions', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch.close();
  });
  const current = async (table: string) => tableSnapshot(ch, table) as Promise<Array<Record<string, unknown>>>;

  it('the latest accepted submission per (member, kind, period) wins, in any load order', async () => {
    expect(await loadMemberSubmissions(ch, [profile(30, 3000)], 'run-2')).toEqual({ loaded: 1, duplicates: 0 });
    // An older submission loaded afterwards (a re-run of an earlier window) does not win.
    await loadMemberSubmissions(ch, [profile(10, 1000)], 'run-3');
    // Within one batch, superseded submissions are counted and not written.
    expect(await loadMemberSubmissions(ch, [profile(20, 2000), profile(25, 2500)], 'run-4')).toEqual({ loaded: 1, duplicates: 1 });
    const rows = await current('member_profiles');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ member_id: 'm-1', period: '2024', employees: 3000, submission_seq: '30', run_id: 'run-2' });

    await loadMemberSubmissions(ch, [profile(40, 4000)], 'run-5');
    expect((await current('member_profiles'))[0]).toMatchObject({ employees: 4000, submission_seq: '40' });
  });

  it('plans keep exact amounts and nullable start dates; opinions keep category and demand id', async () => {
    await loadMemberSubmissions(ch, [plans(50, '12345678901234.5678'), opinions(51)], 'run-6');
    const [row] = await current('member_plans');
    expect(row).toMatchObject({ member_id: 'm-1', period: '2024-H1', submission_seq: '50' });
    const amounts = await ch.query({
      query:
        'SELECT toString(p.planned_investment_wan) AS wan, p.planned_start AS start FROM member_plans FINAL ARRAY JOIN plans AS p ORDER BY p.name',
      format: 'JSONEachRow',
    });
    expect(await amounts.json()).toEqual([
      { wan: '0', start: null },
      { wan: '12345678901234.5678', start: '2025-03-01' },
    ]);
    expect((await current('member_opinions'))[0]).toMatchObject({
      member_id: 'm-2',
      period: '2024-Q3',
      items: [
        { category: 'housing', demand_id: null },
        { category: 'financing', demand_id: 'D-7' },
      ],
    });
  });

  it('no personal data reaches the loaded tables', async () => {
    for (const table of ['member_profiles', 'member_plans', 'member_opinions']) {
      const cols = await ch.query({
        query: 'SELECT name FROM system.columns WHERE database = currentDatabase() AND table = {t:String}',
        query_params: { t: table },
        format: 'JSONEachRow',
      });
      const names = (await cols.json<{ name: string }>()).map((c) => c.name);
      expect(names, table).not.toEqual(expect.arrayContaining(['contact_name']));
      expect(
        names.filter((n) => /contact|text|phone/.test(n)),
        table,
      ).toEqual([]);
      const text = JSON.stringify(await current(table));
      for (const personal of ['张三丰', '0755-8888 6666', '李四', '13800138000', '融资难']) expect(text, table).not.toContain(personal);
    }
  });

  it('takes what the inbox hands out, and refuses data that does not fit its kind', async () => {
    const { ch: fresh } = await createTestDatabase(inject('clickhouseUrl'));
    try {
      const s = opinions(0);
      await recordSubmission(fresh, { ...s, status: 'accepted', errors: [], channel: 'form' });
      const inbox = await readInbox(fresh, { afterSeq: 0, limit: 10 });
      expect(await loadMemberSubmissions(fresh, inbox, 'run-7')).toEqual({ loaded: 1, duplicates: 0 });
      expect(await tableSnapshot(fresh, 'member_opinions')).toHaveLength(1);
      await expect(loadMemberSubmissions(fresh, [{ ...s, data: { items: 'x' } }], 'r')).rejects.toThrow(/does not fit/);
      await expect(loadMemberSubmissions(fresh, [{ ...s, kind: 'nope' }], 'r')).rejects.toThrow(/unknown kind/);
    } finally {
      await fresh.close();
    }
  });
});
