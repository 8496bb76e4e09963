// Password guessing is throttled across replicas, as production runs them: two
// dashboards behind a round-robin front (and one worker), on one ClickHouse.
// Failed logins spread over both replicas count together, so the right
// password is then refused with 429 on either; a session opened on one
// replica holds on the other.
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deploy, TEST_OPERATOR as operator } from './test-deployment.ts';

const member = { member_id: `sec-${randomBytes(3).toString('hex')}`, unit_name: '安全测试单位' };

async function membersOnlySources(): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'login-replicas-')), 'sources.json');
  const id = `sec-${randomBytes(3).toString('hex')}-members`;
  await writeFile(file, JSON.stringify({ sources: [{ id, kind: 'member-inbox', schedule: '0 2 * * *' }] }));
  return file;
}

describe('logins across two dashboard replicas', () => {
  it('hold a session, and count failed logins together', async () => {
    const d = await deploy({ dashboards: 2, workers: 1 }, { sourcesFile: await membersOnlySources(), members: [member] });
    try {
      const form = (fields: Record<string, string>, cookie = '') =>
        ({
          method: 'POST',
          redirect: 'manual',
          headers: {
            origin: d.url,
            accept: 'text/html',
            'content-type': 'application/x-www-form-urlencoded',
            ...(cookie ? { cookie } : {}),
          },
          body: new URLSearchParams(fields).toString(),
        }) satisfies RequestInit;
      // a member signs in on one replica; the session cookie opens the portal on both
      const login = await fetch(`${d.url}/members/login`, form({ token: d.tokens.get(member.member_id)! }));
      expect(login.status, await login.clone().text()).toBe(303);
      const cookie = login.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      for (let i = 0; i < 2; i++) {
        const home = await fetch(`${d.url}/members`, { redirect: 'manual', headers: { cookie } });
        expect(home.status, `replica ${i + 1}`).toBe(200);
      }
      // five wrong passwords, spread over both replicas, and the right one is refused on either
      for (let i = 0; i < 5; i++) {
        expect((await fetch(`${d.url}/ops/login`, form({ name: operator.name, password: `wrong-${i}` }))).status).toBe(401);
      }
      for (let i = 0; i < 2; i++) {
        expect((await fetch(`${d.url}/ops/login`, form({ name: operator.name, password: operator.password }))).status).toBe(429);
      }
      expect(d.front!.served.every((n) => n >= 4)).toBe(true);
    } finally {
      await d.stop();
    }
  });
});
