// End to end: the investment page shows exactly what the public API returns,
// its filters live in the URL, its downloads equal its tables, it switches to
// English in one click, and axe finds nothing serious. Figures are compared
// with the API rather than fixed numbers: the e2e data grows as sources land.
import type { InvestmentResult } from '@liaison/metrics';
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
import { formatYuanExact } from './lib/money.ts';

const HEADLINE = ['projects', 'investment_yuan', 'agreements', 'joint_ventures', 'key_projects', 'key_investment_yuan'] as const;

async function expectPageEqualsApi(page: Page, data: InvestmentResult): Promise<void> {
  for (const key of HEADLINE) expect(await headlineValue(page, key), key).toBe(String(data[key]));
  expect(await headlineValue(page, 'planned_by_members')).toBe(String(data.planned_by_members.items));

  const table = await shownTable(page, 'by-district');
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  expect(table.rows.map((r) => r.code).sort()).toEqual(data.by_district.map((r) => r.district).sort());
  for (const r of data.by_district) {
    const shown = table.rows.find((row) => row.code === r.district)!.cells;
    expect(int(shown[col('projects')]), r.district).toBe(r.projects);
    expect(shown[col('investment_yuan')], r.district).toBe(formatYuanExact(r.investment_yuan));
  }
}

describe('investment page', () => {
  const tab = pageForTests();

  it('shows the same figures as the API, in Chinese, and passes axe', async () => {
    const data = await api<InvestmentResult>('/api/v1/metrics/investment');
    await open(tab.page, '/investment');
    expect(await tab.page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await tab.page.locator('h1').textContent()).toBe('投资促进');
    await expectPageEqualsApi(tab.page, data);
    await expectNoSeriousA11yViolations(tab.page);
  });

  it('offers each figure’s table as a CSV of exactly those rows', async () => {
    await open(tab.page, '/investment');
    for (const figure of ['by-district', 'by-sector', 'by-quarter', 'by-stage', 'by-source-event', 'plans']) {
      await expectCsvMatchesTable(tab.page, figure, 'zh');
    }
  });

  it('puts the filters in the URL and applies them as the API does', async () => {
    const all = await api<InvestmentResult>('/api/v1/metrics/investment');
    const district = all.by_district.find((r) => r.projects > 0)?.district ?? 'nanshan';
    await open(tab.page, '/investment');
    await applyFilters(tab.page, { district, from: '2024-01-01' });
    const u = new URL(tab.page.url());
    expect(u.searchParams.get('district')).toBe(district);
    expect(u.searchParams.get('from')).toBe('2024-01-01');
    expect(u.searchParams.has('sector')).toBe(false); // "All" leaves no empty parameter behind
    const filtered = await api<InvestmentResult>(`/api/v1/metrics/investment?district=${district}&from=2024-01-01`);
    expect(filtered.filters).toEqual({ district, from: '2024-01-01' });
    await expectPageEqualsApi(tab.page, filtered);
    expect(await tab.page.locator('#f-district').inputValue()).toBe(district);
  });

  it('switches to English in one click, keeping filters and figures', async () => {
    const data = await api<InvestmentResult>('/api/v1/metrics/investment?sector=new_energy');
    await open(tab.page, '/investment?sector=new_energy');
    await tab.page.getByRole('link', { name: 'Switch to English' }).click();
    await tab.page.waitForURL((u) => u.searchParams.get('lang') === 'en' && u.searchParams.get('sector') === 'new_energy');
    await expect.poll(() => tab.page.locator('h1').textContent()).toBe('Investment');
    await expect.poll(() => tab.page.locator('html').getAttribute('lang')).toBe('en');
    await expectPageEqualsApi(tab.page, data);
    await expectCsvMatchesTable(tab.page, 'by-district', 'en');
    await expectNoSeriousA11yViolations(tab.page);
  });
});
