// Login throttling against the real engine: counts shared by every client
// (replica), per client and account, per account from any address, and for
// everyone; a success forgives its own; only recent failures count; and no
// address is stored.
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { createClickHouseClient, type ClickHouseClient } from './client.ts';
import { loginThrottled, recordLoginAttempt, type LoginThrottles } from './login-attempts.ts';
import { createTestDatabase } from './testing.ts';

const t: LoginThrottles = { windowMs: 15 * 60_000, max: { client: 3, account: 5, everyone: 8 } };

/** A fresh database and two clients of it (two replicas). */
async function withTwoReplicas(test: (a: ClickHouseClient, b: ClickHouseClient) => Promise<void>): Promise<void> {
  const db = await createTestDatabase(inject('clickhouseUrl'));
  const b = createClickHouseClient(db.settings);
  try {
    await test(db.ch, b);
  } finally {
    await b.close();
    await db.ch.close();
  }
}

const fail = (ch: ClickHouseClient, address: string, name: string) => recordLoginAttempt(ch, { address, name }, false);

describe('login throttling', () => {
  it('counts one client’s failures on one account from every replica', () =>
    withTwoReplicas(async (a, b) => {
      await fail(a, '10.0.0.1', 'ops');
      await fail(b, '10.0.0.1', 'OPS ');
      expect(await loginThrottled(a, { address: '10.0.0.1', name: 'ops' }, t)).toBeNull();
      await fail(a, '10.0.0.1', 'ops');
      expect(await loginThrottled(b, { address: '10.0.0.1', name: 'ops' }, t)).toBe('client');
      expect(await loginThrottled(b, { address: '10.0.0.2', name: 'ops' }, t)).toBeNull();
    }));

  it('a success forgives its client’s and account’s failures', () =>
    withTwoReplicas(async (a, b) => {
      for (let i = 0; i < 2; i++) await fail(a, '10.0.0.3', 'ops');
      await recordLoginAttempt(b, { address: '10.0.0.3', name: 'ops' }, true);
      await fail(a, '10.0.0.3', 'ops');
      expect(await loginThrottled(a, { address: '10.0.0.3', name: 'ops' }, t)).toBeNull();
    }));

  it('stops guesses at one account spread over many addresses', () =>
    withTwoReplicas(async (a) => {
      for (let i = 0; i < 5; i++) await fail(a, `10.1.0.${i}`, 'root');
      expect(await loginThrottled(a, { address: '10.1.0.99', name: 'root' }, t)).toBe('account');
      expect(await loginThrottled(a, { address: '10.1.0.99', name: 'ops' }, t)).toBeNull();
    }));

  it('stops a flood of random names from many addresses', () =>
    withTwoReplicas(async (a) => {
      for (let i = 0; i < 8; i++) await fail(a, `10.2.0.${i}`, `user-${i}`);
      expect(await loginThrottled(a, { address: '10.2.0.99', name: 'someone' }, t)).toBe('everyone');
    }));

  it('failures older than the window do not count, and no address is stored', () =>
    withTwoReplicas(async (a) => {
      const old = new Date(Date.now() - 20 * 60_000).toISOString().replace('T', ' ').replace('Z', '');
      const key_sha256 = createHash('sha256').update('client\u000010.0.0.4\u0000ops').digest('hex');
      await a.insert({ table: 'login_attempts', format: 'JSONEachRow', values: [1, 2, 3].map(() => ({ key_sha256, ok: false, at: old })) });
      expect(await loginThrottled(a, { address: '10.0.0.4', name: 'ops' }, t)).toBeNull();
      await fail(a, '10.0.0.4', 'ops');
      const rs = await a.query({
        query: `SELECT count() AS n FROM login_attempts WHERE key_sha256 LIKE '%10.0.0%'`,
        format: 'JSONEachRow',
      });
      expect(Number((await rs.json<{ n: string }>())[0]!.n)).toBe(0);
    }));
});
