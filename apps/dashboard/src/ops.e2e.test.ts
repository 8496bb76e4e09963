// End to end: the operations console against the running stack (runs and
// quarantine from the first syncs). An operator, failed, cancelled and
// running runs and a member's submission with personal data are seeded here
// through the warehouse, on the stack's ClickHouse (LIAISON_E2E_CLICKHOUSE_URL
// / _DATABASE from the setup).
import { randomBytes } from 'node:crypto';
import {
  addOperator,
  listQuarantine,
  listRuns,
  quarantineRecords,
  recordAlertDelivery,
  recordSubmission,
  saveRun,
  type ClickHouseClient,
  type SyncRun,
} from '@liaison/warehouse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launch, stackClickHouse, url } from './e2e-support.ts';

const tag = randomBytes(3).toString('hex');
const OPERATOR = { name: `ops-e2e-${tag}`, password: `pw-${randomBytes(9).toString('hex')}` };
const FAILED_RUN = `run-failed-${tag}`;
const CANCELLED_RUN = `run-cancelled-${tag}`;
const RUNNING_RUN = `run-running-${tag}`;
const SECRET_ERROR = `e2e failure ${tag}`;
const PERSONAL = { name: `联系人${tag}`, text: `私密意见${tag}` };

let ch: ClickHouseClient;
let browser: Browser;
let page: Page;

const seededRun = (run_id: string, source_id: string, status: SyncRun['status'], error: string | null): SyncRun => ({
  run_id,
  source_id,
  source_kind: 'district-api',
  mode: 'scheduled',
  rerun_of: null,
  window_from: null,
  window_to: null,
  status,
  started_at: '2024-05-01 02:00:00.000',
  finished_at: status === 'running' ? null : '2024-05-01 02:00:09.000',
  received: 5,
  loaded: 0,
  quarantined: 0,
  duplicates: 0,
  error,
});

/** Until the source has a finished re-run of `runId` and no sync of it runs (later tests read its data). */
async function waitForRerunOf(sourceId: string, runId: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const runs = await listRuns(ch, { sourceId, limit: 1000 });
        return runs.some((r) => r.rerun_of === runId && r.status !== 'running') && !runs.some((r) => r.status === 'running');
      },
      { timeout: 60_000 },
    )
    .toBe(true);
}

beforeAll(async () => {
  ch = stackClickHouse();
  await addOperator(ch, OPERATOR.name, OPERATOR.password);
  await saveRun(ch, seededRun(FAILED_RUN, 'nanshan', 'failed', SECRET_ERROR));
  // an alert about it that the worker could not send (no URL in its variable)
  const unsent = { outcome: 'undeliverable' as const, detail: 'environment variable ALERT_URL is not set on the worker' };
  await recordAlertDelivery(ch, {
    source_id: 'nanshan',
    event: 'failed',
    run_id: FAILED_RUN,
    target: 'wecom:ALERT_URL',
    ...unsent,
    at: new Date().toISOString(),
  });
  // futian: no other test re-runs it, so its re-run below must start.
  await saveRun(ch, seededRun(CANCELLED_RUN, 'futian', 'cancelled', 'cancelled by an operator'));
  await saveRun(ch, seededRun(RUNNING_RUN, `members-${tag}`, 'running', null));
  // A member's submission with personal data, and one quarantined by the member-inbox source.
  const data = { unit_name: '单位', contact_name: PERSONAL.name, contact_phone: '13800138000' };
  await recordSubmission(ch, {
    member_id: `m-${tag}`,
    kind: 'profile',
    period: '2024',
    status: 'rejected',
    data,
    errors: [],
    channel: 'api',
  });
  await quarantineRecords(
    ch,
    [
      {
        raw: { kind: 'opinions', period: '2024', data: { items: [{ category: 'x', text: PERSONAL.text }] } },
        position: { seq: 1 },
        key: `m-${tag}/opinions/2024`,
        issues: [{ path: 'data.items.0.category', code: 'invalid_value', message: 'unknown demand category code "x"' }],
      },
    ],
    { sourceId: `members-${tag}`, collection: 'submissions', runId: FAILED_RUN },
  );
  ({ browser, page } = await launch());
});

afterAll(async () => {
  await browser?.close();
  await ch?.close();
});

