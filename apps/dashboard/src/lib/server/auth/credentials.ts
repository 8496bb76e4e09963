// What each area's login form has to prove. Operators: name and password,
// checked against the scrypt hash in the operators table; repeated failures
// from one address for one name are refused for a while (FailureLimiter),
// which makes guessing slow. Members: the unit's API token (the one
// `liaison members add` printed), checked and forgotten — the session keeps
// only the member id and a fingerprint of the stored token hash.
import { fail, type ActionFailure } from '@sveltejs/kit';
import { authenticateOperator, hashToken, memberByToken } from '@liaison/warehouse';
import { clickhouse } from '../clickhouse.ts';
import { bearerToken } from './bearer.ts';
import { FailureLimiter } from './limiter.ts';
import type { Proven } from './login.ts';
import { fingerprint } from './session.ts';

export interface OperatorLoginProblem extends Record<string, unknown> {
  name: string;
  blocked?: boolean;
  invalid?: boolean;
}

const limiter = new FailureLimiter();

export async function proveOperator(form: FormData, clientAddress: string): Promise<Proven | ActionFailure<OperatorLoginProblem>> {
  const name = String(form.get('name') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const key = `${clientAddress}\u0000${name.toLowerCase()}`;
  if (limiter.blocked(key)) return fail(429, { name, blocked: true });
  const op = name && password ? await authenticateOperator(clickhouse(), name, password) : null;
  if (!op) {
    limiter.fail(key);
    return fail(401, { name, invalid: true });
  }
  limiter.reset(key);
  return { sub: op.name, fp: fingerprint(op.password_hash) };
}

export async function proveMember(form: FormData): Promise<Proven | ActionFailure<{ invalid: boolean }>> {
  // The same token rules as the API's Authorization header.
  const token = bearerToken(`Bearer ${String(form.get('token') ?? '').trim()}`);
  const member = token ? await memberByToken(clickhouse(), token) : null;
  if (!token || !member) return fail(401, { invalid: true });
  return { sub: member.member_id, fp: fingerprint(hashToken(token)) };
}
