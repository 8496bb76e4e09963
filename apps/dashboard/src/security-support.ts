// What the security tests of the running stack share: signing in to the
// console or the portal the way a browser's form does (same origin, form
// body), keeping only the session cookie, so a test can use it, replay it
// or check what it opens.
import { randomBytes } from 'node:crypto';
import { addOperator, issueMemberToken, type ClickHouseClient } from '@liaison/warehouse';
import { expect } from 'vitest';
import { url } from './e2e-support.ts';

/** POSTs a login form as a browser on the dashboard's own origin would; answers without following redirects. */
export function postForm(path: string, fields: Record<string, string>, cookie = ''): Promise<Response> {
  return fetch(url(path), {
    method: 'POST',
    redirect: 'manual',
    headers: {
      origin: new URL(url('/')).origin,
      accept: 'text/html',
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie ? { cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/** The `name=value` pairs of an answer's Set-Cookie headers, as a Cookie header. */
export function cookieOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

/** A signed-in session: the Cookie header to send, and the Set-Cookie headers the login answered. */
export interface Session {
  cookie: string;
  setCookie: string[];
}

/** A new operator, signed in to /ops: its name and session. */
export async function operatorSession(ch: ClickHouseClient): Promise<Session & { name: string }> {
  const name = `sec-ops-${randomBytes(3).toString('hex')}`;
  const password = `pw-${randomBytes(12).toString('hex')}`;
  await addOperator(ch, name, password);
  const login = await postForm('/ops/login', { name, password });
  expect(login.status, await login.clone().text()).toBe(303);
  return { name, cookie: cookieOf(login), setCookie: login.headers.getSetCookie() };
}

/** A new member unit, signed in to /members with its token: its id and session. */
export async function memberSession(ch: ClickHouseClient): Promise<Session & { memberId: string }> {
  const memberId = `sec-m-${randomBytes(3).toString('hex')}`;
  const token = await issueMemberToken(ch, { member_id: memberId, unit_name: `安全测试单位${memberId}` });
  const login = await postForm('/members/login', { token });
  expect(login.status, await login.clone().text()).toBe(303);
  return { memberId, cookie: cookieOf(login), setCookie: login.headers.getSetCookie() };
}