describe('operations console', () => {
  it('requires a login, for pages and for the CSV export', async () => {
    for (const path of ['/ops', '/ops/quarantine?source=nanshan', '/ops/quarantine/export?source=nanshan', `/ops/runs/${FAILED_RUN}`]) {
      const res = await fetch(url(path), { redirect: 'manual' });
      expect(res.status, path).toBe(303);
      expect(res.headers.get('location'), path).toMatch(/^\/ops\/login/);
      expect(res.headers.get('cache-control'), path).toBe('private, no-store');
    }
    const forged = await fetch(url('/ops?/rerun'), {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: `run_id=${FAILED_RUN}`,
    });
    expect(forged.status).toBe(403);
    await page.goto(url('/ops'));
    expect(new URL(page.url()).pathname).toBe('/ops/login');
    await expectNoSeriousA11yViolations(page);
    await page.fill('#name', OPERATOR.name);
    await page.fill('#password', 'wrong-password');
    await page.click('main button[type=submit]');
    await page.locator('#login-error').waitFor();
    await page.fill('#password', OPERATOR.password);
    await Promise.all([page.waitForURL(url('/ops')), page.click('main button[type=submit]')]);
  });

  it('lists runs with the columns of `liaison runs`, filtered by source and failure', async () => {
    const rows = page.locator('#runs tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await page.locator('#runs tbody tr[data-status="succeeded"]').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator(`#runs tr[data-run="${FAILED_RUN}"]`).textContent()).toContain(SECRET_ERROR);
    await expectNoSeriousA11yViolations(page);
    await page.goto(url('/ops?source=nanshan&failed=1'));
    const statuses = await page
      .locator('#runs tbody tr')
      .evaluateAll((trs) => trs.map((r) => `${r.getAttribute('data-source')}/${r.getAttribute('data-status')}`));
    expect(new Set(statuses)).toEqual(new Set(['nanshan/failed']));
  });

  it('re-runs a failed run through Temporal, or says a sync is already running', async () => {
    await page.goto(url(`/ops/runs/${FAILED_RUN}`));
    expect(await page.locator('dl').textContent()).toContain(
      'wecom:ALERT_URL 同步失败 无法发送 (environment variable ALERT_URL is not set on the worker)',
    );
    await page.getByRole('button', { name: `重新运行 ${FAILED_RUN}` }).click();
    const notice = page.locator('main p.notice');
    await notice.waitFor();
    expect(['started', 'already_running']).toContain(await notice.getAttribute('data-outcome'));
    // The re-run (or the sync it found running) adds to nanshan's quarantine:
    // later tests read that quarantine, so wait here until no sync of it runs.
    if ((await notice.getAttribute('data-outcome')) === 'started') await waitForRerunOf('nanshan', FAILED_RUN);
    else
      await expect
        .poll(async () => (await listRuns(ch, { sourceId: 'nanshan', limit: 1000 })).some((r) => r.status === 'running'))
        .toBe(false);
  });

  it('shows a cancelled run in words and re-runs it like a failed one, but never a running or succeeded run', async () => {
    await page.goto(url('/ops?source=futian'));
    const row = page.locator(`#runs tr[data-run="${CANCELLED_RUN}"]`);
    expect(await row.locator('.status').textContent()).toBe('已取消');
    await row.getByRole('button', { name: `重新运行 ${CANCELLED_RUN}` }).click();
    const notice = page.locator('main p.notice');
    await notice.waitFor();
    expect(await notice.getAttribute('data-outcome')).toBe('started');
    await waitForRerunOf('futian', CANCELLED_RUN);
    await page.goto(url(`/ops/runs/${CANCELLED_RUN}?lang=en`));
    expect(await page.locator('dl').textContent()).toContain('Cancelled');
    expect(await page.getByRole('button', { name: `Re-run ${CANCELLED_RUN}` }).count()).toBe(1);

    const succeeded = (await listRuns(ch, { sourceId: 'futian', limit: 1000 })).find((r) => r.status === 'succeeded');
    for (const runId of [succeeded!.run_id, RUNNING_RUN]) {
      await page.goto(url(`/ops/runs/${runId}`));
      expect(await page.getByRole('button', { name: `重新运行 ${runId}` }).count(), runId).toBe(0);
      const refused = await page.request.post(url(`/ops/runs/${runId}?/rerun`), {
        form: { run_id: runId },
        headers: { origin: new URL(url('/')).origin },
      });
      expect(refused.status(), runId).toBe(409);
      expect(await refused.text(), runId).toContain('not_rerunnable');
    }
  });

  it('shows quarantine per source with every reason, exports it as CSV, and hides personal data', async () => {
    // The page shows what the warehouse holds, both read after the same syncs.
    let expected: Awaited<ReturnType<typeof listQuarantine>> = [];
    await expect
      .poll(async () => {
        await page.goto(url('/ops/quarantine?source=nanshan'));
        const shown = await page.locator('#quarantine tbody tr').count();
        expected = await listQuarantine(ch, { sourceId: 'nanshan' });
        return shown === Math.min(expected.length, 500) && shown > 0 ? 'same' : `page ${shown} rows, warehouse ${expected.length}`;
      })
      .toBe('same');
    const first = expected[0]!;
    await expect.poll(() => page.locator('#quarantine').textContent()).toContain(first.issues[0]!.message);
    await expectNoSeriousA11yViolations(page);

    const csv = await page.request.get(url('/ops/quarantine/export?source=nanshan'));
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers()['content-disposition']).toBe('attachment; filename="quarantine-nanshan.csv"');
    const text = (await csv.body()).toString('utf8');
    expect(text.startsWith('\uFEFFsource_id,collection,record_key,position,issues,run_id,quarantined_at,raw\r\n')).toBe(true);

    await page.goto(url(`/ops/quarantine?source=members-${tag}`));
    const shown = (await page.locator('#quarantine').textContent()) ?? '';
    expect(shown).toContain('unknown demand category code');
    await page.locator('#quarantine details summary').first().click();
    expect(await page.locator('#quarantine pre').first().textContent()).toContain('[redacted]');
    expect(await page.content()).not.toContain(PERSONAL.text);
    const exported = (await (await page.request.get(url(`/ops/quarantine/export?source=members-${tag}`))).body()).toString('utf8');
    expect(exported).toContain('[redacted]');
    expect(exported).not.toContain(PERSONAL.text);
  });
});
