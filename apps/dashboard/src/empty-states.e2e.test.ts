// End to end: every public page with filters that match nothing stays up in
// the browser (no script error, no error page) and says in words, in zh and
// en, that a chart has nothing to draw; a demands page with nothing open says
// so rather than drawing an empty backlog.
import { describe, expect, it } from 'vitest';
import { pageForTests, url } from './e2e-support.ts';

const FUTURE = 'from=2099-01-01&to=2099-02-01';
const CASES: Array<[path: string, texts: string[]]> = [
  [`/demands?${FUTURE}`, ['没有符合筛选条件的记录。', '当前没有未办结的诉求。']],
  [`/demands?${FUTURE}&lang=en`, ['No records match these filters.', 'No open demands.']],
  [`/investment?${FUTURE}`, ['没有符合筛选条件的记录。']],
  [`/investment?${FUTURE}&lang=en`, ['No records match these filters.']],
  ['/coverage?campaign=no-such-campaign', []],
];

describe('pages whose filters match nothing', () => {
  const tab = pageForTests();

  for (const [path, texts] of CASES) {
    it(`${path} stays up and says what is empty`, async () => {
      const errors: string[] = [];
      const onError = (e: Error) => errors.push(e.message);
      tab.page.on('pageerror', onError);
      try {
        const response = await tab.page.goto(url(path), { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(200);
        await tab.page.locator('html[data-hydrated]').waitFor();
        expect(errors).toEqual([]);
        expect(await tab.page.locator('[data-figure]').count()).toBeGreaterThan(0);
        for (const text of texts) expect(await tab.page.locator('.chart .empty', { hasText: text }).count(), text).toBeGreaterThan(0);
        // Every chart area holds either a drawing or words, never nothing.
        for (const area of await tab.page.locator('[data-figure] .chart').all()) {
          await expect.poll(async () => (await area.locator('svg, .empty, .pair').count()) > 0).toBe(true);
        }
      } finally {
        tab.page.off('pageerror', onError);
      }
    });
  }
});
