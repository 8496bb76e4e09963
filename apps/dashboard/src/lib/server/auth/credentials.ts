// What each area's login form has to prove. Operators: name and password,
// checked against the scrypt hash in the operators table; repeated failures
// are refused for a while, per client and account, per account and for
// everyone (login-attempts.ts of the warehouse), counted in the warehouse so
// every replica sees the same count, which makes guessing slow. Members: the unit's API token (the one
// `liaison members add` printed), checked and forgotten — the session keeps
// only the member id and a fingerprint of the stored token hash.
import { fail, type ActionFailure } from '@sveltejs/kit';
import pLimit from 'p-limit';
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

// A password check is an scrypt of 128 MiB and tens of milliseconds: at most
// two run at once in a dashboard process, and logins beyond a short queue are
// refused (like throttled ones) instead of piling up memory.
const passwordChecks = pLimit(2);
const MAX_WAITING_CHECKS = 16;

export async function proveOperator(form: FormData, clientAddress: string): Promise<Proven | ActionFailure<OperatorLoginProblem>> {
  const name = String(form.get('name') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const attempt = { address: clientAddress, name };
  const ch = clickhouse();
  if ((await loginThrottled(ch, attempt)) || passwordChecks.pendingCount >= MAX_WAITING_CHECKS) return fail(429, { name, blocked: true });
  const op = name && password ? await passwordChecks(() => authenticateOperator(ch, name, password)) : null;
  await recordLoginAttempt(ch, attempt, op !== null);
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
