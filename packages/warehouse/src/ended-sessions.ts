// Sessions ended on the server (table `ended_sessions`): logging out lists a
// session's id, and every dashboard replica refuses a listed session from
// then on, whoever still holds its cookie.
import { createHash } from 'node:crypto';
import type { ClickHouseClient } from '@clickhouse/client';

const digest = (sid: string) => createHash('sha256').update(sid).digest('hex');

/** Ends a session for good; `expiresAt` (seconds since the epoch) is when it would have expired anyway. */
export async function endSession(ch: ClickHouseClient, sid: string, expiresAt: number): Promise<void> {
  await ch.insert({
    table: 'ended_sessions',
    format: 'JSONEachRow',
    values: [{ sid_sha256: digest(sid), expires_at: Math.ceil(expiresAt) }],
  });
}

export async function isSessionEnded(ch: ClickHouseClient, sid: string): Promise<boolean> {
  const rs = await ch.query({
    query: 'SELECT count() AS n FROM ended_sessions WHERE sid_sha256 = {sid:String}',
    query_params: { sid: digest(sid) },
    format: 'JSONEachRow',
  });
  return Number((await rs.json<{ n: string }>())[0]?.n ?? 0) > 0;
}
