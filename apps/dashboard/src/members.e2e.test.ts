// End to end: the submissions API and the member portal against the running
// stack. Members are registered here through the warehouse (the CLI's own
// function), on the stack's ClickHouse: LIAISON_E2E_CLICKHOUSE_URL and
// LIAISON_E2E_CLICKHOUSE_DATABASE, set by the e2e global setup.
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { DEMAND_CATEGORIES } from '@liaison/schemas';
import { issueMemberToken, type ClickHouseClient } from '@liaison/warehouse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launch, stackClickHouse, url } from './e2e-support.ts';

const run = randomBytes(3).toString('hex');
const A = { member_id: `e2e-a-${run}`, unit_name: '测试甲单位' };
const B = { member_id: `e2e-b-${run}`, unit_name: '测试乙单位' };
const USCC = '91440305MA5G0K1P6B';
const profile = {
  unit_name: '测试甲单位',
  uscc: USCC,
  batch: 1,
  legal_entities: 3,
  party_org: 'branch',
  party_members: 12,
  employees: 340,
  contact_name: '王小明',
  contact_phone: '0755-8888 6666',
};

let ch: ClickHouseClient;
const tokens: Record<string, string> = {};

function post(token: string | null, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url('/api/v1/submissions'), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    body: JSON.stringify(body),
  });
}
async function list(token: string): Promise<Array<{ id: string; status: string; error_count: number; channel: string; kind: string }>> {
  const res = await fetch(url('/api/v1/submissions'), { headers: { authorization: `Bearer ${token}` } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { submissions: never[] }).submissions;
}

beforeAll(async () => {
  ch = stackClickHouse();
  for (const m of [A, B]) tokens[m.member_id] = await issueMemberToken(ch, m);
});
afterAll(async () => {
  await ch?.close();
});

describe('submissions API', () => {
  it('answers 401 without a valid token', async () => {
    for (const token of [null, 'lsm_not-a-real-token']) {
      const res = await post(token, { kind: 'opinions', period: '2024', data: { items: [] } });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    }
    expect((await fetch(url('/api/v1/submissions'))).status).toBe(401);
  });

  it('answers 422 listing every problem, and keeps the rejected submission', async () => {
    const res = await post(tokens[A.member_id]!, {
      kind: 'profile',
      period: '2024-H1',
      data: { ...profile, uscc: 'ABC', batch: 7, party_org: '党委会', employees: -1, contact_phone: 'call me', extra: 1 },
    });
    expect(res.status).toBe(422);
    const { errors } = (await res.json()) as { errors: Array<{ path: string; code: string; message: string }> };
    expect(errors.map((e) => e.path).sort()).toEqual([
      'data',
      'data.batch',
      'data.contact_phone',
      'data.employees',
      'data.party_org',
      'data.uscc',
      'period',
    ]);
    for (const e of errors) expect(e.code && e.message).toBeTruthy();
    expect(await list(tokens[A.member_id]!)).toContainEqual(
      expect.objectContaining({ status: 'rejected', error_count: 7, kind: 'profile' }),
    );
  });

  it('accepts a valid submission (201), fills member_id, and lists it only for its member', async () => {
    const res = await post(tokens[A.member_id]!, { kind: 'profile', period: '2024', data: profile });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; status: string };
    expect(body).toEqual({ id: expect.any(String), status: 'accepted' });
    expect(await list(tokens[A.member_id]!)).toContainEqual(expect.objectContaining({ id: body.id, status: 'accepted', channel: 'api' }));
    expect((await list(tokens[B.member_id]!)).map((s) => s.id)).not.toContain(body.id);
    const mine = await fetch(url(`/api/v1/submissions/${body.id}`), { headers: { authorization: `Bearer ${tokens[A.member_id]}` } });
    expect(((await mine.json()) as { data: { member_id: string } }).data.member_id).toBe(A.member_id);
    const theirs = await fetch(url(`/api/v1/submissions/${body.id}`), { headers: { authorization: `Bearer ${tokens[B.member_id]}` } });
    expect(theirs.status).toBe(404);
  });

  it("answers 403 for another member's member_id and stores nothing", async () => {
    const before = (await list(tokens[A.member_id]!)).length;
    const res = await post(tokens[A.member_id]!, { kind: 'opinions', period: '2024', data: { member_id: B.member_id, items: [] } });
    expect(res.status).toBe(403);
    expect(await list(tokens[A.member_id]!)).toHaveLength(before);
  });

  it('answers a retried POST with the first result', async () => {
    const key = `retry-${run}`;
    const body = { kind: 'opinions', period: '2024-Q3', data: { items: [{ category: 'housing', text: '人才住房', demand_id: null }] } };
    const first = await post(tokens[A.member_id]!, body, { 'idempotency-key': key });
    const again = await post(tokens[A.member_id]!, body, { 'idempotency-key': key });
    expect([first.status, again.status]).toEqual([201, 201]);
    const [a, b] = [await first.json(), await again.json()];
    expect(b).toEqual(a);
    expect((await list(tokens[A.member_id]!)).filter((s) => s.id === (a as { id: string }).id)).toHaveLength(1);
    // The same key for another member is that member's own.
    expect((await post(tokens[B.member_id]!, body, { 'idempotency-key': key })).status).toBe(201);
    const bad = { kind: 'opinions', period: 'soon', data: { items: [] } };
    const r1 = await post(tokens[A.member_id]!, bad, { 'idempotency-key': `${key}-bad` });
    const r2 = await post(tokens[A.member_id]!, bad, { 'idempotency-key': `${key}-bad` });
    expect([r1.status, r2.status]).toEqual([422, 422]);
    expect(await r2.json()).toEqual(await r1.json());
  });

  it('answers 413 in the error shape for a body over 1 MB, declared or streamed, and stores nothing', async () => {
    const token = tokens[A.member_id]!;
    const before = (await list(token)).length;
    const big = JSON.stringify({
      kind: 'opinions',
      period: '2024',
      data: { items: [{ category: 'housing', text: 'x'.repeat(2 * 1024 * 1024) }] },
    });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const declared = await fetch(url('/api/v1/submissions'), { method: 'POST', headers, body: big });
    const streamed = await fetch(url('/api/v1/submissions'), {
      method: 'POST',
      headers,
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    for (const res of [declared, streamed]) {
      expect(res.status).toBe(413);
      expect(await res.json()).toEqual({
        errors: [{ path: '', code: 'body_too_large', message: 'the request body is larger than 1 MB, the most this address accepts' }],
      });
    }
    expect(await list(token)).toHaveLength(before);
  });
});

describe('member portal', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    ({ browser, page } = await launch());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('requires a login, with the API token', async () => {
    await page.goto(url('/members'));
    expect(new URL(page.url()).pathname).toBe('/members/login');
    await expect.poll(() => page.locator('main').textContent()).toContain('pnpm liaison members add');
    await expectNoSeriousA11yViolations(page);
    await page.fill('#token', 'lsm_wrong');
    await page.click('main button[type=submit]');
    await page.locator('#token-error').waitFor();
    // A login form over 16 KB is refused unread, with the form's own error.
    await page.fill('#token', 'x'.repeat(20_000));
    await page.click('main button[type=submit]');
    await expect.poll(() => page.locator('#token-error').textContent()).toContain('登录表单过大');
    await page.fill('#token', tokens[A.member_id]!);
    await Promise.all([page.waitForURL(url('/members')), page.click('main button[type=submit]')]);
    await expect.poll(() => page.locator('main').textContent()).toContain(A.unit_name);
    await expectNoSeriousA11yViolations(page);
  });

  it('lists only its own submissions', async () => {
    const theirs = (await list(tokens[B.member_id]!)).map((s) => s.id);
    const shown = await page.locator('#submissions tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(shown.length).toBeGreaterThan(0);
    for (const id of theirs) expect(shown).not.toContain(id);
  });

  it('checks the form in the browser, showing every error inline without a round trip', async () => {
    await page.goto(url('/members/submit/project_plans'), { waitUntil: 'networkidle' });
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push(r.url());
    });
    await page.fill('#f-period', '2024-H2');
    await page.fill('#f-data-plans-0-name', '测试项目');
    await page.fill('#f-data-plans-0-planned_investment_wan', '1.23456');
    await page.click('button.submit');
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary li').count()).toBe(3);
    await expect.poll(() => page.locator('#f-data-plans-0-planned_investment_wan-err').textContent()).toContain('最多 4 位小数');
    expect(await page.locator('#f-data-plans-0-sector').getAttribute('aria-invalid')).toBe('true');
    expect(posts).toEqual([]);
    await expectNoSeriousA11yViolations(page);

    await page.selectOption('#f-data-plans-0-sector', 'new_energy');
    await page.selectOption('#f-data-plans-0-district', 'nanshan');
    await page.fill('#f-data-plans-0-planned_investment_wan', '12500.5');
    await page.click('button.submit');
    await page.locator('main p.ok[role=status]').first().waitFor();
    expect(posts).toHaveLength(1);
    const id = (await page.locator('main p.ok').first().textContent())?.match(/[0-9a-f-]{36}/)?.[0];
    await page.goto(url('/members'));
    const row = page.locator(`#submissions tr[data-id="${id}"]`);
    expect(await row.getAttribute('data-status')).toBe('accepted');
  });

  it('takes the XLSX template back, with errors by sheet row', async () => {
    await page.goto(url('/members/submit/opinions'), { waitUntil: 'networkidle' });
    const template = await page.request.get(url('/members/template/opinions'));
    expect(template.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const fill = async (rows: ExcelJS.CellValue[][]) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await template.body()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
      rows.forEach((r, i) => (wb.worksheets[0]!.getRow(i + 2).values = r));
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const upload = async (buffer: Buffer) => {
      await page.fill('#upload-period', '2024-Q4');
      await page.setInputFiles('#upload-file', { name: 'opinions.xlsx', mimeType: 'application/octet-stream', buffer });
      await page.click('section.upload button[type=submit]');
    };
    const housing = DEMAND_CATEGORIES.find((c) => c.code === 'housing')!.name_zh;
    await upload(await fill([[housing, null, null], [], ['nonsense', '意见', null]]));
    await page.locator('section.upload .issues').waitFor();
    expect(
      await page.locator('section.upload .issues tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-row'))),
    ).toEqual(['2', '4']);
    await expectNoSeriousA11yViolations(page);
    await upload(
      await fill([
        [housing, '希望增加人才公寓', null],
        ['financing', '融资渠道少', 'D-100'],
      ]),
    );
    await page.locator('section.upload p.ok').waitFor();
    const uploads = (await list(tokens[A.member_id]!)).filter((s) => s.channel === 'upload');
    expect(uploads.map((s) => s.status).sort()).toEqual(['accepted', 'rejected']);
  });

  it("reads an upload of a few MB, and refuses a larger one with the form's error", async () => {
    const issues = () => page.locator('section.upload .issues tbody tr').allTextContents();
    const upload = async (bytes: number) => {
      await page.goto(url('/members/submit/opinions'), { waitUntil: 'networkidle' });
      await page.fill('#upload-period', '2024-Q4');
      await page.setInputFiles('#upload-file', { name: 'big.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.alloc(bytes, 1) });
      await page.click('section.upload button[type=submit]');
      await page.locator('section.upload .issues').waitFor();
    };
    // Over adapter-node's default BODY_SIZE_LIMIT (512K), under the upload's own limit: read, and found not to be a workbook.
    await upload(2 * 1024 * 1024);
    expect(await issues()).toEqual([expect.stringContaining('不是 XLSX 工作簿')]);
    await upload(7 * 1024 * 1024);
    expect(await issues()).toEqual([expect.stringContaining('文件超过 5 MB')]);
  });
});
