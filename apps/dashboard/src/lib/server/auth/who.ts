// The member or operator behind a session cookie. A valid signature is not
// enough: the credential it was opened with must still be the current one,
// so rotating a member's token or resetting an operator's password (or
// disabling the operator) ends their open sessions at the next request.
import type { Cookies } from '@sveltejs/kit';
import { findOperator, memberCredential } from '@liaison/warehouse';
import { clickhouse } from '../clickhouse.ts';
import { readSession } from './cookies.ts';
import { fingerprint } from './session.ts';

export async function sessionMember(cookies: Cookies): Promise<App.Locals['member'] | undefined> {
  const s = readSession(cookies, 'member');
  if (!s) return undefined;
  const cred = await memberCredential(clickhouse(), s.sub);
  if (!cred || fingerprint(cred.token_sha256) !== s.fp) return undefined;
  return { member_id: cred.member_id, unit_name: cred.unit_name };
}

export async function sessionOperator(cookies: Cookies): Promise<App.Locals['operator'] | undefined> {
  const s = readSession(cookies, 'ops');
  if (!s) return undefined;
  const op = await findOperator(clickhouse(), s.sub);
  if (!op || fingerprint(op.password_hash) !== s.fp) return undefined;
  return { name: op.name };
}
