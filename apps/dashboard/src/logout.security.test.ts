// On the built dashboard: logging out ends the session on the server, not
// only in the browser. A copy of the session cookie kept from before the
// logout (as a thief of it would keep one) is refused afterwards, in the
// console and in the portal; the cookies are HttpOnly, SameSite=Strict and
// scoped to their area, so public pages are not even sent them.
import type { ClickHouseClient } from '@liaison/warehouse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackClickHouse, url } from './e2e-support.ts';
import { memberSession, operatorSession, postForm } from './security-support.ts';

let ch: ClickHouseClient;
beforeAll(() => {
  ch = stackClickHouse();
});
afterAll(() => ch?.close());

const AREAS = [
  { home: '/ops', signIn: () => operatorSession(ch) },
  { home: '/members', signIn: () => memberSession(ch) },
];

describe('logout', () => {
  it.each(AREAS)('of $home ends the session: a kept copy of its cookie is refused', async ({ home, signIn }) => {
    const { cookie } = await signIn();
    const withKept = () => fetch(url(home), { redirect: 'manual', headers: { cookie } });
    expect((await withKept()).status).toBe(200);
    const logout = await postForm(`${home}/logout`, {}, cookie);
    expect(logout.status).toBe(303);
    const again = await withKept();
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toMatch(new RegExp(`^${home}/login`));
  });

  it.each(AREAS)('of $home: its session cookie is HttpOnly, SameSite=Strict and sent only to $home', async ({ home, signIn }) => {
    const { setCookie } = await signIn();
    expect(setCookie.length).toBeGreaterThan(0);
    for (const c of setCookie) {
      expect(c).toMatch(/;\s*HttpOnly/i);
      expect(c).toMatch(/;\s*SameSite=Strict/i);
      expect(c).toMatch(new RegExp(`;\\s*Path=${home}(;|$)`, 'i'));
    }
  });
});
