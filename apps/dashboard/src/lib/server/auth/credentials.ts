// What each area's login form has to prove. Operators: name and password,
// checked against the scrypt hash in the operators table; repeated failures
// from one address for one name are refused for a while, counted in the
// warehouse so every replica sees the same count, which makes guessing slow. Members: the unit's API token (the one
// `liaison members add` printed), checked and forgotten — the session keeps
// only the member id and a fingerprint of the stored token hash.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { authenticateOperator, hashToken, loginThrottled, memberByToken, recordLoginAttempt } from '@liaison/warehouse';
import { clickhouse } from '../clickhouse.ts';
import { bearerToken } from './bearer.ts';
import type { Proven } from './login.ts';
import { fingerprint } from './session.ts';

export interface OperatorLoginProblem extends Record<string, unknown> {
  name: string;
  blocked?: boolean;
  invalid?: boolean;
}

export async function proveOperator(form: FormData, clientAddress: string): Promise<Proven | ActionFailure<OperatorLoginProblem>> {
  const name = String(form.get('name') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const key = `${clientAddress}\u0000${name.toLowerCase()}`;
  const ch = clickhouse();
  if (await loginThrottled(ch, key)) return fail(429, { name, blocked: true });
  const op = name && password ? await authenticateOperator(ch, name, password) : null;
  await recordLoginAttempt(ch, key, op !== null);
  if (!op) return fail(401, { name, invalid: true });
  return { sub: op.name, fp: fingerprint(op.password_hash) };
}

export async function proveMember(form: FormData): Promise<Proven | ActionFailure<{ invalid: boolean }>> {
  // The same token rules as the API's Authorization header.
  const token = bearerToken(`Bearer ${String(form.get('token') ?? '').trim()}`);
  const member = token ? await memberByToken(clickhouse(), token) : null;
  if (!token || !member) return fail(401, { invalid: true });
  return { sub: member.member_id, fp: fingerprint(hashToken(token)) };
}
