// The one submission path (API, form, upload) against the real ClickHouse
// engine: the answers of interfaces.md, the audit trail of rejected
// submissions, Idempotency-Key replay (retries racing: submit-twice.fault.test.ts), and
// XLSX errors placed on their sheet rows.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listSubmissions, type ClickHouseClient } from '@liaison/warehouse';
import { createTestDatabase } from '@liaison/warehouse/testing';
import { portalKey, submit } from './submit.ts';
import { submitUpload } from './upload.ts';
import { templateWorkbook } from './xlsx-template.ts';

const member = { member_id: 'm-1', unit_name: '单位一' };
const opinions = { kind: 'opinions', period: '2024', data: { items: [{ category: 'housing', text: '住房', demand_id: null }] } };
const api = (body: unknown, idempotencyKey: string | null = null) => ({
  channel: 'api' as const,
  idempotencyKey,
  requestBytes: JSON.stringify(body),
});

describe('submitting', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch.close();
  });

  it('answers 201, 422 (stored for audit) and 403 (not stored)', async () => {
    const ok = await submit(ch, member, opinions, api(opinions));
    expect(ok).toMatchObject({ status: 201, body: { status: 'accepted' } });
    const bad = { kind: 'opinions', period: '24', data: { items: [{ category: '?', text: '' }] } };
    const no = await submit(ch, member, bad, api(bad));
    expect(no.status).toBe(422);
    expect(no.body).toEqual({ errors: expect.arrayContaining([expect.objectContaining({ path: 'period' })]) });
    const other = { ...opinions, data: { ...opinions.data, member_id: 'm-2' } };
    expect((await submit(ch, member, other, api(other))).status).toBe(403);
    const stored = await listSubmissions(ch, 'm-1');
    expect(stored.map((s) => [s.status, s.error_count])).toEqual([
      ['rejected', 3],
      ['accepted', 0],
    ]);
  });

  it('replays the first answer for a retried key, and refuses a reused key', async () => {
    const a = await submit(ch, member, opinions, api(opinions, 'k-race'));
    expect(await submit(ch, member, opinions, api(opinions, 'k-race'))).toEqual(a);
    expect((await listSubmissions(ch, 'm-1')).filter((s) => s.id === a.id)).toHaveLength(1);
    const changed = { ...opinions, period: '2025' };
    expect(await submit(ch, member, changed, api(changed, 'k-race'))).toMatchObject({
      status: 409,
      body: { errors: [{ code: 'idempotency_key_reused' }] },
    });
    expect((await submit(ch, member, opinions, api(opinions, 'bad key with spaces'))).status).toBe(400);
    // A rejected request retried is answered word for word, with the parameters its translation needs.
    const bad = { kind: 'opinions', period: '24', data: { items: [{ category: '?', text: '' }] } };
    const first = await submit(ch, member, bad, api(bad, 'k-rejected'));
    expect(first.status).toBe(422);
    expect(await submit(ch, member, bad, api(bad, 'k-rejected'))).toEqual(first);
    expect('errors' in first.body && first.body.errors.every((e) => e.params !== undefined)).toBe(true);
    // The portal's keys are per page view and content: a corrected form is a new submission.
    expect(portalKey('form', 'page-1', 'a')).not.toBe(portalKey('form', 'page-1', 'b'));
    expect(portalKey('form', null, 'a')).toBeNull();
  });

  it('places XLSX errors on their sheet rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await templateWorkbook('project_plans', 'zh')) as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.worksheets[0]!;
    ws.getRow(2).values = ['项目甲', '新能源', '南山区', 100, null];
    ws.getRow(5).values = ['项目乙', '航天', '南山区', '1.23456', null];
    const file = new File([new Uint8Array(await wb.xlsx.writeBuffer())], 'plans.xlsx');
    const r = await submitUpload(ch, member, { kind: 'project_plans', period: '2024-H1', file, pageKey: 'p' });
    expect(r.answer.status).toBe(422);
    expect(r.issues.map((i) => [i.sheet, i.row, i.path])).toEqual([
      ['项目计划', 5, 'data.plans.1.sector'],
      ['项目计划', 5, 'data.plans.1.planned_investment_wan'],
    ]);
    const junk = await submitUpload(ch, member, { kind: 'profile', period: '2024', file: new File(['a,b'], 'x.xlsx'), pageKey: null });
    expect(junk.issues).toMatchObject([{ path: 'file', code: 'invalid_file' }]);
    expect((await listSubmissions(ch, 'm-1')).filter((s) => s.channel === 'upload').map((s) => s.status)).toEqual(['rejected', 'rejected']);
  });
});
