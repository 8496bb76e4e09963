// The two login areas, /members and /ops, and the rules that do not need a
// server: which area a path is in, which paths are open without a session,
// where a login may send the visitor next, and the same-origin test of POSTs.
import type { SessionKind } from './session.ts';

const MINUTES = 60;
const HOURS = 60 * MINUTES;

// maxAge: a session's absolute lifetime; idle: how long it may go unused (the
// console's is short: an operator's unattended screen can re-run and cancel).
export const AREAS = {
  member: { cookie: 'liaison_member', path: '/members', login: '/members/login', home: '/members', maxAge: 8 * HOURS, idle: 2 * HOURS },
  ops: { cookie: 'liaison_ops', path: '/ops', login: '/ops/login', home: '/ops', maxAge: 8 * HOURS, idle: 30 * MINUTES },
} as const satisfies Record<SessionKind, { cookie: string; path: string; login: string; home: string; maxAge: number; idle: number }>;

/** The area a path belongs to (`/members`, `/members/…`), or null for public paths. */
export function areaOf(pathname: string): SessionKind | null {
  for (const kind of ['member', 'ops'] as const) {
    const base = AREAS[kind].path;
    if (pathname === base || pathname.startsWith(`${base}/`)) return kind;
  }
  return null;
}

/** The login page is the only page of an area open without a session. */
export function isOpen(kind: SessionKind, pathname: string): boolean {
  return pathname === AREAS[kind].login;
}

/** A post-login destination inside the area only, so `?next=` cannot send anyone off-site. */
export function safeNext(kind: SessionKind, next: string | null | undefined): string {
  const home = AREAS[kind].home;
  if (!next || !next.startsWith(home) || /[\\\s]/.test(next)) return home;
  const rest = next.slice(home.length);
  if (!(rest === '' || rest.startsWith('/') || rest.startsWith('?')) || rest.startsWith('//')) return home;
  return next;
}

/**
 * CSRF defence for the areas' POSTs, besides SameSite=Strict: the browser's
 * Origin header must name this site. Browsers send it with every POST, so
 * its absence means a client that is not a browser form of ours.
 */
export function sameOrigin(origin: string | null, url: URL): boolean {
  return origin !== null && origin === url.origin;
}

export const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
