// End to end, on the built dashboard: every kind of response carries the
// security headers (nosniff, referrer policy, no framing), every page a
// Content Security Policy whose scripts need this build's nonce or hash (never
// 'unsafe-inline'), and the pages still work under it in Chromium: charts
// draw, and the browser reports no violation of the policy.
import { describe, expect, it } from 'vitest';
import { open, pageForTests, url } from './e2e-support.ts';

const PAGES = ['/', '/coverage', '/demands', '/investment', '/quality', '/ops/login', '/members/login'];
const OTHERS = [
  '/api/v1/metrics/coverage',
  '/api/v1/quality',
  '/api/v1/openapi.json',
  '/api/v1/metrics/coverage?format=csv',
  '/no-such-page',
];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

describe('security headers', () => {
  it.each([...PAGES, ...OTHERS])('%s carries nosniff, a referrer policy and no framing', async (path) => {
    const res = await fetch(url(path), { redirect: 'manual' });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toMatch(/^(strict-origin-when-cross-origin|same-origin)$/);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // served over plain http here: HSTS only over TLS
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it.each(PAGES)('%s has a Content Security Policy with no inline scripts', async (path) => {
    const res = await fetch(url(path));
    expect(res.status).toBe(200);
    const csp = directives(res.headers.get('content-security-policy') ?? '');
    const scripts = csp.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha256-"))).toBe(true);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it('a request cannot force figures to be computed again: no-cache revalidates, concurrent ones share one computation', async () => {
    // a filter no other test asks for, so the first request computes
    const path = `/api/v1/metrics/coverage?campaign=${encodeURIComponent(`no-cache-${Date.now()}`)}`;
    const first = await Promise.all(Array.from({ length: 8 }, () => fetch(url(path), { headers: { 'cache-control': 'no-cache' } })));
    expect(first.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect(first.filter((r) => r.headers.get('x-cache') === 'miss').length).toBeLessThanOrEqual(1);
    const again = await fetch(url(path), { headers: { 'cache-control': 'no-cache', pragma: 'no-cache' } });
    expect(again.headers.get('x-cache')).toBe('hit');
  });

  const tab = pageForTests();

  it('the pages work under the policy: charts draw and the browser reports no violation', async () => {
    await tab.page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of ['/coverage', '/demands', '/investment', '/ops/login']) {
      if (path === '/ops/login') await tab.page.goto(url(path), { waitUntil: 'networkidle' });
      else await open(tab.page, path); // waits for the charts to draw: in the browser, by its scripts
      const violations = await tab.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      expect(violations, path).toEqual([]);
    }
  });
});
