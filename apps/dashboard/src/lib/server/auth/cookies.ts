// The two session cookies. Each is scoped to its own area by `path`, so the
// browser never even sends it with a public page or the public API; HttpOnly
// keeps it from scripts, SameSite=Strict from other sites' forms and links.
import type { Cookies } from '@sveltejs/kit';
import { AREAS } from './areas.ts';
import { signSession, verifySession, type Session, type SessionKind } from './session.ts';
import { sessionSecret } from './secret.ts';

function options(kind: SessionKind, url: URL) {
  return {
    path: AREAS[kind].path,
    httpOnly: true,
    sameSite: 'strict' as const,
    // Plain http only on a local machine (dev, tests); anywhere else the site runs behind https.
    secure: url.protocol === 'https:',
  };
}

export function openSession(cookies: Cookies, url: URL, kind: SessionKind, sub: string, fp: string): void {
  const maxAge = AREAS[kind].maxAge;
  const value = signSession({ kind, sub, fp, exp: Math.floor(Date.now() / 1000) + maxAge }, sessionSecret());
  cookies.set(AREAS[kind].cookie, value, { ...options(kind, url), maxAge });
}

export function closeSession(cookies: Cookies, url: URL, kind: SessionKind): void {
  cookies.delete(AREAS[kind].cookie, options(kind, url));
}

export function readSession(cookies: Cookies, kind: SessionKind): Session | null {
  return verifySession(cookies.get(AREAS[kind].cookie), kind, sessionSecret());
}
