// The two session cookies. Each is scoped to its own area by `path`, so the
// browser never even sends it with a public page or the public API; HttpOnly
// keeps it from scripts, SameSite=Strict from other sites' forms and links.
// A session in use is signed again with its new last-use time (at most once a
// minute), which is what its idle timeout counts from.
import type { Cookies } from '@sveltejs/kit';
import { AREAS } from './areas.ts';
import { newSessionId, signSession, verifySession, type Session, type SessionKind } from './session.ts';
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

const nowSeconds = () => Math.floor(Date.now() / 1000);

function writeSession(cookies: Cookies, url: URL, s: Session): void {
  cookies.set(AREAS[s.kind].cookie, signSession(s, sessionSecret()), {
    ...options(s.kind, url),
    maxAge: Math.max(0, s.exp - nowSeconds()),
  });
}

export function openSession(cookies: Cookies, url: URL, kind: SessionKind, sub: string, fp: string): void {
  const now = nowSeconds();
  writeSession(cookies, url, { kind, sid: newSessionId(), sub, fp, exp: now + AREAS[kind].maxAge, seen: now });
}

/** Records that the session is in use now (the idle timeout starts again), at most once a minute. */
export function touchSession(cookies: Cookies, url: URL, s: Session): void {
  const now = nowSeconds();
  if (now - s.seen >= 60) writeSession(cookies, url, { ...s, seen: now });
}

export function closeSession(cookies: Cookies, url: URL, kind: SessionKind): void {
  cookies.delete(AREAS[kind].cookie, options(kind, url));
}

export function readSession(cookies: Cookies, kind: SessionKind): Session | null {
  return verifySession(cookies.get(AREAS[kind].cookie), kind, sessionSecret(), AREAS[kind].idle);
}
