// Throttling of console logins, shared by every dashboard replica: attempts
// are recorded in the warehouse (table `login_attempts`), so a guesser
// spreading tries over replicas meets one count. A key is refused once it has
// `max` failures within `windowMs` since its last success. Keys are stored as
// SHA-256, so no client address is kept.
import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';

export interface Throttle {
  max: number;
  windowMs: number;
}

/** Five failures in fifteen minutes: online guessing becomes slow, a mistyped password is forgiven. */
export const LOGIN_THROTTLE: Throttle = { max: 5, windowMs: 15 * 60_000 };

const digest = (key: string) => createHash('sha256').update(key).digest('hex');

export async function recordLoginAttempt(ch: ClickHouseClient, key: string, ok: boolean): Promise<void> {
  await ch.insert({ table: 'login_attempts', format: 'JSONEachRow', values: [{ key_sha256: digest(key), ok }] });
}

/** Whether `key` has used up its failures (see the file's comment). */
export async function loginThrottled(ch: ClickHouseClient, key: string, t: Throttle = LOGIN_THROTTLE): Promise<boolean> {
  const rs = await ch.query({
    query: `SELECT countIf(NOT ok AND at > greatest(lastSuccess, now64(3) - toIntervalMillisecond({window:UInt64}))) AS failures
            FROM login_attempts,
                 (SELECT maxIf(at, ok) AS lastSuccess FROM login_attempts WHERE key_sha256 = {key:String}) AS s
            WHERE key_sha256 = {key:String}`,
    query_params: { key: digest(key), window: t.windowMs },
    format: 'JSONEachRow',
  });
  const [row] = await rs.json<{ failures: string }>();
  return Number(row?.failures ?? 0) >= t.max;
}
