// Signing in to and out of an area (/members, /ops): one flow for both login
// pages and both logout actions. Each area only says how its form proves who
// is there (credentials.ts); the rest is the same: a visitor already signed
// in is sent on, a proven credential opens the area's session cookie and
// leads to the page asked for (inside the area only) or the area's home, and
// logging out ends the session on the server, drops the cookie and returns
// to the login page. A login form larger than BODY_LIMITS.small is refused
// unread (413, `tooLarge`). Every login, and every refused one with the name
// tried and the client address (never the password or token), goes to the
// audit log.
import { fail, redirect, type ActionFailure, type Cookies } from '@sveltejs/kit';
import { href, langOf } from '#lib/i18n.ts';
import { BODY_LIMITS, BodyTooLarge, formDataWithin } from '../body-limit.ts';
import { AREAS, safeNext } from './areas.ts';
import { endSession, type AuditVia } from '@liaison/warehouse';
import { recordConsoleAudit } from '../audit/record.ts';
import { clickhouse } from '../clickhouse.ts';
import { closeSession, openSession, readSession } from './cookies.ts';
import type { SessionKind } from './session.ts';

/** Who a login form proved to be there, and the fingerprint of the stored credential that proved it. */
export interface Proven {
  sub: string;
  fp: string;
}

/** An area's rule: the form's credential proven, or the failure the login page shows. */
export type ProveLogin<Problem extends Record<string, unknown>> = (
  form: FormData,
  clientAddress: string,
) => Promise<Proven | ActionFailure<Problem>>;

interface LoginEvent {
  request: Request;
  cookies: Cookies;
  url: URL;
  getClientAddress: () => string;
}

/** How each area's logins are written in the audit log, and a refused credential in words. */
const LOGIN_AUDIT = {
  ops: { via: 'console', refused: 'wrong name or password', nobody: '' },
  member: { via: 'portal', refused: 'the token is unknown or revoked', nobody: 'unknown member' },
} as const satisfies Record<SessionKind, { via: AuditVia; refused: string; nobody: string }>;

/** Where to go once logged in: the page asked for, else the area's home in the page's language. */
function destination(kind: SessionKind, url: URL): string {
  const next = url.searchParams.get('next');
  return next ? safeNext(kind, next) : href(AREAS[kind].home, langOf(url));
}

/** The login page's load: a visitor already signed in goes straight on. */
export function loginPageLoad(kind: SessionKind, signedIn: boolean, url: URL): void {
  if (signedIn) redirect(303, destination(kind, url));
}

/** The login page's form action, for an area and its rule. */
export function loginAction<Problem extends Record<string, unknown>>(kind: SessionKind, prove: ProveLogin<Problem>) {
  return async ({ request, cookies, url, getClientAddress }: LoginEvent): Promise<ActionFailure<Problem | { tooLarge: true }>> => {
    const form = await formDataWithin(request, BODY_LIMITS.small);
    if (form instanceof BodyTooLarge) return fail(413, { tooLarge: true as const });
    const address = getClientAddress();
    const proven = await prove(form, address);
    const audit = LOGIN_AUDIT[kind];
    const login = { via: audit.via, action: 'login', target: AREAS[kind].home, details: { address } };
    if (!('sub' in proven)) {
      const tried = String(form.get('name') ?? '').trim() || audit.nobody;
      const reason = proven.status === 429 ? 'refused: too many failed logins, try again later' : audit.refused;
      await recordConsoleAudit({ ...login, actor: tried, outcome: 'failed', reason });
      return proven;
    }
    await recordConsoleAudit({ ...login, actor: proven.sub, outcome: 'ok' });
    openSession(cookies, url, kind, proven.sub, proven.fp);
    redirect(303, destination(kind, url));
  };
}

/** The logout page: a GET only leads home; the POST (no link or prefetch can do it) drops the session. */
export function logoutPage(kind: SessionKind) {
  return {
    load: ({ url }: { url: URL }): never => redirect(303, href(AREAS[kind].home, langOf(url))),
    action: async ({ cookies, url }: { cookies: Cookies; url: URL }): Promise<never> => {
      // Ended on the server too: a copy of the cookie kept elsewhere is refused from now on.
      const session = readSession(cookies, kind);
      if (session) await endSession(clickhouse(), session.sid, session.exp);
      closeSession(cookies, url, kind);
      redirect(303, href(AREAS[kind].login, langOf(url)));
    },
  };
}
