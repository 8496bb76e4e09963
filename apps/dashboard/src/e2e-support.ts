// What the end-to-end tests of the public pages share: the running dashboard
// (LIAISON_E2E_BASE_URL, set by the e2e global setup), headless Chromium
// driven by playwright-core, and readers for what a figure panel shows — its
// table, its CSV download — so a test can hold them against the public API.
import { AxeBuilder } from '@axe-core/playwright';
import { createClickHouseClient, type ClickHouseClient } from '@liaison/warehouse';
import Papa from 'papaparse';
import { launchChromium } from '@liaison/stack/chromium';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Lang } from './lib/i18n.ts';
import { displayCell, type Column } from './lib/table.ts';

const BASE = process.env['LIAISON_E2E_BASE_URL'];

export function url(path: string): string {
  if (!BASE) throw new Error('LIAISON_E2E_BASE_URL is not set: point it at a running dashboard');
  return new URL(path, BASE).href;
}

export async function api<T>(path: string): Promise<T> {
  const res = await fetch(url(path));
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

export async function launch(width = 1280): Promise<{ browser: Browser; page: Page }> {
  const browser = await launchChromium();
  // axe needs a page that belongs to an explicit context
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  return { browser, page: await context.newPage() };
}

/**
 * One Chromium page for the tests of a describe block: opened before them,
 * closed after (call it in the block). Tests use `tab.page`.
 */
export function pageForTests(width = 1280): { readonly page: Page } {
  let opened: { browser: Browser; page: Page } | undefined;
  beforeAll(async () => {
    opened = await launch(width);
  });
  afterAll(async () => {
    await opened?.browser.close();
  });
  return {
    get page(): Page {
      if (!opened) throw new Error('the page for tests is opened in beforeAll: use tab.page inside a test');
      return opened.page;
    },
  };
}

/** A client of the stack's ClickHouse, for tests that set up members or operators directly in the warehouse. */
export function stackClickHouse(): ClickHouseClient {
  const chUrl = process.env['LIAISON_E2E_CLICKHOUSE_URL'];
  if (!chUrl) throw new Error("LIAISON_E2E_CLICKHOUSE_URL is not set: the e2e setup must name the stack's ClickHouse (and _DATABASE)");
  return createClickHouseClient({
    url: chUrl,
    user: process.env['LIAISON_E2E_CLICKHOUSE_USER'] ?? 'default',
    password: process.env['LIAISON_E2E_CLICKHOUSE_PASSWORD'] ?? '',
    database: process.env['LIAISON_E2E_CLICKHOUSE_DATABASE'] ?? 'liaison',
  });
}

/** Open a page and wait until its charts have drawn (they render in the browser), if it has data to draw. */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(url(path), { waitUntil: 'networkidle' });
  await page.locator('[data-figure] .chart').first().waitFor();
}

/** A figure's table as the page shows it: header labels and kinds, and each row's code and cell texts. */
export interface ShownTable {
  columns: Array<{ key: string; label: string; kind: Column['kind'] }>;
  rows: Array<{ code: string; cells: string[] }>;
}

export async function shownTable(page: Page, figure: string): Promise<ShownTable> {
  const panel = page.locator(`[data-figure="${figure}"]`);
  const details = panel.locator('details.data-table');
  if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
  const columns = [];
  for (const th of await panel.locator('table thead th').all()) {
    columns.push({
      key: (await th.getAttribute('data-col')) ?? '',
      label: ((await th.textContent()) ?? '').trim(),
      kind: ((await th.getAttribute('data-kind')) ?? 'text') as Column['kind'],
    });
  }
  const rows = [];
  for (const tr of await panel.locator('table tbody tr').all()) {
    const cells = await tr.locator('th, td').allTextContents();
    rows.push({ code: (await tr.getAttribute('data-code')) ?? '', cells: cells.map((c) => c.trim()) });
  }
  return { columns, rows };
}

/** The rows of the small CSVs the site writes (papaparse; blank lines skipped). */
export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

/** The CSV behind a figure's download link (a data: URL, saved as `<figure>.csv`, with a byte-order mark), without the mark. */
export async function downloadedCsv(page: Page, figure: string): Promise<string[][]> {
  const link = page.locator(`[data-figure="${figure}"] a[data-csv]`);
  expect(await link.getAttribute('download')).toBe(`${figure}.csv`);
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^data:text\/csv;charset=utf-8,/);
  const file = decodeURIComponent((href ?? '').slice((href ?? '').indexOf(',') + 1));
  expect(file.startsWith('\uFEFF'), `${figure}.csv starts with the byte-order mark`).toBe(true);
  return parseCsv(file.slice(1));
}

/** The download holds exactly what the table shows: same header, same rows, each value displayed as shown. */
export async function expectCsvMatchesTable(page: Page, figure: string, lang: Lang): Promise<void> {
  const table = await shownTable(page, figure);
  const [header, ...rows] = await downloadedCsv(page, figure);
  expect(header).toEqual(table.columns.map((c) => c.label));
  expect(rows.length, `${figure} rows`).toBe(table.rows.length);
  rows.forEach((row, i) => {
    const shown = table.rows[i]!.cells;
    const asShown = row.map((raw, j) => {
      const kind = table.columns[j]!.kind;
      if (raw === '') return '—';
      const value = kind === 'int' || kind === 'rate' || kind === 'days' ? Number(raw) : raw;
      return displayCell(value, kind, lang);
    });
    expect(asShown, `${figure} row ${i}`).toEqual(shown);
  });
}

/** "1,234" / "1 234" → 1234 */
export const int = (text: string | null | undefined): number => Number((text ?? '').replace(/[^\d-]/g, ''));

/** A headline figure's raw value (data-value: the exact number or decimal string). */
export async function headlineValue(page: Page, metric: string, scope = 'body'): Promise<string | null> {
  return page.locator(`${scope} [data-metric="${metric}"] .value`).first().getAttribute('data-value');
}

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** Submit the page's filter form with these values; resolves once the filtered page has loaded. */
export async function applyFilters(page: Page, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = page.locator(`form.filters [name="${name}"]`);
    if ((await control.evaluate((el) => el.tagName)) === 'SELECT') await control.selectOption(value);
    else await control.fill(value);
  }
  await Promise.all([
    page.waitForURL((u) => Object.keys(values).every((k) => u.searchParams.has(k))),
    page.locator('form.filters button[type="submit"]').click(),
  ]);
  await page.waitForLoadState('networkidle');
}
