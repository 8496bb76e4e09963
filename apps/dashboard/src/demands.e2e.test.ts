// End to end: the demand-resolution page shows exactly what the public API
// returns, its filters live in the URL, its downloads equal its tables, it
// switches to English in one click, and axe finds nothing serious. Figures
// are compared with the API, not fixed numbers.
import type { DemandsResult } from '@liaison/metrics';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  api,
  applyFilters,
  expectCsvMatchesTable,
  expectNoSeriousA11yViolations,
  headlineValue,
  int,
  pageForTests,
  open,
  shownTable,
} from './e2e-support.ts';
import { formatRate } from './lib/format.ts';

const FIGURES = ['by-month', 'backlog', 'by-category', 'by-district', 'by-channel', 'by-department'];

async function expectPageEqualsApi(page: Page, data: DemandsResult): Promise<void> {
  expect(await headlineValue(page, 'demands')).toBe(String(data.demands));
  expect(await headlineValue(page, 'resolved')).toBe(String(data.resolved));
  expect(await headlineValue(page, 'open_backlog')).toBe(String(data.open_backlog.total));
  expect(await headlineValue(page, 'resolution_rate')).toBe(String(data.resolution_rate.value ?? ''));
  expect(await headlineValue(page, 'on_time_rate')).toBe(String(data.on_time_rate.value ?? ''));
  expect(await headlineValue(page, 'satisfaction_rate')).toBe(String(data.satisfaction_rate.value ?? ''));
  expect(await headlineValue(page, 'median_days_to_resolve')).toBe(String(data.median_days_to_resolve ?? ''));

  const table = await shownTable(page, 'by-category');
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  expect(table.rows.map((r) => r.code).sort()).toEqual(data.by_category.map((r) => r.category).sort());
  for (const r of data.by_category) {
    const cells = table.rows.find((row) => row.code === r.category)!.cells;
    expect([int(cells[col('demands')]), int(cells[col('resolved')]), cells[col('resolution_rate')]], r.category).toEqual([
      r.demands,
      r.resolved,
      formatRate(r.resolution_rate.value),
    ]);
  }
  const backlog = await shownTable(page, 'backlog');
  expect(backlog.rows.map((r) => int(r.cells[1]))).toEqual([
    data.open_backlog.days_0_7,
    data.open_backlog.days_8_30,
    data.open_backlog.days_31_90,
    data.open_backlog.days_over_90,
  ]);
  const months = await shownTable(page, 'by-month');
  expect(months.rows.map((r) => r.code)).toEqual(data.by_month.map((r) => r.month).sort());
}

describe('demands page', () => {
  const tab = pageForTests();

  it('shows the same figures as the API, in Chinese, and passes axe', async () => {
    const data = await api<DemandsResult>('/api/v1/metrics/demands');
    await open(tab.page, '/demands');
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await tab.page.locator('h1').textContent()).toBe('诉求办理');
    await expectPageEqualsApi(tab.page, data);
    await expectNoSeriousA11yViolations(tab.page);
  });

  it('offers each figure’s table as a CSV of exactly those rows', async () => {
    await open(tab.page, '/demands');
    for (const figure of FIGURES) await expectCsvMatchesTable(tab.page, figure, 'zh');
  });

  it('puts the filters in the URL and applies them as the API does', async () => {
    await open(tab.page, '/demands');
    await applyFilters(tab.page, { category: 'financing', channel: 'visit' });
    const u = new URL(tab.page.url());
    expect([u.searchParams.get('category'), u.searchParams.get('channel'), u.searchParams.has('district')]).toEqual([
      'financing',
      'visit',
      false,
    ]);
    const filtered = await api<DemandsResult>('/api/v1/metrics/demands?category=financing&channel=visit');
    expect(filtered.filters).toEqual({ category: 'financing', channel: 'visit' });
    await expectPageEqualsApi(tab.page, filtered);
    expect(await tab.page.locator('#f-channel').inputValue()).toBe('visit');
  });

  it('switches to English in one click, keeping filters and figures', async () => {
    const data = await api<DemandsResult>('/api/v1/metrics/demands?from=2024-01-01');
    await open(tab.page, '/demands?from=2024-01-01');
    await tab.page.getByRole('link', { name: 'Switch to English' }).click();
    await tab.page.waitForURL((u) => u.searchParams.get('lang') === 'en' && u.searchParams.get('from') === '2024-01-01');
    await expect.poll(() => tab.page.locator('h1').textContent()).toBe('Demand resolution');
    await expectPageEqualsApi(tab.page, data);
    await expectCsvMatchesTable(tab.page, 'by-department', 'en');
    await expectNoSeriousA11yViolations(tab.page);
  });
});
