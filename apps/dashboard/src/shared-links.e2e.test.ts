// End to end: the public pages answer every link people share
// (interfaces.md, after the Public HTTP API table). What share buttons and
// messaging apps append is ignored; a filter value a page cannot read is
// dropped with a notice naming it and the figures are shown without it; the
// public API stays strict and refuses the same query with 400.
import type { CoverageResult, DemandsResult } from '@liaison/metrics';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, headlineValue, launch, url } from './e2e-support.ts';

const SHARED = 'utm_source=x&utm_medium=wechat&spm=1&isappinstalled=0&from=singlemessage';

describe('shared links', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ browser, page } = await launch());
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Open a page and return its HTTP status once its charts have drawn. */
  async function status(path: string): Promise<number | undefined> {
    const res = await page.goto(url(path), { waitUntil: 'networkidle' });
    await page.locator('[data-figure] .chart').first().waitFor();
    return res?.status();
  }

  it('opens a page whose link carries share tracking, with its figures and no notice', async () => {
    const unfiltered = await api<DemandsResult>('/api/v1/metrics/demands');
    expect(await status(`/demands?${SHARED}`)).toBe(200);
    expect(await headlineValue(page, 'demands')).toBe(String(unfiltered.demands));
    expect(await page.locator('[data-dropped]').count()).toBe(0);

    const filtered = await api<DemandsResult>('/api/v1/metrics/demands?district=nanshan');
    expect(await status(`/demands?${SHARED}&district=nanshan`)).toBe(200);
    expect(await headlineValue(page, 'demands')).toBe(String(filtered.demands));

    const res = await page.goto(url(`/?${SHARED}`));
    expect(res?.status()).toBe(200);
  });

  it('drops a filter value it cannot read, names it in zh and en, and shows the figures unfiltered', async () => {
    const unfiltered = await api<CoverageResult>('/api/v1/metrics/coverage');
    expect(await status('/coverage?district=notacode')).toBe(200);
    expect(await headlineValue(page, 'enterprises')).toBe(String(unfiltered.enterprises));
    const notice = page.locator('[data-dropped]');
    await expect.poll(() => notice.textContent()).toContain('无法识别');
    expect(await notice.locator('[data-param="district"]').textContent()).toBe('district=notacode');

    expect(await status(`/coverage?lang=en&${SHARED}&district=notacode`)).toBe(200);
    await expect.poll(() => notice.textContent()).toContain('cannot read');
    expect(await notice.locator('code').allTextContents()).toEqual(['district=notacode']);
  });

  it('keeps the public API strict: 400 naming the same parameters', async () => {
    for (const [query, parameter] of [
      ['utm_source=x', 'utm_source'],
      ['district=notacode', 'district'],
      ['from=singlemessage', 'from'],
    ]) {
      const res = await fetch(url(`/api/v1/metrics/coverage?${query}`));
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { error: string }).error, query).toContain(parameter);
    }
  });
});
