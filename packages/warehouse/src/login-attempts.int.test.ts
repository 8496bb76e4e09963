// Login throttling against the real engine: one count per key whichever
// process records it, reset by a success, and only recent failures count.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClickHouseClient, type ClickHouseClient } from './client.ts';
import { loginThrottled, recordLoginAttempt } from './login-attempts.ts';
import { createTestDatabase } from './testing.ts';

let ch: ClickHouseClient;
let other: ClickHouseClient;
const throttle = { max: 3, windowMs: 15 * 60_000 };

beforeAll(async () => {
  const db = await createTestDatabase(inject('clickhouseUrl'));
  ch = db.ch;
  // a second client on the same database stands for a second replica
  other = createClickHouseClient(db.settings);
});
afterAll(async () => {
  await other?.close();
  await ch?.close();
});

describe('login throttling', () => {
  it('counts failures from every client, per key, until the limit', async () => {
    await recordLoginAttempt(ch, '10.0.0.1\u0000ops', false);
    await recordLoginAttempt(other, '10.0.0.1\u0000ops', false);
    expect(await loginThrottled(ch, '10.0.0.1\u0000ops', throttle)).toBe(false);
    await recordLoginAttempt(ch, '10.0.0.1\u0000ops', false);
    expect(await loginThrottled(other, '10.0.0.1\u0000ops', throttle)).toBe(true);
    expect(await loginThrottled(ch, '10.0.0.2\u0000ops', throttle)).toBe(false);
  });

  it('a success forgives the failures before it', async () => {
    const key = '10.0.0.3\u0000ops';
    for (let i = 0; i < 2; i++) await recordLoginAttempt(ch, key, false);
    await recordLoginAttempt(other, key, true);
    await recordLoginAttempt(ch, key, false);
    expect(await loginThrottled(ch, key, throttle)).toBe(false);
  });

  it('failures older than the window do not count, and no address is stored', async () => {
    const key = '10.0.0.4\u0000ops';
    const old = new Date(Date.now() - 20 * 60_000).toISOString().replace('T', ' ').replace('Z', '');
    const key_sha256 = createHash('sha256').update(key).digest('hex');
    await ch.insert({ table: 'login_attempts', format: 'JSONEachRow', values: [1, 2, 3].map(() => ({ key_sha256, ok: false, at: old })) });
    expect(await loginThrottled(ch, key, throttle)).toBe(false);
    const rs = await ch.query({ query: `SELECT count() AS n FROM login_attempts WHERE key_sha256 LIKE '%10.0.0%'`, format: 'JSONEachRow' });
    expect(Number((await rs.json<{ n: string }>())[0]!.n)).toBe(0);
  });
});
