// End to end: the console's audit log against the running stack. A refused
// and a successful console login appear, the refused one with the name tried
// and the client address but never the password; a console re-run of an
// unknown run appears as failed with its reason, a refused portal login is
// written without the token tried; the page reaches every
// entry through its "older" links, and the console's navigation leads there.
import { randomBytes } from 'node:crypto';
import { addOperator, listAudit, recordAudit, type ClickHouseClient } from '@liaison/warehouse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, launch, stackClickHouse, url } from './e2e-support.ts';
import { AUDIT_PAGE_SIZE } from './lib/server/ops/audit.ts';

const tag = randomBytes(3).toString('hex');
const OPERATOR = { name: `ops-audit-${tag}`, password: `pw-${randomBytes(9).toString('hex')}` };
const WRONG_PASSWORD = `wrong-${tag}-password`;
const SEEDED = AUDIT_PAGE_SIZE + 5;

let ch: ClickHouseClient;
let browser: Browser;
let page: Page;

/** The rows of the audit table on the page shown, as data attributes and text. */
const rows = (p: Page) =>
  p.locator('#audit tbody tr').evaluateAll((trs) =>
    trs.map((r) => ({
      id: r.getAttribute('data-id'),
      action: r.getAttribute('data-action'),
      outcome: r.getAttribute('data-outcome'),
      text: r.textContent ?? '',
    })),
  );

beforeAll(async () => {
  ch = stackClickHouse();
  await addOperator(ch, OPERATOR.name, OPERATOR.password);
  // Old entries, so that reaching them takes paging past the first page.
  await Promise.all(
    Array.from({ length: SEEDED }, (_, i) =>
      recordAudit(ch, {
        id: `seed-${tag}-${i}`,
        at: new Date(Date.UTC(2020, 0, 1, 0, 0, i)).toISOString(),
        actor: 'ops.seed',
        via: 'cli',
        action: 'pause',
        target: `seed-${tag}`,
        outcome: 'ok',
      }),
    ),
  );
  ({ browser, page } = await launch());
});

afterAll(async () => {
  await browser?.close();
  await ch?.close();
});

describe('console audit log', () => {
  it('shows a refused and a successful login, and a failed re-run with its reason', async () => {
    await page.goto(url('/ops/login'));
    await page.fill('#name', OPERATOR.name);
    await page.fill('#password', WRONG_PASSWORD);
    await page.click('main button[type=submit]');
    await page.locator('#login-error').waitFor();
    await page.fill('#password', OPERATOR.password);
    await Promise.all([page.waitForURL(url('/ops')), page.click('main button[type=submit]')]);
    const refused = await page.request.post(url('/ops?/rerun'), {
      form: { run_id: `no-run-${tag}` },
      headers: { origin: new URL(url('/')).origin },
    });
    expect(refused.status()).toBe(404);

    await page.getByRole('link', { name: '操作审计' }).click();
    await page.waitForURL(url('/ops/audit'));
    const mine = (await rows(page)).filter((r) => r.text.includes(OPERATOR.name) || r.text.includes(`no-run-${tag}`));
    expect(mine.map((r) => `${r.action}/${r.outcome}`)).toEqual(['rerun/failed', 'login/ok', 'login/failed']);
    expect(mine[0]!.text).toContain(`no run with id no-run-${tag}`);
    expect(mine[2]!.text).toContain('wrong name or password');
    expect(mine[2]!.text).toMatch(/address=\S+/);
    expect(await page.locator('main').textContent()).not.toContain(WRONG_PASSWORD);
    await expectNoSeriousA11yViolations(page);
  });

  it('writes a refused portal login, without the token tried', async () => {
    const since = new Date(Date.now() - 1).toISOString();
    const token = `lia_not-a-token-${tag}`;
    const refused = await page.request.post(url('/members/login'), { form: { token }, headers: { origin: new URL(url('/')).origin } });
    expect(refused.status()).toBe(401);
    const portal = (await listAudit(ch, { since })).filter((e) => e.via === 'portal' && e.action === 'login');
    expect(portal.some((e) => e.outcome === 'failed' && e.reason === 'the token is unknown or revoked')).toBe(true);
    expect(JSON.stringify(portal)).not.toContain(token);
  });

  it('reaches every entry through the older pages, each once', async () => {
    await page.goto(url('/ops/audit?lang=en'));
    const seen: string[] = [];
    for (;;) {
      const shown = await rows(page);
      expect(shown.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...shown.map((r) => r.id ?? ''));
      const older = page.getByRole('link', { name: 'Older entries' });
      if ((await older.count()) === 0) break;
      await Promise.all([page.waitForURL(/before_id=/), older.click()]);
    }
    expect(new Set(seen).size).toBe(seen.length);
    const seeded = seen.filter((id) => id.startsWith(`seed-${tag}-`));
    expect(seeded).toHaveLength(SEEDED);
    expect(seen.at(-1)).toBe(`seed-${tag}-0`);
  });
});
