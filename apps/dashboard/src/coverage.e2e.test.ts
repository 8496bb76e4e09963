// End to end: the coverage page shows exactly what the public API returns.
// Runs against any running dashboard: LIAISON_E2E_BASE_URL (set by the e2e
// global setup, which starts the stack with synced data), in headless Chromium
// (LIAISON_CHROMIUM, default /usr/bin/chromium) driven by playwright-core.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Rate } from '@liaison/metrics';
import { pageForTests } from './e2e-support.ts';
import { formatRate } from './lib/format.ts';

const BASE = process.env['LIAISON_E2E_BASE_URL'];

interface Row {
  enterprises: number;
  visited: number;
  visit_coverage: Rate;
  party_org_coverage: Rate;
}
interface Coverage extends Row {
  as_of: Record<string, string | null>;
  stale: boolean;
  members: number;
  by_district: Array<Row & { district: string }>;
  by_ownership: Array<Row & { ownership: string }>;
}

function url(path: string): string {
  if (!BASE) throw new Error('LIAISON_E2E_BASE_URL is not set: point it at a running dashboard');
  return new URL(path, BASE).href;
}

async function api(query = ''): Promise<Coverage> {
  const res = await fetch(url(`/api/v1/metrics/coverage${query}`));
  expect(res.status).toBe(200);
  return (await res.json()) as Coverage;
}

/** "1,234" / "1 234" → 1234 */
const int = (text: string | null): number => Number((text ?? '').replace(/[^\d-]/g, ''));

/** Open the page and wait until the charts have drawn (they render in the browser). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(url(path), { waitUntil: 'networkidle' });
  await page.locator('#by-district svg .chart-bar').first().waitFor();
}

/** The by-district table alternative as code → figures shown. */
async function districtTable(page: Page): Promise<Map<string, { enterprises: number; visited: number; rate: string }>> {
  const panel = page.locator('#by-district');
  await panel.locator('details.data-table > summary').click();
  const rows = panel.locator('table tbody tr');
  const out = new Map<string, { enterprises: number; visited: number; rate: string }>();
  for (const row of await rows.all()) {
    out.set((await row.getAttribute('data-code')) ?? '', {
      enterprises: int(await row.locator('[data-col="enterprises"]').textContent()),
      visited: int(await row.locator('[data-col="visited"]').textContent()),
      rate: ((await row.locator('[data-col="visit_coverage"]').textContent()) ?? '').trim(),
    });
  }
  return out;
}

function expectTableMatches(shown: Awaited<ReturnType<typeof districtTable>>, expected: Coverage): void {
  expect([...shown.keys()].sort()).toEqual(expected.by_district.map((r) => r.district).sort());
  for (const r of expected.by_district) {
    expect(shown.get(r.district), r.district).toEqual({
      enterprises: r.enterprises,
      visited: r.visited,
      rate: formatRate(r.visit_coverage.value),
    });
  }
}

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

describe('coverage page', () => {
  const tab = pageForTests();

  it('the API answers with synced data, CSV on request, and 400 for bad filters', async () => {
    const data = await api();
    expect(data.enterprises).toBeGreaterThan(0);
    expect(data.by_district.length).toBeGreaterThan(0);
    expect(Object.keys(data.as_of).length).toBeGreaterThan(0);

    const csv = await fetch(url('/api/v1/metrics/coverage?format=csv'));
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = (await csv.text()).trim().split(/\r\n/);
    expect(lines[0]).toMatch(/^dimension,code,label,enterprises,visited,/);
    expect(lines.length - 1).toBe(data.by_district.length + data.by_ownership.length);

    const bad = await fetch(url('/api/v1/metrics/coverage?district=atlantis'));
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { error: string; issues: Array<{ path: string; message: string }> };
    expect(body.issues.map((i) => i.path)).toContain('district');
  });

  it('shows the same figures as the API, one bar per district, in Chinese', async () => {
    const data = await api();
    await open(tab.page, '/coverage');

    expect(await tab.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => tab.page.locator('h1').textContent()).toBe('联络覆盖');
    const enterprises = tab.page.locator('[data-metric="enterprises"] .value');
    expect(Number(await enterprises.getAttribute('data-value'))).toBe(data.enterprises);
    expect(int(await enterprises.textContent())).toBe(data.enterprises);

    const withData = data.by_district.filter((r) => r.enterprises > 0);
    await expect.poll(() => tab.page.locator('#by-district svg .chart-bar').count()).toBe(withData.length);

    expectTableMatches(await districtTable(tab.page), data);
    await expectNoSeriousA11yViolations(tab.page);
  });

  it('switches to English in one click, keeping the figures', async () => {
    const data = await api();
    await open(tab.page, '/coverage');
    const zhPanelTitle = await tab.page.locator('#by-district h2').textContent();

    await tab.page.getByRole('link', { name: 'Switch to English' }).click();
    await tab.page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    await expect.poll(() => tab.page.locator('h1').textContent()).toBe('Liaison coverage');
    await expect.poll(() => tab.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await tab.page.locator('#by-district h2').textContent()).not.toBe(zhPanelTitle);
    await tab.page.locator('#by-district svg .chart-bar').first().waitFor();

    const enterprises = tab.page.locator('[data-metric="enterprises"] .value');
    expect(Number(await enterprises.getAttribute('data-value'))).toBe(data.enterprises);
    expectTableMatches(await districtTable(tab.page), data);
    await expectNoSeriousA11yViolations(tab.page);
  });

  it('applies a district filter from the URL exactly as the API does', async () => {
    const all = await api();
    const district = all.by_district[0]?.district;
    expect(district).toBeTruthy();
    const filtered = await api(`?district=${district}`);
    await open(tab.page, `/coverage?district=${district}&lang=en`);
    const enterprises = tab.page.locator('[data-metric="enterprises"] .value');
    expect(Number(await enterprises.getAttribute('data-value'))).toBe(filtered.enterprises);
    expect(await tab.page.locator('#f-district').inputValue()).toBe(district);
    expectTableMatches(await districtTable(tab.page), filtered);
  });
});
