// Throttling of console logins, shared by every dashboard replica: attempts
// are recorded in the warehouse (table `login_attempts`), so a guesser
// spreading tries over replicas meets one count. Three scopes, each with its
// own limit of failures within the window:
// - one client address and account name (a mistyped password is forgiven,
//   a guesser is stopped after a few tries),
// - one account from any address (guesses spread over many addresses),
// - everyone (a flood of random names, which no per-name count would see).
// A success clears its client's and its account's count; the global count
// only ages out. Keys are stored as SHA-256, so no client address is kept.
import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';

export type LoginScope = 'client' | 'account' | 'everyone';

export interface LoginThrottles {
  windowMs: number;
  max: Record<LoginScope, number>;
}

export const LOGIN_THROTTLES: LoginThrottles = { windowMs: 15 * 60_000, max: { client: 5, account: 20, everyone: 300 } };

/** Who is trying to sign in: the client's address and the account name asked for. */
export interface LoginAttempt {
  address: string;
  name: string;
}

const digest = (key: string) => createHash('sha256').update(key).digest('hex');

function keys(a: LoginAttempt): Record<LoginScope, string> {
  const name = a.name.trim().toLowerCase();
  return { client: digest(`client\u0000${a.address}\u0000${name}`), account: digest(`account\u0000${name}`), everyone: digest('everyone') };
}

export async function recordLoginAttempt(ch: ClickHouseClient, a: LoginAttempt, ok: boolean): Promise<void> {
  const k = keys(a);
  const scoped = [k.client, k.account, ...(ok ? [] : [k.everyone])];
  await ch.insert({ table: 'login_attempts', format: 'JSONEachRow', values: scoped.map((key_sha256) => ({ key_sha256, ok })) });
}

/** The scope whose failures are used up for this attempt, or null when it may go ahead. */
export async function loginThrottled(
  ch: ClickHouseClient,
  a: LoginAttempt,
  t: LoginThrottles = LOGIN_THROTTLES,
): Promise<LoginScope | null> {
  const k = keys(a);
  const rs = await ch.query({
    query: `SELECT key_sha256,
                   arrayCount(x -> NOT x.1 AND x.2 > maxIf(at, ok), groupArray((ok, at))) AS failures
            FROM login_attempts
            WHERE key_sha256 IN ({keys:Array(String)}) AND at > now64(3) - toIntervalMillisecond({window:UInt64})
            GROUP BY key_sha256`,
    query_params: { keys: Object.values(k), window: t.windowMs },
    format: 'JSONEachRow',
  });
  const failures = new Map((await rs.json<{ key_sha256: string; failures: string }>()).map((r) => [r.key_sha256, Number(r.failures)]));
  for (const scope of ['client', 'account', 'everyone'] as const) {
    if ((failures.get(k[scope]) ?? 0) >= t.max[scope]) return scope;
  }
  return null;
}
