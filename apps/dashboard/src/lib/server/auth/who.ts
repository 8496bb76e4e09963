// The member or operator behind a session cookie. A valid signature is not
// enough: the credential it was opened with must still be the current one,
// so rotating a member's token or resetting an operator's password (or
// disabling the operator) ends their open sessions at the next request; and
// the session must not have been ended by logging out (on any replica). A
// session found valid is marked as in use (its idle timeout starts again).
import type { Cookies } from '@sveltejs/kit';
import { findOperator, isSessionEnded, memberCredential } from '@liaison/warehouse';
import { clickhouse } from '../clickhouse.ts';
import { readSession, touchSession } from './cookies.ts';
import { fingerprint, type SessionKind } from './session.ts';

/** The session of an area, checked against its credential's current `stored` form (null: no such account). */
async function liveSession<T>(
  cookies: Cookies,
  url: URL,
  kind: SessionKind,
  current: (sub: string) => Promise<{ stored: string; who: T } | null>,
): Promise<T | undefined> {
  const s = readSession(cookies, kind);
  if (!s) return undefined;
  const [account, ended] = await Promise.all([current(s.sub), isSessionEnded(clickhouse(), s.sid)]);
  if (!account || ended || fingerprint(account.stored) !== s.fp) return undefined;
  touchSession(cookies, url, s);
  return account.who;
}

export function sessionMember(cookies: Cookies, url: URL): Promise<App.Locals['member'] | undefined> {
  return liveSession(cookies, url, 'member', async (sub) => {
    const cred = await memberCredential(clickhouse(), sub);
    return cred && { stored: cred.token_sha256, who: { member_id: cred.member_id, unit_name: cred.unit_name } };
  });
}

export function sessionOperator(cookies: Cookies, url: URL): Promise<App.Locals['operator'] | undefined> {
  return liveSession(cookies, url, 'ops', async (sub) => {
    const op = await findOperator(clickhouse(), sub);
    return op && { stored: op.password_hash, who: { name: op.name } };
  });
}
