// Operators against the real ClickHouse engine: only a salted scrypt hash is
// stored, a wrong name or password is refused alike, and adding an existing
// operator resets the password. Also member credentials for portal sessions.
import { scryptSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ClickHouseClient } from './client.ts';
import { memberCredential } from './member-credentials.ts';
import { hashToken, issueMemberToken } from './member-units.ts';
import { addOperator, authenticateOperator, findOperator, hashPassword, verifyPassword } from './operators.ts';
import { createTestDatabase, tableSnapshot } from './testing.ts';

describe('operators', () => {
  let ch: ClickHouseClient;
  beforeAll(async () => {
    ({ ch } = await createTestDatabase(inject('clickhouseUrl')));
  });
  afterAll(async () => {
    await ch.close();
  });

  it('hashes with a fresh salt and verifies', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('authenticates by name and password; the password itself is never stored', async () => {
    await addOperator(ch, 'ops.admin', 'S3cret-pass-1');
    expect(await authenticateOperator(ch, 'ops.admin', 'S3cret-pass-1')).toMatchObject({ name: 'ops.admin', disabled: false });
    expect(await authenticateOperator(ch, 'ops.admin', 'wrong-password')).toBeNull();
    expect(await authenticateOperator(ch, 'nobody', 'S3cret-pass-1')).toBeNull();
    expect(await authenticateOperator(ch, "x' OR 1=1 --", 'S3cret-pass-1')).toBeNull();
    expect(JSON.stringify(await tableSnapshot(ch, 'operators'))).not.toContain('S3cret-pass-1');
  });

  it('adding an existing operator sets a new password', async () => {
    await addOperator(ch, 'ops.reset', 'first-password');
    const before = await findOperator(ch, 'ops.reset');
    await addOperator(ch, 'ops.reset', 'second-password');
    expect(await authenticateOperator(ch, 'ops.reset', 'first-password')).toBeNull();
    expect(await authenticateOperator(ch, 'ops.reset', 'second-password')).not.toBeNull();
    expect((await findOperator(ch, 'ops.reset'))?.password_hash).not.toBe(before?.password_hash);
  });

  it('upgrades a hash of the former cost (N = 2^15) at the next successful login only', async () => {
    const salt = Buffer.from('former-cost-salt');
    const key = scryptSync('old-cost-password', salt, 32, { N: 32_768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const former = ['scrypt', 32768, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
    await ch.insert({ table: 'operators', values: [{ name: 'ops.former', password_hash: former }], format: 'JSONEachRow' });

    expect(await authenticateOperator(ch, 'ops.former', 'wrong-password')).toBeNull();
    expect((await findOperator(ch, 'ops.former'))?.password_hash).toBe(former);

    expect(await authenticateOperator(ch, 'ops.former', 'old-cost-password')).not.toBeNull();
    const upgraded = (await findOperator(ch, 'ops.former'))?.password_hash ?? '';
    expect(upgraded).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword('old-cost-password', upgraded)).toBe(true);
    expect(await authenticateOperator(ch, 'ops.former', 'old-cost-password')).toMatchObject({ password_hash: upgraded });
  });

  it('refuses bad names and short passwords', async () => {
    await expect(addOperator(ch, 'bad name', 'long-enough-1')).rejects.toThrow(/operator name/);
    await expect(addOperator(ch, 'short', 'short')).rejects.toThrow(/at least 12 characters/);
  });

  it('member credentials follow token rotation', async () => {
    const first = await issueMemberToken(ch, { member_id: 'm-9', unit_name: '单位九' });
    expect((await memberCredential(ch, 'm-9'))?.token_sha256).toBe(hashToken(first));
    const second = await issueMemberToken(ch, { member_id: 'm-9', unit_name: '单位九' });
    expect(await memberCredential(ch, 'm-9')).toEqual({ member_id: 'm-9', unit_name: '单位九', token_sha256: hashToken(second) });
    expect(await memberCredential(ch, 'nobody')).toBeNull();
  });
});
