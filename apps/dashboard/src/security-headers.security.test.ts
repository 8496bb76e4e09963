// On the built dashboard: every kind of response carries the security
// headers (nosniff, referrer policy, no framing): public pages, the API, its
// errors, the console and the portal signed in or not, a page that does not
// exist. Every page has a Content Security Policy whose scripts need this
// build's nonce or hash (never 'unsafe-inline'), and the pages still work
// under it in Chromium: charts draw, and the browser reports no violation.
import type { ClickHouseClient } from '@liaison/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, pageForTests, stackClickHouse, url } from './e2e-support.ts';
import { memberSession, operatorSession } from './security-support.ts';

const PUBLIC_PAGES = ['/', '/coverage', '/demands', '/investment', '/quality', '/ops/login', '/members/login'];
/** Pages behind a login, asked with the area's session cookie. */
const OPS_PAGES = ['/ops', '/ops?source=nanshan&failed=1', '/ops/quarantine?source=nanshan'];
const MEMBER_PAGES = ['/members', '/members/submit/profile'];
const OTHERS = [
  '/api/v1/metrics/coverage',
  '/api/v1/metrics/demands?district=nanshan',
  '/api/v1/metrics/investment?format=csv',
  '/api/v1/metrics/coverage?period=not-a-period', // 400
  '/api/v1/quality',
  '/api/v1/definitions',
  '/api/v1/openapi.json',
  '/api/v1/submissions', // 401 without a token
  '/ops', // 303 to the login
  '/ops/quarantine/export?source=nanshan',
  '/members',
  '/members/template/profile',
  '/no-such-page',
  '/api/v1/no-such-route',
];

let ch: ClickHouseClient;
const cookies = { ops: '', members: '' };
beforeAll(async () => {
  ch = stackClickHouse();
  cookies.ops = (await operatorSession(ch)).cookie;
  cookies.members = (await memberSession(ch)).cookie;
});
afterAll(() => ch?.close());

/** Every path with the cookie it is asked with (none for public ones). */
const signedIn = () => [...OPS_PAGES.map((p) => [p, cookies.ops] as const), ...MEMBER_PAGES.map((p) => [p, cookies.members] as const)];

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

function expectSecurityHeaders(res: Response, path = ''): void {
  expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), path).toMatch(/^(strict-origin-when-cross-origin|same-origin)$/);
  expect(res.headers.get('x-frame-options'), path).toBe('DENY');
  // served over plain http here: HSTS only over TLS
  expect(res.headers.get('strict-transport-security'), path).toBeNull();
}

function expectPagePolicy(res: Response, path: string): void {
  const csp = directives(res.headers.get('content-security-policy') ?? '');
  const scripts = csp.get('script-src') ?? [];
  expect(scripts, path).toContain("'self'");
  expect(
    scripts.some((s) => s.startsWith("'nonce-") || s.startsWith("'sha256-")),
    path,
  ).toBe(true);
  expect(scripts, path).not.toContain("'unsafe-inline'");
  expect(scripts, path).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors'), path).toEqual(["'none'"]);
  expect(csp.get('object-src'), path).toEqual(["'none'"]);
}

describe('security headers', () => {
  it.each([...PUBLIC_PAGES, ...OTHERS])('%s carries nosniff, a referrer policy and no framing', async (path) => {
    expectSecurityHeaders(await fetch(url(path), { redirect: 'manual' }));
  });

  it('so do the pages of the console and the portal, signed in', async () => {
    for (const [path, cookie] of signedIn()) {
      const res = await fetch(url(path), { redirect: 'manual', headers: { cookie } });
      expect(res.status, path).toBe(200);
      expectSecurityHeaders(res, path);
      expectPagePolicy(res, path);
    }
  });

  it.each(PUBLIC_PAGES)('%s has a Content Security Policy with no inline scripts', async (path) => {
    const res = await fetch(url(path));
    expect(res.status).toBe(200);
    expectPagePolicy(res, path);
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
