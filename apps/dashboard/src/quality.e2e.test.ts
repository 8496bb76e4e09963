// End to end: the public data-quality page shows what GET /api/v1/quality
// returns — per source, records received, loaded and quarantined, why, and
// incomplete demands — its downloads equal its tables, and axe is satisfied.
import type { QualityResult } from '@liaison/metrics';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  api,
  expectCsvMatchesTable,
  expectNoSeriousA11yViolations,
  headlineValue,
  int,
  open,
  pageForTests,
  shownTable,
} from './e2e-support.ts';

async function expectPageEqualsApi(page: Page, data: QualityResult): Promise<void> {
  const quarantined = data.sources.reduce((n, s) => n + s.quarantined, 0);
  expect(await headlineValue(page, 'sources')).toBe(String(data.sources.length));
  expect(await headlineValue(page, 'quarantined')).toBe(String(quarantined));
  if (data.incomplete_demands !== null) expect(await headlineValue(page, 'incomplete_demands')).toBe(String(data.incomplete_demands));

  const table = await shownTable(page, 'by-source');
  const col = (key: string) => table.columns.findIndex((c) => c.key === key);
  expect(table.rows.map((r) => r.code).sort()).toEqual(data.sources.map((s) => s.source_id).sort());
  for (const s of data.sources) {
    const cells = table.rows.find((r) => r.code === s.source_id)!.cells;
    expect([int(cells[col('received')]), int(cells[col('loaded')]), int(cells[col('quarantined')])], s.source_id).toEqual([
      s.received,
      s.loaded,
      s.quarantined,
    ]);
  }
  const reasons = await shownTable(page, 'reasons');
  const records = reasons.columns.findIndex((c) => c.key === 'records');
  const shownReasons = reasons.rows.reduce((n, r) => n + int(r.cells[records]), 0);
  expect(shownReasons).toBe(data.sources.reduce((n, s) => n + s.quarantine_reasons.reduce((m, q) => m + q.records, 0), 0));
}

describe('data quality page', () => {
  const tab = pageForTests();

  it('shows every source with the same counts as the API, and passes axe', async () => {
    const data = await api<QualityResult>('/api/v1/quality');
    expect(data.sources.length).toBeGreaterThan(0);
    await open(tab.page, '/quality');
    expect(await tab.page.locator('h1').textContent()).toBe('数据质量');
    await expectPageEqualsApi(tab.page, data);
    await expectCsvMatchesTable(tab.page, 'by-source', 'zh');
    await expectCsvMatchesTable(tab.page, 'reasons', 'zh');
    await expectNoSeriousA11yViolations(tab.page);
  });

  it('is in English one click away', async () => {
    await open(tab.page, '/quality');
    await tab.page.getByRole('link', { name: 'Switch to English' }).click();
    await tab.page.waitForURL((u) => u.searchParams.get('lang') === 'en');
    await expect.poll(() => tab.page.locator('h1').textContent()).toBe('Data quality');
    await expectPageEqualsApi(tab.page, await api<QualityResult>('/api/v1/quality'));
    await expectCsvMatchesTable(tab.page, 'by-source', 'en');
    await expectNoSeriousA11yViolations(tab.page);
  });

  it('says under each figure what its sources hold in quarantine, as the API counts it', async () => {
    const data = await api<QualityResult>('/api/v1/quality');
    await open(tab.page, '/investment');
    const note = tab.page.locator('[data-figure="by-district"] [data-quality-note]');
    const investmentSources = new Set(Object.keys((await api<{ as_of: object }>('/api/v1/metrics/investment')).as_of));
    const expected = data.sources.filter((s) => investmentSources.has(s.source_id)).reduce((n, s) => n + s.quarantined, 0);
    expect(Number(await note.getAttribute('data-quarantined'))).toBe(expected);
  });
});
